"""`manage.py send_verification_reminders`: remind editors of measures overdue for verification.

Each municipality's redaktörer and administratörer get one e-mail listing its published measures
nobody has confirmed within PORTAL_VERIFY_DAYS, with a link to each edit page. A measure is
listed at most once a week, so the command is safe to run daily from cron.
"""

import datetime
import smtplib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from accounts.models import Membership
from measures.models import Measure
from municipalities.models import Municipality

REMIND_AGAIN_AFTER_DAYS = 7


def not_reminded_this_week(now: datetime.datetime) -> Q:
    """Never reminded, or last reminded at least seven calendar days ago.

    Calendar days rather than 7 × 24 hours: a daily cron job starts a few seconds early or late,
    and counting hours would then push every other reminder to the eighth day.
    """
    today = timezone.localdate(now)
    since = datetime.datetime.combine(
        today - datetime.timedelta(days=REMIND_AGAIN_AFTER_DAYS - 1),
        datetime.time.min,
        tzinfo=timezone.get_current_timezone(),
    )
    return Q(verification_reminder_sent_at__isnull=True) | Q(
        verification_reminder_sent_at__lt=since
    )


def due_for_reminder(now: datetime.datetime):
    """Measures overdue for verification that have not been in a reminder this week."""
    return Measure.objects.filter(
        Measure.overdue_condition(timezone.localdate(now)), not_reminded_this_week(now)
    )


def editor_emails(municipality) -> list[str]:
    """E-mail addresses of the municipality's active redaktörer and administratörer."""
    emails = (
        get_user_model()
        .objects.filter(
            is_active=True,
            memberships__municipality=municipality,
            memberships__role__in=Membership.Role.editing(),
        )
        .exclude(email="")
        .values_list("email", flat=True)
    )
    return sorted(set(emails))


class Command(BaseCommand):
    help = (
        "E-mails each municipality's editors one list of their measures overdue for "
        "verification. A measure is listed at most once a week; safe to run daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            default=getattr(settings, "PORTAL_BASE_URL", "http://127.0.0.1:8000"),
            help="Start of the links in the e-mails, e.g. https://portalen.example.se.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Print what would be sent, without sending or recording anything.",
        )

    def handle(self, *args, base_url, dry_run, **options):
        if not base_url.startswith(("http://", "https://")):
            raise CommandError("--base-url must start with http:// or https://.")
        self.base_url = base_url.rstrip("/")
        self.now = timezone.now()
        sent = measures_listed = 0
        unreachable, failed = [], []
        due = due_for_reminder(self.now)
        municipalities = Municipality.objects.filter(pk__in=due.values("municipality_id"))
        with translation.override(settings.LANGUAGE_CODE):
            for municipality in municipalities.order_by("name"):
                recipients = editor_emails(municipality)
                if not recipients:
                    unreachable.append(municipality.name)
                    continue
                if dry_run:
                    measures = list(due.filter(municipality=municipality).order_by("title"))
                    self.show(self.message(municipality, measures, recipients))
                    sent += 1
                    measures_listed += len(measures)
                    continue
                try:
                    measures_listed += self.remind(municipality, due, recipients)
                    sent += 1
                except (smtplib.SMTPException, OSError) as error:
                    failed.append(f"{municipality.name} ({error})")
        self.summarise(dry_run, sent, measures_listed, unreachable, failed)

    def remind(self, municipality, due, recipients) -> int:
        """Send one municipality's reminder and record it; returns how many measures it listed."""
        with transaction.atomic():
            # Locked until recorded, so two runs at once cannot both send the same reminder.
            measures = list(
                due.filter(municipality=municipality).order_by("title").select_for_update()
            )
            if not measures:
                return 0
            self.message(municipality, measures, recipients).send()
            Measure.objects.filter(pk__in=[measure.pk for measure in measures]).update(
                verification_reminder_sent_at=self.now
            )
        return len(measures)

    def message(self, municipality, measures, recipients) -> EmailMessage:
        context = {
            "municipality": municipality,
            "items": [
                {
                    "measure": measure,
                    "url": self.base_url + reverse("publishing:measure_edit", args=[measure.slug]),
                }
                for measure in measures
            ],
            "verify_days": settings.PORTAL_VERIFY_DAYS,
            "dashboard_url": f"{self.base_url}{reverse('publishing:dashboard')}"
            f"?kommun={municipality.slug}&forsenad=true",
        }
        subject = render_to_string("publishing/email/verification_reminder_subject.txt", context)
        return EmailMessage(
            subject=" ".join(subject.split()),
            body=render_to_string("publishing/email/verification_reminder.txt", context),
            to=recipients,
        )

    def show(self, message):
        self.stdout.write(f"Would send to {', '.join(message.to)}: {message.subject}")
        for line in message.body.splitlines():
            self.stdout.write(f"  | {line}")

    def summarise(self, dry_run, sent, measures_listed, unreachable, failed):
        verb = "Would send" if dry_run else "Sent"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} {sent} reminder e-mail(s) listing {measures_listed} measure(s)."
            )
        )
        if unreachable:
            self.stdout.write(
                self.style.WARNING(
                    "Overdue measures but no editor with an e-mail address: "
                    + ", ".join(unreachable)
                )
            )
        if failed:
            raise CommandError("Could not send to: " + "; ".join(failed))
