"""The employer search at /arbetsgivare/: industry, placement kind, town, sector and
municipality, across all six registers for members; sort, pagination, notices, empty state."""

import pytest
from django.test import override_settings

from employers.models import PlacementKind
from tests.factories import EmployerFactory, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def registers(osby, hassleholm, kristianstad):
    kinds = {kind.slug: kind for kind in PlacementKind.objects.all()}
    EmployerFactory(
        municipality=osby,
        name="Bageriet i Osby",
        industry="tillverkning",
        sector="privat",
        town="Osby",
        placement_kinds=[kinds["praktik"]],
        places_at_a_time=1,
    )
    EmployerFactory(
        municipality=hassleholm,
        name="Återbruket i Tyringe",
        industry="handel",
        sector="social-ekonomi",
        town="Tyringe",
        placement_kinds=[kinds["arbetstraning"], kinds["arbetsprovning"]],
        places_at_a_time=5,
        consent=False,
    )
    EmployerFactory(
        municipality=kristianstad,
        name="Äldreboendet i Åhus",
        industry="vard-omsorg",
        sector="offentlig",
        town="Åhus",
        placement_kinds=[kinds["praktik"], kinds["anstallning-med-stod"]],
        places_at_a_time=3,
    )


@pytest.fixture
def case_officer(client):
    client.force_login(member("handlaggare", "osby"))
    return client


def names(response) -> list[str]:
    return [employer.name for employer in response.context["page"].object_list]


def test_a_case_officer_searches_every_municipalitys_register(case_officer, registers):
    response = case_officer.get("/arbetsgivare/")

    # Swedish order: Å before Ä.
    assert names(response) == ["Bageriet i Osby", "Återbruket i Tyringe", "Äldreboendet i Åhus"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"bransch": "handel"}, ["Återbruket i Tyringe"]),
        ({"bransch": ["handel", "vard-omsorg"]}, ["Återbruket i Tyringe", "Äldreboendet i Åhus"]),
        ({"plats": "praktik"}, ["Bageriet i Osby", "Äldreboendet i Åhus"]),
        ({"plats": "arbetsprovning"}, ["Återbruket i Tyringe"]),
        ({"ort": "Tyringe"}, ["Återbruket i Tyringe"]),
        ({"sektor": "offentlig"}, ["Äldreboendet i Åhus"]),
        ({"kommun": "osby"}, ["Bageriet i Osby"]),
        ({"plats": "praktik", "sektor": "privat"}, ["Bageriet i Osby"]),
        ({"q": "åhus"}, ["Äldreboendet i Åhus"]),
        ({"q": "AHUS"}, ["Äldreboendet i Åhus"]),
    ],
)
def test_each_filter(case_officer, registers, params, expected):
    response = case_officer.get("/arbetsgivare/", params)

    assert response.status_code == 200
    assert names(response) == expected


def test_sorting_by_places_puts_the_largest_first(case_officer, registers):
    response = case_officer.get("/arbetsgivare/", {"sort": "platser"})

    assert names(response) == ["Återbruket i Tyringe", "Äldreboendet i Åhus", "Bageriet i Osby"]


def test_sorting_by_town_follows_swedish_order(case_officer, registers):
    response = case_officer.get("/arbetsgivare/", {"sort": "ort"})

    assert names(response) == ["Bageriet i Osby", "Återbruket i Tyringe", "Äldreboendet i Åhus"]


def test_the_public_may_not_sort_by_places(client, registers):
    response = client.get("/arbetsgivare/", {"sort": "platser"})

    assert "Sorteringen ”platser” finns inte" in response.content.decode()
    assert names(response) == ["Bageriet i Osby", "Äldreboendet i Åhus"]


def test_an_unknown_value_is_named_and_the_rest_still_applies(case_officer, registers):
    response = case_officer.get("/arbetsgivare/", {"bransch": "rymdfart", "sektor": "offentlig"})

    assert response.status_code == 200
    assert "Bransch: ”rymdfart” finns inte och har hoppats över." in response.content.decode()
    assert names(response) == ["Äldreboendet i Åhus"]


def test_nothing_found_says_what_to_try(case_officer, registers):
    response = case_officer.get("/arbetsgivare/", {"bransch": "finans"})

    html = response.content.decode()
    assert "Inga arbetsgivare matchar din sökning" in html
    assert "Ta bort något av filtren" in html


def test_an_empty_register_says_so(case_officer, db):
    html = case_officer.get("/arbetsgivare/").content.decode()

    assert "Ingen kommun har lagt in arbetsgivare ännu." in html


@override_settings(PORTAL_PAGE_SIZE=2)
def test_the_list_is_paged_and_a_page_past_the_end_is_a_404(case_officer, registers):
    first = case_officer.get("/arbetsgivare/")
    second = case_officer.get("/arbetsgivare/", {"page": 2})

    assert names(first) == ["Bageriet i Osby", "Återbruket i Tyringe"]
    assert names(second) == ["Äldreboendet i Åhus"]
    assert case_officer.get("/arbetsgivare/", {"page": 3}).status_code == 404


def test_the_search_runs_a_fixed_number_of_queries(
    client, registers, django_assert_max_num_queries
):
    # Municipalities, placement kinds and towns for the options; the count and the page; the
    # page's placement kinds (one prefetch); the example-data banner. Not one per employer.
    with django_assert_max_num_queries(8):
        assert client.get("/arbetsgivare/").status_code == 200


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_the_search_answers_in_both_languages(client, registers, prefix):
    response = client.get(f"{prefix}/arbetsgivare/", {"plats": "praktik"})

    assert response.status_code == 200
    assert names(response) == ["Bageriet i Osby", "Äldreboendet i Åhus"]
