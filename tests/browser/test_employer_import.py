"""An editor imports employers in a real browser at 320 px, in Swedish and English: a CSV file
with a wrong check digit gets the error report with its row and nothing saved; the fixed file
is previewed, confirmed and the employer is in the register's list. Axe and the 320 px overflow
check on the import page, the error report and the preview.
"""

import csv
import io

import pytest
from playwright.sync_api import expect

from tests.browser.axe import assert_accessible
from tests.browser.helpers import overflow
from tests.factories import member

pytestmark = pytest.mark.django_db(transaction=True)

WORDS = {
    "sv": {
        "prefix": "",
        "import": "Importera (CSV, Excel)",
        "preview": "Förhandsgranska",
        "confirm": "Bekräfta och importera",
        "failed": "Filen har fel och ingenting har sparats.",
        "row_error": "Rad 2, kolumnen organisationsnummer: Kontrollsiffran stämmer inte",
        "summary": "Nya arbetsgivare: 1. Ändras: 0. Oförändrade: 0.",
        "done": "Importen är klar. Nya arbetsgivare: 1.",
    },
    "en": {
        "prefix": "/en",
        "import": "Import (CSV, Excel)",
        "preview": "Preview",
        "confirm": "Confirm and import",
        "failed": "The file has errors and nothing has been saved.",
        "row_error": "Row 2, column organisationsnummer:",
        "summary": "New employers: 1. Will change: 0. Unchanged: 0.",
        "done": "The import is complete. New employers: 1.",
    },
}
HEADER = ["namn", "organisationsnummer", "sektor", "bransch", "ort", "typer_av_platser",
          "samtycke", "samtycke_datum"]  # fmt: skip


def employers_csv(path, name, org_number):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerows(
        [HEADER, [name, org_number, "privat", "handel", "Osby", "praktik", "ja", "2026-01-15"]]
    )
    path.write_bytes(("\ufeff" + out.getvalue()).encode("utf-8"))
    return path


def upload(page, path, words):
    page.locator("input[type=file][name=fil]").set_input_files(str(path))
    page.get_by_role("button", name=words["preview"]).click()


def check_page(page):
    assert overflow(page) <= 0
    assert_accessible(page)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_an_editor_fixes_a_file_from_the_error_report_and_imports_it_at_320_pixels(
    page, login_as, osby, tmp_path, language
):
    from employers.models import Employer

    words = WORDS[language]
    name = "Järnhandeln i Osby (exempel)"
    login_as(member("redaktor", "osby", username="osby-redaktor"))
    page.set_viewport_size({"width": 320, "height": 800})

    page.goto(f"{words['prefix']}/hantera/arbetsgivare/?kommun=osby")
    page.get_by_role("link", name=words["import"], exact=True).click()
    # The upload form is there (the click only starts the navigation; axe needs the new page).
    expect(page.locator("input[type=file][name=fil]")).to_be_attached()
    check_page(page)

    upload(page, employers_csv(tmp_path / "fel.csv", name, "556036-0794"), words)
    expect(page.get_by_role("alert").first).to_contain_text(words["failed"])
    expect(page.get_by_role("alert").first).to_contain_text(words["row_error"])
    expect(page.get_by_role("button", name=words["confirm"])).to_have_count(0)
    check_page(page)
    assert not Employer.objects.exists()

    upload(page, employers_csv(tmp_path / "rattad.csv", name, "556036-0793"), words)
    expect(page.get_by_text(words["summary"])).to_be_visible()
    check_page(page)
    page.get_by_role("button", name=words["confirm"]).click()

    expect(page.locator(".alert-success, [role=status]").first).to_contain_text(words["done"])
    expect(page.get_by_role("link", name=name)).to_be_visible()
    assert page.url.endswith(f"{words['prefix']}/hantera/arbetsgivare/?kommun=osby")
    check_page(page)
    employer = Employer.objects.get()
    assert (employer.name, employer.org_number) == (name, "556036-0793")
    assert employer.history.count() == 1
