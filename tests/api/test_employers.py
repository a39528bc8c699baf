"""/api/v1/employers/: the public reads listed employers only, with their public fields; members'
sessions and API tokens read every register with the internal fields; a change of any employer
changes the answer's ETag."""

import datetime

import pytest
from django.utils import timezone

from employers.models import PlacementKind
from tests.factories import EmployerFactory, member

pytestmark = pytest.mark.django_db

LIST_URL = "/api/v1/employers/"
PUBLIC_KEYS = {
    "id",
    "name",
    "sector",
    "industry",
    "placement_kinds",
    "municipality",
    "is_example",
    "web_url",
}
SOLE_TRADER = "811218-9876"  # a sole trader's organisation number is their personnummer
SECRET_CONTACT = {
    "contact_name": "Hemliga Kontakten Qzv",
    "contact_phone": "0709-99 88 77",
    "contact_email": "hemlig.qzv@foretag.example",
}


@pytest.fixture
def employers(db, hassleholm):
    kinds = {kind.slug: kind for kind in PlacementKind.objects.all()}
    return {
        "listed": EmployerFactory(
            name="Listade snickeriet AB",
            org_number=SOLE_TRADER,
            town="Hemliga orten Qzv",
            accessibility_notes="Hemlig tillgänglighet Qzv",
            placement_kinds=[kinds["praktik"], kinds["arbetstraning"]],
            **SECRET_CONTACT,
        ),
        "unlisted": EmployerFactory(consent=False, name="Olistade bageriet AB"),
        "future": EmployerFactory(
            name="Samtycke i morgon AB",
            listing_consent=True,
            consent_date=timezone.localdate() + datetime.timedelta(days=1),
        ),
        "elsewhere": EmployerFactory(municipality=hassleholm, name="Hässleholms lager AB"),
    }


def names(response):
    return {record["name"] for record in response.json()["results"]}


def test_anonymous_callers_get_listed_employers_and_public_fields_only(client, employers):
    response = client.get(LIST_URL)

    assert response.status_code == 200
    assert names(response) == {"Listade snickeriet AB", "Hässleholms lager AB"}
    body = response.content.decode()
    for secret in [SOLE_TRADER, "811218", "Qzv", "0709-99", "Olistade", "Samtycke i morgon"]:
        assert secret not in body
    [listed] = [r for r in response.json()["results"] if r["name"] == "Listade snickeriet AB"]
    assert set(listed) == PUBLIC_KEYS
    assert listed["sector"] == "privat"
    assert listed["municipality"] == {"slug": "osby", "name": "Osby"}
    assert {kind["slug"] for kind in listed["placement_kinds"]} == {"praktik", "arbetstraning"}
    assert listed["web_url"].endswith(f"/arbetsgivare/{employers['listed'].pk}/")
    assert "public" in response["Cache-Control"]


@pytest.mark.parametrize("which", ["unlisted", "future"])
def test_an_unlisted_employer_is_a_404_for_anonymous_callers(client, employers, which):
    response = client.get(f"{LIST_URL}{employers[which].pk}/")

    assert response.status_code == 404
    assert employers[which].name not in response.content.decode()


def test_one_listed_employer_shows_public_fields_only(client, employers):
    response = client.get(f"{LIST_URL}{employers['listed'].pk}/")

    assert response.status_code == 200
    assert set(response.json()) == PUBLIC_KEYS
    assert SOLE_TRADER not in response.content.decode()


def test_a_members_session_gets_every_register_and_the_internal_fields(client, employers):
    client.force_login(member("handlaggare", "hassleholm"))

    response = client.get(LIST_URL)

    assert names(response) == {employer.name for employer in employers.values()}
    [listed] = [r for r in response.json()["results"] if r["name"] == "Listade snickeriet AB"]
    assert set(listed) == PUBLIC_KEYS | {"internal"}
    internal = listed["internal"]
    assert internal["org_number"] == SOLE_TRADER
    assert internal["contact"] == {
        "name": SECRET_CONTACT["contact_name"],
        "phone": SECRET_CONTACT["contact_phone"],
        "email": SECRET_CONTACT["contact_email"],
    }
    assert internal["town"] == "Hemliga orten Qzv"
    assert internal["is_listed"] is True
    unlisted = client.get(f"{LIST_URL}{employers['unlisted'].pk}/").json()
    assert unlisted["internal"]["listing_consent"] is False
    assert unlisted["internal"]["is_listed"] is False
    assert "private" in response["Cache-Control"]


def test_an_api_token_gets_what_a_member_gets(client, employers, api_token):
    _row, token = api_token

    response = client.get(
        f"{LIST_URL}{employers['unlisted'].pk}/", HTTP_AUTHORIZATION=f"Bearer {token}"
    )

    assert response.status_code == 200
    assert response.json()["internal"]["org_number"] == employers["unlisted"].org_number


def test_a_wrong_token_gets_401_and_no_employer(client, employers):
    response = client.get(LIST_URL, HTTP_AUTHORIZATION="Bearer ptl_wrong")

    assert response.status_code == 401
    assert "Listade" not in response.content.decode()


def test_a_change_of_an_employer_hosting_nothing_changes_the_etag(client, employers):
    first = client.get(LIST_URL)
    assert client.get(LIST_URL, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304

    employer = employers["unlisted"]
    employer.listing_consent = True
    employer.consent_date = timezone.localdate()
    employer.save()
    second = client.get(LIST_URL, HTTP_IF_NONE_MATCH=first["ETag"])

    assert second.status_code == 200
    assert second["ETag"] != first["ETag"]
    assert "Olistade bageriet AB" in names(second)


def test_a_deleted_employer_leaves_the_answer_at_once(client, employers):
    first = client.get(LIST_URL)
    employers["listed"].delete()

    second = client.get(LIST_URL, HTTP_IF_NONE_MATCH=first["ETag"])

    assert second.status_code == 200
    assert "Listade snickeriet AB" not in names(second)


def test_the_list_reads_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    for _ in range(30):
        EmployerFactory()

    with django_assert_max_num_queries(8):
        response = client.get(f"{LIST_URL}?page_size=100")

    assert response.json()["count"] == 30


def test_the_schema_documents_the_employer_endpoints(client):
    schema = client.get("/api/v1/schema/", HTTP_ACCEPT="application/json").json()

    assert "/api/v1/employers/" in schema["paths"]
    assert "/api/v1/employers/{id}/" in schema["paths"]
    employer = schema["components"]["schemas"]["Employer"]
    assert "org_number" not in employer["properties"]
    assert "internal" not in employer.get("required", [])
