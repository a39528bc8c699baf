"""Pages with personal or internal data send `Cache-Control: private, no-store`.

The walk below reverses every URL of the dashboard, inquiries, accounts and Min lista, with real
objects for their parameters, and asks each as the people who use them. Whatever the status (a
page, a redirect, a refusal), the browser is told not to keep it.
"""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from inquiries.services import inquiry_create
from measures.models import ErrorReport
from shortlists.models import ShortList
from tests.factories import MeasureFactory, UnitFactory, member

PRIVATE_NAMESPACES = ["publishing", "inquiries", "accounts", "shortlists"]


def named_patterns(namespace):
    """(view name, parameter names) of every named URL in `namespace`."""
    found = []

    def walk(patterns, current):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                walk(entry.url_patterns, entry.namespace or current)
            elif isinstance(entry, URLPattern) and entry.name and current == namespace:
                found.append((f"{namespace}:{entry.name}", list(entry.pattern.converters)))

    walk(get_resolver().url_patterns, None)
    return found


def is_private(response):
    directives = {part.strip() for part in response.get("Cache-Control", "").split(",")}
    return {"private", "no-store"} <= directives


@pytest.fixture
def world(osby, hassleholm):
    measure = MeasureFactory(municipality=osby, title="Arbetsträning i Returbutiken")
    asker = member("handlaggare", "hassleholm", username="hassleholm-handlaggare")
    inquiry = inquiry_create(
        measure=measure,
        asking_municipality=hassleholm,
        user=asker,
        places=1,
        message="Finns det plats efter sommaren?",
    )
    shortlist = ShortList.objects.create(owner=asker, name="Till mötet")
    values = {
        "slug": measure.slug,
        "history_id": measure.history.first().history_id,
        "token": shortlist.token,
        "uidb64": "MQ",
    }
    pks = {
        "publishing:unit_edit": UnitFactory(municipality=osby).pk,
        "publishing:report_handle": ErrorReport.objects.create(
            measure=measure, message="Fel telefonnummer"
        ).pk,
        "inquiries": inquiry.pk,
        "shortlists": shortlist.pk,
    }
    return {"asker": asker, "values": values, "pks": pks}


def url_for(view_name, params, world):
    kwargs = {}
    for name in params:
        if name == "pk":
            pks = world["pks"]
            kwargs[name] = pks.get(view_name) or pks[view_name.split(":")[0]]
        else:
            kwargs[name] = world["values"][name]
    return reverse(view_name, kwargs=kwargs)


def test_every_dashboard_inquiry_account_and_list_page_is_private(client, world):
    admin = member("admin", "osby", username="osby-admin")
    walked = []
    for who in (None, admin, world["asker"]):
        client.logout()
        if who is not None:
            client.force_login(who)
        for namespace in PRIVATE_NAMESPACES:
            for view_name, params in named_patterns(namespace):
                url = url_for(view_name, params, world)
                response = client.get(url)
                assert response.status_code < 500, url
                assert is_private(response), (who, url, response.get("Cache-Control"))
                walked.append(url)
    # Every room was walked, not an empty list: 16 dashboard pages, 6 inquiry pages, ...
    assert len(set(walked)) >= 30
    assert any(url.startswith("/hantera/medlemmar/") for url in walked)
    assert any(url.startswith("/hantera/export.csv") for url in walked)


def test_a_csv_export_is_private(client, osby):
    MeasureFactory(municipality=osby)
    client.force_login(member("redaktor", "osby", username="osby-redaktor"))
    response = client.get("/hantera/export.csv")
    assert response.status_code == 200
    assert is_private(response)


def test_every_page_a_logged_in_person_sees_is_private(client, osby):
    measure = MeasureFactory(municipality=osby)
    client.force_login(member("handlaggare", "osby", username="osby-handlaggare"))
    for url in ["/", "/insatser/", f"/insatser/{measure.slug}/", "/en/insatser/", "/kommuner/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert is_private(response), url


def test_the_public_error_report_form_is_private_for_anonymous_visitors(client, osby):
    measure = MeasureFactory(municipality=osby)
    response = client.get(f"/insatser/{measure.slug}/rapportera-fel/")
    assert response.status_code == 200
    assert is_private(response)


def test_public_catalogue_pages_stay_cacheable_for_anonymous_visitors(client, osby):
    """The rule is narrow: the public list and measure pages are not marked private."""
    measure = MeasureFactory(municipality=osby)
    for url in ["/insatser/", f"/insatser/{measure.slug}/", "/kommuner/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert not is_private(response), url
