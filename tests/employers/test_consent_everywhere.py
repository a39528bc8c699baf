"""The consent rule in every public output at once (issue 13): an employer that has not agreed
to be listed (or whose consent is dated in the future) appears in nothing an anonymous visitor
can fetch (pages in both languages, the search, the measure pages that employer hosts, the
sitemap, the list's exports and feeds, the REST API and HSDS), and no employer's organisation
number or contact details appear anywhere publicly.

Each output is fetched anonymously and read as text (a workbook's cells, a sitemap's sections);
where an output shows employers at all, the listed employer is asserted to be there, so the
test cannot pass by an output going blank.
"""

import datetime
import io
import re

import openpyxl
import pytest
from django.utils import timezone

from tests.factories import EmployerFactory, MeasureFactory, UnitFactory

pytestmark = pytest.mark.django_db

HOSTED = "praktik-hos-foretagen"
LISTED_NAME = "Synliga verkstaden Zqx"

# (address, whether the listed employer is shown there)
PUBLIC_OUTPUTS = [
    ("/", False),
    ("/en/", False),
    ("/arbetsgivare/", True),
    ("/en/arbetsgivare/", True),
    ("/arbetsgivare/?q=Zqx", True),
    ("/arbetsgivare/?kommun=osby&sektor=privat&plats=praktik", True),
    ("/arbetsgivare/?ort=Osby", True),  # a members' filter, ignored for the public
    ("/arbetsgivare/{listed}/", True),
    ("/en/arbetsgivare/{listed}/", True),
    ("/arbetsgivare/{unlisted}/", False),
    ("/en/arbetsgivare/{unlisted}/", False),
    ("/arbetsgivare/{future}/", False),
    ("/insatser/", False),
    (f"/insatser/{HOSTED}/", True),
    (f"/en/insatser/{HOSTED}/", True),
    ("/insatser/export.csv", False),
    ("/insatser/export.xlsx", False),
    ("/insatser/export.json", False),
    ("/insatser/feed/", False),
    ("/kommuner/osby/", False),
    ("/kommuner/osby/feed/", False),
    ("/sitemap.xml", True),
    ("/api/v1/employers/", True),
    ("/api/v1/employers/{listed}/", True),
    ("/api/v1/employers/{unlisted}/", False),
    ("/api/v1/employers/{future}/", False),
    ("/api/v1/measures/", False),
    (f"/api/v1/measures/{HOSTED}/", False),
    ("/api/hsds/services", False),
    ("/api/hsds/organizations", False),
]


@pytest.fixture
def register(osby, terms):
    measure = MeasureFactory(
        municipality=osby,
        slug=HOSTED,
        title="Praktik hos företagen",
        unit=UnitFactory(municipality=osby),
        measure_type__slug="praktik",
    )
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    return {
        "listed": EmployerFactory(
            name=LISTED_NAME,
            org_number="811218-9876",  # a sole trader's: the owner's personnummer
            contact_name="Kontakten Synlig Zqx",
            contact_email="synlig.zqx@foretag.example",
            hosted_measures=[measure],
        ),
        "unlisted": EmployerFactory(
            name="Olistade lagret Zqx", consent=False, hosted_measures=[measure]
        ),
        "future": EmployerFactory(
            name="Samtycke i morgon Zqx",
            listing_consent=True,
            consent_date=tomorrow,
            hosted_measures=[measure],
        ),
    }


def secrets_of(register) -> list[str]:
    """What no anonymous output may hold: the unlisted employers' names and pages, and every
    employer's organisation number and contact details."""
    hidden = [register["unlisted"], register["future"]]
    found = [employer.name for employer in hidden]
    found += [f"/arbetsgivare/{employer.pk}/" for employer in hidden]
    for employer in register.values():
        found += [employer.org_number, employer.org_number.replace("-", "")]
        found += [employer.contact_name, employer.contact_email, employer.contact_phone]
    return found


def text_of(client, response) -> str:
    """Everything the response says, as text."""
    if response.streaming:
        body = b"".join(response.streaming_content)
    else:
        body = response.content
    if response.get("Content-Type", "").startswith("application/vnd.openxmlformats"):
        workbook = openpyxl.load_workbook(io.BytesIO(body), read_only=True)
        return "\n".join(
            str(value)
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
            for value in row
            if value is not None
        )
    return body.decode("utf-8")


@pytest.mark.parametrize(("address", "shows_listed"), PUBLIC_OUTPUTS)
def test_no_unconsented_employer_appears_in_any_public_output(
    client, register, address, shows_listed
):
    url = address.format(**{key: employer.pk for key, employer in register.items()})

    response = client.get(url)

    assert response.status_code in {200, 404}, (url, response.status_code)
    text = text_of(client, response)
    if url == "/sitemap.xml":  # the index: read every section it names
        sections = re.findall(r"<loc>http://testserver(/[^<]+)</loc>", text)
        assert "/sitemap-arbetsgivare.xml" in sections
        text += "".join(text_of(client, client.get(section)) for section in sections)
    for secret in secrets_of(register):
        if response.status_code == 404 and url.endswith(secret):
            continue  # the 404 page's language switch repeats the address asked for
        assert secret not in text, (url, secret)
    if shows_listed:
        assert response.status_code == 200
        shown = f"/arbetsgivare/{register['listed'].pk}/" if url == "/sitemap.xml" else LISTED_NAME
        assert shown in text, url
    elif "{unlisted}" in address or "{future}" in address:
        assert response.status_code == 404


def test_every_public_output_of_the_portal_is_in_the_list():
    """A reminder with teeth: the outputs that list employers are all above."""
    addresses = {address for address, _shows in PUBLIC_OUTPUTS}

    for required in [
        "/arbetsgivare/",
        "/arbetsgivare/{unlisted}/",
        "/sitemap.xml",
        "/api/v1/employers/",
        "/api/v1/employers/{unlisted}/",
        "/insatser/export.csv",
        "/insatser/export.xlsx",
        "/insatser/export.json",
        "/insatser/feed/",
        f"/insatser/{HOSTED}/",
    ]:
        assert required in addresses
