"""/insatser/export.csv, export.xlsx and export.json: the list's measures for the same
parameters, in the same order, public fields only, as Swedish Excel opens them."""

import csv
import datetime
import io
import json

import openpyxl
import pytest
from django.utils import timezone

from measures import exports
from measures.models import Measure
from tests.factories import MeasureFactory, ProjectFactory
from tests.measures.test_internal_details import LEAKS, measure_with_internal_details

pytestmark = pytest.mark.django_db

FORMATS = ["csv", "xlsx", "json"]
SWEDISH_HEADERS = [
    "Titel",
    "Webbadress",
    "Kortnamn",
    "Kommun",
    "Enhet",
    "Typ av insats",
    "Kategorier",
    "Målgrupper",
    "Behov",
    "Språk",
    "Form",
    "Lägsta ålder",
    "Högsta ålder",
    "Tar emot deltagare från andra kommuner",
    "Lediga platser",
    "Sammanfattning",
    "Intag",
    "Nästa start",
    "Senast bekräftad",
    "Senast ändrad",
]
ENGLISH_HEADERS = [
    "Title",
    "Web address",
    "Slug",
    "Municipality",
    "Unit",
    "Type of measure",
    "Categories",
    "Target groups",
    "Needs",
    "Language",
    "Format",
    "Minimum age",
    "Maximum age",
    "Accepts participants from other municipalities",
    "Available places",
    "Summary",
    "Intake",
    "Next start",
    "Last confirmed",
    "Last changed",
]
JSON_KEYS = [
    "title",
    "url",
    "slug",
    "municipality",
    "unit",
    "type",
    "categories",
    "target_groups",
    "needs",
    "languages",
    "format",
    "min_age",
    "max_age",
    "open_to_other_municipalities",
    "has_free_places",
    "summary",
    "intake",
    "next_start",
    "last_verified",
    "last_changed",
]


# Reading the files back ----------------------------------------------------------------------


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def download(client, url, data=None):
    response = client.get(url, data or {})
    assert response.status_code == 200, body(response)[:500]
    return response, body(response)


def csv_rows(raw: bytes) -> list[list[str]]:
    """Read as Swedish Excel does: UTF-8 announced by the BOM, semicolons between cells."""
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def xlsx_rows(raw: bytes) -> list[list]:
    workbook = openpyxl.load_workbook(io.BytesIO(raw))
    assert len(workbook.worksheets) == 1
    return [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]


def exported_slugs(client, fmt, data=None, prefix="") -> list[str]:
    _response, raw = download(client, f"{prefix}/insatser/export.{fmt}", data)
    if fmt == "csv":
        return [row[2] for row in csv_rows(raw)[1:]]
    if fmt == "xlsx":
        return [row[2] for row in xlsx_rows(raw)[1:]]
    return [record["slug"] for record in json.loads(raw)["measures"]]


def list_slugs(client, data) -> list[str]:
    """The measures the public list shows for `data`, every page, in the list's order."""
    response = client.get("/insatser/", data)
    assert response.status_code == 200
    ids = response.context["page"].paginator.object_list.ids
    slugs = dict(Measure.objects.filter(pk__in=ids).values_list("pk", "slug"))
    return [slugs[pk] for pk in ids]


# Same measures, same order -------------------------------------------------------------------


@pytest.fixture
def catalogue(terms, hassleholm, kristianstad):
    """Measures that differ in every filter and order the list has."""
    project = ProjectFactory(slug="testprojekt-export")
    now = timezone.now()
    shapes = [
        {"title": "Returbutiken Osby", "places_available": 2, "open_to_others": "ja"},
        {"title": "Ängens praktik", "measure_type": terms["typ"]["praktik"]},
        {
            "title": "Unga i jobb",
            "target_groups": [terms["malgrupp"]["unga-16-29"]],
            "min_age": 16,
            "max_age": 24,
            "places_available": 5,
        },
        {"title": "Vuxenpraktik", "min_age": 25, "max_age": 64, "open_to_others": "nej"},
        {"title": "Digital vägledning", "format": "digitalt", "project": project},
        {
            "title": "Returbutiken Hässleholm",
            "municipality": hassleholm,
            "categories": [terms["kategori"]["jobbinriktad"]],
            "summary": "Praktik i en butik för begagnat.",
        },
        {
            "title": "Stöd i Hässleholm",
            "municipality": hassleholm,
            "places_available": 0,
            "categories": [terms["kategori"]["social"]],
            "needs": [terms["behov"]["halsa"]],
        },
        {
            "title": "Språkcafé",
            "municipality": kristianstad,
            "languages": [terms["sprak"]["ar"], terms["sprak"]["sv"]],
            "needs": [terms["behov"]["svenska"]],
            "format": "blandat",
            "places_available": 3,
        },
        {
            "title": "Arbetsträning i köket",
            "municipality": kristianstad,
            "description": "Praktik och arbetsträning i ett kök.",
            "categories": [terms["kategori"]["jobbinriktad"], terms["kategori"]["social"]],
        },
        {"title": "Öppen verkstad", "min_age": 18, "open_to_others": "overenskommelse"},
        {"title": "Zebrans jobbcoachning", "measure_type": terms["typ"]["jobbcoachning"]},
        {"title": "Ett utkast", "status": Measure.Status.DRAFT},
    ]
    for minutes, shape in enumerate(shapes):
        measure = MeasureFactory(**shape)
        # Distinct publication times, not in title order, for "nyast".
        published = now - datetime.timedelta(minutes=(minutes * 37) % 11 * 10 + minutes)
        Measure.objects.filter(pk=measure.pk).update(published_at=published)


PARITY_CASES = [
    {},
    {"sort": "relevans"},
    {"sort": "nyast"},
    {"sort": "titel"},
    {"sort": "kommun"},
    {"kommun": "osby"},
    {"kommun": ["osby", "hassleholm"], "sort": "titel"},
    {"kommun": "kristianstad", "sort": "nyast"},
    {"kategori": "social"},
    {"kategori": ["social", "jobbinriktad"], "sort": "kommun"},
    {"typ": "praktik"},
    {"malgrupp": "unga-16-29"},
    {"behov": ["halsa", "svenska"]},
    {"sprak": "ar"},
    {"format": ["digitalt", "blandat"]},
    {"alder": "20"},
    {"alder": "30", "sort": "titel"},
    {"oppen_for_andra": "1"},
    {"ledig_plats": "1", "sort": "nyast"},
    {"oppen_for_andra": "1", "ledig_plats": "1"},
    {"projekt": "testprojekt-export"},
    {"q": "praktik"},
    {"q": "praktik", "sort": "titel"},
    {"q": "butik", "kommun": "hassleholm"},
    {"q": "ingenting-finns-har"},
    # The list's page means nothing to a file: the export holds every page.
    {"page": "2"},
    {"kommun": "osby", "page": "1", "sort": "kommun"},
]


@pytest.mark.parametrize("data", PARITY_CASES)
def test_every_format_holds_the_lists_measures_in_the_lists_order(client, catalogue, data):
    expected = list_slugs(client, {k: v for k, v in data.items() if k != "page"})

    for fmt in FORMATS:
        assert exported_slugs(client, fmt, data) == expected, fmt


def test_the_export_is_not_cut_at_the_lists_page_size(client, terms):
    for number in range(45):
        MeasureFactory(title=f"Insats nummer {number:02d}")

    for fmt in FORMATS:
        slugs = exported_slugs(client, fmt, {"sort": "titel"})
        assert slugs == [f"insats-nummer-{number:02d}" for number in range(45)], fmt


def test_measures_are_read_in_chunks_and_keep_their_order(client, terms, monkeypatch):
    monkeypatch.setattr(exports, "CHUNK", 3)
    for number in range(10):
        MeasureFactory(title=f"Insats {chr(ord('J') - number)}")

    expected = list_slugs(client, {"sort": "titel"})
    for fmt in FORMATS:
        assert exported_slugs(client, fmt, {"sort": "titel"}) == expected, fmt
    assert expected[0] == "insats-a" and len(expected) == 10


@pytest.mark.parametrize(
    "data",
    [
        {"kommun": "atlantis"},
        {"kategori": ["social", "finns-inte"]},
        {"alder": "tjugo"},
        {"alder": "-4"},
        {"sort": "pris"},
        {"ledig_plats": "kanske"},
        {"q": "praktik " * 60},
    ],
)
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_parameter_the_list_skips_is_refused_with_its_notice(client, catalogue, data, fmt):
    notices = [str(n) for n in client.get("/insatser/", data).context["notices"]]
    assert notices

    response = client.get(f"/insatser/export.{fmt}", data)

    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == "\n".join(notices)


def test_an_unknown_format_is_not_found(client, catalogue):
    assert client.get("/insatser/export.pdf").status_code == 404
    assert client.get("/insatser/export.csv/").status_code == 404


def test_a_measure_can_be_called_export_without_hiding_the_files(client, terms):
    named_export = MeasureFactory(title="Export")
    dotted = MeasureFactory(title="Export.csv")

    assert named_export.slug == "export"
    assert dotted.slug == "exportcsv"  # a slug never holds a dot
    assert client.get("/insatser/export/").context["measure"] == named_export
    assert client.get("/insatser/exportcsv/").context["measure"] == dotted
    assert sorted(exported_slugs(client, "csv")) == ["export", "exportcsv"]


# Public fields only ---------------------------------------------------------------------------


def text_of(fmt, raw: bytes) -> str:
    if fmt == "xlsx":
        return "\n".join(str(cell) for row in xlsx_rows(raw) for cell in row if cell is not None)
    return raw.decode("utf-8-sig")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("who", ["anonymous", "editor"])
def test_no_internal_field_reaches_an_export(client, editor, fmt, who):
    if who == "editor":
        client.force_login(editor)
    measure = measure_with_internal_details()

    _response, raw = download(client, f"/insatser/export.{fmt}")

    text = text_of(fmt, raw)
    assert measure.title in text
    assert "Har lediga platser" in text or '"has_free_places": true' in text
    for leak in LEAKS:
        assert leak not in text, leak
    for leak in ["Hedvig", "Remissbladet", "4 750", "040-628 04 97", "2026-03-09"]:
        assert leak not in text, leak


def test_the_json_holds_exactly_the_public_keys_and_never_the_number_of_places(client):
    measure_with_internal_details()

    _response, raw = download(client, "/insatser/export.json")

    (record,) = json.loads(raw)["measures"]
    assert list(record) == JSON_KEYS
    assert record["has_free_places"] is True
    assert 7 not in record.values()


def test_a_logged_in_member_gets_the_same_files_as_anyone(client, editor):
    measure_with_internal_details()
    MeasureFactory(title="Annan insats", places_available=0)
    anonymous = {fmt: download(client, f"/insatser/export.{fmt}")[1] for fmt in FORMATS}

    client.force_login(editor)
    for fmt in ["csv", "json"]:
        member = download(client, f"/insatser/export.{fmt}")[1]
        if fmt == "json":
            assert json.loads(member)["measures"] == json.loads(anonymous[fmt])["measures"]
        else:
            assert member == anonymous[fmt]
    assert xlsx_rows(download(client, "/insatser/export.xlsx")[1]) == xlsx_rows(anonymous["xlsx"])


@pytest.mark.parametrize("fmt", FORMATS)
def test_anonymous_files_may_be_cached_but_a_members_are_private(client, editor, fmt):
    MeasureFactory()

    anonymous, _raw = download(client, f"/insatser/export.{fmt}")
    client.force_login(editor)
    member, _raw = download(client, f"/insatser/export.{fmt}")

    assert "public" in anonymous["Cache-Control"]
    assert "max-age=300" in anonymous["Cache-Control"]
    assert "private" in member["Cache-Control"] and "no-store" in member["Cache-Control"]
    assert "public" not in member["Cache-Control"]


# CSV as Swedish Excel opens it ---------------------------------------------------------------


def test_csv_has_a_bom_semicolons_crlf_and_a_dated_file_name(client, terms):
    today = timezone.localdate()
    MeasureFactory(
        title='Kafé "Linden"; praktik',
        summary="Rad ett.\nRad två; med semikolon.",
        categories=[terms["kategori"]["jobbinriktad"], terms["kategori"]["social"]],
        target_groups=[terms["malgrupp"]["nyanlanda"]],
        min_age=18,
        places_available=0,
        intake=Measure.Intake.DATED,
        next_start=datetime.date(2031, 9, 1),
        open_to_others="ja",
    )

    response, raw = download(client, "/insatser/export.csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        f'attachment; filename="insatser-{today.isoformat()}.csv"'
    )
    assert raw.startswith("\ufeffTitel;Webbadress;Kortnamn;".encode())
    assert raw.split(b"\r\n")[0].decode("utf-8-sig") == ";".join(SWEDISH_HEADERS)
    header, row = csv_rows(raw)
    record = dict(zip(header, row, strict=True))
    assert record == {
        "Titel": 'Kafé "Linden"; praktik',
        "Webbadress": "http://testserver/insatser/kafe-linden-praktik/",
        "Kortnamn": "kafe-linden-praktik",
        "Kommun": "Osby",
        "Enhet": record["Enhet"],
        "Typ av insats": "Arbetsträning",
        "Kategorier": "Jobbinriktade insatser, Sociala insatser",
        "Målgrupper": "Nyanlända",
        "Behov": "",
        "Språk": "",
        "Form": "På plats",
        "Lägsta ålder": "18",
        "Högsta ålder": "",
        "Tar emot deltagare från andra kommuner": "Ja",
        "Lediga platser": "Fullt just nu",
        "Sammanfattning": "Rad ett.\nRad två; med semikolon.",
        "Intag": "Start vid ett visst datum",
        "Nästa start": "2031-09-01",
        "Senast bekräftad": today.isoformat(),
        "Senast ändrad": today.isoformat(),
    }
    assert record["Enhet"].startswith("Arbetsmarknadsenhet")


def test_the_page_address_in_the_export_is_the_measures_own(client, terms):
    measure = MeasureFactory(title="Åtta veckor")
    _response, raw = download(client, "/insatser/export.json")

    (record,) = json.loads(raw)["measures"]
    assert record["url"] == f"http://testserver{measure.get_absolute_url()}"
    assert client.get(record["url"]).status_code == 200


FORMULAS = {
    "title": '=HYPERLINK("http://evil.example","Klicka")',
    "summary": "+SUM(1,2)",
    "summary_en": "@cmd",
}


def test_csv_cells_that_would_run_as_formulas_are_neutralised(client, terms):
    MeasureFactory(**FORMULAS, description="-2+3")

    _response, raw = download(client, "/insatser/export.csv")

    header, row = csv_rows(raw)
    record = dict(zip(header, row, strict=True))
    assert record["Titel"] == "'" + FORMULAS["title"]
    assert record["Sammanfattning"] == "'+SUM(1,2)"
    for cell in row:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell

    _response, raw = download(client, "/en/insatser/export.csv")
    header, row = csv_rows(raw)
    assert dict(zip(header, row, strict=True))["Summary"] == "'@cmd"


def test_a_tab_or_minus_at_the_start_of_a_cell_is_neutralised_too(client, terms):
    MeasureFactory(title="\tTabb först", summary="-1 dag")

    _response, raw = download(client, "/insatser/export.csv")

    _header, row = csv_rows(raw)
    assert row[0] == "'\tTabb först"
    assert row[15] == "'-1 dag"


def test_a_control_character_cannot_hide_a_formula(client, terms):
    MeasureFactory(title="\x01=1+1", summary="\x0b\x1f@SUM(A1)")

    _response, raw = download(client, "/insatser/export.csv")
    _header, row = csv_rows(raw)
    assert (row[0], row[15]) == ("'=1+1", "'@SUM(A1)")

    _response, raw = download(client, "/insatser/export.xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(raw)).worksheets[0]
    assert (sheet.cell(2, 1).value, sheet.cell(2, 16).value) == ("'=1+1", "'@SUM(A1)")
    assert sheet.cell(2, 1).data_type == "s"


# XLSX ---------------------------------------------------------------------------------------


def test_xlsx_has_one_sheet_a_bold_frozen_header_and_typed_cells(client, terms):
    today = timezone.localdate()
    MeasureFactory(title="Verkstan", min_age=20, max_age=30, places_available=4)

    response, raw = download(client, "/insatser/export.xlsx")

    assert response["Content-Type"] == exports.XLSX_CONTENT_TYPE
    assert response["Content-Disposition"] == (
        f'attachment; filename="insatser-{today.isoformat()}.xlsx"'
    )
    workbook = openpyxl.load_workbook(io.BytesIO(raw))
    (sheet,) = workbook.worksheets
    assert sheet.title == "Insatser"
    assert sheet.freeze_panes == "A2"
    assert [cell.value for cell in sheet[1]] == SWEDISH_HEADERS
    assert all(cell.font.bold for cell in sheet[1])
    row = {header: cell.value for header, cell in zip(SWEDISH_HEADERS, sheet[2], strict=True)}
    assert row["Titel"] == "Verkstan"
    assert row["Lägsta ålder"] == 20 and row["Högsta ålder"] == 30
    assert row["Lediga platser"] == "Har lediga platser"
    assert row["Senast bekräftad"].date() == today  # a date cell, not text
    assert sheet.max_row == 2


def test_xlsx_cells_that_would_run_as_formulas_stay_text(client, terms):
    MeasureFactory(**FORMULAS)

    _response, raw = download(client, "/insatser/export.xlsx")

    sheet = openpyxl.load_workbook(io.BytesIO(raw)).worksheets[0]
    title, summary = sheet.cell(2, 1), sheet.cell(2, 16)
    assert title.data_type == "s" and title.value == "'" + FORMULAS["title"]
    assert summary.data_type == "s" and summary.value == "'+SUM(1,2)"
    assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row)


# JSON ----------------------------------------------------------------------------------------


def test_json_is_a_list_of_records_under_a_small_header(client, terms):
    MeasureFactory(title="Första", places_available=None, min_age=16)
    MeasureFactory(title="Andra", places_available=1)

    response, raw = download(client, "/insatser/export.json", {"kommun": "osby", "sort": "titel"})

    assert response["Content-Type"] == "application/json; charset=utf-8"
    data = json.loads(raw)
    assert list(data) == ["count", "generated_at", "licence", "source", "measures"]
    assert data["count"] == 2
    assert data["source"] == "http://testserver/insatser/?kommun=osby&sort=titel"
    assert "CC0" in data["licence"]
    generated = datetime.datetime.fromisoformat(data["generated_at"])
    assert abs(generated - timezone.now()) < datetime.timedelta(minutes=1)
    first, second = data["measures"]
    assert (first["title"], second["title"]) == ("Andra", "Första")
    assert first["has_free_places"] is True and second["has_free_places"] is None
    assert second["min_age"] == 16 and second["max_age"] is None
    assert second["categories"] == ["Jobbinriktade insatser"]
    assert second["last_verified"] == timezone.localdate().isoformat()


def test_an_empty_export_is_still_a_file(client, terms):
    _response, raw = download(client, "/insatser/export.json", {"q": "ingenting-finns-har"})
    assert json.loads(raw)["count"] == 0 and json.loads(raw)["measures"] == []
    _response, raw = download(client, "/insatser/export.csv", {"q": "ingenting-finns-har"})
    assert csv_rows(raw) == [SWEDISH_HEADERS]
    _response, raw = download(client, "/insatser/export.xlsx", {"q": "ingenting-finns-har"})
    assert xlsx_rows(raw) == [SWEDISH_HEADERS]


# English -------------------------------------------------------------------------------------


def test_english_exports_have_english_headers_labels_and_addresses(client, terms):
    today = timezone.localdate()
    measure = MeasureFactory(
        title="Kafé Linden",
        summary="Svensk sammanfattning.",
        summary_en="English summary.",
        places_available=0,
    )

    response, raw = download(client, "/en/insatser/export.csv")
    assert response["Content-Disposition"] == (
        f'attachment; filename="measures-{today.isoformat()}.csv"'
    )
    header, row = csv_rows(raw)
    assert header == ENGLISH_HEADERS
    record = dict(zip(header, row, strict=True))
    assert record["Web address"] == f"http://testserver/en/insatser/{measure.slug}/"
    assert record["Summary"] == "English summary."
    assert record["Available places"] == "Full right now"
    assert record["Format"] == "On site"

    _response, raw = download(client, "/en/insatser/export.xlsx")
    assert xlsx_rows(raw)[0] == ENGLISH_HEADERS

    _response, raw = download(client, "/en/insatser/export.json")
    data = json.loads(raw)
    assert data["source"] == "http://testserver/en/insatser/"
    assert data["measures"][0]["type"] == "Work training"
    assert data["measures"][0]["categories"] == ["Job-oriented measures"]
    assert "licence" in data and "CC0" in data["licence"] and "kommunerna" not in data["licence"]


def test_an_english_bad_parameter_is_refused_in_english(client, terms):
    response = client.get("/en/insatser/export.csv", {"sort": "pris"})
    assert response.status_code == 400
    assert "pris" in response.content.decode() and "Sortering" not in response.content.decode()


# Queries -------------------------------------------------------------------------------------


def make_measures(count, terms):
    categories = list(terms["kategori"].values())
    needs = list(terms["behov"].values())
    for number in range(count):
        MeasureFactory(
            categories=categories[: 1 + number % 4],
            needs=needs[: number % 3],
            target_groups=[terms["malgrupp"]["nyanlanda"]],
            languages=[terms["sprak"]["sv"]],
        )


# An export the first time after the catalogue changed (cold):
#   1 catalogue version,
#   7 vocabulary lists for reading the filters (municipalities, categories, types, target
#     groups, needs, languages, projects),
#   7 to build this process's catalogue index (as for the list, measures/catalogue.py: six
#     for the catalogue, one for the last change of terms or municipalities),
#   then per chunk of CHUNK measures: 1 the measures with municipality, unit and type,
#   1 each of categories, target groups, needs and languages.
EXPORT_QUERIES_COLD = 1 + 7 + 7 + 5
# Again while nothing changed: the version, then the chunk (vocabulary and ids are cached).
EXPORT_QUERIES_WARM = 1 + 5


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("count", [5, 50])
def test_an_export_runs_a_fixed_number_of_queries(
    client, terms, count, fmt, django_assert_num_queries
):
    make_measures(count, terms)

    with django_assert_num_queries(EXPORT_QUERIES_COLD):
        response = client.get(f"/insatser/export.{fmt}")
        raw = body(response)
    with django_assert_num_queries(EXPORT_QUERIES_WARM):
        again = body(client.get(f"/insatser/export.{fmt}", {"kategori": "jobbinriktad"}))

    assert len(exported_rows(fmt, raw)) == count
    assert len(exported_rows(fmt, again)) == count


def test_each_chunk_adds_the_same_five_queries(
    client, terms, monkeypatch, django_assert_num_queries
):
    monkeypatch.setattr(exports, "CHUNK", 4)
    make_measures(10, terms)
    client.get("/insatser/export.csv")  # builds the index and caches the vocabulary

    with django_assert_num_queries(1 + 5 * 3):  # the version, then three chunks (4 + 4 + 2)
        raw = body(client.get("/insatser/export.csv", {"sort": "titel"}))
    assert len(csv_rows(raw)) == 11


def exported_rows(fmt, raw):
    if fmt == "csv":
        return csv_rows(raw)[1:]
    if fmt == "xlsx":
        return xlsx_rows(raw)[1:]
    return json.loads(raw)["measures"]


# The list's links ----------------------------------------------------------------------------


def test_the_list_links_to_the_files_of_its_filters_and_order(client, catalogue):
    response = client.get("/insatser/", {"kommun": "osby", "sort": "titel", "page": "1"})

    html = response.content.decode()
    for fmt in FORMATS:
        assert f'href="/insatser/export.{fmt}?kommun=osby&amp;sort=titel"' in html
    assert "Ladda ner:" in html and "Ladda ner träffarna som" in html


def test_the_htmx_fragment_carries_the_links_of_the_new_filters(client, catalogue):
    response = client.get("/insatser/", {"kategori": "social"}, headers={"HX-Request": "true"})

    html = response.content.decode()
    assert "<html" not in html
    assert 'href="/insatser/export.csv?kategori=social"' in html


def test_the_unfiltered_list_links_to_the_whole_catalogue_in_english_too(client, catalogue):
    html = client.get("/en/insatser/").content.decode()

    assert 'href="/en/insatser/export.xlsx"' in html
    assert "Download:" in html and "Download the results as" in html


def test_crawlers_are_asked_to_leave_the_files_but_not_the_measures(client, terms):
    measure = MeasureFactory(title="Exportverkstan")
    lines = client.get("/robots.txt").content.decode().splitlines()

    disallowed = [line.removeprefix("Disallow: ") for line in lines if line.startswith("Disallow")]
    assert "/insatser/export." in disallowed and "/en/insatser/export." in disallowed
    assert measure.slug.startswith("export")
    assert not any(measure.get_absolute_url().startswith(rule) for rule in disallowed)


def test_a_workbook_too_large_for_excel_is_refused_and_not_linked(client, terms, monkeypatch):
    monkeypatch.setattr(exports, "XLSX_MAX_MEASURES", 3)
    for number in range(4):
        MeasureFactory(title=f"Insats {number}")

    response = client.get("/insatser/export.xlsx")
    assert response.status_code == 400
    assert response.content.decode() == (
        "En Excel-fil rymmer högst 3 insatser och listan har 4. "
        "Välj fler filter, eller ladda ner CSV-filen, som Excel också öppnar."
    )
    assert len(exported_rows("csv", download(client, "/insatser/export.csv")[1])) == 4
    html = client.get("/insatser/").content.decode()
    assert "/insatser/export.xlsx" not in html and "/insatser/export.csv" in html
    assert "Excel-filen finns när listan har högst 3 insatser: välj fler filter." in html

    html = client.get("/insatser/", {"q": "Insats 1"}).content.decode()
    assert "/insatser/export.xlsx?q=Insats+1" in html
    assert "Excel-filen finns" not in html


def test_files_over_the_hourly_limit_get_429_and_refused_filters_do_not_count(client, settings):
    settings.PORTAL_EXPORTS_PER_HOUR = 2
    MeasureFactory(title="Kafé Linden")

    refused = client.get("/insatser/export.csv", {"kommun": "ingenstans"})
    answers = [client.get(f"/insatser/export.{fmt}") for fmt in ("csv", "json", "xlsx")]

    assert refused.status_code == 400
    assert [answer.status_code for answer in answers] == [200, 200, 429]
    page = answers[2].content.decode()
    assert "Du har laddat ner många filer på kort tid" in page
    assert "API:t" in page
    assert 0 < int(answers[2]["Retry-After"]) <= 3600
    assert "attachment" not in answers[2].get("Content-Disposition", "")
    # Another address has its own count.
    assert client.get("/insatser/export.csv", REMOTE_ADDR="192.0.2.9").status_code == 200
    # In English too.
    english = client.get("/en/insatser/export.csv").content.decode()
    assert "You have downloaded many files in a short time" in english
