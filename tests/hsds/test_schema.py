"""Every HSDS answer keeps to Open Referral's HSDS 3.0 OpenAPI document and compiled schemas
(hsds/spec/): each endpoint, list and single record, with full, full_service and minimal."""

import datetime

import pytest

from hsds.taxonomies import EXTENSION, TAXONOMIES
from tests.hsds.conftest import assert_valid, get_json, schema_validator, validator_for

LISTS = [
    ("/services", "/services?full=true", "/services?minimal=true", "/services?search=köket"),
    ("/organizations", "/organizations?full=true", "/organizations?full=true&full_service=true"),
    ("/service_at_locations", "/service_at_locations?full=true"),
    ("/taxonomies", "/taxonomies?search=bip"),
    ("/taxonomy_terms", "/taxonomy_terms?per_page=100"),
]


@pytest.mark.parametrize("urls", LISTS, ids=[urls[0] for urls in LISTS])
def test_every_list_and_its_variants_keep_to_the_openapi_document(client, catalogue, urls):
    for url in urls:
        body = get_json(client, f"/api/hsds{url}")
        assert body["contents"], url
        assert_valid(validator_for(url.split("?")[0]), body)


def test_the_root_keeps_to_the_openapi_document(client, db):
    body = get_json(client, "/api/hsds/")
    assert body["version"] == "3.0"
    assert body["openapi_url"] == "http://testserver/api/hsds/openapi30.json"
    assert_valid(validator_for("/"), body)


def _ids(client, url):
    return [item["id"] for item in get_json(client, f"/api/hsds{url}?per_page=100")["contents"]]


def test_every_single_service_keeps_to_the_schema(client, catalogue):
    ids = _ids(client, "/services")
    assert len(ids) == 3
    for service_id in ids:
        body = get_json(client, f"/api/hsds/services/{service_id}")
        assert_valid(validator_for("/services/{id}"), body)
        assert_valid(schema_validator("service.json"), body)


def test_every_single_organization_keeps_to_the_schema_with_and_without_full_service(
    client, catalogue
):
    ids = _ids(client, "/organizations")
    assert str(catalogue["other_unit"].uuid) in ids
    for organization_id in ids:
        for query in ["", "?full_service=true"]:
            body = get_json(client, f"/api/hsds/organizations/{organization_id}{query}")
            assert_valid(validator_for("/organizations/{id}"), body)


def test_every_single_service_at_location_keeps_to_the_document_and_its_own_schema(
    client, catalogue
):
    ids = _ids(client, "/service_at_locations")
    assert len(ids) == 3
    for place_id in ids:
        body = get_json(client, f"/api/hsds/service_at_locations/{place_id}")
        # The OpenAPI document names service.json for this answer; the HSDS documentation a
        # service_at_location: it is valid as both.
        assert_valid(validator_for("/service_at_locations/{id}"), body)
        assert_valid(schema_validator("service_at_location.json"), body)


def test_every_taxonomy_and_term_keeps_to_its_schema(client, catalogue):
    taxonomy_ids = _ids(client, "/taxonomies")
    assert taxonomy_ids == [str(taxonomy.id) for taxonomy in TAXONOMIES]
    for taxonomy_id in taxonomy_ids:
        assert_valid(
            validator_for("/taxonomies/{id}"),
            get_json(client, f"/api/hsds/taxonomies/{taxonomy_id}"),
        )
    term_ids = _ids(client, "/taxonomy_terms")
    assert str(EXTENSION.extension_terms[0].id) in term_ids
    for term_id in term_ids:
        assert_valid(
            validator_for("/taxonomy_terms/{id}"),
            get_json(client, f"/api/hsds/taxonomy_terms/{term_id}"),
        )


def test_the_validator_does_refuse_a_record_that_breaks_the_schema():
    """The checks above would catch a wrong answer: a bad UUID, a missing status, a wrong
    enumeration value."""
    validator = validator_for("/services/{id}")
    good = {"id": "0d8beffe-cef8-4460-a8f1-4957e7c96ec6", "name": "A", "status": "active"}
    assert list(validator.iter_errors(good)) == []
    assert list(validator.iter_errors({**good, "id": "17"}))
    assert list(validator.iter_errors({**good, "status": "open"}))
    assert list(validator.iter_errors({"id": good["id"], "name": "A"}))
    assert list(validator.iter_errors({**good, "minimum_age": None}))


def test_times_and_dates_are_iso_8601(client, catalogue):
    """jsonschema checks date-time only with an extra package; checked here instead."""
    body = get_json(client, "/api/hsds/services?full=true")
    for service in body["contents"]:
        assert datetime.datetime.fromisoformat(service["last_modified"]).tzinfo is not None
        datetime.date.fromisoformat(service["assured_date"])
