"""In a real browser at 320 px: the measure page's JSON-LD runs nothing and the CSP reports
nothing, even with a hostile title; the list names its feed in the head and links to it."""

import json

import pytest
from playwright.sync_api import expect

from tests.browser.axe import assert_accessible
from tests.browser.helpers import overflow
from tests.factories import MeasureFactory

pytestmark = pytest.mark.django_db(transaction=True)

HOSTILE = '</script><script>alert("titel")</script> Kafé <b>Linden</b>'


def watch(page):
    """Dialogs (an alert that ran) and console messages (CSP violations are reported there)."""
    seen = {"dialogs": [], "console": []}
    page.on("dialog", lambda dialog: (seen["dialogs"].append(dialog.message), dialog.dismiss()))
    page.on("console", lambda message: seen["console"].append(message.text))
    return seen


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_a_measure_page_with_a_hostile_title_keeps_its_json_ld_as_data(page, prefix):
    measure = MeasureFactory(title=HOSTILE, summary="Arbetsträning <i>i kafé</i>.")
    page.set_viewport_size({"width": 320, "height": 800})
    seen = watch(page)

    page.goto(f"{prefix}/insatser/{measure.slug}/")

    expect(page.get_by_role("heading", level=1)).to_have_text(HOSTILE)
    blocks = page.locator('head script[type="application/ld+json"]')
    expect(blocks).to_have_count(1)
    data = json.loads(blocks.text_content())
    assert data["@type"] == "GovernmentService"
    assert data["name"] == HOSTILE
    assert seen["dialogs"] == []
    assert not [text for text in seen["console"] if "Content Security Policy" in text]
    assert overflow(page) <= 0
    assert_accessible(page)


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_the_filtered_list_names_its_feed_and_links_to_it_at_320_px(page, prefix):
    MeasureFactory(title="Kafé Linden")
    page.set_viewport_size({"width": 320, "height": 800})
    seen = watch(page)

    page.goto(f"{prefix}/insatser/?kommun=osby")

    feed_url = f"{prefix}/insatser/feed/?kommun=osby"
    head_link = page.locator('head link[rel="alternate"][type="application/atom+xml"]')
    expect(head_link).to_have_attribute("href", feed_url)
    visible = page.locator(f'#results a[href="{feed_url}"]')
    expect(visible).to_be_visible()
    visible.scroll_into_view_if_needed()
    assert overflow(page) <= 0
    assert not [text for text in seen["console"] if "Content Security Policy" in text]
    assert_accessible(page)
    # The link leads to the feed (a request, as a feed reader would make it).
    response = page.request.get(feed_url)
    assert response.status == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    assert "Kafé Linden" in response.text()
