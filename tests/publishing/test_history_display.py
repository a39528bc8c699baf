"""The history page reads as a person reads it: Swedish local time, values in words, and the
first version with its content."""

import datetime
import re

from django.utils import timezone

from tests.factories import MeasureFactory
from tests.publishing.helpers import measure_form_data

CONTACT = {"contact_name": "Anna Lindqvist", "contact_phone": "040-628 04 11"}
RAW_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?\+00:00")


def history_page(client, measure):
    response = client.get(f"/hantera/insatser/{measure.slug}/historik/")
    assert response.status_code == 200
    return response.content.decode()


def test_times_are_swedish_local_time_never_raw_utc(editor_client, osby):
    measure = MeasureFactory(municipality=osby, title="Första titeln", **CONTACT)
    # 02:57 UTC on 28 November is 03:57 in Stockholm (winter time).
    moment = datetime.datetime(2026, 11, 28, 2, 57, 54, 923542, tzinfo=datetime.UTC)
    measure.history.update(history_date=moment)
    editor_client.post(
        f"/hantera/insatser/{measure.slug}/platser/",
        {"places_available": "4", "version": measure.version},
    )

    html = history_page(editor_client, measure)

    assert "28 november 2026 03:57" in html
    assert not RAW_TIMESTAMP.search(html)
    assert "+00:00" not in html


def test_the_first_version_shows_what_it_held(editor_client, osby):
    measure = MeasureFactory(
        municipality=osby, title="Arbetsträning i Returbutiken", schedule="Måndagar 9–12", **CONTACT
    )

    html = history_page(editor_client, measure)

    first = html.split("Skapad", 1)[1]
    assert "Arbetsträning i Returbutiken" in first
    assert "Måndagar 9–12" in first
    assert "Anna Lindqvist" in first
    assert "Inga synliga ändringar" not in first


def test_a_changed_date_reads_as_a_date(editor_client, osby):
    measure = MeasureFactory(municipality=osby, **CONTACT)
    editor_client.post(
        f"/hantera/insatser/{measure.slug}/andra/",
        measure_form_data(measure, next_start="2027-03-15", intake="datum"),
    )

    html = history_page(editor_client, measure)

    assert "15 mars 2027" in html
    assert "2027-03-15" not in html.split("<ol", 1)[1]


def test_the_restore_message_uses_swedish_local_time(editor_client, osby):
    measure = MeasureFactory(municipality=osby, title="Första titeln", **CONTACT)
    moment = datetime.datetime(2026, 7, 1, 10, 5, tzinfo=datetime.UTC)  # 12:05 summer time
    measure.history.update(history_date=moment)
    first = measure.history.order_by("history_id").last()
    editor_client.post(
        f"/hantera/insatser/{measure.slug}/andra/", measure_form_data(measure, title="Andra")
    )
    measure.refresh_from_db()

    response = editor_client.post(
        f"/hantera/insatser/{measure.slug}/historik/{first.history_id}/aterstall/",
        {"version": measure.version},
        follow=True,
    )

    html = response.content.decode()
    assert "Versionen från 1 juli 2026 12:05 är återställd" in html
    assert timezone.get_current_timezone_name() == "Europe/Stockholm"
