"""Collaboration meetings (samverkansträffar) between the six labour-market units.

A meeting is hosted by one municipality, whose editors keep it; every member of any
municipality sees it and may sign up. A sign-up holds the member and the municipality they come
for, nothing else. Each member may have one calendar feed: a random, unguessable token in a URL
that lists the meetings they signed up for. django-simple-history keeps every version of a
meeting, so everyone sees what changed.
"""

import secrets
import uuid

from django.conf import settings
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.personal_numbers import validate_no_personal_number
from municipalities.models import Municipality

MAX_TITLE_LENGTH = 200
MAX_PLACE_LENGTH = 300
MAX_URL_LENGTH = 500
MAX_AGENDA_LENGTH = 5000
MAX_NOTES_LENGTH = 10000
MAX_ATTACHMENTS_LENGTH = 20000

# What an editor types, in the form's order; the history shows changes to these.
EDITABLE_FIELDS = [
    "municipality",
    "title",
    "starts_at",
    "ends_at",
    "place",
    "video_url",
    "agenda",
    "notes",
    "attachments",
    "status",
]

validate_https_url = URLValidator(
    schemes=["https"], message=_("Ange en fullständig länk som börjar med https://.")
)


class MeetingQuerySet(models.QuerySet):
    def upcoming_then_past(self, now=None):
        """Meetings not yet over first, soonest first; then those over, newest first.

        `over` is annotated for the template's two headings.
        """
        now = now or timezone.now()
        return (
            self.select_related("municipality")
            .annotate(
                over=Case(When(ends_at__lte=now, then=Value(True)), default=Value(False)),
                upcoming_start=Case(When(ends_at__gt=now, then=F("starts_at"))),
            )
            .order_by("over", F("upcoming_start").asc(nulls_last=True), "-starts_at", "-pk")
        )

    def signed_up_by(self, user):
        return self.filter(signups__user=user)


class Meeting(models.Model):
    class Status(models.TextChoices):
        PLANNED = "planerad", _("Planerad")
        CANCELLED = "installd", _("Inställd")

    # Named `municipality` so the shared permission predicates (accounts/rules.py) find the host.
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="meetings_hosted",
        verbose_name=_("värdkommun"),
    )
    title = models.CharField(
        _("rubrik"), max_length=MAX_TITLE_LENGTH, validators=[validate_no_personal_number]
    )
    starts_at = models.DateTimeField(_("börjar"))
    ends_at = models.DateTimeField(_("slutar"))
    place = models.CharField(
        _("plats"),
        max_length=MAX_PLACE_LENGTH,
        blank=True,
        validators=[validate_no_personal_number],
    )
    video_url = models.URLField(
        _("videolänk"), max_length=MAX_URL_LENGTH, blank=True, validators=[validate_https_url]
    )
    agenda = models.TextField(
        _("dagordning"),
        max_length=MAX_AGENDA_LENGTH,
        blank=True,
        validators=[validate_no_personal_number],
    )
    notes = models.TextField(
        _("anteckningar"),
        max_length=MAX_NOTES_LENGTH,
        blank=True,
        validators=[validate_no_personal_number],
    )
    attachments = models.TextField(
        _("bilagor"),
        max_length=MAX_ATTACHMENTS_LENGTH,
        blank=True,
        validators=[validate_no_personal_number],
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PLANNED
    )
    is_example = models.BooleanField(_("exempeldata"), default=False)
    # The calendar UID: stable for the meeting's life, whatever is edited.
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # Bumped by every save through core.versioning: a stale edit form is refused, and the
    # calendar's SEQUENCE is version - 1.
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("skapad av"),
    )
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)

    objects = MeetingQuerySet.as_manager()
    history = HistoricalRecords(excluded_fields=["uid", "created_at", "updated_at"])

    class Meta:
        verbose_name = _("samverkansträff")
        verbose_name_plural = _("samverkansträffar")
        ordering = ["starts_at", "pk"]
        constraints = [
            # A meeting takes time: it ends after it starts, whatever writes the row.
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="meeting_ends_after_start"
            ),
            # People must know where to go: a place, a video link, or both.
            models.CheckConstraint(
                condition=~Q(place="", video_url=""), name="meeting_has_place_or_link"
            ),
            models.CheckConstraint(
                condition=Q(status__in=["planerad", "installd"]), name="meeting_status_known"
            ),
        ]
        indexes = [
            # The list splits on the end time and sorts by the start.
            models.Index(fields=["ends_at", "starts_at"], name="meeting_when"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("samverkan:detail", args=[self.pk])

    @property
    def is_past(self):
        return self.ends_at <= timezone.now()

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED


class SignUp(models.Model):
    """A member comes to a meeting, for one of their municipalities."""

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="signups", verbose_name=_("träff")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="meeting_signups",
        verbose_name=_("deltagare"),
    )
    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="+", verbose_name=_("kommun")
    )
    created_at = models.DateTimeField(_("anmäld"), auto_now_add=True)

    class Meta:
        verbose_name = _("anmälan")
        verbose_name_plural = _("anmälningar")
        ordering = ["municipality__name", "created_at", "pk"]
        constraints = [
            # Signing up twice is one sign-up.
            models.UniqueConstraint(fields=["meeting", "user"], name="signup_once_per_meeting"),
        ]

    def __str__(self):
        return f"{self.user} – {self.meeting}"


def new_feed_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """A member's secret calendar address. Resetting it makes the old address answer 404."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="meeting_feed",
        verbose_name=_("användare"),
    )
    # 256 random bits: as unguessable as a password, and shown to its owner on the page.
    token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    created_at = models.DateTimeField(_("skapad"), auto_now=True)

    class Meta:
        verbose_name = _("kalenderlänk")
        verbose_name_plural = _("kalenderlänkar")

    def __str__(self):
        return str(self.user)

    def get_absolute_url(self):
        return reverse("samverkan:feed", args=[self.token])
