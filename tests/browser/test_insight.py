"""/statistik/ in a browser: the charts draw with JavaScript, the tables carry everything
without it, and the page is axe-clean and no wider than the window at 320 and 1280 px, in
Swedish and English."""

import pytest
from playwright.sync_api import expect

from measures.models import Measure
from municipalities.models import Municipality
from tests.browser.axe import assert_accessible
from tests.browser.helpers import overflow
from tests.factories import MeasureFactory

pytestmark = pytest.mark.django_db(transaction=True)

HEADINGS = {
    "": ["Insatser per kommun och kategori", "Insatser som invånarna kan gå på"],
    "/en": ["Measures per municipality and category", "Measures open to residents"],
}


@pytest.fixture
def catalogue(terms):
    osby = Municipality.objects.get(slug="osby")
    hassleholm = Municipality.objects.get(slug="hassleholm")
    MeasureFactory(
        municipality=osby,
        categories=[terms["kategori"]["jobbinriktad"], terms["kategori"]["social"]],
        target_groups=[terms["malgrupp"]["nyanlanda"], terms["malgrupp"]["unga-kaa"]],
        open_to_others=Measure.Openness.YES,
        places_available=2,
    )
    MeasureFactory(
        municipality=hassleholm,
        target_groups=[terms["malgrupp"]["sjukskrivna"]],
        open_to_others=Measure.Openness.NO,
        places_available=0,
        last_verified=None,
    )


@pytest.mark.parametrize("prefix", ["", "/en"])
@pytest.mark.parametrize("width", [320, 1280])
def test_the_charts_draw_and_the_page_is_accessible_and_fits(page, catalogue, prefix, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{prefix}/statistik/")
    for heading in HEADINGS[prefix]:
        expect(page.get_by_role("heading", level=2, name=heading)).to_be_visible()
    # Three charts, each a Chart.js chart on a canvas named for screen readers.
    expect(page.locator(".chart-box canvas")).to_have_count(3)
    assert page.evaluate(
        "[...document.querySelectorAll('.chart-box canvas')]"
        ".every(c => window.Chart.getChart(c) && c.width > 0 && c.getAttribute('aria-label'))"
    )
    expect(page.locator(".chart-box").first).to_be_visible()
    expect(page.locator("table")).to_have_count(4)
    # Sick-listed people: a gap in every municipality but Hässleholm, marked with ✕ as well.
    expect(page.locator("td.coverage-gap .coverage-gap-mark").first).to_be_visible()
    assert overflow(page) <= 0
    assert_accessible(page)


@pytest.mark.browser_context_args(java_script_enabled=False)
@pytest.mark.parametrize("prefix", ["", "/en"])
def test_without_javascript_the_tables_carry_the_numbers(page, catalogue, prefix):
    page.set_viewport_size({"width": 320, "height": 900})
    page.goto(f"{prefix}/statistik/")
    expect(page.locator("table")).to_have_count(4)
    expect(page.locator("canvas")).to_have_count(0)
    expect(page.locator(".chart-box").first).to_be_hidden()
    # Osby: one measure, job-focused and social.
    osby = page.locator("table").first.locator("tr", has=page.locator("th", has_text="Osby"))
    assert osby.locator("td").all_inner_texts() == ["1", "0", "1", "0", "1"]
    expect(page.locator('a[href$="/statistik/malgrupper.csv"]')).to_be_visible()
    assert overflow(page) <= 0
