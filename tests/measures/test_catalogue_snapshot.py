"""The catalogue index is built from one snapshot, and survives queries that disagree.

Publishing or unpublishing a measure between the build's queries used to raise IndexError
or ValueError (a 500 on the list page).
"""

import threading

import numpy as np
import pytest
from django.db import connection

from measures.catalogue import build_index
from measures.models import Measure
from tests.factories import MeasureFactory


def change_after_first_query(change):
    """An execute wrapper that runs `change()` once, right after the build's first query."""
    done = []

    def wrapper(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if not done and "measures_measure" in sql:
            done.append(True)
            change()
        return result

    return wrapper, done


def assert_consistent(index):
    """Every column, order and facet of `index` speaks of the same measures."""
    size = index.size
    assert list(index.ids) == sorted(index.ids)
    for order in index.orders.values():
        assert sorted(order.tolist()) == list(range(size))
    assert sorted(index.title_rank.tolist()) == list(range(size))
    for _terms, matrix in index.matrices.values():
        assert matrix.shape[1] == size
    for _terms, codes in index.codes.values():
        assert len(codes) == size


@pytest.fixture
def catalogue(db, osby, terms):
    published = [
        MeasureFactory(municipality=osby, title=f"Insats {n}", categories=[category])
        for n, category in enumerate(terms["kategori"].values())
    ]
    draft = MeasureFactory(
        municipality=osby,
        title="Snart publicerad",
        status=Measure.Status.DRAFT,
        languages=[terms["sprak"]["ar"]],
        **{"contact_name": "Anna", "contact_phone": "040-628 04 11"},
    )
    return published, draft


def publish_unpublish_and_delete(published, draft):
    def change():
        Measure.objects.filter(pk=draft.pk).update(status=Measure.Status.PUBLISHED)
        Measure.objects.filter(pk=published[0].pk).update(status=Measure.Status.DRAFT)
        Measure.objects.filter(pk=published[1].pk).delete()

    return change


def test_a_change_between_the_queries_is_no_error_inside_another_transaction(catalogue):
    """Inside an outer transaction (as in this test) there is no snapshot: the queries see the
    change halfway; the index holds what the first query saw, minus what has gone since."""
    published, draft = catalogue
    wrapper, done = change_after_first_query(publish_unpublish_and_delete(published, draft))

    with connection.execute_wrapper(wrapper):
        index = build_index(((0, 1), "today"))

    assert done
    assert_consistent(index)
    assert index.ids.tolist() == [measure.pk for measure in published]
    # The measure published meanwhile is in none of the facets; the deleted one keeps its
    # title's place (titles are read with the rows).
    _terms, languages = index.matrices["sprak"]
    assert not languages.any()
    assert index.ids[index.orders["titel"]].tolist() == [measure.pk for measure in published]


# SQLite's in-memory test database cannot write beside a reader; one transaction is a snapshot.
@pytest.mark.postgresql
@pytest.mark.django_db(transaction=True)
def test_the_index_is_built_from_one_snapshot(osby, terms):
    """Another editor publishes, unpublishes and deletes while the index is read: the build
    sees none of it (PostgreSQL's REPEATABLE READ), and the next build sees all of it."""
    published = [
        MeasureFactory(municipality=osby, title=f"Insats {n}", categories=[category])
        for n, category in enumerate(terms["kategori"].values())
    ]
    draft = MeasureFactory(
        municipality=osby,
        title="Snart publicerad",
        status=Measure.Status.DRAFT,
        languages=[terms["sprak"]["ar"]],
        contact_name="Anna",
        contact_phone="040-628 04 11",
    )
    before = build_index(((0, 1), "today"))

    def from_another_connection():
        def work():
            try:
                publish_unpublish_and_delete(published, draft)()
            finally:
                connection.close()  # this thread's own connection

        thread = threading.Thread(target=work)
        thread.start()
        thread.join()

    wrapper, done = change_after_first_query(from_another_connection)
    with connection.execute_wrapper(wrapper):
        during = build_index(((0, 2), "today"))
    after = build_index(((0, 3), "today"))

    assert done
    assert_consistent(during)
    assert during.ids.tolist() == before.ids.tolist() == [m.pk for m in published]
    for param, (terms_before, matrix_before) in before.matrices.items():
        terms_during, matrix_during = during.matrices[param]
        assert np.array_equal(terms_before, terms_during)
        assert np.array_equal(matrix_before, matrix_during)
    for name, order in before.orders.items():
        assert np.array_equal(order, during.orders[name])
    expected_after = sorted([m.pk for m in published[2:]] + [draft.pk])
    assert after.ids.tolist() == expected_after
    assert_consistent(after)


@pytest.mark.postgresql  # PostgreSQL's isolation levels
@pytest.mark.django_db(transaction=True)
def test_the_snapshot_is_read_only_and_repeatable_read(osby):
    MeasureFactory(municipality=osby)
    seen = []

    def wrapper(execute, sql, params, many, context):
        result = execute(sql, params, many, context)
        if not seen and "measures_measure" in sql:
            with context["connection"].connection.cursor() as cursor:
                cursor.execute("SHOW transaction_isolation")
                isolation = cursor.fetchone()[0]
                cursor.execute("SHOW transaction_read_only")
                seen.append((isolation, cursor.fetchone()[0]))
        return result

    with connection.execute_wrapper(wrapper):
        build_index(((0, 1), "today"))

    assert seen == [("repeatable read", "on")]
    assert not connection.in_atomic_block
