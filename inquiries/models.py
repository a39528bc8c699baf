"""The seat inquiry (förfrågan om plats) and its timeline of events.

An inquiry goes skickad → besvarad → avslutad. When the receiving municipality answers "behöver
mer information", the asking side may send a supplement, which makes the inquiry skickad again.
The row holds the current state; `InquiryEvent` holds what happened, by whom and when, for the
timeline on the inquiry's page, and django-simple-history keeps every version of the row.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from accounts.models import roles_of
from core.personal_numbers import validate_no_personal_number
from measures.models import Measure
from municipalities.models import Municipality

MAX_PLACES = 20
MAX_MESSAGE_LENGTH = 2000


class Side(models.TextChoices):
    """The two parties of an inquiry."""

    ASKING = "fragande", _("Frågande kommun")
    RECEIVING = "mottagande", _("Mottagande kommun")


def asking_municipality_ids(user, measure) -> list[int]:
    """Municipalities on whose behalf `user` may ask about `measure`: theirs, not the measure's."""
    if not user.has_perm("inquiries.add_inquiry"):
        return []
    return [pk for pk in roles_of(user) if pk != measure.municipality_id]


class InquiryQuerySet(models.QuerySet):
    def sent_by(self, municipality):
        return self.filter(asking_municipality=municipality)

    def received_by(self, municipality):
        return self.filter(receiving_municipality=municipality)

    def awaiting_answer(self):
        return self.filter(status=Inquiry.Status.SENT)

    def answered(self):
        return self.filter(status=Inquiry.Status.ANSWERED)

    def for_list(self):
        """What a row in the list shows: the measure and both municipalities."""
        return self.select_related("measure", "asking_municipality", "receiving_municipality")

    def newest(self):
        return self.order_by("-created_at", "-pk")


class Inquiry(models.Model):
    class Status(models.TextChoices):
        SENT = "skickad", _("Skickad")
        ANSWERED = "besvarad", _("Besvarad")
        CLOSED = "avslutad", _("Avslutad")

    class Answer(models.TextChoices):
        PLACE_AVAILABLE = "plats-finns", _("Plats finns")
        NO_PLACE = "ingen-plats", _("Ingen plats")
        MORE_INFORMATION = "mer-information", _("Behöver mer information")

    measure = models.ForeignKey(
        Measure, on_delete=models.PROTECT, related_name="inquiries", verbose_name=_("insats")
    )
    asking_municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="inquiries_sent",
        verbose_name=_("frågande kommun"),
    )
    # The measure's municipality when the inquiry was sent: it answers even if the measure
    # later moves.
    receiving_municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="inquiries_received",
        verbose_name=_("mottagande kommun"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("skickad av"),
    )
    wanted_start = models.DateField(_("önskad start"), null=True, blank=True)
    places = models.PositiveSmallIntegerField(
        _("antal platser"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_PLACES)],
    )
    message = models.TextField(
        _("meddelande"), max_length=MAX_MESSAGE_LENGTH, validators=[validate_no_personal_number]
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.SENT
    )
    answer = models.CharField(_("svar"), max_length=20, choices=Answer.choices, blank=True)
    answer_message = models.TextField(
        _("meddelande med svaret"),
        max_length=MAX_MESSAGE_LENGTH,
        blank=True,
        validators=[validate_no_personal_number],
    )
    created_at = models.DateTimeField(_("skickad"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)

    objects = InquiryQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("förfrågan om plats")
        verbose_name_plural = _("förfrågningar om plats")
        ordering = ["-created_at", "-pk"]
        constraints = [
            # An inquiry goes between two municipalities; one's own measures are asked about
            # directly.
            models.CheckConstraint(
                condition=~Q(asking_municipality=F("receiving_municipality")),
                name="inquiry_between_two_municipalities",
            ),
            # The form's range, kept by the database too.
            models.CheckConstraint(
                condition=Q(places__gte=1, places__lte=MAX_PLACES),
                name="inquiry_places_in_range",
            ),
            # Waiting for an answer means no answer; answered or closed means one. A supplement
            # clears the answer, since the inquiry waits for a new one.
            models.CheckConstraint(
                condition=Q(status="skickad", answer="")
                | (Q(status__in=["besvarad", "avslutad"]) & ~Q(answer="")),
                name="inquiry_answer_iff_answered",
            ),
            # Only the known answers, whatever writes the row.
            models.CheckConstraint(
                condition=Q(answer__in=["", "plats-finns", "ingen-plats", "mer-information"]),
                name="inquiry_answer_known",
            ),
        ]
        indexes = [
            # The "Mottagna" and "Skickade" lists: one municipality's inquiries, newest first.
            models.Index(
                fields=["receiving_municipality", "-created_at"], name="inquiry_received_idx"
            ),
            models.Index(fields=["asking_municipality", "-created_at"], name="inquiry_sent_idx"),
        ]

    def __str__(self):
        return _("%(asking)s frågar om ”%(measure)s”") % {
            "asking": self.asking_municipality,
            "measure": self.measure,
        }

    def get_absolute_url(self):
        return reverse("inquiries:detail", args=[self.pk])

    def side_of(self, user) -> str:
        """The side `user` acts for: asking, receiving, or "" for someone from neither."""
        roles = roles_of(user)
        if self.asking_municipality_id in roles:
            return Side.ASKING
        if self.receiving_municipality_id in roles:
            return Side.RECEIVING
        return ""

    def municipality_of(self, side):
        if side == Side.ASKING:
            return self.asking_municipality
        if side == Side.RECEIVING:
            return self.receiving_municipality
        return None

    @property
    def can_be_answered(self) -> bool:
        return self.status == self.Status.SENT

    @property
    def can_be_closed(self) -> bool:
        return self.status == self.Status.ANSWERED

    @property
    def can_be_supplemented(self) -> bool:
        return self.status == self.Status.ANSWERED and self.answer == self.Answer.MORE_INFORMATION


class InquiryEvent(models.Model):
    """One step in an inquiry's life: who did what, when, and what they wrote."""

    class Kind(models.TextChoices):
        SENT = "skickad", _("Skickade förfrågan")
        ANSWERED = "besvarad", _("Svarade")
        SUPPLEMENTED = "kompletterad", _("Kompletterade förfrågan")
        CLOSED = "avslutad", _("Avslutade förfrågan")

    inquiry = models.ForeignKey(
        Inquiry, on_delete=models.CASCADE, related_name="events", verbose_name=_("förfrågan")
    )
    kind = models.CharField(_("händelse"), max_length=20, choices=Kind.choices)
    # Blank when portal staff acted without belonging to either side.
    side = models.CharField(_("för"), max_length=20, choices=Side.choices, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("av"),
    )
    answer = models.CharField(_("svar"), max_length=20, choices=Inquiry.Answer.choices, blank=True)
    message = models.TextField(
        _("meddelande"),
        max_length=MAX_MESSAGE_LENGTH,
        blank=True,
        validators=[validate_no_personal_number],
    )
    created_at = models.DateTimeField(_("tidpunkt"), auto_now_add=True)

    class Meta:
        verbose_name = _("händelse")
        verbose_name_plural = _("händelser")
        ordering = ["created_at", "pk"]
        constraints = [
            # An answer event says which answer; no other event carries one.
            models.CheckConstraint(
                condition=(Q(kind="besvarad") & ~Q(answer=""))
                | (~Q(kind="besvarad") & Q(answer="")),
                name="inquiryevent_answer_iff_answered",
            ),
        ]

    def __str__(self):
        return f"{self.inquiry_id}: {self.get_kind_display()} {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def municipality(self):
        return self.inquiry.municipality_of(self.side)
