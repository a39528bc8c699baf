"""Error pages: in the site's layout, in the visitor's language, saying where to go instead."""

import pytest
from django.test import RequestFactory

from core.views import server_error
from tests.factories import member


@pytest.mark.parametrize(
    ("url", "heading", "link"),
    [
        ("/finns-inte/", "Sidan finns inte", "Sök bland alla insatser"),
        ("/en/finns-inte/", "Page not found", "Search all measures"),
    ],
)
def test_a_missing_page_is_a_404_in_the_layout_and_the_language(client, db, url, heading, link):
    response = client.get(url)

    html = response.content.decode()
    assert response.status_code == 404
    assert f"<h1>{heading}</h1>" in html
    assert link in html
    assert "<header" in html and "<footer" in html


@pytest.mark.parametrize(
    ("prefix", "heading", "explanation"),
    [
        ("", "Du har inte behörighet till sidan", "din roll ger inte tillgång"),
        ("/en", "You do not have access to this page", "your role does not give access"),
    ],
)
def test_a_refusal_is_a_403_page_that_says_why_and_where_to_go(
    client, db, prefix, heading, explanation
):
    client.force_login(member("handlaggare", "osby", username="osby-handlaggare"))

    response = client.get(f"{prefix}/hantera/medlemmar/")

    html = response.content.decode()
    assert response.status_code == 403
    assert f"<h1>{heading}</h1>" in html
    assert explanation in html
    assert "osby-handlaggare" in html
    assert "<header" in html and "<footer" in html


@pytest.mark.parametrize(
    ("url", "lang", "heading"),
    [("/trasig/", "sv", "Något gick fel"), ("/en/trasig/", "en", "Something went wrong")],
)
def test_a_server_error_is_a_500_page_in_the_layout_and_the_language(
    client, db, settings, url, lang, heading
):
    settings.ROOT_URLCONF = "tests.core.failing_urls"
    client.raise_request_exception = False

    response = client.get(url)

    html = response.content.decode()
    assert response.status_code == 500
    assert f'<html lang="{lang}">' in html
    assert f"<h1>{heading}</h1>" in html
    assert "bootstrap.min.css" in html and "<header" in html and "<footer" in html


def test_the_500_page_needs_no_database(db, django_assert_num_queries):
    request = RequestFactory().get("/en/insatser/")

    with django_assert_num_queries(0):
        response = server_error(request)

    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()
