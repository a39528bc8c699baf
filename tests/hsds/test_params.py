"""The spec's parameters: each filter selects what it says, and a value that is not understood
is a clear 400 (or 404 for a page past the last, an unknown id), never a 500 or a guess."""

import datetime

import pytest
from django.utils import timezone

from hsds.taxonomies import BY_MODEL, EXTENSION
from measures.models import Measure
from measures.search import find
from tests.factories import MeasureFactory
from tests.hsds.conftest import get_json


def names(body):
    return sorted(item["name"] for item in body["contents"])


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("/services?page=abc", "page: ”abc” är inte ett heltal från 1 och uppåt."),
        ("/services?page=0", "page: ”0” är inte ett heltal från 1 och uppåt."),
        ("/services?page=-2", "page: ”-2” är inte ett heltal från 1 och uppåt."),
        ("/services?per_page=0", "per_page: ”0” är inte ett heltal från 1 till 100."),
        ("/services?per_page=-5", "per_page: ”-5” är inte ett heltal från 1 till 100."),
        ("/services?per_page=101", "per_page: ”101” är inte ett heltal från 1 till 100."),
        ("/services?per_page=" + "9" * 5000, "per_page: ”" + "9" * 40 + "” är inte"),
        ("/services?minimal=true&per_page=1001", "från 1 till 1000."),
        ("/services?full=ja", "full: ”ja” är inte true eller false."),
        ("/services?minimal=2", "minimal: ”2” är inte true eller false."),
        ("/organizations?full_service=yes", "full_service: ”yes” är inte true eller false."),
        ("/services?taxonomy_term_id=17", "taxonomy_term_id: ”17” är inte ett id (UUID)."),
        ("/services?taxonomy_id=bip", "taxonomy_id: ”bip” är inte ett id (UUID)."),
        ("/services?organization_id=osby", "organization_id: ”osby” är inte ett id (UUID)."),
        ("/service_at_locations?organization_id=x", "organization_id: ”x” är inte ett id"),
        ("/taxonomy_terms?parent_id=x", "parent_id: ”x” är inte ett id (UUID)."),
        ("/services?modified_after=igår", "modified_after: ”igår” är inte ett datum"),
        ("/services?modified_after=2026-02-30", "modified_after: ”2026-02-30” är inte ett datum"),
        ("/services?modified_after=0001-01-01T00:00:00", "ligger utanför kalendern"),
        ("/services?format=ndjson", "format: ”ndjson” finns inte; svaren finns bara som json."),
        ("/service_at_locations?proximity=500", "proximity: sökning på avstånd finns inte"),
    ],
)
def test_a_value_not_understood_is_a_400_that_names_the_parameter(client, catalogue, url, says):
    body = get_json(client, f"/api/hsds{url}", status=400)
    assert says in body["detail"]


def test_a_page_past_the_last_is_a_404_and_page_one_of_nothing_is_empty(client, catalogue):
    body = get_json(client, "/api/hsds/services?per_page=2&page=3", status=404)
    assert body["detail"] == "Sidan 3 finns inte: det finns 2 sidor med 2 per sida."
    get_json(client, "/api/hsds/services?page=999999999999", status=400)
    empty = get_json(client, f"/api/hsds/services?organization_id={EXTENSION.id}")
    assert empty == {
        "total_items": 0,
        "total_pages": 0,
        "page_number": 1,
        "size": 20,
        "first_page": True,
        "last_page": True,
        "empty": True,
        "contents": [],
    }


@pytest.mark.parametrize(
    "path",
    ["services", "organizations", "service_at_locations", "taxonomies", "taxonomy_terms"],
)
@pytest.mark.parametrize(
    "value", ["17", "not-a-uuid", "00000000-0000-0000-0000-000000000000", "%00", "é" * 300]
)
def test_an_unknown_or_malformed_id_is_a_404(client, catalogue, path, value):
    response = client.get(f"/api/hsds/{path}/{value}")
    assert response.status_code in {400, 404}  # a NUL byte is refused before any view
    if response.status_code == 404:
        assert "Det finns ingen post med id" in response.json()["detail"]


def test_other_addresses_under_the_api_are_json_404s(client, db):
    for url in ["/api/hsds/services/", "/api/hsds/nothing", "/api/hsds/services/a/b"]:
        assert client.get(url).status_code == 404
        assert "detail" in client.get(url).json()


def test_the_paging_object_counts_and_slices_in_order(client, catalogue):
    first = get_json(client, "/api/hsds/services?per_page=2")
    second = get_json(client, "/api/hsds/services?per_page=2&page=2")
    assert (first["total_items"], first["total_pages"], first["size"]) == (3, 2, 2)
    assert (first["first_page"], first["last_page"], first["empty"]) == (True, False, False)
    assert (second["page_number"], second["first_page"], second["last_page"]) == (2, False, True)
    ids = [s["id"] for s in first["contents"] + second["contents"]]
    assert ids == [str(m.uuid) for m in Measure.objects.public().order_by("pk")]


def test_taxonomy_term_id_selects_the_services_with_that_term(client, catalogue, terms):
    for term, expected in [
        (terms["kategori"]["halsorelaterad"], ["Arbetsträning i köket"]),
        (terms["typ"]["praktik"], ["Praktik på lager"]),
        (terms["malgrupp"]["nyanlanda"], ["Arbetsträning i köket"]),
        (terms["behov"]["svenska"], ["Arbetsträning i köket"]),
        (terms["malgrupp"]["unga-kaa"], []),
    ]:
        body = get_json(client, f"/api/hsds/services?taxonomy_term_id={term.uuid}")
        assert names(body) == expected, term


def test_taxonomy_id_selects_the_services_with_any_term_of_it(client, catalogue):
    target_groups = BY_MODEL["targetgroup"].id
    body = get_json(client, f"/api/hsds/services?taxonomy_id={target_groups}")
    assert names(body) == ["Arbetsträning i köket"]
    every = get_json(client, f"/api/hsds/services?taxonomy_id={BY_MODEL['measuretype'].id}")
    assert every["total_items"] == 3


def test_organization_id_takes_a_municipality_or_a_unit(client, catalogue, osby, hassleholm):
    by_osby = get_json(client, f"/api/hsds/services?organization_id={osby.uuid}")
    assert names(by_osby) == ["Arbetsträning i köket", "Studie- och yrkesvägledning"]
    by_unit = get_json(client, f"/api/hsds/services?organization_id={catalogue['other_unit'].uuid}")
    assert names(by_unit) == ["Praktik på lager"]
    places = get_json(client, f"/api/hsds/service_at_locations?organization_id={hassleholm.uuid}")
    assert [p["service"]["name"] for p in places["contents"]] == ["Praktik på lager"]


def test_modified_after_takes_a_date_or_a_time(client, catalogue):
    Measure.objects.filter(pk=catalogue["plain"].pk).update(
        updated_at=timezone.now() - datetime.timedelta(days=10)
    )
    since = (timezone.localdate() - datetime.timedelta(days=2)).isoformat()
    body = get_json(client, f"/api/hsds/services?modified_after={since}")
    assert "Praktik på lager" not in names(body) and body["total_items"] == 2
    moment = (timezone.now() - datetime.timedelta(days=11)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert get_json(client, f"/api/hsds/services?modified_after={moment}")["total_items"] == 3


def test_search_finds_public_services_in_relevance_order_and_combines_with_filters(
    client, catalogue, osby
):
    body = get_json(client, "/api/hsds/services?search=lager")
    ranked, _relevance = find("lager")  # the search of /insatser/, its order
    by_pk = {m.pk: str(m.uuid) for m in Measure.objects.all()}
    assert [s["id"] for s in body["contents"]] == [by_pk[pk] for pk in ranked.tolist()]
    assert "Praktik på lager" in names(body)
    body = get_json(client, f"/api/hsds/services?search=insats&organization_id={osby.uuid}")
    assert "Praktik på lager" not in names(body)
    assert get_json(client, "/api/hsds/services?search=utkast")["total_items"] == 0
    places = get_json(client, "/api/hsds/service_at_locations?search=köket")
    assert {p["service"]["name"] for p in places["contents"]} == {"Arbetsträning i köket"}
    assert places["total_items"] == 2


def test_minimal_gives_the_id_and_the_time_of_the_last_change(client, catalogue):
    body = get_json(client, "/api/hsds/services?minimal=true&per_page=1000")
    assert body["size"] == 1000
    assert set(body["contents"][0]) == {"id", "name", "status", "last_modified"}


def test_postcode_finds_places_with_or_without_the_space(client, catalogue):
    for postcode in ["28131", "281 31"]:
        body = get_json(client, f"/api/hsds/service_at_locations?postcode={postcode}")
        assert [p["service"]["name"] for p in body["contents"]] == ["Praktik på lager"]


def test_the_taxonomy_lists_filter_by_search_taxonomy_and_parent(client, catalogue, terms):
    bip = BY_MODEL["category"].id
    body = get_json(client, f"/api/hsds/taxonomy_terms?taxonomy_id={bip}")
    assert [t["code"] for t in body["contents"]] == list(terms["kategori"])
    found = get_json(client, "/api/hsds/taxonomy_terms?search=praktik")
    assert [t["code"] for t in found["contents"]] == ["praktik"]
    assert get_json(client, "/api/hsds/taxonomy_terms?top_only=true")["total_items"] == 45
    parent = terms["kategori"]["social"].uuid
    assert get_json(client, f"/api/hsds/taxonomy_terms?parent_id={parent}")["empty"] is True
    extension = get_json(client, f"/api/hsds/taxonomy_terms?taxonomy_id={EXTENSION.id}")
    assert [t["code"] for t in extension["contents"]][:2] == ["municipality", "open_to_others"]
    taxonomies = get_json(client, "/api/hsds/taxonomies?search=målgrupp")
    assert [t["name"] for t in taxonomies["contents"]] == ["Målgrupp"]


def test_organizations_list_the_municipalities_then_their_units_across_pages(
    client, catalogue, osby
):
    every = get_json(client, "/api/hsds/organizations?per_page=100")
    count = every["total_items"]
    first_unit = next(i for i, o in enumerate(every["contents"]) if "parent_organization_id" in o)
    # A page that holds the last municipalities and the first units.
    page = get_json(client, f"/api/hsds/organizations?per_page=2&page={(first_unit + 1) // 2}")
    assert [o["id"] for o in page["contents"]] == [
        o["id"] for o in every["contents"][((first_unit + 1) // 2 - 1) * 2 :][:2]
    ]
    pages = [
        get_json(client, f"/api/hsds/organizations?per_page=3&page={n}")["contents"]
        for n in range(1, -(-count // 3) + 1)
    ]
    assert [o["id"] for p in pages for o in p] == [o["id"] for o in every["contents"]]
    unit = next(o for o in every["contents"] if o["id"] == str(catalogue["other_unit"].uuid))
    assert unit["parent_organization_id"] == str(catalogue["other_unit"].municipality.uuid)
    found = get_json(client, "/api/hsds/organizations?search=osby")
    assert [o["name"] for o in found["contents"]][0] == "Osby"


def test_full_service_nests_full_services_but_not_too_many(client, catalogue, monkeypatch):
    unit = catalogue["other_unit"]
    brief = get_json(client, f"/api/hsds/organizations/{unit.uuid}")
    assert brief["services"] == [
        {"id": str(catalogue["plain"].uuid), "name": "Praktik på lager", "status": "active"}
    ]
    full = get_json(client, f"/api/hsds/organizations/{unit.uuid}?full_service=true")
    assert full["services"][0]["attributes"]
    for _ in range(3):
        MeasureFactory(unit=unit, municipality=unit.municipality)
    import hsds.views

    monkeypatch.setattr(hsds.views, "FULL_SERVICE_LIMIT", 3)
    body = get_json(client, f"/api/hsds/organizations/{unit.uuid}?full_service=true", status=400)
    assert "4 insatser, fler än 3" in body["detail"]


def test_a_page_of_organizations_nests_only_so_many_services(client, catalogue, monkeypatch):
    import hsds.views

    monkeypatch.setattr(hsds.views, "NESTED_LIMIT", 2)
    body = get_json(client, "/api/hsds/organizations?full=true&per_page=100", status=400)
    assert "fler än 2 insatser tillsammans" in body["detail"]
    # One unit at a time has no such limit.
    unit = catalogue["full"].unit
    assert len(get_json(client, f"/api/hsds/organizations/{unit.uuid}")["services"]) == 2
