"""The catalogue version moves when a change commits, once per transaction, outside its locks.

Bumping the one CatalogueState row inside every writer's transaction made concurrent editors
queue behind each other's row lock, and a 500-row import held everyone up.
"""

import threading

import pytest
from django.db import connection, transaction

from measures.models import CatalogueState, Measure
from measures.services import measure_update_places
from tests.factories import MeasureFactory


@pytest.fixture
def bumps(monkeypatch):
    """Every bump of the catalogue version, counted."""
    counted = []
    real = CatalogueState.bump.__func__

    def counting(cls, *args, **kwargs):
        counted.append(True)
        real(cls, *args, **kwargs)

    monkeypatch.setattr(CatalogueState, "bump", classmethod(counting))
    return counted


@pytest.mark.django_db(transaction=True)
def test_a_save_bumps_the_version_after_commit_not_inside_the_transaction(osby):
    measure = MeasureFactory(municipality=osby)
    before = CatalogueState.current()

    with transaction.atomic():
        measure_update_places(measure=measure, places_available=3, expected_version=1)
        assert CatalogueState.current() == before

    assert CatalogueState.current() != before


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_transaction_bumps_nothing(osby, bumps):
    measure = MeasureFactory(municipality=osby)
    before, bumped = CatalogueState.current(), len(bumps)

    with pytest.raises(RuntimeError), transaction.atomic():
        measure_update_places(measure=measure, places_available=3, expected_version=1)
        raise RuntimeError("the editor's request failed")

    assert CatalogueState.current() == before
    assert len(bumps) == bumped


@pytest.mark.django_db(transaction=True)
def test_a_change_in_a_rolled_back_savepoint_does_not_stop_the_bump_of_the_rest(osby, bumps):
    first, second = MeasureFactory(municipality=osby), MeasureFactory(municipality=osby)
    bumps.clear()

    with transaction.atomic():
        measure_update_places(measure=first, places_available=3, expected_version=1)
        with pytest.raises(RuntimeError), transaction.atomic():
            measure_update_places(measure=second, places_available=4, expected_version=1)
            raise RuntimeError("this part is rolled back")

    assert len(bumps) == 1
    with transaction.atomic():
        with pytest.raises(RuntimeError), transaction.atomic():
            current = Measure.objects.get(pk=second.pk)  # the rolled-back claim is undone
            measure_update_places(measure=current, places_available=5, expected_version=1)
            raise RuntimeError("the only change is rolled back")
    assert len(bumps) == 1


def test_one_transaction_with_many_changes_bumps_once(
    osby, terms, bumps, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        for number in range(20):
            measure = MeasureFactory(municipality=osby, title=f"Import {number}")
            measure.languages.set([terms["sprak"]["ar"]])
            measure.save()

    assert len(bumps) == 1


@pytest.mark.postgresql  # SQLite has one writer at a time for the whole database
@pytest.mark.django_db(transaction=True)
def test_two_editors_saving_at_once_do_not_wait_for_each_other(osby):
    """The row lock of the one CatalogueState row used to make the second save wait until the
    first transaction ended; now only each measure's own row is locked."""
    first, second = MeasureFactory(municipality=osby), MeasureFactory(municipality=osby)
    outcome = []

    def other_editor():
        try:
            with transaction.atomic():
                with connection.cursor() as cursor:
                    cursor.execute("SET LOCAL lock_timeout = '2s'")
                    # Nobody holds the catalogue row while a save is under way.
                    cursor.execute("SELECT version FROM measures_cataloguestate FOR UPDATE NOWAIT")
                current = Measure.objects.get(pk=second.pk)
                measure_update_places(measure=current, places_available=4, expected_version=1)
            outcome.append("saved")
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            outcome.append(repr(error))
        finally:
            connection.close()

    with transaction.atomic():
        measure_update_places(measure=first, places_available=3, expected_version=1)
        thread = threading.Thread(target=other_editor)
        thread.start()
        thread.join(timeout=10)

    assert outcome == ["saved"]
    assert Measure.objects.get(pk=second.pk).places_available == 4
