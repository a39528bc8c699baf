"""The in-memory catalogue index gives exactly what the database would, and follows every change."""

import functools
import itertools
import random

import pytest
from django.http import QueryDict

from measures.catalogue import catalogue_key, get_index
from measures.facets import index_result
from measures.filters import MeasureFilter
from measures.models import CatalogueState, Measure
from tests.factories import MeasureFactory


@pytest.fixture
def varied_catalogue(db, terms, osby, hassleholm, kristianstad):
    rng = random.Random(7)
    municipalities = [osby, hassleholm, kristianstad]
    kinds = list(terms["typ"].values())
    for number in range(40):
        low = rng.choice([None, 16, 18, 25])
        high = rng.choice([None, 19, 29, 64])
        if low and high and high < low:
            low, high = high, low
        MeasureFactory(
            title=rng.choice(["Ö", "Å", "A", "Z", "Ä", "B"]) + f"insats {number}",
            municipality=rng.choice(municipalities),
            measure_type=rng.choice(kinds),
            categories=rng.sample(list(terms["kategori"].values()), rng.randint(1, 3)),
            target_groups=rng.sample(list(terms["malgrupp"].values()), rng.randint(0, 3)),
            needs=rng.sample(list(terms["behov"].values()), rng.randint(0, 3)),
            languages=rng.sample(list(terms["sprak"].values()), rng.randint(0, 2)),
            min_age=low,
            max_age=high,
            format=rng.choice(Measure.Format.values),
            places_available=rng.choice([None, 0, 2]),
            open_to_others=rng.choice(Measure.Openness.values),
            status=rng.choice([Measure.Status.PUBLISHED] * 4 + [Measure.Status.DRAFT]),
        )


QUERIES = [
    "",
    "kommun=osby",
    "kommun=osby&kommun=hassleholm&kategori=social",
    "kategori=halsorelaterad&malgrupp=nyanlanda&alder=20",
    "typ=praktik&typ=arbetstraning&ledig_plats=1",
    "behov=svenska&sprak=ar&oppen_for_andra=1",
    "format=digitalt&format=blandat&alder=17",
    "sort=titel",
    "sort=kommun&kategori=jobbinriktad",
    "sort=nyast&kommun=kristianstad",
    "q=insats&sort=relevans",
    "q=insats&kommun=osby&sort=titel",
]


@pytest.mark.parametrize("query", QUERIES)
def test_index_gives_the_same_measures_in_the_same_order_as_the_database(varied_catalogue, query):
    filterset = MeasureFilter(QueryDict(query), queryset=Measure.objects.public())
    from_database = list(filterset.qs.values_list("pk", flat=True))

    result = index_result(filterset, get_index(catalogue_key()))

    assert result.ids == from_database


@pytest.mark.parametrize("query", QUERIES)
def test_index_facet_counts_equal_counting_in_the_database(varied_catalogue, query):
    filterset = MeasureFilter(QueryDict(query), queryset=Measure.objects.public())
    result = index_result(filterset, get_index(catalogue_key()))

    for facet in result.facets:
        for option in facet.options:
            others = QueryDict(query, mutable=True)
            others.setlist(facet.param, [option.value])
            expected = MeasureFilter(others, queryset=Measure.objects.public()).qs.count()
            assert option.count == expected, (facet.param, option.value)
    for flag in result.flags:
        with_flag = QueryDict(query, mutable=True)
        with_flag[flag.value] = "1"
        expected = MeasureFilter(with_flag, queryset=Measure.objects.public()).qs.count()
        assert flag.count == expected, flag.value


def test_every_kind_of_change_gives_a_new_catalogue_version(
    db, terms, django_capture_on_commit_callbacks
):
    # The version moves when the change commits (measures/signals.py): each block is a commit.
    committed = functools.partial(django_capture_on_commit_callbacks, execute=True)
    versions = [CatalogueState.current()]
    with committed():
        measure = MeasureFactory()
    versions.append(CatalogueState.current())
    with committed():
        measure.title = "Ny titel"
        measure.save()
    versions.append(CatalogueState.current())
    with committed():
        measure.categories.add(terms["kategori"]["social"])
    versions.append(CatalogueState.current())
    with committed():
        terms["kategori"]["social"].save()
    versions.append(CatalogueState.current())
    with committed():
        measure.delete()
    versions.append(CatalogueState.current())
    assert all(a != b for a, b in itertools.pairwise(versions))


def test_a_saved_change_shows_at_once_with_the_cache_on(
    client, db, settings, osby, django_capture_on_commit_callbacks
):
    settings.PORTAL_LIST_CACHE = True
    measure = MeasureFactory(municipality=osby, title="Före ändringen", places_available=0)
    first = client.get("/insatser/?kommun=osby&ledig_plats=1")
    assert "Före ändringen" not in first.content.decode()
    assert "0 insatser" in first.content.decode()

    with django_capture_on_commit_callbacks(execute=True):  # the save commits
        measure.title = "Efter ändringen"
        measure.places_available = 3
        measure.save()

    second = client.get("/insatser/?kommun=osby&ledig_plats=1")
    assert "Efter ändringen" in second.content.decode()
    assert "1 insats" in second.content.decode()


def test_a_measure_archived_in_the_dashboard_leaves_the_list_at_once(
    client, db, osby, settings, django_capture_on_commit_callbacks
):
    settings.PORTAL_LIST_CACHE = True
    from tests.factories import member

    measure = MeasureFactory(
        municipality=osby, title="Snart arkiverad", contact_name="A", contact_phone="040-628 04 11"
    )
    assert "Snart arkiverad" in client.get("/insatser/").content.decode()
    editor = client.__class__()
    editor.force_login(member("redaktor", "osby"))
    with django_capture_on_commit_callbacks(execute=True):  # the request's save commits
        editor.post(
            f"/hantera/insatser/{measure.slug}/status/",
            {"status": "arkiverad", "version": measure.version},
        )
    assert "Snart arkiverad" not in client.get("/insatser/").content.decode()


def test_the_index_is_shared_until_the_catalogue_changes(db, django_capture_on_commit_callbacks):
    MeasureFactory()
    key = catalogue_key()
    first = get_index(key)
    assert get_index(catalogue_key()) is first
    with django_capture_on_commit_callbacks(execute=True):
        MeasureFactory()
    assert catalogue_key() != key
    rebuilt = get_index(catalogue_key())
    assert rebuilt is not first
    assert rebuilt.size == first.size + 1


def test_cached_facet_labels_follow_the_visitors_language(client, db, settings, osby):
    settings.PORTAL_LIST_CACHE = True
    MeasureFactory(municipality=osby)
    english = client.get("/en/insatser/").content.decode()
    swedish = client.get("/insatser/").content.decode()
    assert "<summary>Municipality" in english
    assert "<summary>Kommun" in swedish


def test_logged_in_people_never_get_a_page_cached_for_visitors(client, db, settings, osby):
    settings.PORTAL_LIST_CACHE = True
    from tests.factories import member

    MeasureFactory(municipality=osby, title="Med platser", places_available=3)
    anonymous = client.get("/insatser/").content.decode()
    assert "3 lediga platser" not in anonymous
    client.force_login(member("handlaggare", "hassleholm"))
    assert "3 lediga platser" in client.get("/insatser/").content.decode()
