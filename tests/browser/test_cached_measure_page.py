"""A visitor on a phone lands on a measure page someone else's visit has already put in the page
cache, adds the measure to Min lista from it and finds it there. In Swedish and English.

The first visit is another browser (its own cookies), so the second visitor's page is the cached
copy with their own CSRF token put in (core.cache.cached_for_visitors).
"""

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from shortlists.models import ShortList
from tests.browser.axe import assert_accessible
from tests.browser.helpers import overflow
from tests.factories import MeasureFactory
from tests.guide.helpers import restore_seeds

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

WORDS = {
    "sv": {
        "prefix": "",
        "locale": "sv-SE",
        "add": "Lägg till i min lista",
        "added": "finns nu i ”Min lista”",
        "in_list": "Insatsen finns i din lista.",
        "show_list": "Visa min lista (1 insats)",
    },
    "en": {
        "prefix": "/en",
        "locale": "en-GB",
        "add": "Add to my list",
        "added": "is now in “My list”",
        "in_list": "The measure is in your list.",
        "show_list": "Show my list (1 measure)",
    },
}
TITLE = "Arbetsträning i Returbutiken"


@pytest.fixture
def measure(transactional_db, settings):
    from municipalities.models import Municipality

    settings.PORTAL_LIST_CACHE = True
    restore_seeds()
    return MeasureFactory(municipality=Municipality.objects.get(slug="osby"), title=TITLE)


def cached_pages() -> int:
    # The test server runs in this process, so its cache (LocMemCache) is this one.
    return sum("visitor-page" in key for key in cache._cache)


def form_token(page) -> str:
    return page.locator("input[name=csrfmiddlewaretoken]").first.get_attribute("value")


@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_visitor_adds_a_measure_to_their_list_from_a_cached_page(
    browser, page, live_server, measure, language
):
    words = WORDS[language]
    url = f"{words['prefix']}/insatser/{measure.slug}/"
    first = browser.new_context(base_url=live_server.url, locale=words["locale"])
    first_page = first.new_page()
    first_page.goto(url)
    first_token = form_token(first_page)
    assert cached_pages() == 1

    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(url)
    assert cached_pages() == 1  # served from the copy, not rendered and stored again
    expect(page.get_by_role("heading", name=TITLE, level=1)).to_be_visible()
    assert form_token(page) != first_token
    assert overflow(page) <= 0
    assert_accessible(page)

    page.get_by_role("button", name=words["add"]).click()

    expect(page.get_by_role("status").filter(has_text=words["added"])).to_be_visible()
    expect(page.get_by_text(words["in_list"])).to_be_visible()
    expect(page.get_by_role("link", name=words["show_list"])).to_be_visible()
    assert overflow(page) <= 0
    page.get_by_role("link", name=words["show_list"]).click()
    expect(page.get_by_role("link", name=TITLE).first).to_be_visible()
    # The first visitor's page and list are untouched: still the shared copy, nothing added.
    first_page.reload()
    expect(first_page.get_by_role("button", name=words["add"])).to_be_visible()
    first.close()
    assert not ShortList.objects.exists()
