"""When a search finds nothing, the list offers the nearest words that would ("Menade du …?")."""

import re

import pytest

from measures.models import Measure
from tests.factories import MeasureFactory


def suggestions(response):
    """[(href, lang, text)] of the "Menade du …?" links."""
    html = response.content.decode()
    block = re.search(r'<p[^>]*id="did-you-mean"[^>]*>(.*?)</p>', html, re.S)
    if block is None:
        return []
    return [
        (href.replace("&amp;", "&"), lang, text)
        for href, lang, text in re.findall(
            r'<a href="([^"]*)" lang="([^"]*)">([^<]*)</a>', block.group(1)
        )
    ]


@pytest.fixture
def catalogue(db, terms, osby):
    MeasureFactory(title="Praktik i butik", municipality=osby, measure_type=terms["typ"]["praktik"])
    MeasureFactory(title="Svenska för nybörjare", municipality=osby)


def test_a_search_that_finds_nothing_suggests_the_nearest_word(client, catalogue):
    response = client.get("/insatser/", {"q": "prktk"})

    assert response.status_code == 200
    assert response.context["page"].paginator.count == 0
    html = response.content.decode()
    assert "Menade du" in html
    assert ("?q=praktik", "sv", "praktik") in suggestions(response)
    # The suggestion finds what it promises.
    followed = client.get("/insatser/?q=praktik")
    assert [m.title for m in followed.context["page"].object_list] == ["Praktik i butik"]


def test_a_suggestion_keeps_the_other_filters_and_starts_on_the_first_page(client, catalogue):
    response = client.get("/insatser/?q=prktk&kommun=osby&page=1&sort=titel")

    hrefs = [href for href, _lang, _text in suggestions(response)]
    assert "?q=praktik&kommun=osby&sort=titel" in hrefs


def test_only_words_that_find_something_with_the_other_filters_are_suggested(client, catalogue):
    """Praktik exists, but not in Hässleholm: suggesting it there would lead to nothing again."""
    response = client.get("/insatser/", {"q": "prktk", "kommun": "hassleholm"})

    assert response.context["page"].paginator.count == 0
    assert not any(text == "praktik" for _href, _lang, text in suggestions(response))
    # The other ways out stay: the search without the other filters, and everything.
    html = response.content.decode()
    assert "/insatser/?q=prktk" in html
    assert "utan de andra filtren" in html
    assert "Visa alla insatser" in html


def test_english_phrases_of_the_thesaurus_are_suggested_in_english(client, catalogue):
    response = client.get("/en/insatser/", {"q": "internshp"})

    html = response.content.decode()
    assert "Did you mean" in html
    assert ("?q=internship", "en", "internship") in suggestions(response)
    assert "No measures match your search" in html


def test_swedish_words_are_marked_as_swedish_on_english_pages(client, catalogue):
    response = client.get("/en/insatser/", {"q": "svnsk"})

    assert ("?q=svenska", "sv", "svenska") in suggestions(response)


def test_a_search_that_finds_something_suggests_nothing(client, catalogue):
    response = client.get("/insatser/", {"q": "praktik"})

    assert "Menade du" not in response.content.decode()
    assert suggestions(response) == []


def test_nothing_near_means_no_suggestion_only_the_usual_advice(client, catalogue):
    response = client.get("/insatser/", {"q": "xyzzyqwv"})

    html = response.content.decode()
    assert "Menade du" not in html
    assert "Pröva ett annat eller kortare sökord." in html


def test_words_of_measures_that_are_not_public_are_never_suggested(client, catalogue):
    MeasureFactory(title="Hemlighetsmakeriet", status=Measure.Status.DRAFT)

    response = client.get("/insatser/", {"q": "hemlighetsmakerit"})

    assert "emlighetsmakeri" not in response.content.decode().replace("hemlighetsmakerit", "")


def test_each_unfound_word_is_replaced_and_the_rest_kept(client, catalogue):
    response = client.get("/insatser/", {"q": "prktk butik"})

    assert ("?q=praktik+butik", "sv", "praktik butik") in suggestions(response)


def test_a_misspelt_thesaurus_phrase_is_suggested_as_written(client, catalogue):
    response = client.get("/en/insatser/", {"q": "work placment"})

    assert ("?q=work+placement", "en", "work placement") in suggestions(response)


def test_a_thesaurus_phrase_of_the_query_is_kept_and_the_unfound_word_replaced(client, catalogue):
    response = client.get("/insatser/", {"q": "internship prktk"})

    texts = [text for _href, _lang, text in suggestions(response)]
    assert texts[0] == "internship praktik"
    assert not any("prktk" in text for text in texts)
