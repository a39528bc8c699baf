"""A visitor reads the list from the page cache while an editor saves: after each save the
visitor's next look shows it, on a phone and on a desktop, in Swedish and English, and a case
officer never gets the visitors' stored cards.

The list page is made anew from stored facet pieces and stored cards (measures/templatetags/
facets.py and cards.py) when a save moves its counts; only the changed measure's card is
rendered again.
"""

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from measures.models import Measure
from tests.browser.axe import assert_accessible
from tests.browser.helpers import overflow
from tests.factories import MeasureFactory, member
from tests.guide.helpers import restore_seeds

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

WORDS = {
    "sv": {
        "prefix": "",
        "locale": "sv-SE",
        "count": "{} insatser",
        "free": "Lediga platser finns",
        "full": "Fullt just nu",
        "officer": "3 lediga platser",
    },
    "en": {
        "prefix": "/en",
        "locale": "en-GB",
        "count": "{} measures",
        "free": "Places available",
        "full": "Full right now",
        "officer": "3 places available",
    },
}


@pytest.fixture
def catalogue(transactional_db, settings):
    from municipalities.models import Municipality

    settings.PORTAL_LIST_CACHE = True
    restore_seeds()
    osby = Municipality.objects.get(slug="osby")
    return [
        MeasureFactory(municipality=osby, title=title, places_available=3)
        for title in ("Arbetsträning i Returbutiken", "Bageriet", "Cykelverkstaden")
    ]


def card(page, title):
    return page.locator("#result-list article").filter(has_text=title)


def stored_cards() -> int:
    # The test server runs in this process, so its cache (LocMemCache) is this one.
    return sum(":card:" in key for key in cache._cache)


@pytest.mark.parametrize(("language", "width"), [("sv", 320), ("en", 1280), ("sv", 1280)])
def test_a_visitor_sees_each_save_on_the_cached_list(
    browser, page, live_server, login_as, catalogue, language, width
):
    words = WORDS[language]
    url = f"{words['prefix']}/insatser/?sort=titel"
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(url)
    heading = page.locator("#results-heading")
    expect(heading).to_contain_text(words["count"].format(3))
    expect(card(page, "Bageriet")).to_contain_text(words["free"])
    assert stored_cards() == 3

    # An editor fills Bageriet's last place and publishes a fourth measure.
    bageriet = Measure.objects.get(pk=catalogue[1].pk)
    bageriet.places_available = 0
    bageriet.save()
    MeasureFactory(municipality=bageriet.municipality, title="Dataverkstaden", places_available=2)

    page.reload()
    expect(heading).to_contain_text(words["count"].format(4))
    expect(card(page, "Bageriet")).to_contain_text(words["full"])
    expect(card(page, "Dataverkstaden")).to_be_visible()
    expect(card(page, "Cykelverkstaden")).to_contain_text(words["free"])
    assert stored_cards() == 5  # the new card and Bageriet's new one; the other two were kept
    assert overflow(page) <= 0
    assert_accessible(page)

    # A case officer sees the number of places, never the visitors' cards; and a visitor
    # after them, in a browser of their own, never the officer's.
    login_as(member("handlaggare", "bromolla"))
    page.reload()
    expect(card(page, "Cykelverkstaden")).to_contain_text(words["officer"])
    visitor = browser.new_context(base_url=live_server.url, locale=words["locale"])
    visitor_page = visitor.new_page()
    visitor_page.goto(url)
    expect(card(visitor_page, "Cykelverkstaden")).to_contain_text(words["free"])
    expect(card(visitor_page, "Cykelverkstaden")).not_to_contain_text(words["officer"])
    visitor.close()
