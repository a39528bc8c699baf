"""HSDS holds public measures and public fields only, the same for everyone: no draft, archived
or not-yet-visible measure or its place, and no internal value (contact person, exact free
places, capacity, referral instructions, price), not even for a member or an API token."""

import json

import pytest

from tests.factories import member
from tests.hsds.conftest import SECRETS, get_json

URLS = [
    "/services?full=true&per_page=100",
    "/services?minimal=true&per_page=100",
    "/organizations?full=true&full_service=true&per_page=100",
    "/service_at_locations?full=true&per_page=100",
    "/taxonomy_terms?per_page=100",
]


def everything(client, catalogue, **headers) -> str:
    """Every list and every single record, as one text."""
    texts = [
        json.dumps(get_json(client, f"/api/hsds{url}", **headers), ensure_ascii=False)
        for url in URLS
    ]
    for measure in [catalogue["full"], catalogue["plain"]]:
        body = get_json(client, f"/api/hsds/services/{measure.uuid}", **headers)
        texts.append(json.dumps(body, ensure_ascii=False))
        for place in measure.locations.all():
            texts.append(
                json.dumps(
                    get_json(client, f"/api/hsds/service_at_locations/{place.uuid}"),
                    ensure_ascii=False,
                )
            )
    unit = catalogue["full"].unit
    texts.append(
        json.dumps(get_json(client, f"/api/hsds/organizations/{unit.uuid}?full_service=true"))
    )
    return "\n".join(texts)


def assert_public_only(text: str, catalogue):
    for value in SECRETS.values():
        assert value not in text
        assert json.dumps(value)[1:-1] not in text  # as JSON escapes it
    for key in ["price", "capacity", "places_available", "referral_instructions", "contact"]:
        assert f'"{key}' not in text
    assert '"contacts"' not in text
    for hidden in catalogue["hidden"]:
        assert hidden.title not in text and str(hidden.uuid) not in text
        for place in hidden.locations.all():
            assert str(place.uuid) not in text
    assert "Dold gata" not in text


def test_anonymous_callers_get_public_measures_and_fields_only(client, catalogue):
    text = everything(client, catalogue)
    assert "Arbetsträning i köket" in text
    assert_public_only(text, catalogue)


def test_a_member_and_an_api_token_get_exactly_the_same_public_records(client, catalogue):
    anonymous = everything(client, catalogue)
    client.force_login(member("handlaggare", "osby"))
    assert everything(client, catalogue) == anonymous


def test_an_api_token_gets_the_public_records_too(client, catalogue, osby):
    from api.models import ApiToken

    admin = member("administrator", "osby", username="osby-admin")
    _row, token = ApiToken.issue(municipality=osby, name="Webbplatsen", by=admin)
    text = everything(client, catalogue, HTTP_AUTHORIZATION=f"Token {token}")
    assert_public_only(text, catalogue)


@pytest.mark.parametrize(
    "kind", ["services", "service_at_locations"], ids=["service", "service_at_location"]
)
def test_a_hidden_measure_or_its_place_is_a_404(client, catalogue, kind):
    for hidden in catalogue["hidden"]:
        record = hidden if kind == "services" else hidden.locations.get()
        get_json(client, f"/api/hsds/{kind}/{record.uuid}", status=404)


def test_free_places_are_said_as_yes_or_no_not_counted(client, catalogue):
    body = get_json(client, f"/api/hsds/services/{catalogue['full'].uuid}")
    facts = {a["taxonomy_term"]["code"]: a["value"] for a in body["attributes"] if "value" in a}
    assert facts["has_free_places"] == "true"
    assert "3" not in [a.get("value") for a in body["attributes"]]
