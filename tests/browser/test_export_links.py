"""In a real browser at 320 px: the list's download links follow a filter change made with htmx,
have names a screen reader can tell apart, and give the files of exactly those filters."""

import csv
import io
import json
import re

import pytest
from playwright.sync_api import expect

from municipalities.models import Municipality
from tests.browser.axe import assert_accessible
from tests.browser.helpers import overflow
from tests.factories import MeasureFactory

pytestmark = pytest.mark.django_db(transaction=True)

TEXTS = {
    "sv": {"kommun": "Kommun", "name": "Ladda ner träffarna som {}", "sort": "Titel A–Ö"},
    "en": {"kommun": "Municipality", "name": "Download the results as {}", "sort": "Title A–Z"},
}


@pytest.mark.parametrize(("prefix", "language"), [("", "sv"), ("/en", "en")])
def test_the_download_links_follow_a_filter_change_at_320_px(page, prefix, language):
    MeasureFactory(title="Kafé Linden")
    MeasureFactory(
        title="Verkstan i Hässleholm", municipality=Municipality.objects.get(slug="hassleholm")
    )
    texts = TEXTS[language]
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(f"{prefix}/insatser/")
    page.evaluate("window.notReloaded = true")
    csv_link = page.get_by_role("link", name=texts["name"].format("CSV"), exact=True)
    expect(csv_link).to_have_attribute("href", f"{prefix}/insatser/export.csv")

    page.locator("summary", has_text=texts["kommun"]).click()
    page.get_by_label(re.compile(r"^Osby")).check()

    expect(page).to_have_url(re.compile(r"/insatser/\?.*kommun=osby"))
    expect(csv_link).to_have_attribute(
        "href", f"{prefix}/insatser/export.csv?kommun=osby&sort=relevans"
    )
    page.locator("#id_sort").select_option(label=texts["sort"])
    expected = "?kommun=osby&sort=titel"
    for fmt, label in [("csv", "CSV"), ("xlsx", "Excel"), ("json", "JSON")]:
        link = page.get_by_role("link", name=texts["name"].format(label), exact=True)
        expect(link).to_have_attribute("href", f"{prefix}/insatser/export.{fmt}{expected}")
    assert page.evaluate("window.notReloaded") is True  # swapped by htmx, not reloaded
    # The feed named in the head follows too (swapped out of band): one link, these filters.
    head_feed = page.locator('head link[rel="alternate"][type="application/atom+xml"]')
    expect(head_feed).to_have_count(1)
    # (a feed is newest first whatever the list's order, so it leaves `sort` out)
    expect(head_feed).to_have_attribute("href", f"{prefix}/insatser/feed/?kommun=osby")
    expect(page.locator('body link[rel="alternate"]')).to_have_count(0)

    csv_link.scroll_into_view_if_needed()
    expect(csv_link).to_be_visible()
    assert overflow(page) <= 0
    assert_accessible(page)

    # The links give the files of those filters (requests, as a download makes them).
    response = page.request.get(csv_link.get_attribute("href"))
    assert response.status == 200
    assert response.headers["content-disposition"].startswith("attachment;")
    rows = list(csv.reader(io.StringIO(response.body().decode("utf-8-sig")), delimiter=";"))
    assert [row[0] for row in rows[1:]] == ["Kafé Linden"]
    json_href = page.get_by_role("link", name=texts["name"].format("JSON")).get_attribute("href")
    data = json.loads(page.request.get(json_href).body())
    assert [record["title"] for record in data["measures"]] == ["Kafé Linden"]
