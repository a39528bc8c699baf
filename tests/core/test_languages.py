"""Swedish by default, English as a second UI language under /en/; content summaries by language."""

from tests.factories import MeasureFactory


def test_plain_addresses_are_swedish_whatever_the_browser_prefers(client, db):
    response = client.get("/insatser/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    html = response.content.decode()
    assert '<html lang="sv">' in html
    assert "Sök och filtrera" in html
    assert 'href="/en/insatser/"' in html and "In English" in html


def test_the_switcher_is_a_plain_link_that_sets_no_cookie(client, db):
    response = client.get("/")
    assert 'hreflang="en"' in response.content.decode()
    assert not response.cookies


def test_english_pages_live_under_en_with_the_same_query(client, db):
    html = client.get("/insatser/?kommun=osby").content.decode()
    assert 'href="/en/insatser/?kommun=osby"' in html
    english = client.get("/en/insatser/?kommun=osby")
    assert english.status_code == 200
    assert '<html lang="en">' in english.content.decode()
    assert 'href="/insatser/?kommun=osby"' in english.content.decode()
    assert "På svenska" in english.content.decode()


def test_english_ui_strings_are_translated(client, db):
    html = client.get("/en/").content.decode()
    assert "Search" in html
    assert "Sök" not in html.split("<main")[1].split("</form>")[0]


def test_an_english_summary_is_shown_to_english_visitors(client, db):
    measure = MeasureFactory(
        summary="Du tränar på att arbeta.", summary_en="You practise working in a shop."
    )
    swedish = client.get(f"/insatser/{measure.slug}/").content.decode()
    english = client.get(f"/en/insatser/{measure.slug}/").content.decode()
    assert "Du tränar på att arbeta." in swedish and "You practise" not in swedish
    assert '<p class="lead" lang="en">You practise working in a shop.</p>' in english


def test_without_an_english_summary_the_swedish_one_is_marked_as_swedish(client, db):
    measure = MeasureFactory(summary="Bara svenska.")
    english = client.get(f"/en/insatser/{measure.slug}/").content.decode()
    assert '<p class="lead" lang="sv">Bara svenska.</p>' in english


def test_an_easy_to_read_summary_is_shown_when_present(client, db):
    measure = MeasureFactory(summary_easy="Du jobbar i en butik. Du får hjälp.")
    plain = MeasureFactory()
    assert "Lättläst" in client.get(f"/insatser/{measure.slug}/").content.decode()
    assert (
        "Du jobbar i en butik. Du får hjälp."
        in client.get(f"/insatser/{measure.slug}/").content.decode()
    )
    assert "Lättläst" not in client.get(f"/insatser/{plain.slug}/").content.decode()
