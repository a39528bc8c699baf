"""The import's file formats and the Excel export: CSV in UTF-8 (with or without BOM) or
Windows-1252, Excel workbooks (.xlsx) both ways, and files that are none of these.

The import's planning and writing are the same for every format (test_csv.py); these tests are
about reading the bytes and saying how they were read.
"""

import csv
import datetime
import io
import random
import zipfile

import openpyxl
import pytest
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from measures.models import Measure
from tests.factories import ProjectFactory, UnitFactory, member
from tests.publishing.test_csv import (
    EXPORT_HEADER,
    EXPORT_URL,
    IMPORT_URL,
    confirm,
    existing_measure,
    measures_of_every_shape,
    new_row,
    preview,
)

XLSX_EXPORT_URL = "/hantera/export.xlsx?kommun=osby"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
READ_AS_UTF8 = "Filen lästes som UTF-8."
READ_AS_WINDOWS_1252 = "Filen lästes som Windows-1252 (Excel: CSV semikolonavgränsad)."
READ_AS_XLSX = "Filen lästes som Excel-arbetsbok (.xlsx), kalkylbladet ”Insatser”."
NEITHER = "Den är varken UTF-8 eller Windows-1252"
NOT_XLSX = "Filen är ingen Excel-arbetsbok (.xlsx) som går att läsa."


def csv_text(rows, delimiter=";"):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    header = list(dict.fromkeys(column for row in rows for column in row))
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(column, "") for column in header])
    return out.getvalue()


def upload(content: bytes, name="insatser.csv", content_type="text/csv"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def workbook_bytes(rows, *, header=None, more_sheets=()):
    """A workbook whose first sheet, "Insatser", holds `rows` (dicts of cell values).

    Text is stored as text, as Excel stores what an editor types (openpyxl would otherwise
    make "=…" a formula without a value).
    """
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Insatser"
    header = header or list(dict.fromkeys(column for row in rows for column in row))
    sheet.append(header)
    for row in rows:
        sheet.append([row.get(column) for column in header])
    for cells in sheet.iter_rows():
        for cell in cells:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    for title in more_sheets:
        workbook.create_sheet(title).append(["titel", "Läses inte"])
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def xlsx_upload(rows, name="insatser.xlsx", **kwargs):
    return upload(workbook_bytes(rows, **kwargs), name=name, content_type=XLSX)


def page_text(response):
    return response.content.decode()


def assert_refused(response, message):
    assert response.status_code == 200
    assert message in page_text(response)
    assert response.context["token"] == ""
    assert response.context["plan"] is None


# CSV encodings


@pytest.mark.parametrize("bom", [True, False], ids=["with-bom", "without-bom"])
def test_a_utf8_file_is_read_as_utf8_and_the_preview_says_so(editor_client, osby, terms, bom):
    unit = UnitFactory(municipality=osby)
    text = csv_text([new_row(unit, titel="Återbruk i Östra Göinge")])
    content = ("\ufeff" if bom else "") + text

    previewed = preview(editor_client, upload(content.encode("utf-8")))
    confirmed = confirm(editor_client, previewed)

    assert previewed.status_code == 200
    assert READ_AS_UTF8 in page_text(previewed)
    assert confirmed.status_code == 302
    assert Measure.objects.get().title == "Återbruk i Östra Göinge"


def test_a_windows_1252_file_from_swedish_excel_is_read_and_the_encoding_is_named(
    editor_client, osby, terms
):
    unit = UnitFactory(municipality=osby, name="Arbetsmarknadsenheten Hässleholmsvägen")
    row = new_row(
        unit,
        titel="Snickeri på Åbygården",
        sammanfattning="Du bygger möbler av återbrukat trä; två dagar i veckan.",
        dagar_och_tider="Måndag och tisdag 8–12",  # the en dash is in Windows-1252 too
    )
    content = csv_text([row], delimiter=";").encode("cp1252")

    previewed = preview(editor_client, upload(content))
    confirmed = confirm(editor_client, previewed)

    assert previewed.status_code == 200
    assert READ_AS_WINDOWS_1252 in page_text(previewed)
    assert "Snickeri på Åbygården" in page_text(previewed)
    assert confirmed.status_code == 302
    measure = Measure.objects.get()
    assert measure.title == "Snickeri på Åbygården"
    assert measure.summary == "Du bygger möbler av återbrukat trä; två dagar i veckan."
    assert measure.schedule == "Måndag och tisdag 8–12"
    assert measure.unit == unit
    assert measure.status == Measure.Status.DRAFT


def test_the_confirmation_keeps_the_encoding_the_preview_named(editor_client, osby, terms):
    unit = UnitFactory(municipality=osby)
    content = csv_text([new_row(unit, titel="Språkcafé")]).encode("cp1252")
    previewed = preview(editor_client, upload(content))
    signer = signing.TimestampSigner(salt="publishing.measure_import")

    assert signer.unsign_object(previewed.context["token"])["source"] == "windows-1252"
    confirmed = editor_client.post(IMPORT_URL, {"token": previewed.context["token"]}, follow=True)

    assert confirmed.status_code == 200
    assert "Importen är klar. Nya insatser: 1." in page_text(confirmed)
    assert READ_AS_WINDOWS_1252 in page_text(confirmed)
    assert Measure.objects.get().title == "Språkcafé"


@pytest.mark.parametrize(
    "content",
    [
        "titel\r\nÅterbruk i Östra Göinge\r\n".encode("utf-16"),
        "titel\r\nSnickeriet\r\n".encode("utf-16-le"),  # no BOM, and plain ASCII
        "titel\r\nÅterbruk\r\n".encode("utf-32"),
        b"titel\r\n\x81terbruk\r\n",  # a byte Windows-1252 leaves undefined
        b"titel\r\nSm\xe5\x02land\r\n",  # not UTF-8, and a control character no text has
        random.Random(1252).randbytes(4000),
    ],
    ids=["utf-16", "utf-16-le-ascii", "utf-32", "undefined-byte", "control-character", "random"],
)
def test_a_file_in_another_encoding_is_refused_naming_the_encodings_accepted(
    editor_client, osby, terms, content
):
    response = preview(editor_client, upload(content))

    assert_refused(response, NEITHER)
    assert "”CSV (semikolonavgränsad)”" in page_text(response)
    assert "”Excel-arbetsbok (.xlsx)”" in page_text(response)
    assert not Measure.objects.exists()


def test_a_file_saved_by_excel_with_lf_line_breaks_in_cells_is_unchanged(
    editor_client, osby, terms
):
    """The dashboard's form stores CRLF; Excel keeps a cell's line breaks as LF."""
    existing_measure(osby, terms, title="Returbutiken", description="Rad ett\r\nRad två")
    exported = editor_client.get(EXPORT_URL).content.decode("utf-8-sig")
    assert "Rad ett\r\nRad två" in exported
    resaved = exported.replace("Rad ett\r\nRad två", "Rad ett\nRad två").encode("cp1252")

    response = preview(editor_client, upload(resaved))

    assert response.status_code == 200
    assert READ_AS_WINDOWS_1252 in page_text(response)
    assert [row.action for row in response.context["plan"].rows] == ["oforandrad"]
    assert response.context["token"] == ""


def test_an_export_saved_again_as_windows_1252_imports_as_unchanged(editor_client, osby, terms):
    existing_measure(osby, terms, title="Åbygården", summary="Möbler av återbrukat trä.")
    existing_measure(osby, terms, title="Snickeriet", status=Measure.Status.DRAFT)
    exported = editor_client.get(EXPORT_URL).content.decode("utf-8-sig")

    response = preview(editor_client, upload(exported.encode("cp1252")))

    assert READ_AS_WINDOWS_1252 in page_text(response)
    assert [row.action for row in response.context["plan"].rows] == ["oforandrad"] * 2


# Excel import


def test_a_workbook_is_imported_with_numbers_dates_and_empty_cells_as_the_csv_has_them(
    editor_client, osby, terms
):
    unit = UnitFactory(municipality=osby, name="Arbetsmarknadsenheten")
    ProjectFactory(slug="framtidens-jobb")
    row = {
        **new_row(unit, titel="Snickeri på Åbygården"),
        "beskrivning": "=Vi bygger\nmöbler",  # text, never a formula
        "min_alder": 18,
        "max_alder": 64.0,
        "timmar_per_vecka": 16,
        "intag": "datum",
        "nasta_start": datetime.date(2026, 8, 17),
        "visas_fran": datetime.datetime(2026, 1, 1),
        "antal_platser": None,
        "kontakt_telefon": "0479-52 80 11",
        "projekt": "framtidens-jobb",
    }

    previewed = preview(editor_client, xlsx_upload([row]))
    confirmed = confirm(editor_client, previewed)

    assert previewed.status_code == 200
    assert READ_AS_XLSX in page_text(previewed)
    assert "Arbetsboken har" not in page_text(previewed)
    assert confirmed.status_code == 302
    measure = Measure.objects.get()
    assert measure.title == "Snickeri på Åbygården"
    assert measure.description == "=Vi bygger\nmöbler"
    assert (measure.min_age, measure.max_age, measure.hours_per_week) == (18, 64, 16)
    assert measure.capacity is None
    assert measure.next_start == datetime.date(2026, 8, 17)
    assert measure.visible_from == datetime.date(2026, 1, 1)
    assert measure.contact_phone == "0479-52 80 11"
    assert measure.project.slug == "framtidens-jobb"
    assert measure.unit == unit


def test_only_the_first_worksheet_is_read_and_the_preview_says_so(editor_client, osby, terms):
    unit = UnitFactory(municipality=osby)

    response = preview(
        editor_client, xlsx_upload([new_row(unit)], more_sheets=["Anteckningar", "Blad3"])
    )

    assert response.status_code == 200
    assert READ_AS_XLSX in page_text(response)
    assert "Arbetsboken har 2 kalkylblad till, som inte lästes." in page_text(response)
    assert response.context["plan"].new_count == 1


def test_a_workbooks_errors_are_named_by_its_own_row_numbers(editor_client, osby, terms):
    unit = UnitFactory(municipality=osby)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    row = new_row(unit)
    sheet.append(list(row))
    sheet.append(list(row.values()))
    # Row 3 is left empty; row 4 has a date Excel cannot mean.
    sheet.append([])
    sheet.append([*row.values()])
    sheet.cell(row=1, column=len(row) + 1, value="nasta_start")
    sheet.cell(row=4, column=len(row) + 1, value="17/8")
    out = io.BytesIO()
    workbook.save(out)

    response = preview(editor_client, upload(out.getvalue(), "insatser.xlsx", XLSX))

    assert response.status_code == 200
    assert [row.number for row in response.context["plan"].rows] == [2, 4]
    assert "Rad 4, kolumnen nasta_start: skriv datumet som ÅÅÅÅ-MM-DD" in page_text(response)
    assert response.context["token"] == ""
    assert not Measure.objects.exists()


def test_a_workbook_with_wrong_headers_is_refused(editor_client, osby, terms):
    unit = UnitFactory(municipality=osby)
    rows = [{**new_row(unit), "pris": 100}]

    response = preview(editor_client, xlsx_upload(rows))

    assert_refused(response, "Rubrikraden har okända kolumner: ”pris”.")
    assert not Measure.objects.exists()


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"titel;typ\r\nSnickeriet;arbetstraning\r\n", "insatser.xlsx", NOT_XLSX),
        (b"PK\x03\x04 inte en zip", "insatser.xlsx", NOT_XLSX),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, "insatser.xls", "formatet .xls"),
    ],
    ids=["text-renamed", "broken-zip", "old-xls"],
)
def test_a_file_that_is_not_a_workbook_is_refused(editor_client, osby, content, name, message):
    response = preview(editor_client, upload(content, name, XLSX))

    assert_refused(response, message)
    assert not Measure.objects.exists()


def test_a_zip_that_is_not_a_workbook_is_refused(editor_client, osby):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", "<document/>")

    response = preview(editor_client, upload(out.getvalue(), "insatser.xlsx", XLSX))

    assert_refused(response, NOT_XLSX)


def test_a_workbook_that_unpacks_to_far_more_than_the_size_limit_is_refused_unparsed(
    editor_client, osby, monkeypatch
):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b" " * (25 * 1024 * 1024))
    assert len(out.getvalue()) < 100 * 1024
    monkeypatch.setattr(
        openpyxl, "load_workbook", lambda *args, **kwargs: pytest.fail("the zip was parsed")
    )

    response = preview(editor_client, upload(out.getvalue(), "insatser.xlsx", XLSX))

    assert_refused(response, "Filen är för stor.")


def test_a_workbook_with_more_rows_than_the_cap_is_refused(editor_client, osby, terms):
    rows = [{"titel": f"Insats {number}"} for number in range(501)]

    response = preview(editor_client, xlsx_upload(rows))

    assert_refused(response, "Filen har fler än 500 rader med insatser.")


def test_a_workbook_with_formatting_far_below_its_rows_is_refused(editor_client, osby, terms):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["titel"])
    sheet.append(["Snickeriet"])
    sheet.cell(row=10_001, column=1).font = openpyxl.styles.Font(bold=True)
    out = io.BytesIO()
    workbook.save(out)

    response = preview(editor_client, upload(out.getvalue(), "insatser.xlsx", XLSX))

    assert_refused(response, "har innehåll eller formatering på fler än 10000 rader")


# Excel export


def test_the_excel_export_holds_the_csv_columns_with_numbers_and_dates_as_excels_own(
    editor_client, osby, hassleholm, terms
):
    published = existing_measure(
        osby,
        terms,
        title="=Returbutiken",
        description="Rad ett\r\nRad två",
        min_age=18,
        next_start="2026-08-17",
        places_available=3,
        categories=[terms["kategori"]["jobbinriktad"], terms["kategori"]["social"]],
    )
    existing_measure(osby, terms, title="Snickeriet", status=Measure.Status.DRAFT)
    existing_measure(hassleholm, terms, title="Hässleholms insats")

    response = editor_client.get(XLSX_EXPORT_URL)

    assert response.status_code == 200
    assert response["Content-Type"] == XLSX
    today = timezone.localdate().isoformat()
    assert f'filename="insatser-osby-{today}.xlsx"' in response["Content-Disposition"]
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    sheet = workbook.active
    assert workbook.sheetnames == ["Insatser"]
    assert [cell.value for cell in sheet[1]] == EXPORT_HEADER
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    rows = [
        dict(zip(EXPORT_HEADER, row, strict=True))
        for row in sheet.iter_rows(min_row=2, values_only=True)
    ]
    assert [row["titel"] for row in rows] == ["=Returbutiken", "Snickeriet"]
    row = rows[0]
    assert sheet["B2"].data_type == "s"  # text, not a formula
    assert row["slug"] == published.slug
    assert row["beskrivning"] == "Rad ett\nRad två"
    assert row["min_alder"] == 18
    assert row["lediga_platser"] == 3
    assert row["nasta_start"] == datetime.datetime(2026, 8, 17)
    assert sheet.cell(row=2, column=EXPORT_HEADER.index("nasta_start") + 1).number_format == (
        "yyyy-mm-dd"
    )
    assert row["kategorier"] == "jobbinriktad|social"
    assert row["max_alder"] is None
    assert row["status"] == "publicerad"
    widths = {
        name: sheet.column_dimensions[cell.column_letter].width
        for name, cell in zip(EXPORT_HEADER, sheet[1], strict=True)
    }
    assert widths["titel"] >= len("=Returbutiken")
    assert widths["sammanfattning"] <= 52
    assert widths["lediga_platser"] >= len("lediga_platser")


def test_an_exported_workbook_imports_as_unchanged(editor_client, osby, terms):
    measures_of_every_shape(osby, terms, places_available=0)
    versions_before = {measure.pk: measure.history.count() for measure in Measure.objects.all()}
    exported = editor_client.get(XLSX_EXPORT_URL).content

    response = preview(editor_client, upload(exported, "export.xlsx", XLSX))

    assert response.status_code == 200
    assert READ_AS_XLSX in page_text(response)
    assert [row.action for row in response.context["plan"].rows] == ["oforandrad"] * 3
    assert "Filen innehåller inga ändringar." in page_text(response)
    assert response.context["token"] == ""
    assert {m.pk: m.history.count() for m in Measure.objects.all()} == versions_before


def test_an_exported_workbook_changed_in_excel_updates_only_what_changed(
    editor_client, osby, terms
):
    measure = existing_measure(osby, terms, title="Returbutiken", places_available=2)
    existing_measure(osby, terms, title="Snickeriet", status=Measure.Status.DRAFT)
    workbook = openpyxl.load_workbook(io.BytesIO(editor_client.get(XLSX_EXPORT_URL).content))
    sheet = workbook.active
    sheet.cell(row=2, column=EXPORT_HEADER.index("lediga_platser") + 1, value=5)
    out = io.BytesIO()
    workbook.save(out)

    previewed = preview(editor_client, upload(out.getvalue(), "export.xlsx", XLSX))
    confirmed = confirm(editor_client, previewed)

    plan = previewed.context["plan"]
    assert [(row.title, row.action, row.changes) for row in plan.rows] == [
        ("Returbutiken", "andras", ["lediga_platser"]),
        ("Snickeriet", "oforandrad", []),
    ]
    assert confirmed.status_code == 302
    measure.refresh_from_db()
    assert measure.places_available == 5


# Permissions of the Excel export


def test_anonymous_visitors_are_sent_to_log_in_for_the_excel_export(client, osby, terms):
    existing_measure(osby, terms, title="Returbutiken")

    response = client.get(XLSX_EXPORT_URL)

    assert response.status_code == 302
    assert response["Location"].startswith("/konto/logga-in/?next=")


@pytest.mark.parametrize(
    ("role", "municipality"),
    [("handlaggare", "osby"), ("redaktor", "hassleholm")],
    ids=["case-officer", "other-municipalitys-editor"],
)
def test_others_are_refused_the_excel_export(client, osby, terms, role, municipality):
    existing_measure(osby, terms, title="Returbutiken")
    client.force_login(member(role, municipality))

    response = client.get(XLSX_EXPORT_URL)

    assert response.status_code == 403
    assert b"Returbutiken" not in response.content


def test_another_municipalitys_editor_exports_only_their_own_measures(
    client, osby, hassleholm, terms
):
    existing_measure(osby, terms, title="Returbutiken")
    existing_measure(hassleholm, terms, title="Hässleholms insats")
    client.force_login(member("redaktor", "hassleholm"))

    response = client.get("/hantera/export.xlsx")

    assert response.status_code == 200
    assert "insatser-hassleholm-" in response["Content-Disposition"]
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    titles = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert titles == ["Hässleholms insats"]


def test_the_dashboard_links_both_exports(editor_client, osby):
    response = editor_client.get("/hantera/?kommun=osby")

    assert 'href="/hantera/export.csv?kommun=osby"' in page_text(response)
    assert 'href="/hantera/export.xlsx?kommun=osby"' in page_text(response)
    assert "Exportera (Excel)" in page_text(response)
