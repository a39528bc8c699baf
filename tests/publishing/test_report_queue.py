"""The queue of error reports: `/hantera/felrapporter/` and marking a report handled."""

import datetime

from django.utils import timezone

from measures.models import ErrorReport
from tests.factories import MeasureFactory, member

QUEUE = "/hantera/felrapporter/?kommun=osby"


def report(measure, message, **fields):
    return ErrorReport.objects.create(measure=measure, message=message, **fields)


def handle_url(error_report):
    return f"/hantera/felrapporter/{error_report.pk}/hanterad/"


def test_editor_sees_open_reports_newest_first_then_handled_ones(editor_client, osby, editor):
    measure = MeasureFactory(municipality=osby, title="Café Mötet")
    older = report(measure, "Fel öppettider på fredagar.")
    newer = report(measure, "Adressen är gammal.")
    handled = report(
        measure,
        "Telefonnumret stämmer inte.",
        handled_at=timezone.now() - datetime.timedelta(days=1),
        handled_by=member("redaktor", "osby", username="kollega", first_name="Karin"),
    )
    ErrorReport.objects.filter(pk=older.pk).update(
        created_at=timezone.now() - datetime.timedelta(hours=2)
    )

    response = editor_client.get(QUEUE)

    page = response.content.decode()
    assert response.status_code == 200
    assert "Felrapporter för Osby" in page
    assert "2 rapporter väntar på att hanteras." in page
    positions = [page.index(r.message) for r in (newer, older, handled)]
    assert positions == sorted(positions)
    assert page.count("Markera som hanterad") == 2
    assert handle_url(newer) in page and handle_url(handled) not in page
    assert "av Karin" in page
    assert list(ErrorReport.objects.filter(handled_at__isnull=True)) == [newer, older]


def test_queue_shows_only_the_own_municipalitys_reports(editor_client, osby, hassleholm):
    report(MeasureFactory(municipality=osby), "Osbys rapport om fel adress.")
    report(MeasureFactory(municipality=hassleholm), "Hässleholms rapport om fel tid.")

    response = editor_client.get(QUEUE)

    page = response.content.decode()
    assert response.status_code == 200
    assert "Osbys rapport" in page
    assert "Hässleholms rapport" not in page


def test_administrator_sees_the_queue(client, osby):
    report(MeasureFactory(municipality=osby), "Fel öppettider på fredagar.")
    client.force_login(member("administrator", "osby"))

    response = client.get(QUEUE)

    assert response.status_code == 200
    assert "Fel öppettider på fredagar." in response.content.decode()


def test_empty_queue_says_so(editor_client, osby):
    MeasureFactory(municipality=osby)

    response = editor_client.get(QUEUE)

    assert response.status_code == 200
    assert "Inga felrapporter för Osby än." in response.content.decode()
    assert not ErrorReport.objects.exists()


def test_queue_is_paginated(editor_client, osby, settings):
    settings.PORTAL_PAGE_SIZE = 2
    measure = MeasureFactory(municipality=osby)
    for number in range(3):
        report(measure, f"Rapport nummer {number} om fel.")

    first = editor_client.get(QUEUE)
    second = editor_client.get(f"{QUEUE}&page=2")

    assert first.status_code == 200 and second.status_code == 200
    assert first.content.decode().count("Markera som hanterad") == 2
    assert second.content.decode().count("Markera som hanterad") == 1
    assert "3 rapporter väntar på att hanteras." in second.content.decode()


def test_editor_of_another_municipality_gets_403_for_the_queue(client, osby):
    report(MeasureFactory(municipality=osby), "Osbys rapport om fel adress.")
    client.force_login(member("redaktor", "hassleholm"))

    response = client.get(QUEUE)

    assert response.status_code == 403
    assert "Osbys rapport" not in response.content.decode()


def test_case_officer_gets_403_for_the_queue(client, osby):
    report(MeasureFactory(municipality=osby), "Osbys rapport om fel adress.")
    client.force_login(member("handlaggare", "osby"))

    response = client.get(QUEUE)

    assert response.status_code == 403
    assert "Osbys rapport" not in response.content.decode()


def test_anonymous_visitor_is_sent_to_log_in(client, osby):
    response = client.get(QUEUE)

    assert response.status_code == 302
    assert response["Location"].startswith("/konto/")


def test_marking_handled_records_who_and_when(editor_client, editor, osby):
    open_report = report(MeasureFactory(municipality=osby), "Fel öppettider på fredagar.")

    response = editor_client.post(handle_url(open_report), {"next": QUEUE}, follow=True)

    assert response.redirect_chain == [(QUEUE, 302)]
    page = response.content.decode()
    assert "Rapporten är markerad som hanterad." in page
    assert "Markera som hanterad" not in page
    open_report.refresh_from_db()
    assert open_report.handled_by == editor
    assert timezone.now() - open_report.handled_at < datetime.timedelta(minutes=1)


def test_marking_an_already_handled_report_keeps_who_handled_it(editor_client, osby):
    colleague = member("administrator", "osby")
    earlier = timezone.now() - datetime.timedelta(days=2)
    done = report(
        MeasureFactory(municipality=osby),
        "Fel öppettider på fredagar.",
        handled_at=earlier,
        handled_by=colleague,
    )

    response = editor_client.post(handle_url(done), follow=True)

    assert response.status_code == 200
    assert "Rapporten var redan markerad som hanterad." in response.content.decode()
    done.refresh_from_db()
    assert (done.handled_by, done.handled_at) == (colleague, earlier)


def test_forged_handle_for_another_municipalitys_report_is_403_and_changes_nothing(
    editor_client, hassleholm
):
    foreign = report(MeasureFactory(municipality=hassleholm), "Hässleholms rapport om fel.")

    response = editor_client.post(handle_url(foreign), {"kommun": "osby"})

    assert response.status_code == 403
    foreign.refresh_from_db()
    assert foreign.handled_at is None
    assert foreign.handled_by is None


def test_case_officer_cannot_mark_a_report_handled(client, osby):
    open_report = report(MeasureFactory(municipality=osby), "Fel öppettider på fredagar.")
    client.force_login(member("handlaggare", "osby"))

    response = client.post(handle_url(open_report))

    assert response.status_code == 403
    open_report.refresh_from_db()
    assert open_report.handled_at is None


def test_marking_handled_needs_post(editor_client, osby):
    open_report = report(MeasureFactory(municipality=osby), "Fel öppettider på fredagar.")

    response = editor_client.get(handle_url(open_report))

    assert response.status_code == 405
    open_report.refresh_from_db()
    assert open_report.handled_at is None


def test_queue_takes_the_same_number_of_queries_however_many_reports(
    editor_client, osby, django_assert_num_queries
):
    handler = member("administrator", "osby")
    for number in range(5):
        measure = MeasureFactory(municipality=osby)
        report(measure, f"Rapport nummer {number} om fel.")
        report(
            measure, f"Hanterad rapport {number}.", handled_at=timezone.now(), handled_by=handler
        )

    # Session, user, the user's memberships, their municipalities; the paginator's count, the
    # open reports' count; whether example data shows (the site context processor); the page of
    # reports with their measures and handlers.
    with django_assert_num_queries(8):
        response = editor_client.get(QUEUE)

    assert response.status_code == 200
    assert response.content.decode().count("Markera som hanterad") == 5
