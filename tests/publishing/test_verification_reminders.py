"""`manage.py send_verification_reminders`: weekly e-mails about measures overdue for verification.

`mailoutbox` comes after the database fixtures in every test: setting up the database replaces
Django's test outbox, and a fixture requested earlier would hold the old, forgotten one.
"""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from measures.models import Measure
from measures.services import measure_verify
from tests.factories import MeasureFactory, member

BASE_URL = "https://portalen.example.se"


def long_ago():
    return timezone.localdate() - datetime.timedelta(days=200)


def run(*args):
    out = StringIO()
    call_command("send_verification_reminders", f"--base-url={BASE_URL}", *args, stdout=out)
    return out.getvalue()


def edit_link(measure):
    return f"{BASE_URL}/hantera/insatser/{measure.slug}/andra/"


@pytest.fixture
def osby_editors(db):
    return [
        member("redaktor", "osby", username="osby-red", email="red@osby.example"),
        member("administrator", "osby", username="osby-adm", email="adm@osby.example"),
    ]


def test_sends_one_mail_per_municipality_to_its_editors_only(
    osby, hassleholm, osby_editors, mailoutbox
):
    member("handlaggare", "osby", email="handlaggare@osby.example")
    member("redaktor", "osby", username="utan-epost", email="")
    member("redaktor", "osby", email="slutat@osby.example", is_active=False)
    member("redaktor", "hassleholm", email="red@hassleholm.example")
    MeasureFactory(municipality=osby, title="Café Mötet", last_verified=long_ago())
    MeasureFactory(municipality=osby, title="Snickeriet", last_verified=None)
    MeasureFactory(municipality=hassleholm, title="Returbutiken", last_verified=long_ago())

    output = run()

    assert len(mailoutbox) == 2
    by_recipients = {tuple(mail.to): mail for mail in mailoutbox}
    assert set(by_recipients) == {
        ("adm@osby.example", "red@osby.example"),
        ("red@hassleholm.example",),
    }
    osby_mail = by_recipients[("adm@osby.example", "red@osby.example")]
    assert osby_mail.subject == "Portalen: 2 insatser i Osby behöver bekräftas"
    assert "Café Mötet" in osby_mail.body and "Snickeriet" in osby_mail.body
    assert "Returbutiken" not in osby_mail.body
    assert "Sent 2 reminder e-mail(s) listing 3 measure(s)." in output
    assert Measure.objects.filter(verification_reminder_sent_at__isnull=True).count() == 0


def test_lists_only_overdue_measures_with_links_to_their_edit_pages(osby, osby_editors, mailoutbox):
    overdue = MeasureFactory(municipality=osby, title="Café Mötet", last_verified=long_ago())
    fresh = MeasureFactory(municipality=osby, title="Snickeriet")
    draft = MeasureFactory(
        municipality=osby, title="Utkastet", status=Measure.Status.DRAFT, last_verified=None
    )

    run()

    assert len(mailoutbox) == 1
    body = mailoutbox[0].body
    assert "Café Mötet" in body
    assert edit_link(overdue) in body
    assert "Snickeriet" not in body and "Utkastet" not in body
    assert mailoutbox[0].subject == "Portalen: en insats i Osby behöver bekräftas"
    overdue.refresh_from_db()
    fresh.refresh_from_db()
    draft.refresh_from_db()
    assert overdue.verification_reminder_sent_at is not None
    assert fresh.verification_reminder_sent_at is None
    assert draft.verification_reminder_sent_at is None


def test_second_run_the_same_day_sends_nothing(osby, osby_editors, mailoutbox):
    measure = MeasureFactory(municipality=osby, last_verified=long_ago())
    run()
    measure.refresh_from_db()
    first_sent_at = measure.verification_reminder_sent_at

    output = run()

    assert len(mailoutbox) == 1
    assert "Sent 0 reminder e-mail(s)" in output
    measure.refresh_from_db()
    assert measure.verification_reminder_sent_at == first_sent_at


def test_run_six_days_after_a_reminder_sends_nothing(osby, osby_editors, mailoutbox):
    sent_at = timezone.now() - datetime.timedelta(days=6)
    measure = MeasureFactory(
        municipality=osby, last_verified=long_ago(), verification_reminder_sent_at=sent_at
    )

    run()

    assert mailoutbox == []
    measure.refresh_from_db()
    assert measure.verification_reminder_sent_at == sent_at


def test_run_eight_days_after_a_reminder_sends_again(osby, osby_editors, mailoutbox):
    sent_at = timezone.now() - datetime.timedelta(days=8)
    measure = MeasureFactory(
        municipality=osby,
        title="Café Mötet",
        last_verified=long_ago(),
        verification_reminder_sent_at=sent_at,
    )

    run()

    assert len(mailoutbox) == 1
    assert "Café Mötet" in mailoutbox[0].body
    measure.refresh_from_db()
    assert measure.verification_reminder_sent_at > sent_at


def test_verifying_a_measure_removes_it_from_the_reminder(osby, osby_editors, mailoutbox):
    verified = MeasureFactory(municipality=osby, title="Café Mötet", last_verified=long_ago())
    MeasureFactory(municipality=osby, title="Snickeriet", last_verified=long_ago())
    measure_verify(measure=verified, user=osby_editors[0], expected_version=verified.version)

    run()

    assert len(mailoutbox) == 1
    assert "Snickeriet" in mailoutbox[0].body
    assert "Café Mötet" not in mailoutbox[0].body
    verified.refresh_from_db()
    assert verified.verification_reminder_sent_at is None


def test_dry_run_prints_the_mail_but_sends_and_records_nothing(osby, osby_editors, mailoutbox):
    measure = MeasureFactory(municipality=osby, title="Café Mötet", last_verified=long_ago())

    output = run("--dry-run")

    assert mailoutbox == []
    assert "Would send to adm@osby.example, red@osby.example" in output
    assert "Café Mötet" in output
    assert edit_link(measure) in output
    assert "Would send 1 reminder e-mail(s) listing 1 measure(s)." in output
    measure.refresh_from_db()
    assert measure.verification_reminder_sent_at is None


def test_municipality_without_editors_is_reported_and_not_marked(osby, mailoutbox):
    member("handlaggare", "osby", email="handlaggare@osby.example")
    measure = MeasureFactory(municipality=osby, last_verified=long_ago())

    output = run()

    assert mailoutbox == []
    assert "no editor with an e-mail address: Osby" in output
    measure.refresh_from_db()
    assert measure.verification_reminder_sent_at is None


def test_links_default_to_the_local_server_without_a_base_url(osby, osby_editors, mailoutbox):
    measure = MeasureFactory(municipality=osby, last_verified=long_ago())

    call_command("send_verification_reminders", stdout=StringIO())

    assert f"http://127.0.0.1:8000/hantera/insatser/{measure.slug}/andra/" in (mailoutbox[0].body)
