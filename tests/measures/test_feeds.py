"""Atom feeds of new and changed measures: /insatser/feed/ (with the list's filters) and
/kommuner/<slug>/feed/, in Swedish and English, public fields only."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from measures.models import Measure
from tests.factories import MeasureFactory, ProjectFactory
from tests.measures.test_internal_details import INTERNAL, LEAKS

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

pytestmark = pytest.mark.django_db


def feed(client, url, data=None):
    response = client.get(url, data or {})
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)


def entry_paths(root):
    """The measure addresses of the entries, in feed order (without the scheme and host)."""
    return [
        entry.find(f"{ATOM}link").get("href").removeprefix("http://testserver")
        for entry in root.iter(f"{ATOM}entry")
    ]


def changed(measure, minutes_ago):
    """Give the measure a change time (auto_now would make them all 'now')."""
    when = timezone.now() - datetime.timedelta(minutes=minutes_ago)
    Measure.objects.filter(pk=measure.pk).update(updated_at=when)
    measure.refresh_from_db()
    return measure


def list_ids(client, data):
    """The ids the public list shows for `data`, in the list's order."""
    response = client.get("/insatser/", data)
    assert response.status_code == 200
    return list(response.context["page"].paginator.object_list.ids)


def test_the_feed_is_atom_with_the_newest_change_first(client):
    old = changed(MeasureFactory(title="Gammal praktik"), 300)
    new = changed(MeasureFactory(title="Ny praktik"), 5)
    middle = changed(MeasureFactory(title="Mellan praktik"), 60)

    root = feed(client, "/insatser/feed/")

    assert root.tag == f"{ATOM}feed"
    assert root.get(XML_LANG) == "sv"
    assert root.find(f"{ATOM}title").text == "Nya och ändrade insatser – Portalen"
    assert entry_paths(root) == [m.get_absolute_url() for m in (new, middle, old)]
    first = next(root.iter(f"{ATOM}entry"))
    assert first.find(f"{ATOM}title").text == "Ny praktik"
    assert first.find(f"{ATOM}updated").text.startswith(new.updated_at.date().isoformat())
    assert first.find(f"{ATOM}summary").text == new.summary
    assert (
        "Ny praktik" in {e.find(f"{ATOM}title").text for e in root.iter(f"{ATOM}entry")}
        and root.find(f"{ATOM}author/{ATOM}name").text == "Portalen"
    )


def test_the_feed_holds_at_most_fifty_entries(client, terms):
    for number in range(52):
        MeasureFactory(title=f"Insats nummer {number}")

    root = feed(client, "/insatser/feed/")

    assert len(entry_paths(root)) == 50


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"kommun": "osby"},
        {"kommun": ["osby", "hassleholm"], "kategori": "jobbinriktad"},
        {"typ": "praktik"},
        {"malgrupp": "unga-16-29"},
        {"alder": "30"},
        {"oppen_for_andra": "1", "ledig_plats": "1"},
        {"q": "Returbutiken"},
        {"projekt": "testprojekt-feed"},
        {"format": "digitalt", "sort": "titel"},
    ],
)
def test_the_feed_holds_exactly_the_measures_the_list_shows(client, terms, hassleholm, data):
    project = ProjectFactory(slug="testprojekt-feed")
    shapes = [
        {"title": "Returbutiken Osby", "places_available": 2, "open_to_others": "ja"},
        {"title": "Studiecirkel", "measure_type": terms["typ"]["praktik"]},
        {
            "title": "Unga i jobb",
            "target_groups": [terms["malgrupp"]["unga-16-29"]],
            "min_age": 16,
            "max_age": 24,
        },
        {"title": "Vuxenpraktik", "min_age": 25, "max_age": 64, "open_to_others": "nej"},
        {"title": "Digital vägledning", "format": "digitalt", "project": project},
        {
            "title": "Returbutiken Hässleholm",
            "municipality": hassleholm,
            "categories": [terms["kategori"]["jobbinriktad"]],
        },
        {
            "title": "Stöd i Hässleholm",
            "municipality": hassleholm,
            "places_available": 0,
            "categories": [terms["kategori"]["social"]],
        },
    ]
    for minutes, shape in enumerate(shapes):
        changed(MeasureFactory(**shape), minutes * 10)

    expected = list_ids(client, data)
    assert expected
    root = feed(client, "/insatser/feed/", data)

    by_path = {m.get_absolute_url(): m.pk for m in Measure.objects.all()}
    in_feed = [by_path[path] for path in entry_paths(root)]
    assert sorted(in_feed) == sorted(expected)
    newest_first = Measure.objects.filter(pk__in=expected).order_by("-updated_at", "-pk")
    assert in_feed == [m.pk for m in newest_first]


def test_the_feed_leaves_out_drafts_archived_and_measures_outside_their_window(client):
    today = timezone.localdate()
    MeasureFactory(title="Synlig insats")
    MeasureFactory(title="Utkastet", status=Measure.Status.DRAFT)
    MeasureFactory(title="Arkiverad insats", status=Measure.Status.ARCHIVED)
    MeasureFactory(title="Kommande insats", visible_from=today + datetime.timedelta(days=3))
    MeasureFactory(title="Utgången insats", visible_until=today - datetime.timedelta(days=1))

    for url in ["/insatser/feed/", "/kommuner/osby/feed/", "/en/insatser/feed/"]:
        root = feed(client, url)
        titles = [e.find(f"{ATOM}title").text for e in root.iter(f"{ATOM}entry")]
        assert titles == ["Synlig insats"], url


def test_no_internal_field_reaches_a_feed(client, editor_client):
    MeasureFactory(title="Insats med interna uppgifter", **INTERNAL)

    for url in ["/insatser/feed/", "/kommuner/osby/feed/", "/en/insatser/feed/"]:
        # Logged in or not: a feed is public whoever fetches it.
        for who in (client, editor_client):
            content = who.get(url).content.decode()
            assert "Insats med interna uppgifter" in content
            for leak in [*LEAKS, "2026-03-09"]:
                assert leak not in content, (url, leak)


def test_a_municipalitys_feed_holds_its_measures_only(client, hassleholm):
    osby_measure = MeasureFactory(title="Osbys insats")
    MeasureFactory(title="Hässleholms insats", municipality=hassleholm)

    root = feed(client, "/kommuner/osby/feed/")

    assert root.find(f"{ATOM}title").text == "Nya och ändrade insatser i Osby – Portalen"
    assert entry_paths(root) == [osby_measure.get_absolute_url()]
    assert root.find(f"{ATOM}link[@rel='alternate']").get("href").endswith("/kommuner/osby/")


def test_the_english_feed_has_english_labels_and_addresses(client, terms):
    measure = MeasureFactory(
        title="Praktik på kaféet", summary="Svensk sammanfattning.", summary_en="In English."
    )

    root = feed(client, "/en/insatser/feed/", {"kommun": "osby"})

    assert root.get(XML_LANG) == "en"
    assert (
        root.find(f"{ATOM}title").text == "New and changed measures: Municipality: Osby – Portalen"
    )
    assert entry_paths(root) == [f"/en/insatser/{measure.slug}/"]
    entry = next(root.iter(f"{ATOM}entry"))
    assert entry.find(f"{ATOM}summary").text == "In English."
    categories = {c.get("term") for c in entry.iter(f"{ATOM}category")}
    assert terms["typ"]["arbetstraning"].name_en in categories
    english = feed(client, "/en/kommuner/osby/feed/")
    assert english.find(f"{ATOM}title").text == "New and changed measures in Osby – Portalen"


def test_a_title_with_markup_is_text_in_the_feed(client):
    hostile = '</title><script>alert("x")</script> & <b>fet</b>'
    MeasureFactory(title=hostile, summary="<img src=x onerror=alert(1)>")

    root = feed(client, "/insatser/feed/")

    entry = next(root.iter(f"{ATOM}entry"))
    assert entry.find(f"{ATOM}title").text == hostile
    # The summary is HTML in Atom: the editor's text arrives escaped, shown as written.
    assert entry.find(f"{ATOM}summary").get("type") == "html"
    assert entry.find(f"{ATOM}summary").text == "&lt;img src=x onerror=alert(1)&gt;"


@pytest.mark.parametrize(
    "query",
    [
        "kommun=ingenstans",
        "kategori=finns-inte",
        "alder=gammal",
        "alder=500",
        "ledig_plats=kanske",
        "sort=slumpvis",
        "q=" + "x" * 300,
        "kommun=osby%00",
    ],
)
def test_a_bad_parameter_is_refused_with_400_and_says_why(client, query):
    MeasureFactory()

    response = client.get(f"/insatser/feed/?{query}")

    assert response.status_code == 400
    if "%00" not in query:
        assert response["Content-Type"].startswith("text/plain")
        assert response.content.decode().strip()


def test_an_unknown_municipality_has_no_feed(client):
    assert client.get("/kommuner/ingenstans/feed/").status_code == 404
    assert client.get("/en/kommuner/ingenstans/feed/").status_code == 404


def test_paging_and_sorting_do_not_change_the_feed(client):
    MeasureFactory()
    plain = client.get("/insatser/feed/").content
    assert client.get("/insatser/feed/?page=3&sort=nyast").content == plain


# The feed of the list (cache off) in a process that has its catalogue index: 1 catalogue
# version, 1 page of entries with municipality, unit and type, 1 their categories, and with a
# filter on a many-to-many facet no more (a subquery of the same statement). The filter's
# options (7 lists, 300 municipalities in the bench) are read once per index, not per request.
FEED_QUERIES = 3


@pytest.mark.parametrize("count", [3, 30])
def test_the_feed_runs_a_fixed_number_of_queries(
    client, settings, terms, count, django_assert_num_queries
):
    settings.PORTAL_LIST_CACHE = False
    categories = list(terms["kategori"].values())
    for number in range(count):
        MeasureFactory(categories=categories[: 1 + number % 4])

    feed(client, "/insatser/feed/")  # this process's index, and with it the options
    with django_assert_num_queries(FEED_QUERIES):
        root = feed(client, "/insatser/feed/", {"kategori": "jobbinriktad"})
    assert len(entry_paths(root)) == count
    # One municipality: the municipality, its entries and their categories.
    with django_assert_num_queries(3):
        feed(client, "/kommuner/osby/feed/")


def test_the_pages_name_their_feed_in_the_head_and_link_to_it(client):
    MeasureFactory()

    for url, feed_url in [
        ("/", "/insatser/feed/"),
        ("/insatser/?kommun=osby&kommun=ingenstans&sort=titel", "/insatser/feed/?kommun=osby"),
        ("/kommuner/osby/", "/kommuner/osby/feed/"),
        ("/en/", "/en/insatser/feed/"),
        ("/en/kommuner/osby/", "/en/kommuner/osby/feed/"),
    ]:
        content = client.get(url).content.decode()
        head = content.split("</head>")[0]
        assert 'type="application/atom+xml"' in head, url
        assert f'href="{feed_url}"' in head, url
        body = content.split("</head>")[1]
        assert f'href="{feed_url}" type="application/atom+xml"' in body, url


def test_a_measure_titled_feed_still_has_a_page_of_its_own(client):
    measure = MeasureFactory(title="Feed")

    assert measure.slug == "feed-2"
    assert client.get(measure.get_absolute_url()).status_code == 200
