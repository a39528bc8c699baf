"""Publishing and saving the form count as confirming a measure: never "overdue" a second later."""

import datetime

from django.utils import timezone

from measures.models import Measure
from tests.factories import MeasureFactory
from tests.publishing.helpers import measure_form_data

CONTACT = {"contact_name": "Anna Lindqvist", "contact_phone": "040-628 04 11"}
LONG_AGO = datetime.date(2020, 1, 1)


def test_a_measure_published_a_second_ago_is_not_flagged(editor_client, editor, osby, settings):
    settings.PORTAL_VERIFY_DAYS = 180
    measure = MeasureFactory(
        municipality=osby,
        title="Nyss publicerad",
        status=Measure.Status.DRAFT,
        last_verified=None,
        **CONTACT,
    )

    editor_client.post(
        f"/hantera/insatser/{measure.slug}/status/",
        {"status": "publicerad", "version": measure.version},
    )

    measure.refresh_from_db()
    assert measure.status == Measure.Status.PUBLISHED
    assert measure.last_verified == timezone.localdate()
    assert measure.verified_by == editor
    assert not measure.is_overdue
    overdue_list = editor_client.get("/hantera/?forsenad=true").content.decode()
    assert "Nyss publicerad" not in overdue_list


def test_saving_the_form_confirms_an_overdue_measure(editor_client, editor, osby, settings):
    settings.PORTAL_VERIFY_DAYS = 180
    measure = MeasureFactory(
        municipality=osby, title="Gammal uppgift", last_verified=LONG_AGO, **CONTACT
    )
    assert measure.is_overdue

    response = editor_client.post(
        f"/hantera/insatser/{measure.slug}/andra/",
        measure_form_data(measure, schedule="Måndagar 9–12"),
    )

    assert response.status_code == 302
    measure.refresh_from_db()
    assert measure.schedule == "Måndagar 9–12"
    assert measure.last_verified == timezone.localdate()
    assert measure.verified_by == editor
    overdue_list = editor_client.get("/hantera/?forsenad=true").content.decode()
    assert "Gammal uppgift" not in overdue_list


def test_a_new_draft_starts_confirmed_by_its_author(editor_client, editor, osby):
    response = editor_client.post("/hantera/insatser/ny/", measure_form_data(municipality=osby))

    assert response.status_code == 302
    measure = Measure.objects.get()
    assert measure.last_verified == timezone.localdate()
    assert measure.verified_by == editor


def test_archiving_or_a_quick_places_update_is_not_a_confirmation(editor_client, osby):
    measure = MeasureFactory(municipality=osby, last_verified=LONG_AGO, **CONTACT)

    editor_client.post(
        f"/hantera/insatser/{measure.slug}/platser/",
        {"places_available": "2", "version": measure.version},
    )
    measure.refresh_from_db()
    editor_client.post(
        f"/hantera/insatser/{measure.slug}/status/",
        {"status": "arkiverad", "version": measure.version},
    )

    measure.refresh_from_db()
    assert measure.places_available == 2
    assert measure.status == Measure.Status.ARCHIVED
    assert measure.last_verified == LONG_AGO
