"""A visitor searches with a typo, and in English, on a phone in a real browser: the empty result
offers "Menade du …?", the suggestion leads to the measure, and the page stays accessible."""

import pytest
from playwright.sync_api import expect

from tests.browser.axe import assert_accessible
from tests.browser.helpers import overflow
from tests.factories import MeasureFactory

pytestmark = pytest.mark.django_db(transaction=True)

JOURNEYS = {
    "sv": ("", "prktk", "Menade du", "praktik"),
    "en": ("/en", "internshp", "Did you mean", "internship"),
}


@pytest.fixture
def catalogue(terms):
    MeasureFactory(title="Praktik i butik", measure_type=terms["typ"]["praktik"])
    MeasureFactory(title="Körkortsteori", measure_type=terms["typ"]["utbildning"])


@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_visitor_with_a_typo_follows_did_you_mean_to_the_measure(page, catalogue, language):
    prefix, typed, did_you_mean, suggestion = JOURNEYS[language]
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(f"{prefix}/insatser/")

    page.locator("#id_q").fill(typed)
    page.locator("#id_q").press("Enter")

    offer = page.locator("#did-you-mean")
    expect(offer).to_contain_text(did_you_mean)
    assert overflow(page) <= 0
    assert_accessible(page)
    offer.get_by_role("link", name=suggestion, exact=True).click()

    expect(page.get_by_role("link", name="Praktik i butik")).to_be_visible()
    expect(page.get_by_role("link", name="Körkortsteori")).to_have_count(0)
    expect(page.locator("#id_q")).to_have_value(suggestion)
