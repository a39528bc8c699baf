"""The measure page from the page cache: what an anonymous visitor without a session is served
(core.cache.cached_for_visitors), and who never is.

A hit renders no template, so `response.templates == []` tells a cached answer from a fresh one.
"""

import re

import pytest
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client

from measures.models import Measure
from tests.factories import MeasureFactory, member

ADD_URL = "/min-lista/lagg-till/"
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture(autouse=True)
def cache_on(settings):
    settings.PORTAL_LIST_CACHE = True


@pytest.fixture
def measure(db, osby, hassleholm, terms):
    """A measure in Osby, and one of the same type in Hässleholm for its similar block."""
    MeasureFactory(
        municipality=hassleholm,
        title="Liknande i Hässleholm",
        measure_type=terms["typ"]["arbetstraning"],
    )
    return MeasureFactory(
        municipality=osby,
        title="Arbetsträning i Returbutiken",
        measure_type=terms["typ"]["arbetstraning"],
        contact_name="Anna Lindqvist",
    )


def visitor():
    """A browser of its own, with Django's CSRF check on as in production."""
    return Client(enforce_csrf_checks=True)


def served_from_cache(response) -> bool:
    return response.status_code == 200 and not response.templates


def page_token(response) -> str:
    tokens = set(TOKEN.findall(response.content.decode()))
    assert len(tokens) == 1, tokens
    return tokens.pop()


def test_a_cached_page_carries_the_visitors_own_token_and_the_add_button_works(measure):
    url = f"/insatser/{measure.slug}/"
    first = visitor()
    assert not served_from_cache(first.get(url))  # fills the cache
    second = visitor()

    response = second.get(url)

    assert served_from_cache(response)
    html = response.content.decode()
    assert "Arbetsträning i Returbutiken" in html
    assert "Lägg till i min lista" in html
    assert "csrf-placeholder" not in html
    # The token belongs to the CSRF cookie set on this very answer.
    assert _unmask_cipher_token(page_token(response)) == response.cookies["csrftoken"].value
    added = second.post(
        ADD_URL,
        {"measure": measure.pk, "next": url, "csrfmiddlewaretoken": page_token(response)},
    )
    assert added.status_code == 302
    assert second.session["shortlist_measure_ids"] == [measure.pk]


def test_two_visitors_never_get_the_same_token_and_one_cannot_post_with_the_others(measure):
    url = f"/insatser/{measure.slug}/"
    first, second = visitor(), visitor()
    first_page, second_page = first.get(url), second.get(url)
    assert served_from_cache(second_page)

    assert page_token(first_page) != page_token(second_page)
    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value
    stolen = second.post(
        ADD_URL, {"measure": measure.pk, "csrfmiddlewaretoken": page_token(first_page)}
    )
    assert stolen.status_code == 403
    assert "shortlist_measure_ids" not in second.session


def test_a_returning_visitor_keeps_their_csrf_cookie_on_a_cached_page(measure):
    url = f"/insatser/{measure.slug}/"
    browser = visitor()
    browser.get(url)
    cookie = browser.cookies["csrftoken"].value

    again = browser.get(url)

    assert served_from_cache(again)
    assert _unmask_cipher_token(page_token(again)) == cookie
    assert (
        browser.post(
            ADD_URL, {"measure": measure.pk, "csrfmiddlewaretoken": page_token(again)}
        ).status_code
        == 302
    )


def test_logged_in_people_neither_fill_nor_get_the_cached_page(client, measure):
    url = f"/insatser/{measure.slug}/"
    case_officer = Client()
    case_officer.force_login(member("handlaggare", "hassleholm"))

    staff_page = case_officer.get(url)
    assert "Anna Lindqvist" in staff_page.content.decode()  # internal details
    anonymous = client.get(url)
    assert not served_from_cache(anonymous)  # the case officer's page was not stored
    assert "Anna Lindqvist" not in anonymous.content.decode()

    again = case_officer.get(url)
    assert not served_from_cache(again)
    assert "Anna Lindqvist" in again.content.decode()
    assert "Logga ut" in again.content.decode()


def test_a_visitor_with_a_list_sees_their_own_list_and_others_still_get_an_empty_one(measure):
    url = f"/insatser/{measure.slug}/"
    visitor().get(url)  # the cached copy: nothing in any list
    collector = visitor()
    token = page_token(collector.get(url))
    collector.post(ADD_URL, {"measure": measure.pk, "csrfmiddlewaretoken": token})

    # The answer after the add carries the message, the list and the remove button.
    mine = collector.get(url)
    assert not served_from_cache(mine)
    html = mine.content.decode()
    assert "finns nu i ”Min lista”" in html
    assert "Insatsen finns i din lista." in html
    assert "Visa min lista (1 insats)" in html
    # Later visits too (a session, no message): never the shared copy.
    later = collector.get(url)
    assert not served_from_cache(later)
    assert "Insatsen finns i din lista." in later.content.decode()
    assert "finns nu i" not in later.content.decode()

    stranger = visitor().get(url)
    assert served_from_cache(stranger)
    assert "Insatsen finns i din lista." not in stranger.content.decode()
    assert "Visa min lista (0 insatser)" in stranger.content.decode()


def test_a_visitor_with_a_message_but_no_session_sees_the_message_once(measure):
    url = f"/insatser/{measure.slug}/"
    visitor().get(url)
    reporter = Client()
    reporter.post(f"{url}rapportera-fel/", {"message": "Telefonnumret har ändrats till ett annat."})
    assert "sessionid" not in reporter.cookies  # messages travel in a cookie

    thanked = reporter.get(url)
    assert not served_from_cache(thanked)
    assert "Tack! Din rapport har skickats" in thanked.content.decode()
    assert "Tack!" not in reporter.get(url).content.decode()
    assert "Tack!" not in visitor().get(url).content.decode()


def test_a_saved_change_shows_at_once(client, measure, django_capture_on_commit_callbacks):
    url = f"/insatser/{measure.slug}/"
    client.get(url)
    assert served_from_cache(client.get(url))

    with django_capture_on_commit_callbacks(execute=True):  # the save commits
        measure.title = "Arbetsträning i Second hand-butiken"
        measure.save()

    html = client.get(url).content.decode()
    assert "Arbetsträning i Second hand-butiken" in html
    assert "Arbetsträning i Returbutiken" not in html


def test_an_unpublished_measure_is_a_404_at_once(
    client, measure, django_capture_on_commit_callbacks
):
    url = f"/insatser/{measure.slug}/"
    client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        measure.status = Measure.Status.ARCHIVED
        measure.save()
    assert client.get(url).status_code == 404


def test_a_hit_costs_at_most_the_catalogue_version_and_still_shows_similar_measures(
    client, measure, django_assert_max_num_queries
):
    url = f"/insatser/{measure.slug}/"
    client.get(url)
    # At most 1: the catalogue version (the key). No measure, no similar measures, no banner.
    with django_assert_max_num_queries(1):
        response = visitor().get(url)
    assert served_from_cache(response)
    html = response.content.decode()
    assert "Liknande insatser i andra kommuner" in html
    assert "Liknande i Hässleholm" in html


def test_english_is_cached_apart_from_swedish(client, measure):
    swedish_url, english_url = f"/insatser/{measure.slug}/", f"/en/insatser/{measure.slug}/"
    client.get(swedish_url)

    english = visitor().get(english_url)
    assert not served_from_cache(english)
    assert "Add to my list" in english.content.decode()
    english_again = visitor().get(english_url)
    assert served_from_cache(english_again)
    assert "Add to my list" in english_again.content.decode()
    assert 'lang="en"' in english_again.content.decode()
    swedish = visitor().get(swedish_url)
    assert served_from_cache(swedish)
    assert "Lägg till i min lista" in swedish.content.decode()


def test_head_is_answered_from_the_cache_too(client, measure):
    url = f"/insatser/{measure.slug}/"
    head = client.head(url)
    assert head.status_code == 200
    assert head["Content-Type"].startswith("text/html")
    assert head.content == b""
    assert served_from_cache(visitor().get(url))  # the HEAD stored the page
    assert visitor().head(url).status_code == 200


@pytest.mark.parametrize("status", [Measure.Status.DRAFT, None], ids=["draft", "unknown"])
def test_an_unknown_or_unpublished_slug_stays_a_404_and_is_not_stored(client, db, status):
    slug = MeasureFactory(status=status).slug if status else "finns-inte"
    for _ in range(2):
        response = client.get(f"/insatser/{slug}/")
        assert response.status_code == 404
        assert response.templates  # rendered each time, never a stored page


def test_a_post_to_the_page_is_refused(client, measure):
    assert client.post(f"/insatser/{measure.slug}/").status_code == 405


def test_text_that_looks_like_the_placeholder_is_shown_as_written(client, measure):
    measure.description = "csrf-placeholder-0123456789abcdef0123456789abcdef"
    measure.save()
    client.get(f"/insatser/{measure.slug}/")
    html = visitor().get(f"/insatser/{measure.slug}/").content.decode()
    assert "csrf-placeholder-0123456789abcdef0123456789abcdef" in html


def test_each_host_has_its_own_copy_of_the_absolute_links(measure, settings):
    settings.ALLOWED_HOSTS = ["portal.example.org", "www.portal.example.org"]
    url = f"/insatser/{measure.slug}/"
    visitor().get(url, HTTP_HOST="portal.example.org")

    other = visitor().get(url, HTTP_HOST="www.portal.example.org").content.decode()

    assert f"http://www.portal.example.org{url}" in other  # the JSON-LD's url
    assert "http://portal.example.org" not in other
