"""The public page of one measure: `/insatser/<slug>/`."""

import datetime

import pytest
from django.utils import timezone

from measures.models import Measure
from tests.factories import LocationFactory, MeasureFactory, ProjectFactory


def test_detail_shows_everything_public_about_a_measure(client, db, osby, terms):
    project = ProjectFactory(name="Projekt Exempel")
    measure = MeasureFactory(
        title="Arbetsträning i Returbutiken",
        summary="Du tränar på att arbeta i en butik.",
        description="Du sorterar, prissätter och säljer.",
        municipality=osby,
        min_age=18,
        max_age=64,
        schedule="Måndag–torsdag 8–12",
        hours_per_week=16,
        duration_weeks=12,
        places_available=3,
        open_to_others=Measure.Openness.BY_AGREEMENT,
        other_municipality_terms="Kostnad enligt överenskommelse.",
        contact_name="Anna Lindqvist",
        contact_phone="040-628 04 11",
        project=project,
        categories=[terms["kategori"]["jobbinriktad"]],
        target_groups=[terms["malgrupp"]["forsorjningsstod"]],
        needs=[terms["behov"]["arbetslivserfarenhet"]],
        languages=[terms["sprak"]["sv"], terms["sprak"]["ar"]],
        last_verified=datetime.date(2026, 10, 1),
    )
    LocationFactory(measure=measure, name="Returbutiken", street_address="Industrigatan 4")

    response = client.get(f"/insatser/{measure.slug}/")

    assert response.status_code == 200
    html = response.content.decode()
    for text in [
        "Arbetsträning i Returbutiken",
        "Du sorterar, prissätter och säljer.",
        "Osby",
        "Jobbinriktade insatser",
        "Personer med försörjningsstöd",
        "Arbetslivserfarenhet",
        "Arabiska",
        "18–64 år",
        "Måndag–torsdag 8–12",
        "16 timmar",
        "12 veckor",
        "Har lediga platser",
        "efter överenskommelse",
        "Kostnad enligt överenskommelse.",
        "Industrigatan 4",
        "Projekt Exempel",
        "Senast bekräftad 1 oktober 2026",
    ]:
        assert text in html, text


@pytest.mark.parametrize(
    "changes",
    [
        {"status": Measure.Status.DRAFT},
        {"status": Measure.Status.ARCHIVED},
        {"visible_from": timezone.localdate() + datetime.timedelta(days=1)},
        {"visible_until": timezone.localdate() - datetime.timedelta(days=1)},
    ],
    ids=["draft", "archived", "not-yet-visible", "no-longer-visible"],
)
def test_a_measure_that_is_not_public_is_a_404(client, db, changes):
    measure = MeasureFactory(**changes)
    response = client.get(f"/insatser/{measure.slug}/")
    assert response.status_code == 404
    assert measure.title not in response.content.decode()


def test_an_unknown_slug_is_a_swedish_404_page(client, db):
    response = client.get("/insatser/finns-inte/")
    assert response.status_code == 404
    assert "Sidan finns inte" in response.content.decode()


def test_similar_measures_come_from_other_municipalities_and_are_public(
    client, db, osby, hassleholm, kristianstad, terms
):
    social = terms["kategori"]["social"]
    measure = MeasureFactory(municipality=osby, categories=[social])
    same_municipality = MeasureFactory(municipality=osby, title="Samma kommun", categories=[social])
    elsewhere = MeasureFactory(municipality=hassleholm, title="I Hässleholm", categories=[social])
    draft = MeasureFactory(
        municipality=kristianstad,
        title="Utkast i Kristianstad",
        categories=[social],
        status=Measure.Status.DRAFT,
    )
    unrelated = MeasureFactory(
        municipality=kristianstad,
        title="Helt annan",
        measure_type=terms["typ"]["utbildning"],
        categories=[terms["kategori"]["kompetenshojande"]],
    )

    response = client.get(f"/insatser/{measure.slug}/")

    similar = response.context["similar"]
    assert elsewhere in similar
    assert same_municipality not in similar
    assert draft not in similar
    assert unrelated not in similar
    assert "Liknande insatser i andra kommuner" in response.content.decode()


def test_detail_runs_the_same_queries_whatever_the_number_of_related_rows(
    client, db, django_assert_num_queries, terms, hassleholm
):
    few = MeasureFactory(categories=[terms["kategori"]["social"]])
    many = MeasureFactory(
        categories=list(terms["kategori"].values()),
        target_groups=list(terms["malgrupp"].values()),
        needs=list(terms["behov"].values()),
        languages=list(terms["sprak"].values()),
    )
    LocationFactory(measure=many)
    LocationFactory(measure=many)
    for _ in range(6):
        MeasureFactory(municipality=hassleholm, categories=list(terms["kategori"].values()))

    # 1 catalogue version (the page cache's key; each page is a miss here); 1 measure with
    # municipality, unit, type, project; 5 prefetches (categories, target groups, needs,
    # languages, locations); 1 similar measures; 1 their categories; 1 example-banner check;
    # 1 the listed employers hosting it (an arbetsträning measure: employers/partials).
    with django_assert_num_queries(11):
        assert client.get(f"/insatser/{few.slug}/").status_code == 200
    with django_assert_num_queries(11):
        assert client.get(f"/insatser/{many.slug}/").status_code == 200
