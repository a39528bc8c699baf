"""Concurrent editors: every write path of a measure claims the version the editor saw.

A write that started from an older version is refused and writes nothing, so no one's work is
silently overwritten (the lost update the quick "free places" form used to make possible).
"""

import threading
import time

import pytest
from django.db import connection, transaction

import measures.models
from measures.models import Measure
from measures.services import EditConflict, measure_copy, measure_update_places
from tests.factories import LocationFactory, MeasureFactory, UnitFactory
from tests.publishing.helpers import measure_form_data

CONTACT = {"contact_name": "Anna Lindqvist", "contact_phone": "040-628 04 11"}
STALE = "Någon annan har ändrat"


def saved_by_someone_else(measure, places=7):
    """Another editor's quick places update, made after this editor's page was shown."""
    current = Measure.objects.get(pk=measure.pk)
    measure_update_places(
        measure=current, places_available=places, expected_version=current.version
    )
    return current


def stored(measure):
    """Everything a write could change: the row, its history, and how many measures exist."""
    row = Measure.objects.filter(pk=measure.pk).values().get()
    return row, measure.history.count(), Measure.objects.count()


def small_form(action, measure):
    """(url, data) of one of the dashboard's small forms for `measure`."""
    base = f"/hantera/insatser/{measure.slug}"
    if action == "restore":
        first = measure.history.order_by("history_date", "history_id").first()
        return f"{base}/historik/{first.history_id}/aterstall/", {}
    return {
        "places": (f"{base}/platser/", {"places_available": "2"}),
        "publish": (f"{base}/status/", {"status": "publicerad"}),
        "archive": (f"{base}/status/", {"status": "arkiverad"}),
        "draft": (f"{base}/status/", {"status": "utkast"}),
        "verify": (f"{base}/bekrafta/", {}),
        "copy": (f"{base}/kopiera/", {}),
    }[action]


ACTIONS = ["places", "publish", "archive", "draft", "verify", "copy", "restore"]


def measure_for(action, osby):
    status = {"publish": Measure.Status.DRAFT, "draft": Measure.Status.ARCHIVED}.get(
        action, Measure.Status.PUBLISHED
    )
    measure = MeasureFactory(municipality=osby, title="Returbutiken", status=status, **CONTACT)
    if action == "restore":
        measure.title = "Returbutiken i Osby"
        measure.save()
    return measure


@pytest.mark.parametrize("action", ACTIONS)
def test_a_small_form_with_the_current_version_writes(editor_client, osby, action):
    measure = measure_for(action, osby)
    before = stored(measure)
    url, data = small_form(action, measure)

    response = editor_client.post(url, {**data, "version": measure.version})

    assert response.status_code == 302
    assert stored(measure) != before


@pytest.mark.parametrize("action", ACTIONS)
def test_a_small_form_from_a_stale_page_is_refused_and_writes_nothing(editor_client, osby, action):
    measure = measure_for(action, osby)
    seen = measure.version
    saved_by_someone_else(measure)
    before = stored(measure)
    url, data = small_form(action, measure)

    response = editor_client.post(url, {**data, "version": seen}, follow=True)

    assert response.status_code == 200
    assert STALE in response.content.decode()
    assert stored(measure) == before


@pytest.mark.parametrize("action", ACTIONS)
def test_a_small_form_without_a_version_is_a_400_and_writes_nothing(editor_client, osby, action):
    measure = measure_for(action, osby)
    before = stored(measure)
    url, data = small_form(action, measure)

    response = editor_client.post(url, data)

    assert response.status_code == 400
    assert "Ladda om den och försök igen" in response.content.decode()
    assert stored(measure) == before


def test_the_dashboard_and_the_measure_page_send_the_version_they_show(editor_client, osby):
    measure = measure_for("places", osby)
    saved_by_someone_else(measure)

    dashboard = editor_client.get("/hantera/").content.decode()
    page = editor_client.get(f"/hantera/insatser/{measure.slug}/andra/").content.decode()
    history = editor_client.get(f"/hantera/insatser/{measure.slug}/historik/").content.decode()

    hidden = '<input type="hidden" name="version" value="2">'
    assert dashboard.count(hidden) == 1  # the places form (the measure is not overdue)
    # Verify, make a draft, archive, copy (the edit form carries its own hidden field).
    assert page.count(hidden) == 4
    assert history.count(hidden) == history.count("Återställ den här versionen")


def test_a_stale_edit_form_after_a_quick_places_update_is_a_conflict_not_a_lost_update(
    editor_client, osby
):
    measure = MeasureFactory(municipality=osby, places_available=1, **CONTACT)
    opened = measure_form_data(measure)  # the edit form as it was opened, version 1
    editor_client.post(
        f"/hantera/insatser/{measure.slug}/platser/",
        {"places_available": "4", "version": measure.version},
    )

    response = editor_client.post(
        f"/hantera/insatser/{measure.slug}/andra/", {**opened, "summary": "Ny text"}
    )

    measure.refresh_from_db()
    assert response.status_code == 409
    assert "Dina ändringar är inte sparade än" in response.content.decode()
    assert measure.places_available == 4
    assert measure.summary != "Ny text"


def test_a_stale_edit_form_is_a_409_and_writes_nothing(editor_client, osby):
    measure = MeasureFactory(municipality=osby, **CONTACT)
    opened = measure_form_data(measure, title="Min titel")
    saved_by_someone_else(measure)
    before = stored(measure)

    response = editor_client.post(f"/hantera/insatser/{measure.slug}/andra/", opened)

    assert response.status_code == 409
    assert stored(measure) == before


def test_a_copy_refuses_a_source_saved_between_its_reads(osby, terms):
    """Read committed: a save that commits while the copy reads must not give a mixture."""
    measure = MeasureFactory(municipality=osby, title="Original", **CONTACT)
    LocationFactory(measure=measure, street_address="Gamla gatan 1")
    saved = []

    def save_while_locations_are_read(execute, sql, params, many, context):
        if "measures_location" in sql and not saved:
            saved.append(True)
            current = Measure.objects.get(pk=measure.pk)
            current.locations.update(street_address="Nya gatan 2")
            measure_update_places(
                measure=current, places_available=3, expected_version=current.version
            )
        return execute(sql, params, many, context)

    with (
        connection.execute_wrapper(save_while_locations_are_read),
        pytest.raises(EditConflict),
    ):
        measure_copy(measure=measure, expected_version=measure.version)

    assert saved
    assert Measure.objects.count() == 1


def test_restoring_an_old_version_never_moves_the_measure_to_another_owner(osby, hassleholm):
    from measures.services import measure_restore

    first_unit = UnitFactory(municipality=osby)
    measure = MeasureFactory(municipality=osby, unit=first_unit, title="Förr", **CONTACT)
    old = measure.history.order_by("-history_date", "-history_id").first()
    # Handed over to Hässleholm (as an administrator may do) and renamed there.
    new_unit = UnitFactory(municipality=hassleholm)
    measure.municipality, measure.unit, measure.title = hassleholm, new_unit, "Nu"
    measure.save()

    measure_restore(measure=measure, record=old, expected_version=measure.version)

    measure.refresh_from_db()
    assert measure.title == "Förr"
    assert (measure.municipality, measure.unit) == (hassleholm, new_unit)
    assert measure.history.first().municipality_id == hassleholm.pk


def test_two_editors_creating_measures_with_the_same_title_at_once_both_succeed(
    editor_client, osby, monkeypatch
):
    """The slug is worked out from the title before the insert; another editor's measure with
    the same title is inserted in between."""
    real_unique_slug = measures.models.unique_slug
    unit = UnitFactory(municipality=osby)
    raced = []

    def other_editor_gets_there_first(model, value, **kwargs):
        slug = real_unique_slug(model, value, **kwargs)
        if not raced:
            raced.append(MeasureFactory(municipality=osby, unit=unit, title=value, slug=slug))
        return slug

    monkeypatch.setattr(measures.models, "unique_slug", other_editor_gets_there_first)
    data = measure_form_data(municipality=osby, title="Samma titel", unit=unit.pk)

    response = editor_client.post("/hantera/insatser/ny/?kommun=osby", data)

    assert response.status_code == 302
    assert raced[0].slug == "samma-titel"
    mine = Measure.objects.exclude(pk=raced[0].pk).get()
    assert (mine.title, mine.slug) == ("Samma titel", "samma-titel-2")
    assert response["Location"] == f"/hantera/insatser/{mine.slug}/andra/"
    assert mine.history.count() == 1


@pytest.mark.postgresql  # SQLite has one writer at a time: the race cannot happen there
@pytest.mark.django_db(transaction=True)
def test_two_threads_creating_the_same_title_at_once_get_two_slugs(osby):
    """On PostgreSQL the second insert waits for the first transaction on the unique index, then
    fails; the save takes the next free slug instead of raising IntegrityError."""
    unit = UnitFactory(municipality=osby)
    first_inserted, let_first_commit = threading.Event(), threading.Event()
    errors = []

    def first_editor():
        try:
            with transaction.atomic():
                MeasureFactory(municipality=osby, unit=unit, title="Samma titel")
                first_inserted.set()
                let_first_commit.wait(timeout=10)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(repr(error))
        finally:
            first_inserted.set()
            connection.close()

    def second_editor():
        try:
            MeasureFactory(municipality=osby, unit=unit, title="Samma titel")
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(repr(error))
        finally:
            connection.close()

    first = threading.Thread(target=first_editor)
    first.start()
    first_inserted.wait(timeout=10)
    second = threading.Thread(target=second_editor)
    second.start()
    waiting_on_a_lock(timeout=10)  # the second insert waits for the first transaction
    let_first_commit.set()
    first.join(timeout=10)
    second.join(timeout=10)

    assert errors == []
    slugs = sorted(Measure.objects.filter(title="Samma titel").values_list("slug", flat=True))
    assert slugs == ["samma-titel", "samma-titel-2"]


def waiting_on_a_lock(timeout):
    """Wait until another session of this database waits for a lock (PostgreSQL)."""
    deadline = time.monotonic() + timeout
    with connection.cursor() as cursor:
        while time.monotonic() < deadline:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock'"
            )
            if cursor.fetchone()[0]:
                return
            time.sleep(0.05)
    raise AssertionError("no session waited for a lock")


def test_an_import_is_refused_when_a_measure_it_changes_was_saved_after_the_check(osby, terms):
    """The confirmation compares versions first; a save that lands after that comparison is
    still caught when the import claims each measure's version, and the whole import stops."""
    from publishing.csv_io import import_measures, plan_import
    from publishing.models import ImportConfirmation

    measure = MeasureFactory(municipality=osby, title="Returbutiken", **CONTACT)
    header = "slug;titel;sammanfattning;enhet;typ;kategorier;lediga_platser\r\n"
    common = f"Kort text;{measure.unit.name};arbetstraning;jobbinriktad"
    text = f"{header}{measure.slug};Returbutiken;{common};5\r\n;Snickeriet;{common};1\r\n"
    plan = plan_import(text, municipality=osby, may_set_status=lambda *args: True)
    assert plan.is_valid, plan.errors
    saved_by_someone_else(measure, places=2)
    before = stored(measure)

    with pytest.raises(EditConflict):
        import_measures(plan=plan, confirmation=ImportConfirmation(nonce="n1", municipality=osby))

    assert stored(measure) == before
    assert not Measure.objects.filter(title="Snickeriet").exists()
    assert not ImportConfirmation.objects.exists()
