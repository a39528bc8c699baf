"""The printable handout of a list: what a participant needs, no navigation, no internal details."""

import datetime
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

from measures.models import Measure
from tests.factories import LocationFactory, MeasureFactory, UnitFactory
from tests.measures.test_internal_details import (
    assert_no_internal_details,
    measure_with_internal_details,
)
from tests.shortlists.conftest import ADD_URL, make_list


def handout_measure(osby):
    unit = UnitFactory(
        municipality=osby,
        name="Kompetensa",
        street_address="Västra Storgatan 35",
        postcode="283 80",
        town="Osby",
        phone="0479-52 80 00",
        email="kompetensa@osby.example",
    )
    measure = MeasureFactory(
        title="Arbetsträning i Returbutiken",
        summary="Du tränar på att arbeta i en butik.",
        municipality=osby,
        unit=unit,
        schedule="Måndag–torsdag 8–12",
        hours_per_week=16,
        duration_weeks=12,
        intake=Measure.Intake.DATED,
        next_start=datetime.date(2027, 2, 1),
        self_referral=True,
        open_to_others=Measure.Openness.BY_AGREEMENT,
        other_municipality_terms="Kostnad enligt överenskommelse.",
    )
    LocationFactory(
        measure=measure, name="Returbutiken", street_address="Industrigatan 4", town="Osby"
    )
    return measure


HANDOUT_TEXTS = [
    "Arbetsträning i Returbutiken",
    "Du tränar på att arbeta i en butik.",
    "Returbutiken, Industrigatan 4, 283 31 Osby",
    "Måndag–torsdag 8–12",
    "16 timmar i veckan",
    "Pågår 12 veckor",
    "Nästa start 1 februari 2027",
    "Kommunens handläggare, Egen anmälan",
    "efter överenskommelse",
    "Kostnad enligt överenskommelse.",
    "Kompetensa, Osby",
    "Västra Storgatan 35, 283 80 Osby",
    "0479-52 80 00",
    "kompetensa@osby.example",
    "http://testserver/insatser/arbetstraning-i-returbutiken/",
    "Skriv ut:",
    "Ctrl+P",
]


def assert_is_a_clean_handout(html):
    assert "<nav" not in html
    assert "site-header" not in html
    assert "site-footer" not in html
    assert "Logga ut" not in html
    assert "Hoppa till innehållet" not in html
    assert "/static/css/print.css" in html
    assert "/static/css/portal.css" not in html
    # The coming Content Security Policy forbids inline scripts and styles.
    assert "<script" not in html
    assert "style=" not in html
    assert "<form" not in html


def test_the_owner_prints_a_list_as_a_clean_handout(owner_client, owner, osby):
    shortlist = make_list(owner, "Förslag till dig", [handout_measure(osby)])

    response = owner_client.get(f"/min-lista/{shortlist.pk}/skriv-ut/")

    html = response.content.decode()
    assert response.status_code == 200
    assert [t.name for t in response.templates][0] == "shortlists/print.html"
    assert "<h1>Förslag till dig</h1>" in html
    for text in HANDOUT_TEXTS:
        assert text in html, text
    assert_is_a_clean_handout(html)


def test_an_anonymous_visitor_prints_the_session_list(client, osby):
    measure = handout_measure(osby)
    client.post(ADD_URL, {"measure": measure.pk}, follow=True)

    response = client.get("/min-lista/skriv-ut/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Min lista</h1>" in html
    for text in HANDOUT_TEXTS:
        assert text in html, text
    assert_is_a_clean_handout(html)


def test_a_measure_without_locations_gives_the_units_address(owner_client, owner, osby):
    measure = handout_measure(osby)
    measure.locations.all().delete()
    shortlist = make_list(owner, measures=[measure])

    html = owner_client.get(f"/min-lista/{shortlist.pk}/skriv-ut/").content.decode()

    assert html.count("Västra Storgatan 35, 283 80 Osby") == 2  # where, and the contact


def test_the_handout_leaves_out_internal_details_even_for_a_case_officer(owner_client, owner):
    shortlist = make_list(owner, measures=[measure_with_internal_details()])

    response = owner_client.get(f"/min-lista/{shortlist.pk}/skriv-ut/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Arbetsträning i Snickeriet" in html
    assert "Verkstadsgatan 3" in html
    assert_no_internal_details(html)


def test_the_session_handout_leaves_out_internal_details(client, db):
    measure = measure_with_internal_details()
    client.post(ADD_URL, {"measure": measure.pk}, follow=True)

    response = client.get("/min-lista/skriv-ut/")

    assert response.status_code == 200
    assert "Arbetsträning i Snickeriet" in response.content.decode()
    assert_no_internal_details(response.content.decode())


@pytest.mark.parametrize("status", [Measure.Status.DRAFT, Measure.Status.ARCHIVED])
def test_the_handout_leaves_out_measures_no_longer_public(owner_client, owner, status):
    public = MeasureFactory(title="Finns kvar")
    hidden = MeasureFactory(title="Inte längre publik", status=status)
    shortlist = make_list(owner, measures=[public, hidden])

    html = owner_client.get(f"/min-lista/{shortlist.pk}/skriv-ut/").content.decode()

    assert "Finns kvar" in html
    assert "Inte längre publik" not in html


def test_an_empty_list_prints_an_empty_handout(owner_client, owner):
    shortlist = make_list(owner)

    response = owner_client.get(f"/min-lista/{shortlist.pk}/skriv-ut/")

    assert response.status_code == 200
    assert "Listan är tom." in response.content.decode()


def test_the_print_stylesheet_hides_the_hint_on_paper():
    css = Path(finders.find("css/print.css")).read_text(encoding="utf-8")

    on_paper = css.split("@media print", 1)[1]
    assert ".print-hint {\n    display: none;" in on_paper
