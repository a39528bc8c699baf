"""Typo tolerance of free-text search, the same on SQLite and PostgreSQL (measures/search.py).

`make run` uses SQLite and production PostgreSQL; a visitor must find the same on both, so the
matching runs in the app on a word index of the catalogue, never in either database's own way.
"""

import pytest
from django.http import QueryDict

from measures.catalogue import catalogue_key, get_index
from measures.facets import index_result
from measures.filters import MeasureFilter
from measures.models import Measure
from measures.search import edits
from tests.factories import MeasureFactory


def titles(response):
    return [measure.title for measure in response.context["page"].object_list]


@pytest.fixture
def catalogue(db, terms):
    MeasureFactory(title="Praktik i butik", measure_type=terms["typ"]["praktik"])
    MeasureFactory(title="Svenska för nybörjare", measure_type=terms["typ"]["sprakstod"])
    MeasureFactory(title="Arbetsträning i Snickeriet", measure_type=terms["typ"]["arbetstraning"])
    MeasureFactory(title="Körkortsteori", measure_type=terms["typ"]["utbildning"])


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("praktk", "Praktik i butik"),  # a letter left out
        ("svneska", "Svenska för nybörjare"),  # two letters swapped
        ("arbetstraning", "Arbetsträning i Snickeriet"),  # no å, ä or ö on the keyboard
        ("ARBETSTRÄNIG", "Arbetsträning i Snickeriet"),  # capitals and a letter left out
        ("körkortsteoi", "Körkortsteori"),  # a long word: a letter left out
        ("snikeriet", "Arbetsträning i Snickeriet"),  # a letter left out of a longer word
    ],
)
def test_a_misspelt_word_finds_the_measure(client, catalogue, query, title):
    response = client.get("/insatser/", {"q": query})

    assert response.status_code == 200
    assert titles(response) == [title]


def test_a_word_two_letters_off_is_too_far_for_a_short_word(client, catalogue):
    """Up to seven letters one edit is a typo; more would find unrelated words."""
    response = client.get("/insatser/", {"q": "prktk"})

    assert titles(response) == []
    assert "Inga insatser matchar din sökning" in response.content.decode()


def test_an_exact_word_ranks_exact_matches_first(client, db):
    MeasureFactory(title="Yrkespraktik på lager")  # the word inside a longer one
    MeasureFactory(title="Café", summary="Praktik i köket.")  # the word in the summary
    MeasureFactory(title="Praktik i butik")  # the word itself, in the title
    MeasureFactory(title="Praktiken på förskolan")  # the same stem

    response = client.get("/insatser/", {"q": "praktik"})

    assert titles(response) == [
        "Praktik i butik",
        "Praktiken på förskolan",
        "Yrkespraktik på lager",
        "Café",
    ]


def test_a_word_that_occurs_is_taken_as_meant_and_not_as_a_typo(client, db):
    """ "kurs" is a word of the catalogue, so "kurt" (one edit away) is not added to it."""
    MeasureFactory(title="Kurs i svenska")
    MeasureFactory(title="Kurt berättar")

    assert titles(client.get("/insatser/", {"q": "kurs"})) == ["Kurs i svenska"]


def test_every_word_of_the_query_must_be_found_typos_included(client, catalogue):
    assert titles(client.get("/insatser/", {"q": "praktk butik"})) == ["Praktik i butik"]
    assert titles(client.get("/insatser/", {"q": "praktk snickeriet"})) == []


def test_a_typo_never_finds_a_measure_that_is_not_public(client, db):
    MeasureFactory(title="Praktik som utkast", status=Measure.Status.DRAFT)

    assert titles(client.get("/insatser/", {"q": "praktk"})) == []


@pytest.mark.parametrize(
    "query", ["praktk", "svneska", "arbetstraning", "praktik", "kursen", "internship", "butik"]
)
def test_the_database_path_and_the_index_give_the_same_order(catalogue, query):
    """`Measure.objects.search` (exports, the API) and the list page agree, on both databases."""
    MeasureFactory(title="Kursen i praktik", summary="Butik och svenska.")
    filterset = MeasureFilter(QueryDict(f"q={query}"), queryset=Measure.objects.public())

    from_database = list(filterset.qs.values_list("pk", flat=True))
    from_index = index_result(filterset, get_index(catalogue_key())).ids

    assert from_database == from_index
    assert from_index


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("praktk", "praktik", 1),
        ("svneska", "svenska", 1),
        ("arbetstranig", "arbetstraning", 1),
        ("prktk", "praktik", 2),
        ("kurs", "kurs", 0),
        ("abc", "xyzuvw", 2),  # more than the limit: limit + 1
    ],
)
def test_edit_distance_counts_a_swap_of_two_letters_as_one(a, b, distance):
    assert edits(a, b, limit=1) == min(distance, 2)
