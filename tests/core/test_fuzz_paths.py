"""Hostile path parameters on every URL pattern that has one: never a 5xx, logged in or out.

Every named pattern with a converter (slug, int, str) is filled with values a person or a script
could send (NUL bytes, huge numbers, line breaks, markup, right-to-left marks) and asked with GET
and POST by a visitor, a case officer, an editor and an administrator. Hypothesis adds random
text on top of the fixed list, derandomized so CI is repeatable.
"""

from urllib.parse import quote

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import MeasureFactory, member

MARKER = "<script>fuzz()</script>"
HOSTILE = [
    "\x00",
    "a\x00b",
    "%00",
    "\r\nSet-Cookie: x=1",
    "\n127.0.0.1 - - [forged]",
    MARKER,
    "' OR 1=1 --",
    "9" * 30,
    "18446744073709551616",
    "-1",
    "0",
    "..",
    "ÅÄÖ åäö \u202e\u200b",
    "x" * 3000,
]
text = st.text(alphabet=st.characters(exclude_categories=("Cs",)), min_size=1, max_size=200)
values = st.one_of(st.sampled_from(HOSTILE), text)


def patterns_with_parameters():
    """The route of every pattern with converters, as (route template, parameter names)."""
    found = []

    def walk(entries, prefix):
        for entry in entries:
            if isinstance(entry, URLResolver):
                walk(entry.url_patterns, prefix + str(entry.pattern).lstrip("^"))
            elif isinstance(entry, URLPattern) and entry.pattern.converters:
                found.append((prefix + str(entry.pattern), list(entry.pattern.converters)))

    walk(get_resolver().url_patterns, "/")
    # The admin's own patterns are Django's, and staff-only; the rest are the portal's.
    return [(route, names) for route, names in found if not route.startswith("/admin/")]


def fill(route, names, value):
    path = route
    for _name in names:
        start = path.index("<")
        end = path.index(">", start)
        path = path[:start] + quote(value, safe="") + path[end + 1 :]
    return path.replace("^", "").replace("$", "")


ROUTES = patterns_with_parameters()


def test_the_walk_finds_the_portals_parameterised_pages():
    routes = [route for route, _ in ROUTES]
    assert len(routes) >= 15
    assert "/min-lista/delad/<str:token>/" in routes
    assert any(route.startswith("/hantera/forfragningar/") for route in routes)


@pytest.fixture
def people(db, osby):
    MeasureFactory(municipality=osby, title="Arbetsträning i Returbutiken")
    return [
        None,
        member("handlaggare", "hassleholm", username="fuzz-handlaggare"),
        member("redaktor", "osby", username="fuzz-redaktor"),
        member("administrator", "osby", username="fuzz-admin"),
    ]


def as_each(client, people):
    """Log the client in as each person in turn (None: logged out), yielding the person."""
    for person in people:
        client.logout()
        if person is not None:
            client.force_login(person)
        yield person


def assert_safe(response, path):
    assert response.status_code < 500, (path, response.status_code)
    assert MARKER not in response.content.decode("utf-8", errors="replace"), path


@pytest.mark.parametrize("route", [route for route, _ in ROUTES])
def test_every_parameterised_page_survives_hostile_path_values(client, people, route):
    names = dict(ROUTES)[route]

    @settings(
        max_examples=25,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(value=values)
    def run(value):
        path = fill(route, names, value)
        for _person in as_each(client, people):
            assert_safe(client.get(path), path)
            assert_safe(client.post(path, {"version": value, "places_available": value}), path)

    for value in HOSTILE:  # the fixed list always, whatever Hypothesis picks
        path = fill(route, names, value)
        for _person in as_each(client, people):
            assert_safe(client.get(path), path)
    run()


@pytest.mark.parametrize(
    "url",
    [
        "/min-lista/delad/%00/",
        "/min-lista/delad/%00/skriv-ut/",
        "/hantera/forfragningar/ny/?insats=%00",
        "/insatser/?q=%00",
        "/hitta/resultat/?kommun=%00",
        "/insatser/%00/",
    ],
)
def test_a_nul_byte_in_a_path_or_parameter_is_a_client_error(client, people, url):
    for person in as_each(client, people):
        response = client.get(url)
        assert response.status_code in (400, 404), (person, url, response.status_code)


@pytest.mark.parametrize(
    ("url", "heading"),
    [("/insatser/?q=%00", "Felaktig förfrågan"), ("/en/insatser/?q=%00", "Bad request")],
)
def test_the_refusal_is_a_page_in_the_sites_layout_in_the_visitors_language(
    client, db, url, heading
):
    response = client.get(url)

    html = response.content.decode()
    assert response.status_code == 400
    assert f"<h1>{heading}</h1>" in html
    assert 'href="/insatser/"' in html or 'href="/en/insatser/"' in html
