"""Texts that are data (taxonomy names, municipality presentations, project summaries, unit
descriptions) in English under /en/ and in Swedish at the plain addresses (core/i18n.py)."""

import pytest
from django.utils import translation

from core.i18n import language_of, localized
from measures.models import Category, Language, MeasureType, Need, Project, TargetGroup
from municipalities.models import Municipality
from tests.factories import MeasureFactory, UnitFactory

TAXONOMIES = [Category, MeasureType, TargetGroup, Need, Language]
SEEDED_PROJECTS = [
    "strategisk-samverkan-i-skno",
    "within-kompetens",
    "within-po2",
    "forstarkt-vagledning-2-0",
    "jobb-for-alla",
]


@pytest.fixture
def measure(terms, osby):
    """A measure whose title and texts use none of its terms' names."""
    return MeasureFactory(
        municipality=osby,
        title="Snickeriet",
        summary="Du bygger möbler.",
        measure_type=terms["typ"]["arbetstraning"],
        categories=[terms["kategori"]["jobbinriktad"]],
        target_groups=[terms["malgrupp"]["forsorjningsstod"]],
        needs=[terms["behov"]["arbetslivserfarenhet"]],
        languages=[terms["sprak"]["sv"], terms["sprak"]["ar"]],
    )


def page(client, path) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


def test_localized_gives_the_english_text_to_english_visitors_only(terms):
    work_training = terms["typ"]["arbetstraning"]
    with translation.override("en"):
        assert localized(work_training, "name") == work_training.label == "Work training"
        assert language_of(work_training, "name") == "en"
        assert str(work_training) == "Work training"
    with translation.override("sv"):
        assert localized(work_training, "name") == work_training.label == "Arbetsträning"
        assert language_of(work_training, "name") == "sv"


def test_without_an_english_text_the_swedish_one_is_shown_and_said_to_be_swedish(db):
    unit = UnitFactory(description="Vi hjälper dig vidare.")
    with translation.override("en"):
        assert localized(unit, "description") == "Vi hjälper dig vidare."
        assert language_of(unit, "description") == "sv"


def test_every_seeded_term_project_and_member_has_its_english(db):
    for model in TAXONOMIES:
        for term in model.objects.all():
            assert term.name_en, term
            assert bool(term.description_en) == bool(term.description), term
    for project in Project.objects.filter(slug__in=SEEDED_PROJECTS):
        assert project.summary_en, project
    assert Project.objects.filter(slug__in=SEEDED_PROJECTS).count() == len(SEEDED_PROJECTS)
    members = Municipality.objects.members()
    assert members.count() == 6
    assert all(member.presentation_en for member in members)


def test_language_names_are_english(db):
    with translation.override("en"):
        names = {language.slug: language.label for language in Language.objects.all()}
    assert names["sv"] == "Swedish"
    assert names["ar"] == "Arabic"
    assert names["uk"] == "Ukrainian"


def test_list_facets_and_chips_are_in_the_visitors_language(client, measure):
    english = page(client, "/en/insatser/?typ=arbetstraning&sprak=ar")
    assert "Work training" in english
    assert "Arabic" in english and "Job-oriented measures" in english
    assert "People receiving income support" in english
    assert "Type of measure: Work training" in english
    assert "Language: Arabic" in english
    for swedish_name in ["Arbetsträning", "Arabiska", "Jobbinriktade insatser"]:
        assert swedish_name not in english

    swedish = page(client, "/insatser/?typ=arbetstraning&sprak=ar")
    assert "Typ av insats: Arbetsträning" in swedish
    assert "Språk: Arabiska" in swedish
    assert "Work training" not in swedish and "Arabic" not in swedish


def test_the_measure_page_names_its_terms_in_english_and_marks_its_content_swedish(client, measure):
    english = page(client, f"/en/insatser/{measure.slug}/")
    for name in [
        "Work training",
        "Job-oriented measures",
        "People receiving income support",
        "Work experience",
        "Swedish, Arabic",
    ]:
        assert name in english
    assert '<h1 lang="sv">Snickeriet</h1>' in english
    assert '<p class="lead" lang="sv">Du bygger möbler.</p>' in english
    for swedish_name in ["Arbetsträning", "Arbetslivserfarenhet", "Arabiska"]:
        assert swedish_name not in english

    swedish = page(client, f"/insatser/{measure.slug}/")
    assert "Arbetsträning" in swedish and "Svenska, Arabiska" in swedish
    assert "Work training" not in swedish


def test_home_page_categories_are_in_english(client, db):
    english = page(client, "/en/")
    assert "Job-oriented measures" in english
    assert "Measures that lead straight towards a job." in english
    assert "Jobbinriktade insatser" not in english
    assert "Jobbinriktade insatser" in page(client, "/")


def test_municipality_pages_show_the_english_presentation(client, osby):
    UnitFactory(municipality=osby, name="Kompetensa", description="Vi hjälper dig vidare.")
    UnitFactory(
        municipality=osby,
        name="Ungdomsteamet",
        description="Vi träffar unga.",
        description_en="We meet young people.",
    )
    presentation = "Osby Municipality lies in northern Skåne, on the border with Småland."

    listing = page(client, "/en/kommuner/")
    assert f'<p class="mb-2" lang="en">{presentation}</p>' in listing
    assert "Osby kommun ligger" not in listing

    detail = page(client, "/en/kommuner/osby/")
    assert f'<p class="lead" lang="en">{presentation}</p>' in detail
    assert '<p class="mb-2" lang="en">We meet young people.</p>' in detail
    # A unit described in Swedish only: shown, and marked as Swedish.
    assert '<p class="mb-2" lang="sv">Vi hjälper dig vidare.</p>' in detail
    assert "Municipality code 1273" in detail

    swedish = page(client, "/kommuner/osby/")
    assert "Osby kommun ligger i norra Skåne" in swedish
    assert "Vi träffar unga." in swedish and "We meet young people." not in swedish


def test_project_pages_show_the_english_summary(client, db):
    english = page(client, "/en/projekt/strategisk-samverkan-i-skno/")
    assert "The project set out to develop cooperation" in english
    assert "Projektet ville utveckla samverkan" not in english
    assert "The project set out to develop" in page(client, "/en/projekt/")
    assert "Projektet ville utveckla samverkan" in page(
        client, "/projekt/strategisk-samverkan-i-skno/"
    )


@pytest.mark.parametrize(
    ("step", "english", "swedish"),
    [
        (1, "How old are you?", "Hur gammal är du?"),
        (2, "Where do you live?", "Var bor du?"),
        (3, "I receive income support", "Jag får försörjningsstöd"),
        (4, "Swedish language", "Svenska språket"),
        (5, "Arabic", "Arabiska"),
        (6, "Can you travel to a neighbouring municipality?", "Kan du resa till en grannkommun?"),
        (7, "It does not matter", "Det spelar ingen roll"),
    ],
)
def test_every_guide_step_is_in_english(client, db, step, english, swedish):
    english_page = page(client, f"/en/hitta/?steg={step}")
    assert english in english_page and swedish not in english_page
    swedish_page = page(client, f"/hitta/?steg={step}")
    assert swedish in swedish_page and english not in swedish_page


def test_the_measure_form_offers_the_terms_in_english(editor_client, db):
    english = page(editor_client, "/en/hantera/insatser/ny/?kommun=osby")
    assert "Work training" in english and "Arabic" in english
    assert "Arbetsträning" not in english
