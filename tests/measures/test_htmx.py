"""The list's progressive enhancement: htmx gets the swapped region, everyone else the page."""

from tests.factories import MeasureFactory


def test_without_javascript_the_filter_form_is_a_plain_get_form(client, db, osby):
    MeasureFactory(municipality=osby, title="Osbys insats")
    html = client.get("/insatser/").content.decode()
    assert '<form method="get" action="/insatser/"' in html
    assert 'type="submit"' in html and "Visa träffar" in html
    assert "<html" in html


def test_an_htmx_request_gets_only_the_results_region_with_counts_and_chips(
    client, db, osby, hassleholm
):
    MeasureFactory(municipality=osby, title="Osbys insats")
    MeasureFactory(municipality=hassleholm, title="Hässleholms insats")

    response = client.get("/insatser/?kommun=osby", HTTP_HX_REQUEST="true")

    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and "<header" not in html
    assert "Osbys insats" in html and "Hässleholms insats" not in html
    assert "1 insats" in html
    assert 'class="chip"' in html and "Kommun: Osby" in html
    assert 'hx-swap-oob="true"' in html and "1 insats matchar" in html
    assert 'id="filter-form"' in html  # facet counts are re-rendered too
    # The head's feed link is swapped out of band, so feed readers find these filters' feed.
    assert (
        '<link id="feed-alternate" rel="alternate" type="application/atom+xml"' in html
        and 'href="/insatser/feed/?kommun=osby" hx-swap-oob="true">' in html
    )


def test_the_filter_form_tells_htmx_to_update_the_address(client, db):
    html = client.get("/insatser/").content.decode()
    assert 'hx-get="/insatser/"' in html
    assert 'hx-push-url="true"' in html
    assert 'hx-target="#search-region"' in html


def test_htmx_is_served_from_our_own_static_files(client, db):
    html = client.get("/").content.decode()
    assert "/static/vendor/htmx-2.0.11/htmx.min.js" in html
    assert "https://" not in html.split("<body")[0]


def test_htmx_restoring_history_after_back_gets_the_whole_page(client, db, osby):
    """With no snapshot, htmx asks again with HX-History-Restore-Request: it needs the page."""
    MeasureFactory(municipality=osby, title="Osbys insats")

    response = client.get(
        "/insatser/?kommun=osby", HTTP_HX_REQUEST="true", HTTP_HX_HISTORY_RESTORE_REQUEST="true"
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" in html and "<header" in html and "<footer" in html
    assert "Osbys insats" in html


def test_page_and_fragment_say_they_differ_by_the_htmx_headers(client, db, osby):
    MeasureFactory(municipality=osby)
    for headers in ({}, {"HTTP_HX_REQUEST": "true"}):
        for _ in range(2):  # the second answer comes from the visitors' page cache
            response = client.get("/insatser/?kommun=osby", **headers)
            vary = {part.strip().lower() for part in response["Vary"].split(",")}
            assert {"hx-request", "hx-history-restore-request"} <= vary


def test_the_page_cache_keeps_fragment_and_history_restore_apart(client, db, osby, settings):
    settings.PORTAL_LIST_CACHE = True
    MeasureFactory(municipality=osby, title="Osbys insats")
    url = "/insatser/?kommun=osby"

    restore = client.get(url, HTTP_HX_REQUEST="true", HTTP_HX_HISTORY_RESTORE_REQUEST="true")
    fragment = client.get(url, HTTP_HX_REQUEST="true")
    restore_again = client.get(url, HTTP_HX_REQUEST="true", HTTP_HX_HISTORY_RESTORE_REQUEST="true")

    assert "<header" in restore.content.decode()
    assert "<header" not in fragment.content.decode()
    assert "<header" in restore_again.content.decode()
