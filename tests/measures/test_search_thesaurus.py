"""The search thesaurus: English and Swedish words for the measure types, needs and categories.

A visitor who searches "internship" or "work training" finds the measures of type Praktik or
Arbetsträning even when no text says so, on both databases; portal staff edit the list in the
admin, and a saved change shows at once.
"""

import pytest
from django.db import IntegrityError
from django.urls import reverse

from measures.models import CatalogueState, Category, MeasureType, Need, SearchTerm
from tests.factories import MeasureFactory


def titles(response):
    return [measure.title for measure in response.context["page"].object_list]


@pytest.fixture
def catalogue(db, terms):
    kinds, needs = terms["typ"], terms["behov"]
    MeasureFactory(title="Butiksjobb hos Coop", measure_type=kinds["praktik"])
    MeasureFactory(title="Yrkespraktik i vården", measure_type=kinds["kartlaggning"])
    MeasureFactory(title="Snickeriet", measure_type=kinds["arbetstraning"])
    MeasureFactory(
        title="Språkcafé",
        measure_type=kinds["sprakstod"],
        needs=[needs["svenska"]],
    )
    MeasureFactory(title="Körkortsteori", measure_type=kinds["utbildning"])
    MeasureFactory(title="Promenadgruppen", measure_type=kinds["halsoinsats"])


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # The type's measures, and a measure whose text says "praktik" (inside a longer word).
        ("internship", {"Butiksjobb hos Coop", "Yrkespraktik i vården"}),
        ("Work placement", {"Butiksjobb hos Coop", "Yrkespraktik i vården"}),
        ("work training", {"Snickeriet"}),
        ("Swedish course", {"Språkcafé"}),
        ("language course", {"Språkcafé"}),
        ("driving licence", {"Körkortsteori"}),
        ("sfi", {"Språkcafé"}),
        ("praktikplats", {"Butiksjobb hos Coop", "Yrkespraktik i vården"}),
    ],
)
def test_a_thesaurus_phrase_finds_what_it_stands_for(client, catalogue, query, expected):
    response = client.get("/insatser/", {"q": query})

    assert response.status_code == 200
    assert set(titles(response)) == expected


def test_english_visitors_find_the_same(client, catalogue):
    swedish = titles(client.get("/insatser/", {"q": "internship"}))
    english = titles(client.get("/en/insatser/", {"q": "internship"}))

    assert english == swedish
    assert english


def test_a_measure_whose_text_has_the_word_ranks_above_one_found_by_its_type(client, catalogue):
    """Found by its text ("praktik" in the title) before found only by its type."""
    response = client.get("/insatser/", {"q": "internship"})

    assert titles(response) == ["Yrkespraktik i vården", "Butiksjobb hos Coop"]


def test_a_phrase_works_with_other_words_of_the_query(client, catalogue, terms):
    MeasureFactory(title="Praktik i Osby", measure_type=terms["typ"]["praktik"])

    response = client.get("/insatser/", {"q": "internship osby"})

    assert titles(response) == ["Praktik i Osby"]


def test_every_seeded_type_need_and_category_has_english_and_swedish_search_terms(db):
    for model, field in ((MeasureType, "measure_type"), (Need, "need"), (Category, "category")):
        for term in model.objects.all():
            languages = set(
                SearchTerm.objects.filter(**{field: term}).values_list("language", flat=True)
            )
            assert languages == {"sv", "en"}, (model.__name__, term.slug, languages)


def test_a_search_term_must_lead_somewhere(db):
    with pytest.raises(IntegrityError):
        SearchTerm.objects.create(phrase="ingenstans", language="sv")


def test_a_phrase_is_unique_per_language_whatever_its_capitals(db):
    SearchTerm.objects.create(phrase="Apprenticeship", language="en", words="lärling")
    with pytest.raises(IntegrityError):
        SearchTerm.objects.create(phrase="apprenticeship", language="en", words="praktik")


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("portalstaff", "staff@example.org", "pw")
    client.force_login(user)
    return client


def test_staff_add_a_search_term_in_the_admin_and_the_list_follows_at_once(
    staff_client, catalogue, terms, settings, django_capture_on_commit_callbacks
):
    settings.PORTAL_LIST_CACHE = True
    before = staff_client.get("/insatser/", {"q": "apprenticeship"})
    assert titles(before) == []
    version = CatalogueState.current()

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            reverse("admin:measures_searchterm_add"),
            {
                "phrase": "  apprenticeship ",
                "language": "en",
                "words": "",
                "measure_type": terms["typ"]["arbetstraning"].pk,
                "need": "",
                "category": "",
            },
        )

    assert response.status_code == 302
    term = SearchTerm.objects.get(phrase="apprenticeship")
    assert term.measure_type.slug == "arbetstraning"
    assert CatalogueState.current() != version
    after = staff_client.get("/insatser/", {"q": "apprenticeship"})
    assert titles(after) == ["Snickeriet"]


def test_the_admin_refuses_a_search_term_that_leads_nowhere(staff_client, db):
    response = staff_client.post(
        reverse("admin:measures_searchterm_add"),
        {"phrase": "ingenstans", "language": "sv", "words": " "},
    )

    assert response.status_code == 200
    assert "Ange svenska ord, eller en typ" in response.content.decode()
    assert not SearchTerm.objects.filter(phrase="ingenstans").exists()


def test_the_thesaurus_changelist_loads_and_searches(staff_client, db):
    url = reverse("admin:measures_searchterm_changelist")
    response = staff_client.get(url, {"q": "internship"})
    assert response.status_code == 200
    assert "internship" in response.content.decode()
