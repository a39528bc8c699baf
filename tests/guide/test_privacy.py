"""Nothing about the visitor is stored: no rows, no session, no cookies of ours, no logs."""

import logging

import pytest
from django.conf import settings

from tests.factories import MeasureFactory
from tests.guide.helpers import row_counts, text

pytestmark = pytest.mark.django_db

PAGES = [
    "/hitta/",
    "/hitta/?steg=4&alder=47&kommun=hassleholm&situation=sjukskriven",
    "/hitta/?steg=7&alder=47&kommun=hassleholm&behov=halsa&sprak=fa&resa=nej",
    "/hitta/resultat/?alder=47&kommun=hassleholm&situation=sjukskriven&behov=halsa&form=digitalt",
    "/hitta/resultat/?alder=hemligt-svar&kommun=hemlig-kommun",
]


@pytest.fixture
def measures(terms, hassleholm):
    MeasureFactory(
        title="Hälsa i Hässleholm", municipality=hassleholm, needs=[terms["behov"]["halsa"]]
    )
    MeasureFactory(title="Osbys stöd", open_to_others="ja")


@pytest.mark.parametrize("url", PAGES)
def test_a_guide_page_creates_no_rows_and_sets_no_session(client, measures, url):
    before = row_counts()

    response = client.get(url)

    assert response.status_code == 200
    assert "Vi sparar inget om dig. Dina svar finns bara i adressfältet i din webbläsare." in text(
        response
    )
    assert row_counts() == before
    assert settings.SESSION_COOKIE_NAME not in response.cookies
    # The only cookie is Django's CSRF token for the language form in the site header: a random
    # value that says nothing about the answers.
    assert set(response.cookies) <= {settings.CSRF_COOKIE_NAME}
    session = response.wsgi_request.session
    assert session.modified is False
    assert session.session_key is None
    assert settings.SESSION_COOKIE_NAME not in client.cookies


@pytest.mark.parametrize("url", PAGES)
def test_a_guide_page_is_never_cached_and_sends_no_referrer(client, measures, url):
    response = client.get(url)

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "no-referrer"
    assert '<meta name="referrer" content="no-referrer">' in response.content.decode()


def test_pages_with_answers_ask_search_engines_not_to_index_them(client):
    assert 'name="robots" content="noindex"' not in client.get("/hitta/").content.decode()
    with_answers = client.get("/hitta/?steg=2&alder=47")
    assert with_answers.status_code == 200
    assert '<meta name="robots" content="noindex">' in with_answers.content.decode()


def test_a_logged_in_users_session_is_left_alone(editor_client, measures):
    before = row_counts()

    response = editor_client.get("/hitta/resultat/?alder=47&kommun=hassleholm")

    assert response.status_code == 200
    assert response.wsgi_request.session.modified is False
    assert settings.SESSION_COOKIE_NAME not in response.cookies
    assert row_counts() == before


@pytest.mark.parametrize("url", PAGES)
def test_the_answers_are_not_logged(client, measures, caplog, url):
    caplog.set_level(logging.DEBUG)

    response = client.get(url)

    assert response.status_code == 200
    logged = "\n".join(record.getMessage() for record in caplog.records)
    for answer in ["hassleholm", "sjukskriven", "hemligt-svar", "hemlig-kommun", "alder="]:
        assert answer not in logged
