"""The measures endpoint is /insatser/ in JSON (issue 12): for the same parameters, good and
bad, it answers with the same measures in the same order on the same page, or the same 404.

The parameter sets come from a seeded generator over the list's real parameters: known slugs,
unknown ones, malformed ages, flags and sorts, long and empty texts, repeated values, page
numbers past the end and not numbers at all.
"""

import random
from urllib.parse import urlencode

import pytest

from measures.models import Measure, Project
from tests.factories import MeasureFactory

COMBINATIONS = 120
WORDS = ["Arbetsträning", "Praktik", "Språkcafé", "Verkstad", "Ökad hälsa", "Åkeri", "Café"]
PROJECTS = ["testprojekt-a", "testprojekt-b"]


@pytest.fixture
def catalogue(db, terms, osby, hassleholm, kristianstad):
    rng = random.Random(12)
    projects = [
        Project.objects.create(name=f"Projekt {slug}", slug=slug, owner="Osby kommun")
        for slug in PROJECTS
    ]
    for number in range(45):
        low = rng.choice([None, 16, 18, 25])
        high = rng.choice([None, 19, 29, 64])
        if low and high and high < low:
            low, high = high, low
        MeasureFactory(
            title=f"{rng.choice(WORDS)} {rng.choice(WORDS).lower()} {number}",
            municipality=rng.choice([osby, hassleholm, kristianstad]),
            measure_type=rng.choice(list(terms["typ"].values())),
            categories=rng.sample(list(terms["kategori"].values()), rng.randint(1, 3)),
            target_groups=rng.sample(list(terms["malgrupp"].values()), rng.randint(0, 3)),
            needs=rng.sample(list(terms["behov"].values()), rng.randint(0, 3)),
            languages=rng.sample(list(terms["sprak"].values()), rng.randint(0, 2)),
            min_age=low,
            max_age=high,
            format=rng.choice(Measure.Format.values),
            places_available=rng.choice([None, 0, 2]),
            open_to_others=rng.choice(Measure.Openness.values),
            project=rng.choice([None, *projects]),
            status=rng.choice([Measure.Status.PUBLISHED] * 5 + [Measure.Status.DRAFT]),
        )
    return terms


def combinations(terms, count, seed=2026):
    """`count` lists of (parameter, value) pairs as a visitor's URL might hold them."""
    rng = random.Random(seed)
    slugs = {
        param: list(terms[param]) for param in ["kategori", "typ", "malgrupp", "behov", "sprak"]
    }
    slugs["kommun"] = ["osby", "hassleholm", "kristianstad", "bromolla"]
    slugs["format"] = list(Measure.Format.values)
    slugs["projekt"] = PROJECTS
    bad_slugs = ["finns-inte", "OSBY", "", "  ", "x" * 150, "'; drop table", "å"]
    generators = {
        "q": lambda: rng.choice(
            ["praktik", "arbetstraning", "språk", "cafe", "xyzzy", "", " ", "a" * 250, "verkstad"]
        ),
        "alder": lambda: rng.choice(["17", "25", "40", "0", "120", "121", "-3", "tjugo", "2.5"]),
        "oppen_for_andra": lambda: rng.choice(["1", "0", "ja", "kanske"]),
        "ledig_plats": lambda: rng.choice(["1", "true", "nej", "2"]),
        "sort": lambda: rng.choice(["relevans", "nyast", "titel", "kommun", "pris", ""]),
        "page": lambda: rng.choice(["1", "1", "2", "3", "0", "abc", "99", "1e3"]),
    }
    for param, known in slugs.items():
        generators[param] = lambda known=known: rng.choice(known * 3 + bad_slugs)
    names = list(generators)
    for _number in range(count):
        pairs = []
        for param in rng.sample(names, rng.randint(0, 5)):
            repeats = rng.choice([1, 1, 1, 2, 3]) if param in slugs or param == "sort" else 1
            pairs += [(param, generators[param]()) for _ in range(repeats)]
        yield pairs


@pytest.fixture
def uncached(settings):
    # The web page's context (its measures) is only there when the page is rendered.
    settings.PORTAL_LIST_CACHE = False


def web_ids(client, query):
    response = client.get(f"/insatser/?{query}")
    if response.status_code != 200:
        return response.status_code, None
    return 200, [measure.pk for measure in response.context["page"].object_list]


def api_ids(client, query):
    response = client.get(f"/api/v1/measures/?{query}")
    if response.status_code != 200:
        return response.status_code, None
    return 200, [measure["id"] for measure in response.json()["results"]]


def test_web_and_api_list_the_same_measures_in_the_same_order(client, catalogue, uncached):
    checked = found_something = 0
    for pairs in combinations(catalogue, COMBINATIONS):
        query = urlencode(pairs)
        web = web_ids(client, query)
        assert api_ids(client, query) == web, query
        checked += 1
        found_something += bool(web[1])
    assert checked == COMBINATIONS
    # The generator is no use if it only ever finds nothing.
    assert found_something > COMBINATIONS // 3


def test_the_api_names_what_the_page_skips_as_warnings(client, catalogue, uncached):
    query = "kommun=osby&kommun=lund&alder=tjugo&sort=pris&page=abc"

    page = client.get(f"/insatser/?{query}")
    api = client.get(f"/api/v1/measures/?{query}").json()

    assert api["warnings"] == [str(notice) for notice in page.context["notices"]]
    assert any("lund" in warning for warning in api["warnings"])
    assert any("abc" in warning for warning in api["warnings"])
    assert api["page"] == 1
    assert {measure["municipality"]["slug"] for measure in api["results"]} == {"osby"}


def test_the_api_pages_through_every_measure_once_in_the_pages_order(client, catalogue, uncached):
    everything = Measure.objects.public().count()
    seen = []
    url = "/api/v1/measures/?sort=titel&page_size=7"
    while url:
        body = client.get(url).json()
        assert body["count"] == everything
        seen += [measure["id"] for measure in body["results"]]
        url = body["next"]
    titles = client.get("/api/v1/measures/?sort=titel&page_size=100").json()["results"]

    assert seen == [measure["id"] for measure in titles]
    assert len(set(seen)) == everything


def test_page_size_is_capped_and_a_malformed_one_is_the_default(client, catalogue):
    capped = client.get("/api/v1/measures/?page_size=5000").json()
    malformed = client.get("/api/v1/measures/?page_size=many").json()

    assert capped["page_size"] == 100
    assert "100" in capped["warnings"][0]
    assert malformed["page_size"] == 20
    assert len(malformed["results"]) == 20
    assert "many" in malformed["warnings"][0]


def test_a_page_past_the_end_is_404_as_on_the_page(client, catalogue):
    assert client.get("/api/v1/measures/?page=999").status_code == 404
    assert client.get("/insatser/?page=999").status_code == 404
