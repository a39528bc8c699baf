"""The catalogue index is patched from the change log, and a patched index is exactly a fresh one.

Every change used to make each process reread the whole catalogue (1.7 s at 100 000 measures)
and rebuild the word index for free text (4 s); now a process reads only the measures the
change log names (measures/catalogue.py, measures/search.py).
"""

import dataclasses
import datetime
import functools
import random

import numpy as np
import pytest
from django.http import QueryDict
from django.utils import timezone

from measures import catalogue, search
from measures.catalogue import build_index, catalogue_key, get_index
from measures.facets import index_result, touches
from measures.filters import MeasureFilter, Vocabulary
from measures.models import CatalogueChange, CatalogueState, Measure
from measures.search import text_index
from tests.factories import MeasureFactory

# Titles at the edges of the Swedish order: å ä ö after z, case, digits one by one, accents,
# punctuation and equal titles.
TITLES = [
    "Öppen verkstad",
    "öppen verkstad",
    "Åter till arbete",
    "Ärlig start",
    "Zon 9",
    "Zon 10",
    "zon 1",
    "Arbetsträning",
    "arbetsträning",
    "Éclair-bageriet",
    "Eclair bageriet",
    "Yrkessvenska",
    "Übung",
    "Vägledning",
    "Wärdshus",
    "Kök & café",
    "Kök – café",
    "10 veckor",
    "9 veckor",
]
WORDS = [
    "svenska",
    "praktik",
    "yrkespraktiken",
    "körkortsteori",
    "kök",
    "café",
    "cafe",
    "arbetsträning",
    "studier",
    "Hälsa",
    "hälsa",
    "kursen",
    "kurser",
    "trädgård",
    "lager",
]
SEARCHES = [
    "svenska",
    "praktik",
    "körkort",
    "kurs",
    "praktk",
    "svneska",
    "kok cafe",
    "halsa studier",
    "internship",
    "work training",
    "arbetstraning",
    "zon",
    "öppen",
    "trädgårdsarbete",
]


def text(rng, words=4):
    return " ".join(rng.choice(WORDS) for _ in range(words))


def assert_same_index(patched, fresh):
    """Every column, term list, order and rank of the two indexes is the same."""
    assert patched.ids.tolist() == fresh.ids.tolist()
    for param, (terms, codes) in fresh.codes.items():
        assert patched.codes[param][0].tolist() == terms.tolist(), param
        assert patched.codes[param][1].tolist() == codes.tolist(), param
    for param, (terms, matrix) in fresh.matrices.items():
        assert patched.matrices[param][0].tolist() == terms.tolist(), param
        assert np.array_equal(patched.matrices[param][1], matrix), param
    for column in ("min_age", "max_age", "open_to_others", "free_places", "published"):
        assert getattr(patched, column).tolist() == getattr(fresh, column).tolist(), column
    assert patched.titles.tolist() == fresh.titles.tolist()
    for sort, order in fresh.orders.items():
        assert patched.orders[sort].tolist() == order.tolist(), sort
    assert patched.title_rank.tolist() == fresh.title_rank.tolist()
    assert patched.stamps.tolist() == fresh.stamps.tolist()


def same_list_content(one, other) -> bool:
    """Whether two indexes hold the same columns, terms and orders (the stamps aside)."""
    try:
        assert_same_index(one, dataclasses.replace(other, stamps=one.stamps))
    except AssertionError:
        return False
    return True


def ranked(index, hits) -> list[int]:
    """The ids of search hits in the list's order by relevance."""
    found = np.zeros(index.size, dtype=bool)
    found[hits.positions] = True
    relevance = np.zeros(index.size)
    relevance[hits.positions] = hits.relevance
    return index.ids[index.ordered("relevans", found, relevance)].tolist()


def assert_same_counts_and_searches(patched, fresh, rng):
    """The same facet counts (all measures, and under a random filter) and the same search
    results, relevance and "Menade du" suggestions."""
    everything = np.ones(fresh.size, dtype=bool)
    some = np.asarray([rng.random() < 0.5 for _ in range(fresh.size)], dtype=bool)
    for param in [*fresh.codes, *fresh.matrices]:
        for mask in (everything, some):
            assert patched.count_by(param, mask) == fresh.count_by(param, mask), param
    assert np.array_equal(patched.age_mask(20), fresh.age_mask(20))
    for query in SEARCHES:
        ours, theirs = text_index(patched).search(query), text_index(fresh).search(query)
        assert patched.ids[ours.positions].tolist() == fresh.ids[theirs.positions].tolist(), query
        assert ours.relevance.tolist() == theirs.relevance.tolist(), query
        assert ranked(patched, ours) == ranked(fresh, theirs), query
    for query in ("svneska kök", "praktk cafe", "workk training"):
        assert text_index(patched).suggest(query, within=everything) == text_index(fresh).suggest(
            query, within=np.ones(fresh.size, dtype=bool)
        ), query


@pytest.fixture
def builds(monkeypatch):
    """Every full build of the catalogue index, counted."""
    counted = []
    real = catalogue.build_index

    def counting(key):
        counted.append(key)
        return real(key)

    monkeypatch.setattr(catalogue, "build_index", counting)
    return counted


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """A block whose changes count as committed: the change log is written at its end."""
    return functools.partial(django_capture_on_commit_callbacks, execute=True)


def random_edit(rng, terms, municipalities, measures, committed):
    """One random change, as an editor would make it; returns what it did."""
    kinds = list(terms["typ"].values())
    categories = list(terms["kategori"].values())
    groups = list(terms["malgrupp"].values())
    languages = list(terms["sprak"].values())
    today = timezone.localdate()
    live = [m for m in measures if Measure.objects.filter(pk=m.pk).exists()]
    action = rng.choice(
        ["create"] * 3
        + ["title", "type", "categories", "places", "age", "texts", "unpublish", "publish"] * 2
        + ["delete", "visible_later", "visible_ended", "visible_again", "municipality", "many"]
    )
    if not live:
        action = "create"
    with committed():
        if action == "create":
            measure = MeasureFactory(
                title=rng.choice(TITLES),
                summary=text(rng),
                description=text(rng, 8),
                municipality=rng.choice(municipalities),
                measure_type=rng.choice(kinds),
                categories=rng.sample(categories, rng.randint(1, 2)),
                target_groups=rng.sample(groups, rng.randint(0, 2)),
                languages=rng.sample(languages, rng.randint(0, 2)),
                places_available=rng.choice([None, 0, 3]),
                status=rng.choice([Measure.Status.PUBLISHED] * 3 + [Measure.Status.DRAFT]),
            )
            measures.append(measure)
            return action
        measure = Measure.objects.get(pk=rng.choice(live).pk)
        if action == "title":
            measure.title = rng.choice(TITLES)
        elif action == "type":
            measure.measure_type = rng.choice(kinds)
        elif action == "categories":
            measure.categories.set(rng.sample(categories, rng.randint(1, 3)))
            measure.target_groups.set(rng.sample(groups, rng.randint(0, 3)))
            return action
        elif action == "places":
            measure.places_available = rng.choice([None, 0, 2])
            measure.open_to_others = rng.choice(Measure.Openness.values)
            measure.format = rng.choice(Measure.Format.values)
        elif action == "age":
            low = rng.choice([None, 16, 18, 25])
            measure.min_age, measure.max_age = low, rng.choice([None, 30, 64])
        elif action == "texts":
            measure.summary, measure.description = text(rng), text(rng, 8)
            measure.summary_en = rng.choice(["", "Work training in a kitchen"])
        elif action == "unpublish":
            measure.status = rng.choice([Measure.Status.DRAFT, Measure.Status.ARCHIVED])
        elif action == "publish":
            measure.status = Measure.Status.PUBLISHED
        elif action == "delete":
            measure.delete()
            return action
        elif action == "visible_later":
            measure.visible_from = today + datetime.timedelta(days=3)
            measure.visible_until = None
        elif action == "visible_ended":
            measure.visible_from = None
            measure.visible_until = today - datetime.timedelta(days=1)
        elif action == "visible_again":
            measure.visible_from, measure.visible_until = today, None
        elif action == "municipality":
            measure.municipality = rng.choice(municipalities)
            measure.unit = measure.municipality.units.first()
        elif action == "many":  # one transaction, several measures: one change
            for other in rng.sample(live, min(3, len(live))):
                other = Measure.objects.get(pk=other.pk)
                other.title = rng.choice(TITLES)
                other.save()
        measure.save()
    return action


@pytest.fixture
def municipalities(osby, hassleholm, kristianstad):
    from tests.factories import UnitFactory

    for municipality in (osby, hassleholm, kristianstad):
        if not municipality.units.exists():
            UnitFactory(municipality=municipality)
    return [osby, hassleholm, kristianstad]


# The second run merges the word index's delta into its base after every change.
@pytest.mark.parametrize(("seed", "compact"), [(1, search.COMPACT), (2, 0)])
def test_a_patched_index_is_exactly_a_fresh_build_after_every_random_edit(
    db, terms, municipalities, builds, committed, monkeypatch, seed, compact
):
    monkeypatch.setattr(search, "COMPACT", compact)
    rng = random.Random(seed)
    measures = []
    for _ in range(12):
        random_edit(rng, terms, municipalities, measures, committed)
    index = get_index(catalogue_key())
    text_index(index)  # the word index exists, so it is patched along
    assert len(builds) == 1

    done = []
    kept_content = set()
    for _step in range(30):
        before = index
        done.append(random_edit(rng, terms, municipalities, measures, committed))
        key = catalogue_key()
        index = patched = get_index(key)
        assert patched.key == key
        assert patched.words is not None, "the word index was patched along, not dropped"
        assert len(builds) == 1, f"a full build after {done[-1]}"
        fresh = build_index(key)
        assert_same_index(patched, fresh)
        assert_same_counts_and_searches(patched, fresh, rng)
        # The content key is the same however the index was made, and moves exactly when
        # what lists show has changed.
        assert patched.content == fresh.content
        assert patched.row_hashes.tolist() == fresh.row_hashes.tolist()
        if same_list_content(before, fresh):
            assert patched.content == before.content, done[-1]
            kept_content.add(done[-1])
        else:
            assert patched.content != before.content, done[-1]
    # The sequence touched every kind of change, some of which changed no list.
    assert {"create", "title", "unpublish", "publish", "texts"} <= set(done)
    assert "texts" in kept_content


def test_a_measure_save_patches_and_a_taxonomy_change_rebuilds(db, terms, builds, committed):
    with committed():
        first = MeasureFactory(title="Före")
    index = get_index(catalogue_key())
    assert len(builds) == 1

    with committed():
        first.title = "Efter"
        first.save()
    with committed():
        MeasureFactory(title="Ny insats")
    patched = get_index(catalogue_key())
    assert len(builds) == 1  # the saves were patched in
    assert sorted(patched.titles.tolist()) == ["Efter", "Ny insats"]
    assert patched is not index and index.titles.tolist() == ["Före"]  # the old one untouched

    with committed():
        terms["kategori"]["social"].save()
    get_index(catalogue_key())
    assert len(builds) == 2  # a term's change is read whole


def test_an_index_too_far_behind_or_from_another_history_is_rebuilt(
    db, builds, committed, monkeypatch
):
    with committed():
        measure = MeasureFactory(title="Första")
    get_index(catalogue_key())
    monkeypatch.setattr(catalogue, "PATCH_MIN", 2)
    with committed():
        for number in range(3):
            MeasureFactory(title=f"Import {number}")
    get_index(catalogue_key())
    assert len(builds) == 2  # three measures in one import: more than the limit

    # The log no longer reaches back to the index (pruned): rebuilt.
    with committed():
        measure.save()
    CatalogueChange.objects.filter(number__lt=CatalogueState.current()[1]).delete()
    get_index(catalogue_key())
    assert len(builds) == 3

    # The database was replaced (another history with the same count): rebuilt.
    index = get_index(catalogue_key())
    (_version, counter), date = index.key
    CatalogueState.objects.filter(pk=1).update(version=12345)
    CatalogueChange.objects.filter(number=counter).update(version=12345)
    get_index(catalogue_key())
    assert len(builds) == 4


@pytest.mark.django_db(transaction=True)
def test_another_process_sees_a_saved_change_on_its_next_request(osby, builds):
    """Two processes, each with its own index (simulated by swapping the module's index): a
    save through one is in the other's next list, patched in from the change log."""
    MeasureFactory(municipality=osby, title="Befintlig", summary="Om svenska")
    other_process = get_index(catalogue_key())
    text_index(other_process)
    catalogue._current = None
    this_process = get_index(catalogue_key())
    assert len(builds) == 2

    measure = MeasureFactory(municipality=osby, title="Alldeles ny", summary="Om trädgård")
    measure.title = "Alldeles ny, ändrad"
    measure.save()  # autocommit: each save is one change in the log
    assert get_index(catalogue_key()).size == this_process.size + 1

    catalogue._current = other_process  # the other process's next request
    seen = get_index(catalogue_key())
    assert len(builds) == 2  # neither process read the whole catalogue again
    assert "Alldeles ny, ändrad" in seen.titles.tolist()
    found = text_index(seen).search("trädgård")
    assert seen.ids[found.positions].tolist() == [measure.pk]
    assert_same_index(seen, build_index(catalogue_key()))


def test_a_request_that_read_an_older_key_keeps_the_newer_index(db, builds, committed):
    """Another thread moved the index on after this request read the key: no step back."""
    with committed():
        measure = MeasureFactory(title="Först")
    older = catalogue_key()
    get_index(older)
    with committed():
        measure.title = "Sedan"
        measure.save()
    newer = get_index(catalogue_key())

    assert get_index(older) is newer
    assert len(builds) == 1


def random_list(rng, terms, municipalities) -> QueryDict:
    """The parameters of a list with one to three random filters, as a visitor might set them."""
    params = QueryDict(mutable=True)
    choices = {
        "kommun": [m.slug for m in municipalities],
        "typ": list(terms["typ"]),
        "kategori": list(terms["kategori"]),
        "malgrupp": list(terms["malgrupp"]),
        "sprak": list(terms["sprak"]),
        "format": Measure.Format.values,
        "alder": ["17", "20", "40", "66"],
        "oppen_for_andra": ["1"],
        "ledig_plats": ["1"],
    }
    for param in rng.sample(sorted(choices), rng.randint(1, 3)):
        single = param in ("alder", "oppen_for_andra", "ledig_plats")
        values = rng.sample(choices[param], 1 if single else rng.randint(1, 2))
        params.setlist(param, values)
    return params


def test_a_list_no_changed_measure_touches_has_the_same_result_after(
    db, terms, municipalities, committed
):
    """What lets a cached list page outlive a change (listing.ListPages): whenever the changed
    rows (before and after) do not touch a list, its result, counts and order are the same."""
    rng = random.Random(3)
    measures = []
    for _ in range(14):
        random_edit(rng, terms, municipalities, measures, committed)
    lists = [random_list(rng, terms, municipalities) for _ in range(40)]
    vocabulary = Vocabulary.load()

    def result(params, index):
        return index_result(MeasureFilter(params, vocabulary=vocabulary), index)

    index = get_index(catalogue_key())
    outcomes = []
    for _step in range(30):
        before = index
        random_edit(rng, terms, municipalities, measures, committed)
        index = get_index(catalogue_key())
        changed = index.changed_since(before.content)
        assert changed is not None, "a patch records the rows it changed"
        for params in lists:
            filterset = MeasureFilter(params, vocabulary=vocabulary)
            if any(touches(filterset, rows) for rows in changed):
                outcomes.append("touched")
                continue
            outcomes.append("kept")
            assert result(params, index) == result(params, before), params.urlencode()
    assert {"touched", "kept"} <= set(outcomes)


def test_the_changes_chain_back_only_as_far_as_this_index_saw(db, terms, municipalities, committed):
    rng = random.Random(4)
    measures = []
    for _ in range(6):
        random_edit(rng, terms, municipalities, measures, committed)
    first = get_index(catalogue_key())
    seen = [first.content]
    for _ in range(8):
        random_edit(rng, terms, municipalities, measures, committed)
        seen.append(get_index(catalogue_key()).content)
    index = get_index(catalogue_key())
    assert index.changed_since(index.content) == []
    assert index.changed_since(first.content) is not None
    assert index.changed_since(("not", "seen")) is None
    # A fresh build knows no history.
    assert build_index(catalogue_key()).changed_since(first.content) in (None, [])
