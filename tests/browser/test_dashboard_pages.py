"""The editor's pages in a real browser: WCAG 2.1 AA scans, errors shown next to fields."""

import pytest
from playwright.sync_api import expect

from tests.browser.axe import assert_accessible
from tests.factories import MeasureFactory, member

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def editor_page(page, login_as):
    login_as(member("redaktor", "osby", username="redaktoren"))
    return page


def test_dashboard_has_no_wcag_violations(editor_page, osby):
    MeasureFactory(municipality=osby, title="Café Mötet", places_available=2)
    editor_page.goto("/hantera/")
    expect(editor_page.get_by_role("heading", name="Insatser i Osby")).to_be_visible()
    assert_accessible(editor_page)


def test_measure_form_with_errors_has_no_wcag_violations(editor_page, osby):
    from tests.factories import UnitFactory

    UnitFactory(municipality=osby, name="Kompetensa")
    editor_page.goto("/hantera/insatser/ny/?kommun=osby")
    editor_page.get_by_label("Titel").fill("Ny kurs")
    editor_page.get_by_label("Lägsta ålder").fill("30")
    editor_page.get_by_label("Högsta ålder").fill("20")
    editor_page.get_by_role("button", name="Spara som utkast").click()

    error = editor_page.locator("#error_1_id_max_age")
    expect(error).to_contain_text("Högsta ålder kan inte vara lägre än lägsta ålder")
    assert_accessible(editor_page)


def test_measure_history_and_unit_pages_have_no_wcag_violations(editor_page, osby):
    measure = MeasureFactory(municipality=osby, title="Snickeriet")
    for path in [
        f"/hantera/insatser/{measure.slug}/andra/",
        f"/hantera/insatser/{measure.slug}/historik/",
        "/hantera/enheter/?kommun=osby",
        "/hantera/enheter/ny/?kommun=osby",
        "/hantera/felrapporter/?kommun=osby",
        "/hantera/import/?kommun=osby",
    ]:
        editor_page.goto(path)
        assert_accessible(editor_page)


def test_inquiry_form_and_list_have_no_wcag_violations(page, login_as, hassleholm):
    from measures.models import Measure

    measure = MeasureFactory(
        municipality=hassleholm, title="Må bra-grupp", open_to_others=Measure.Openness.YES
    )
    login_as(member("handlaggare", "osby", username="handlaggaren"))
    page.goto(f"/hantera/forfragningar/ny/?insats={measure.slug}")
    page.get_by_role("button", name="Skicka förfrågan").click()
    assert_accessible(page)
    page.goto("/hantera/forfragningar/")
    assert_accessible(page)
