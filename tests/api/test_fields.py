"""Public and internal fields: anonymous callers never get an internal field or value from any
endpoint; a member's session and a valid API token get them, by the web's rule (a member of any
municipality, as on the measure's page); a wrong or revoked token gets 401 and no data."""

import json

import pytest

from api.models import ApiToken
from tests.factories import LocationFactory, MeasureFactory, ProjectFactory, member

SECRETS = {
    "contact_name": "Hemliga Kontakten Qzv",
    "contact_role": "Hemlig roll Qzv",
    "contact_phone": "0709-99 88 77",
    "contact_email": "hemlig.qzv@osby.example",
    "referral_instructions": "Hemliga anvisningar Qzv",
    "price_for_others": "4 999 kr Qzv",
}
INTERNAL_KEYS = [
    "internal",
    "places_available",
    "capacity",
    "places_updated_at",
    "referral_instructions",
    "price_for_others",
    "contact",
]


@pytest.fixture
def secret_measure(db, osby):
    project = ProjectFactory(slug="hemligt-projekt")
    measure = MeasureFactory(
        title="Arbetsträning med hemligheter",
        municipality=osby,
        places_available=7,
        capacity=13,
        project=project,
        **SECRETS,
    )
    LocationFactory(measure=measure)
    return measure


def endpoints(measure):
    return [
        "/api/v1/measures/",
        "/api/v1/measures/?q=arbetsträning",
        "/api/v1/measures/?kommun=osby&ledig_plats=1&sort=nyast",
        f"/api/v1/measures/{measure.slug}/",
        "/api/v1/municipalities/",
        "/api/v1/municipalities/osby/",
        "/api/v1/units/",
        f"/api/v1/units/{measure.unit_id}/",
        "/api/v1/projects/",
        "/api/v1/projects/hemligt-projekt/",
        "/api/v1/categories/",
        "/api/v1/measure-types/",
        "/api/v1/target-groups/",
        "/api/v1/needs/",
        "/api/v1/languages/",
    ]


def keys_in(value):
    if isinstance(value, dict):
        for key, inner in value.items():
            yield key
            yield from keys_in(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from keys_in(inner)


def test_anonymous_callers_get_no_internal_field_or_value_anywhere(client, secret_measure):
    for url in endpoints(secret_measure):
        response = client.get(url)
        assert response.status_code == 200, url
        text = response.content.decode()
        for value in SECRETS.values():
            assert value not in text, (url, value)
            assert json.dumps(value)[1:-1] not in text, (url, value)
        assert "Qzv" not in text, url
        assert not set(keys_in(response.json())) & set(INTERNAL_KEYS), url


def test_the_public_measure_says_whether_places_are_free_not_how_many(client, secret_measure):
    measure = client.get(f"/api/v1/measures/{secret_measure.slug}/").json()

    assert measure["has_free_places"] is True
    numbers = {v for k, v in measure.items() if isinstance(v, int) and not isinstance(v, bool)}
    assert not numbers & {7, 13}, numbers  # places_available, capacity


def internal_of(response):
    assert response.status_code == 200
    return response.json()["internal"]


EXPECTED_INTERNAL = {
    "contact": {
        "name": SECRETS["contact_name"],
        "role": SECRETS["contact_role"],
        "phone": SECRETS["contact_phone"],
        "email": SECRETS["contact_email"],
    },
    "places_available": 7,
    "capacity": 13,
    "referral_instructions": SECRETS["referral_instructions"],
    "price_for_others": SECRETS["price_for_others"],
}


def test_a_member_of_another_municipality_sees_internal_fields_as_on_the_web(
    client, secret_measure
):
    client.force_login(member("handlaggare", "hassleholm", username="hlm-handlaggare"))

    detail = client.get(f"/api/v1/measures/{secret_measure.slug}/")
    listed = client.get("/api/v1/measures/").json()["results"][0]
    page = client.get(secret_measure.get_absolute_url())

    internal = internal_of(detail)
    assert {k: v for k, v in internal.items() if k != "places_updated_at"} == EXPECTED_INTERNAL
    assert listed["internal"] == internal
    # The web's rule: the same member sees the same details on the measure's page.
    assert SECRETS["contact_name"] in page.content.decode()


def test_a_token_sees_what_a_member_sees(client, secret_measure, api_token):
    _row, token = api_token
    url = f"/api/v1/measures/{secret_measure.slug}/"
    with_token = client.get(url, HTTP_AUTHORIZATION=f"Bearer {token}").json()
    client.force_login(member("handlaggare", "kristianstad", username="krs-handlaggare"))
    as_member = client.get(url).json()

    assert with_token == as_member
    assert with_token["internal"]["contact"]["name"] == SECRETS["contact_name"]


def test_a_token_of_one_municipality_reads_every_municipalitys_internal_fields(
    client, db, hassleholm, api_token
):
    _row, token = api_token  # Osby's
    elsewhere = MeasureFactory(municipality=hassleholm, price_for_others="1 kr Hlm")

    response = client.get(
        f"/api/v1/measures/{elsewhere.slug}/", HTTP_AUTHORIZATION=f"Token {token}"
    )

    assert internal_of(response)["price_for_others"] == "1 kr Hlm"


def test_a_logged_in_user_without_a_membership_gets_public_fields(client, secret_measure):
    from tests.factories import UserFactory

    client.force_login(UserFactory(username="ingen-roll"))

    assert "internal" not in client.get(f"/api/v1/measures/{secret_measure.slug}/").json()


@pytest.mark.parametrize("header", ["Bearer ptl_wrong", "Bearer", "Token a b", "Bearer ptl_\u00e5"])
def test_a_wrong_token_is_401_without_data(client, secret_measure, header):
    response = client.get("/api/v1/measures/", HTTP_AUTHORIZATION=header)

    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert "results" not in response.json()
    assert "Qzv" not in response.content.decode()


def test_a_revoked_token_gets_the_same_401_as_a_wrong_one(client, secret_measure, api_token):
    row, token = api_token
    row.revoke(by=None)

    revoked = client.get("/api/v1/measures/", HTTP_AUTHORIZATION=f"Bearer {token}")
    wrong = client.get("/api/v1/measures/", HTTP_AUTHORIZATION="Bearer ptl_nothing")

    assert revoked.status_code == wrong.status_code == 401
    assert revoked.json() == wrong.json()
    assert ApiToken.objects.get(pk=row.pk).revoked_at is not None


def test_only_the_tokens_hash_is_stored(api_token):
    row, token = api_token

    stored = ApiToken.objects.filter(pk=row.pk).values().get()

    assert token not in json.dumps(stored, default=str)
    assert token.startswith(stored["key_start"])
    assert len(token) > 40


def test_the_api_writes_nothing(client, secret_measure, api_token):
    _row, token = api_token
    url = f"/api/v1/measures/{secret_measure.slug}/"
    for method in [client.post, client.put, client.patch, client.delete]:
        assert method(url, HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 405
