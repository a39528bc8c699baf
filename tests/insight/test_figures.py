"""/statistik/'s numbers against a catalogue counted by hand.

The catalogue (M = member municipality; "open" = accepts other municipalities' residents):

    m1  Osby         jobb+social  KAA, nyanlända  open (ja)           2 free    confirmed today
    m2  Osby         hälsa        nyanlända       not open            0 free    never confirmed
    m3  Hässleholm   jobb         nyanlända       open (agreement)    not said  overdue
    m4  Hässleholm   komp+social  sjukskrivna     not open            3 free    confirmed today
    m5  Kristianstad jobb         KAA             not open            0 free    VERIFY_DAYS ago
    m9  Hörby        social       (no group)      open                1 free    confirmed today
    m10 Osby         jobb         (no group)      not open            not said  never confirmed
  and, counted nowhere: a draft in Kristianstad, a measure in Bromölla whose visibility ended
  yesterday, and an open measure in a municipality outside Skåne Nordost.
"""

import datetime

import pytest
from django.utils import timezone

from insight.figures import compute
from insight.tables import all_tables, percent
from measures.models import Measure
from municipalities.models import Municipality
from tests.factories import MeasureFactory, MunicipalityFactory

COLUMNS = ["Bromölla", "Hässleholm", "Hörby", "Kristianstad", "Osby", "Östra Göinge"]
YES, NO, AGREED = Measure.Openness.YES, Measure.Openness.NO, Measure.Openness.BY_AGREEMENT


@pytest.fixture
def catalogue(db, terms, settings):
    today = timezone.localdate()
    cat, group = terms["kategori"], terms["malgrupp"]
    jobb, komp, social, halsa = (
        cat["jobbinriktad"],
        cat["kompetenshojande"],
        cat["social"],
        cat["halsorelaterad"],
    )
    kaa, new, sick = group["unga-kaa"], group["nyanlanda"], group["sjukskrivna"]
    place = {m.slug: m for m in Municipality.objects.all()}

    def measure(where, categories, groups, openness, places, verified, **extra):
        return MeasureFactory(
            municipality=place[where],
            categories=categories,
            target_groups=groups,
            open_to_others=openness,
            places_available=places,
            last_verified=verified,
            **extra,
        )

    days = settings.PORTAL_VERIFY_DAYS
    measure("osby", [jobb, social], [kaa, new], YES, 2, today)
    measure("osby", [halsa], [new], NO, 0, None)
    measure("hassleholm", [jobb], [new], AGREED, None, today - datetime.timedelta(days + 1))
    measure("hassleholm", [komp, social], [sick], NO, 3, today)
    measure("kristianstad", [jobb], [kaa], NO, 0, today - datetime.timedelta(days))
    measure("horby", [social], [], YES, 1, today)
    measure("osby", [jobb], [], NO, None, None)
    # Not public, or not in Skåne Nordost: counted nowhere.
    measure("kristianstad", [jobb], [new], YES, 5, None, status=Measure.Status.DRAFT)
    measure(
        "bromolla",
        [jobb],
        [sick],
        YES,
        5,
        None,
        visible_until=today - datetime.timedelta(days=1),
    )
    outside = MunicipalityFactory(name="Ängelholm", slug="angelholm")
    measure_outside = MeasureFactory(
        municipality=outside, target_groups=[kaa, sick], open_to_others=YES, places_available=4
    )
    assert not measure_outside.municipality.is_skno_member


def as_dict(table):
    return {row.label: [cell.value for cell in row.cells] for row in table.rows}


@pytest.fixture
def tables(catalogue):
    return {table.name: table for table in all_tables(compute())}


def test_measures_per_municipality_and_category(tables):
    table = tables["kategorier"]
    assert table.columns == [
        "Jobbinriktade insatser",
        "Kompetenshöjande insatser",
        "Sociala insatser",
        "Hälsorelaterade insatser",
        "Alla insatser",
    ]
    assert as_dict(table) == {
        "Bromölla": [0, 0, 0, 0, 0],
        "Hässleholm": [1, 1, 1, 0, 2],
        "Hörby": [0, 0, 1, 0, 1],
        "Kristianstad": [1, 0, 0, 0, 1],
        "Osby": [2, 0, 1, 1, 3],
        "Östra Göinge": [0, 0, 0, 0, 0],
        "Hela Skåne Nordost": [4, 1, 3, 1, 7],
    }


def test_places_available_now(tables):
    table = tables["lediga-platser"]
    assert table.columns == [
        "Har lediga platser",
        "Fullt just nu",
        "Uppgift saknas",
        "Alla insatser",
    ]
    assert as_dict(table) == {
        "Bromölla": [0, 0, 0, 0],
        "Hässleholm": [1, 0, 1, 2],
        "Hörby": [1, 0, 0, 1],
        "Kristianstad": [0, 1, 0, 1],
        "Osby": [1, 1, 1, 3],
        "Östra Göinge": [0, 0, 0, 0],
        "Hela Skåne Nordost": [3, 2, 2, 7],
    }


def test_share_overdue_for_confirmation(tables):
    """Overdue as the dashboard counts it (Measure.overdue_condition): never confirmed, or
    longer ago than PORTAL_VERIFY_DAYS; exactly that many days ago is still in time."""
    assert as_dict(tables["bekraftelse"]) == {
        "Bromölla": [0, 0, None],
        "Hässleholm": [2, 1, 50],
        "Hörby": [1, 0, 0],
        "Kristianstad": [1, 0, 0],
        "Osby": [3, 2, 67],
        "Östra Göinge": [0, 0, None],
        "Hela Skåne Nordost": [7, 3, 43],
    }


def test_overdue_counts_agree_with_the_dashboards_rule(tables):
    members = Municipality.objects.members()
    public = Measure.objects.public().filter(municipality__in=members)
    overdue = public.overdue_for_verification().count()
    assert as_dict(tables["bekraftelse"])["Hela Skåne Nordost"][1] == overdue == 3


def test_coverage_matrix_every_cell(tables):
    table = tables["malgrupper"]
    assert table.columns == COLUMNS
    zeros = [0] * 6
    assert as_dict(table) == {
        "Unga 16–19 år inom KAA": [1, 1, 1, 2, 1, 1],
        "Unga 16–29 år": zeros,
        "Personer med försörjningsstöd": zeros,
        "Nyanlända": [2, 2, 2, 2, 3, 2],
        "Långtidsarbetslösa": zeros,
        "Personer med funktionsnedsättning": zeros,
        "Sjukskrivna på väg tillbaka": [0, 1, 0, 0, 0, 0],
        "Inskrivna på Arbetsförmedlingen": zeros,
    }
    gaps = {(row.label, i) for row in table.rows for i, cell in enumerate(row.cells) if cell.gap}
    assert ("Sjukskrivna på väg tillbaka", 0) in gaps
    assert ("Sjukskrivna på väg tillbaka", 1) not in gaps
    assert len(gaps) == 5 * 6 + 5


def test_only_the_member_municipalities_are_columns(tables):
    assert [row.label for row in tables["kategorier"].rows][:-1] == COLUMNS
    assert "Ängelholm" not in tables["malgrupper"].columns


def test_charts_draw_the_tables_numbers_without_the_total_row(tables):
    chart = tables["kategorier"].chart()
    assert chart["labels"] == COLUMNS
    assert chart["datasets"][0] == {
        "label": "Jobbinriktade insatser",
        "data": [0, 1, 0, 1, 2, 0],
    }
    assert len(chart["datasets"]) == 4  # the categories; "Alla insatser" is the table's
    overdue = tables["bekraftelse"].chart()
    assert overdue["percent"] is True
    assert overdue["datasets"] == [{"label": "Andel (%)", "data": [None, 50, 0, 0, 67, None]}]
    assert tables["malgrupper"].chart() is None


@pytest.mark.parametrize(
    ("part", "whole", "share"),
    [(0, 0, None), (0, 5, 0), (1, 3, 33), (2, 3, 67), (1, 8, 13), (1, 200, 1), (1, 201, 0)],
)
def test_percent_rounds_halves_up(part, whole, share):
    assert percent(part, whole) == share


def test_an_empty_catalogue_counts_zero_everywhere(db):
    tables = {table.name: table for table in all_tables(compute())}
    assert as_dict(tables["kategorier"])["Hela Skåne Nordost"] == [0] * 5
    assert all(cell.gap for row in tables["malgrupper"].rows for cell in row.cells)
    assert as_dict(tables["bekraftelse"])["Hela Skåne Nordost"] == [0, 0, None]
