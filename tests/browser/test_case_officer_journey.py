"""A case officer's journey in a real browser: log in, land on their own start page, find a
measure in another municipality with free places, ask for a place, see the inquiry sent.

Walked at 320 px (a phone) and 1280 px, in Swedish and in English.
"""

import re

import pytest
from playwright.sync_api import expect

from inquiries.models import Inquiry
from measures.models import Measure
from tests.browser.axe import assert_accessible
from tests.browser.helpers import log_in_through_the_form, overflow
from tests.factories import MeasureFactory, member

pytestmark = pytest.mark.django_db(transaction=True)

WORDS = {
    "sv": {
        "prefix": "",
        "find": "Visa insatser med lediga platser",
        "ask": "Fråga om plats",
        "question": "Vad vill du veta?",
        "send": "Skicka förfrågan",
        "sent": "Förfrågan är skickad till Osby",
    },
    "en": {
        "prefix": "/en",
        "find": "Show measures with free places",
        "ask": "Ask about a place",
        "question": "What do you want to know?",
        "send": "Send the inquiry",
        "sent": "Osby",
    },
}


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("width", [320, 1280])
def test_a_case_officer_goes_from_log_in_to_a_sent_inquiry(page, osby, language, width):
    words = WORDS[language]
    member("handlaggare", "hassleholm", username="hassleholm-handlaggare")
    MeasureFactory(
        municipality=osby,
        title="Arbetsträning i Returbutiken",
        open_to_others=Measure.Openness.YES,
        places_available=3,
    )
    MeasureFactory(municipality=osby, title="Full kurs", places_available=0)
    page.set_viewport_size({"width": width, "height": 900})

    log_in_through_the_form(page, "hassleholm-handlaggare", language=language)

    expect(page).to_have_url(re.compile(rf"{words['prefix']}/start/$"))
    assert_accessible(page)
    page.get_by_role("link", name=words["find"]).click()

    expect(page).to_have_url(re.compile(r"oppen_for_andra=1.*ledig_plats=1"))
    expect(page.get_by_role("link", name="Full kurs")).to_have_count(0)
    page.get_by_role("link", name="Arbetsträning i Returbutiken").first.click()
    page.get_by_role("link", name=words["ask"]).click()

    page.get_by_label(words["question"]).fill("Finns det plats för en person efter sommaren?")
    page.get_by_role("button", name=words["send"]).click()

    expect(page.get_by_role("status").filter(has_text=words["sent"])).to_be_visible()
    assert overflow(page) <= 0
    inquiry = Inquiry.objects.get()
    assert inquiry.measure.title == "Arbetsträning i Returbutiken"
    assert inquiry.asking_municipality.slug == "hassleholm"
