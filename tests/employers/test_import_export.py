"""CSV and Excel export and import of the employer register (`/hantera/arbetsgivare/export.csv`,
`export.xlsx`, `import/`): the measures' machinery with the register's columns, all or nothing."""

import datetime
import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from employers.models import Employer, PlacementKind
from employers.spreadsheets import EMPLOYER_TABLE
from publishing.models import ImportConfirmation
from tests.factories import EmployerFactory, MeasureFactory, UnitFactory, _org_number, member
from tests.publishing.test_csv import csv_upload, parse_export
from tests.publishing.test_csv import new_row as measure_row

pytestmark = pytest.mark.django_db

BASE = "/hantera/arbetsgivare/"
EXPORT_URL = f"{BASE}export.csv?kommun=osby"
EXPORT_XLSX_URL = f"{BASE}export.xlsx?kommun=osby"
IMPORT_URL = f"{BASE}import/?kommun=osby"
# The column names are a contract with the editors' spreadsheets: change them knowingly.
EXPORT_HEADER = [
    "id", "kommun", "namn", "organisationsnummer", "sektor", "bransch", "ort",
    "typer_av_platser", "antal_platser", "sprak", "tillganglighet", "insatser", "kontakt_namn",
    "kontakt_telefon", "kontakt_epost", "samtycke", "samtycke_datum",
]  # fmt: skip
PERSONAL_NUMBER = "19811218-9876"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def new_row(**cells):
    """A row that adds a valid employer to Osby's register."""
    return {
        "id": "",
        "kommun": "osby",
        "namn": "Snickeriet i Osby AB (exempel)",
        "organisationsnummer": "556036-0793",
        "sektor": "privat",
        "bransch": "tillverkning",
        "ort": "Osby",
        "typer_av_platser": "praktik|arbetstraning",
        "antal_platser": "2",
        "kontakt_namn": "Sven Snickare",
        "kontakt_telefon": "040-628 04 60",
        "kontakt_epost": "sven@snickeriet.example",
        "samtycke": "ja",
        "samtycke_datum": "2026-01-15",
        **cells,
    }


def preview(client, upload, url=IMPORT_URL):
    return client.post(url, {"fil": upload})


def confirm(client, preview_response, url=IMPORT_URL):
    return client.post(url, {"token": preview_response.context["token"]})


def upload(rows, **kwargs):
    return csv_upload(rows, name="arbetsgivare.csv", **kwargs)


# Export ---------------------------------------------------------------------------------------


def test_the_csv_export_is_the_editors_register_with_every_field_as_swedish_excel_opens_it(
    editor_client, hassleholm
):
    kinds = {kind.slug: kind for kind in PlacementKind.objects.all()}
    hosted = MeasureFactory(slug="praktik-i-osby", measure_type__slug="praktik")
    employer = EmployerFactory(
        name='=HYPERLINK("http://evil.example")',
        org_number="811218-9876",  # a sole trader: internal, but the register's keepers see it
        placement_kinds=[kinds["praktik"], kinds["arbetstraning"]],
        hosted_measures=[hosted],
        accessibility_notes="Ramp vid entrén.",
    )
    unlisted = EmployerFactory(consent=False, name="Ej listad AB")
    EmployerFactory(municipality=hassleholm, name="Hässleholms företag AB")

    response = editor_client.get(EXPORT_URL)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert (
        f'filename="arbetsgivare-osby-{timezone.localdate():%Y-%m-%d}.csv"'
        in (response["Content-Disposition"])
    )
    raw = response.content.decode("utf-8")
    assert raw.startswith("\ufeffid;kommun;namn;")
    assert "\r\n" in raw
    rows = parse_export(response)
    assert list(rows[0]) == EXPORT_HEADER
    by_name = {row["namn"]: row for row in rows}
    assert set(by_name) == {'\'=HYPERLINK("http://evil.example")', "Ej listad AB"}
    row = by_name['\'=HYPERLINK("http://evil.example")']  # neutralised, not a formula
    assert row["id"] == str(employer.pk)
    assert row["kommun"] == "osby"
    assert row["organisationsnummer"] == "811218-9876"
    assert row["typer_av_platser"] in {"praktik|arbetstraning", "arbetstraning|praktik"}
    assert row["insatser"] == "praktik-i-osby"
    assert row["kontakt_epost"] == employer.contact_email
    assert row["tillganglighet"] == "Ramp vid entrén."
    assert row["samtycke"] == "ja"
    assert row["samtycke_datum"] == employer.consent_date.isoformat()
    assert by_name["Ej listad AB"]["samtycke"] == "nej"
    assert by_name["Ej listad AB"]["samtycke_datum"] == ""
    assert unlisted.pk != employer.pk


def test_the_xlsx_export_has_the_same_columns_text_as_text_and_numbers_as_numbers(editor_client):
    EmployerFactory(name="=1+1", places_at_a_time=3)

    response = editor_client.get(EXPORT_XLSX_URL)

    assert response.status_code == 200
    assert response["Content-Type"] == XLSX
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).worksheets[0]
    assert sheet.title == "Arbetsgivare"
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == EXPORT_HEADER
    row = dict(zip(EXPORT_HEADER, rows[1], strict=True))
    assert row["namn"] == "=1+1"
    assert sheet.cell(row=2, column=3).data_type == "s"  # text, never a formula
    assert row["antal_platser"] == 3
    assert isinstance(row["samtycke_datum"], datetime.datetime)


@pytest.mark.parametrize("url", [EXPORT_URL, EXPORT_XLSX_URL, IMPORT_URL])
@pytest.mark.parametrize(
    ("role", "municipality", "status"),
    [
        ("handlaggare", "osby", 403),  # a case officer reads the register but does not keep it
        ("redaktor", "hassleholm", 403),  # another municipality's editor
        ("administrator", "osby", 200),
    ],
)
def test_only_the_municipalitys_editors_export_and_import(client, url, role, municipality, status):
    EmployerFactory()
    client.force_login(member(role, municipality))

    assert client.get(url).status_code == status


@pytest.mark.parametrize("url", [EXPORT_URL, EXPORT_XLSX_URL, IMPORT_URL])
def test_visitors_are_sent_to_log_in(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert "/konto/" in response["Location"] or "login" in response["Location"]


def test_the_dashboard_list_links_to_export_and_import(editor_client):
    html = editor_client.get(f"{BASE}?kommun=osby").content.decode()

    assert f'href="{BASE}export.csv?kommun=osby"' in html
    assert f'href="{BASE}export.xlsx?kommun=osby"' in html
    assert f'href="{BASE}import/?kommun=osby"' in html


# Import ---------------------------------------------------------------------------------------


def test_a_valid_file_is_previewed_then_saved_with_one_history_record_per_employer(
    editor_client, editor
):
    rows = [new_row(), new_row(namn="Bageriet (exempel)", organisationsnummer=_org_number(7))]

    previewed = preview(editor_client, upload(rows))

    assert previewed.status_code == 200
    assert previewed.context["plan"].new_count == 2
    assert "Nya arbetsgivare: 2." in previewed.content.decode()
    assert not Employer.objects.exists()  # a preview writes nothing

    response = confirm(editor_client, previewed)

    assert response.status_code == 302
    assert response["Location"] == f"{BASE}?kommun=osby"
    saved = {employer.name: employer for employer in Employer.objects.all()}
    assert set(saved) == {"Snickeriet i Osby AB (exempel)", "Bageriet (exempel)"}
    snickeriet = saved["Snickeriet i Osby AB (exempel)"]
    assert snickeriet.municipality.slug == "osby"
    assert snickeriet.org_number == "556036-0793"
    assert snickeriet.is_listed
    assert {kind.slug for kind in snickeriet.placement_kinds.all()} == {"praktik", "arbetstraning"}
    for employer in saved.values():
        assert employer.history.count() == 1
        assert employer.history.get().history_user == editor
    followed = editor_client.get(response["Location"]).content.decode()
    assert "Importen är klar. Nya arbetsgivare: 2. Ändrade arbetsgivare: 0." in followed


def test_an_exported_file_imports_unchanged_and_a_changed_cell_updates_that_employer(
    editor_client,
):
    employer = EmployerFactory(name="Gamla namnet AB", town="Osby")
    other = EmployerFactory()
    exported = editor_client.get(EXPORT_URL).content

    unchanged = preview(editor_client, SimpleUploadedFile("a.csv", exported))

    assert unchanged.context["plan"].unchanged_count == 2
    assert unchanged.context["token"] == ""
    assert "Filen innehåller inga ändringar" in unchanged.content.decode()

    changed = exported.replace(b"Gamla namnet AB", b"Nya namnet AB")
    previewed = preview(editor_client, SimpleUploadedFile("a.csv", changed))
    [row] = [row for row in previewed.context["plan"].rows if row.changes]
    assert row.changes == ["namn"]
    before = employer.history.count()
    other_before = other.history.count()

    confirm(editor_client, previewed)

    employer.refresh_from_db()
    assert employer.name == "Nya namnet AB"
    assert employer.version == 2
    assert employer.history.count() == before + 1
    assert other.history.count() == other_before  # an unchanged row is not saved


def test_a_workbook_imports_like_a_csv_file(editor_client):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    row = new_row()
    sheet.append(list(row))
    sheet.append(list(row.values()))
    out = io.BytesIO()
    workbook.save(out)

    previewed = preview(editor_client, SimpleUploadedFile("a.xlsx", out.getvalue(), XLSX))
    confirm(editor_client, previewed)

    assert Employer.objects.get().name == "Snickeriet i Osby AB (exempel)"


def future():
    return (timezone.localdate() + datetime.timedelta(days=3)).isoformat()


BAD_ROWS = [
    pytest.param(
        {"organisationsnummer": "556036-0794"},
        "Rad 3, kolumnen organisationsnummer: Kontrollsiffran stämmer inte",
        id="check-digit",
    ),
    pytest.param(
        {"organisationsnummer": "55603"},
        "Rad 3, kolumnen organisationsnummer: Ett organisationsnummer har tio siffror",
        id="length",
    ),
    pytest.param(
        {"organisationsnummer": "5560360793"},  # the first row's, written without the dash
        "Rad 3, kolumnen organisationsnummer: organisationsnumret 556036-0793 finns redan på rad 2",
        id="duplicate-in-file",
    ),
    pytest.param(
        {"organisationsnummer": "DB"},
        "har redan organisationsnumret",
        id="duplicate-in-register",
    ),
    pytest.param(
        {"samtycke_datum": ""},
        "Rad 3, kolumnen samtycke_datum: Ange dagen arbetsgivaren gav sitt samtycke.",
        id="consent-without-date",
    ),
    pytest.param(
        {"samtycke_datum": "FUTURE"},
        "Rad 3, kolumnen samtycke_datum: Samtycket kan inte vara givet ett datum i framtiden.",
        id="consent-in-the-future",
    ),
    pytest.param(
        {"samtycke": "kanske"},
        "Rad 3, kolumnen samtycke: skriv ja eller nej",
        id="consent-not-yes-or-no",
    ),
    pytest.param(
        {"tillganglighet": f"Fråga efter {PERSONAL_NUMBER}"},
        "Rad 3, kolumnen tillganglighet: Texten verkar innehålla ett personnummer",
        id="personal-number-in-free-text",
    ),
    pytest.param(
        {"kontakt_namn": PERSONAL_NUMBER},
        "Rad 3, kolumnen kontakt_namn: Texten verkar innehålla ett personnummer",
        id="personal-number-as-contact",
    ),
    pytest.param(
        {"namn": "x" * 201}, "Rad 3, kolumnen namn: Säkerställ att detta värde", id="overlong-name"
    ),
    pytest.param(
        {"tillganglighet": "x" * 1001},
        "Rad 3, kolumnen tillganglighet: Säkerställ att detta värde",
        id="overlong-text",
    ),
    pytest.param(
        {"kommun": "hassleholm"},
        "Rad 3, kolumnen kommun: raden hör till hassleholm, men du importerar till Osby",
        id="another-municipalitys-row",
    ),
    pytest.param(
        {"id": "OTHER"}, "Rad 3, kolumnen id: arbetsgivaren med id", id="another-municipalitys-id"
    ),
    pytest.param(
        {"id": "999999"},
        "Rad 3, kolumnen id: det finns ingen arbetsgivare med id 999999",
        id="unknown-id",
    ),
    pytest.param(
        {"sektor": "statlig"}, "Rad 3, kolumnen sektor: okänt värde ”statlig”", id="bad-choice"
    ),
    pytest.param(
        {"typer_av_platser": "sommarjobb"},
        "Rad 3, kolumnen typer_av_platser: okänd typ av plats: sommarjobb",
        id="unknown-placement-kind",
    ),
    pytest.param(
        {"typer_av_platser": ""},
        "Rad 3, kolumnen typer_av_platser: Välj minst en typ av plats",
        id="no-placement-kind",
    ),
    pytest.param(
        {"insatser": "en-insats-som-inte-finns"},
        "Rad 3, kolumnen insatser: okänd insats",
        id="unknown-hosted-measure",
    ),
    pytest.param(
        {"kontakt_epost": "inte en adress"},
        "Rad 3, kolumnen kontakt_epost:",
        id="bad-email",
    ),
]


@pytest.mark.parametrize(("cells", "message"), BAD_ROWS)
def test_one_bad_row_is_reported_with_its_row_number_and_nothing_is_saved(
    editor_client, hassleholm, cells, message
):
    in_register = EmployerFactory(org_number=_org_number(42))
    elsewhere = EmployerFactory(municipality=hassleholm)
    replacements = {
        "DB": in_register.org_number,
        "FUTURE": future(),
        "OTHER": str(elsewhere.pk),
    }
    cells = {key: replacements.get(value, value) for key, value in cells.items()}
    good = new_row()
    bad = new_row(namn="Andra raden AB", organisationsnummer=_org_number(8))
    bad.update(cells)

    response = preview(editor_client, upload([good, bad]))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Filen har fel och ingenting har sparats." in html
    errors = response.context["plan"].errors
    assert any(message in error for error in errors), errors
    assert all(error.startswith("Rad 3") for error in errors), errors
    assert response.context["token"] == ""  # nothing to confirm
    assert 'name="token"' not in html
    assert Employer.objects.count() == 2
    assert Employer.objects.filter(municipality__slug="osby").count() == 1


def test_a_personal_number_in_free_text_is_not_shown_back_in_the_report(editor_client):
    response = preview(editor_client, upload([new_row(ort=PERSONAL_NUMBER)]))

    assert response.context["plan"].errors
    assert PERSONAL_NUMBER not in "".join(response.context["plan"].errors)


def test_the_file_is_capped_at_500_employers(editor_client):
    rows = [new_row(organisationsnummer=_org_number(n)) for n in range(501)]

    response = preview(editor_client, upload(rows))

    assert "Filen har fler än 500 rader med arbetsgivare." in response.content.decode()
    assert EMPLOYER_TABLE.max_rows == 500


def test_a_file_with_only_a_header_or_an_unknown_column_is_refused(editor_client):
    header_only = preview(editor_client, SimpleUploadedFile("a.csv", b"namn;ort\r\n"))
    unknown = preview(editor_client, upload([{**new_row(), "hemligt": "x"}]))

    assert "Filen har bara en rubrikrad och inga arbetsgivare." in header_only.content.decode()
    assert "okända kolumner" in unknown.content.decode()
    assert not Employer.objects.exists()


def test_confirming_a_preview_twice_writes_once(editor_client):
    previewed = preview(editor_client, upload([new_row()]))
    confirm(editor_client, previewed)

    again = confirm(editor_client, previewed)

    assert again.status_code == 409
    assert "redan importerad" in again.content.decode()
    assert Employer.objects.count() == 1
    assert ImportConfirmation.objects.count() == 1


def test_an_employer_saved_after_the_preview_stops_the_whole_import(editor_client):
    employer = EmployerFactory(name="Före AB")
    row = {**EMPLOYER_TABLE.row_of(employer), "namn": "Efter AB"}
    previewed = preview(editor_client, upload([row, new_row()]))
    employer.name = "Någon annans ändring AB"
    employer.version += 1
    employer.save()

    response = confirm(editor_client, previewed)

    assert response.status_code == 409
    assert "Ingenting är sparat" in response.content.decode()
    assert Employer.objects.count() == 1
    employer.refresh_from_db()
    assert employer.name == "Någon annans ändring AB"


def test_a_measures_import_token_does_not_confirm_an_employer_import(editor_client, osby, terms):
    unit = UnitFactory(municipality=osby)
    measures = editor_client.post(
        "/hantera/import/?kommun=osby", {"fil": csv_upload([measure_row(unit)])}
    )

    response = editor_client.post(IMPORT_URL, {"token": measures.context["token"]})

    assert response.status_code == 400
    assert not Employer.objects.exists()


def test_the_import_page_speaks_english_under_en(editor_client):
    html = editor_client.get(f"/en{IMPORT_URL}").content.decode()
    response = editor_client.post(
        f"/en{IMPORT_URL}", {"fil": upload([new_row(ort=PERSONAL_NUMBER)])}
    )

    assert "Import employers" in html
    assert "Rad " not in response.content.decode()
    assert "Row 2, column ort" in response.content.decode()
