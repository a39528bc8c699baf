"""An editor imports the files Excel saves, in a real browser at 320 px, in Swedish and English:
a "CSV (semikolonavgränsad)" file in Windows-1252 and an Excel workbook. The preview says how
each file was read; confirming puts the measure in the dashboard's list.
"""

import csv
import io

import openpyxl
import pytest
from playwright.sync_api import expect

from tests.browser.axe import assert_accessible
from tests.factories import UnitFactory, member

pytestmark = pytest.mark.django_db(transaction=True)

WORDS = {
    "sv": {
        "prefix": "",
        "import": "Importera (CSV, Excel)",
        "preview": "Förhandsgranska",
        "confirm": "Bekräfta och importera",
        "windows_1252": "Filen lästes som Windows-1252 (Excel: CSV semikolonavgränsad).",
        "xlsx": "Filen lästes som Excel-arbetsbok (.xlsx), kalkylbladet ”Insatser”.",
    },
    "en": {
        "prefix": "/en",
        "import": "Import (CSV, Excel)",
        "preview": "Preview",
        "confirm": "Confirm and import",
        "windows_1252": "The file was read as Windows-1252 (Excel: CSV, semicolon-delimited).",
        "xlsx": "The file was read as Excel workbook (.xlsx), worksheet “Insatser”.",
    },
}
HEADER = ["slug", "titel", "sammanfattning", "enhet", "typ", "kategorier", "timmar_per_vecka"]


def row(title, unit):
    return ["", title, "Du bygger möbler av återbrukat trä.", unit.name, "arbetstraning",
            "jobbinriktad", 16]  # fmt: skip


def windows_1252_csv(path, title, unit):
    """A file as Swedish Excel saves "CSV (semikolonavgränsad)": Windows-1252, semicolons."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerows([HEADER, row(title, unit)])
    path.write_bytes(out.getvalue().encode("cp1252"))
    return path


def workbook(path, title, unit):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Insatser"
    sheet.append(HEADER)
    sheet.append(row(title, unit))
    book.save(path)
    return path


def overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def import_file(page, words, path, read_as):
    page.goto(f"{words['prefix']}/hantera/")
    page.get_by_role("link", name=words["import"]).click()
    page.locator("input[type=file][name=fil]").set_input_files(str(path))
    page.get_by_role("button", name=words["preview"]).click()
    expect(page.locator("#import-reading")).to_have_text(read_as)
    assert overflow(page) <= 0
    assert_accessible(page)
    page.get_by_role("button", name=words["confirm"]).click()
    expect(page.locator(".alert-success, [role=status]").first).to_contain_text(read_as)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_an_editor_imports_a_windows_1252_csv_and_a_workbook_at_320_pixels(
    page, login_as, osby, terms, tmp_path, language
):
    words = WORDS[language]
    unit = UnitFactory(municipality=osby, name="Arbetsmarknadsenheten Östra")
    login_as(member("redaktor", "osby", username="osby-redaktor"))
    page.set_viewport_size({"width": 320, "height": 800})

    csv_path = windows_1252_csv(tmp_path / "insatser.csv", "Snickeri på Åbygården", unit)
    import_file(page, words, csv_path, words["windows_1252"])
    expect(page.get_by_role("link", name="Snickeri på Åbygården")).to_be_visible()
    assert overflow(page) <= 0

    xlsx_path = workbook(tmp_path / "insatser.xlsx", "Språkcafé i Killeberg", unit)
    import_file(page, words, xlsx_path, words["xlsx"])
    expect(page.get_by_role("link", name="Språkcafé i Killeberg")).to_be_visible()
    expect(page.get_by_role("link", name="Snickeri på Åbygården")).to_be_visible()
    assert page.url.endswith(f"{words['prefix']}/hantera/?kommun=osby")

    from measures.models import Measure

    titles = sorted(Measure.objects.filter(municipality=osby).values_list("title", flat=True))
    assert titles == ["Snickeri på Åbygården", "Språkcafé i Killeberg"]
