"""Writes on inquiries: each step changes the row, records an event and e-mails the other side.

Every function runs in one transaction; the e-mails go out once it has committed, so nobody is
told about a step that was rolled back. A failed e-mail is logged and does not undo the step:
the inquiry is on both sides' lists either way.
"""

import logging
import smtplib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from accounts.services import display_name

from .models import Inquiry, InquiryEvent, Side

logger = logging.getLogger(__name__)

# Which side hears of an event: the side that did not act.
OTHER_SIDE = {Side.ASKING: Side.RECEIVING, Side.RECEIVING: Side.ASKING}


def inquiry_create(
    *, measure, asking_municipality, user, places, message, wanted_start=None
) -> Inquiry:
    if not (measure.is_public and measure.accepts_other_municipalities):
        raise ValidationError(_("Insatsen tar inte emot deltagare från andra kommuner."))
    if asking_municipality.pk == measure.municipality_id:
        raise ValidationError(_("Du kan inte skicka en förfrågan till din egen kommun."))
    inquiry = Inquiry(
        measure=measure,
        asking_municipality=asking_municipality,
        receiving_municipality_id=measure.municipality_id,
        created_by=user,
        wanted_start=wanted_start,
        places=places,
        message=message,
    )
    inquiry.full_clean()
    with transaction.atomic():
        inquiry._history_user = user
        inquiry.save()
        _record(inquiry, InquiryEvent.Kind.SENT, Side.ASKING, user, message=message)
    return inquiry


def inquiry_answer(*, inquiry, user, answer, message="") -> Inquiry:
    """The receiving municipality's answer; the inquiry must be waiting for one."""
    if answer not in Inquiry.Answer.values:
        raise ValidationError(_("Välj ett svar."))
    with transaction.atomic():
        inquiry = _locked(inquiry)
        if not inquiry.can_be_answered:
            raise ValidationError(_("Förfrågan är redan besvarad eller avslutad."))
        inquiry.status = Inquiry.Status.ANSWERED
        inquiry.answer = answer
        inquiry.answer_message = message
        _save(inquiry, user, ["status", "answer", "answer_message"])
        _record(
            inquiry,
            InquiryEvent.Kind.ANSWERED,
            Side.RECEIVING,
            user,
            answer=answer,
            message=message,
        )
    return inquiry


def inquiry_supplement(*, inquiry, user, message) -> Inquiry:
    """The asking side's reply to "behöver mer information": the inquiry waits for a new answer."""
    with transaction.atomic():
        inquiry = _locked(inquiry)
        if not inquiry.can_be_supplemented:
            raise ValidationError(_("Förfrågan väntar inte på en komplettering."))
        inquiry.status = Inquiry.Status.SENT
        # The earlier answer stays in the timeline and the history.
        inquiry.answer = ""
        inquiry.answer_message = ""
        _save(inquiry, user, ["status", "answer", "answer_message"])
        _record(inquiry, InquiryEvent.Kind.SUPPLEMENTED, Side.ASKING, user, message=message)
    return inquiry


def inquiry_close(*, inquiry, user, message="") -> Inquiry:
    """Either side closes an answered inquiry, perhaps with a last word."""
    with transaction.atomic():
        inquiry = _locked(inquiry)
        if not inquiry.can_be_closed:
            raise ValidationError(_("Bara en besvarad förfrågan kan avslutas."))
        inquiry.status = Inquiry.Status.CLOSED
        _save(inquiry, user, ["status"])
        _record(inquiry, InquiryEvent.Kind.CLOSED, inquiry.side_of(user), user, message=message)
    return inquiry


def _locked(inquiry) -> Inquiry:
    # Locked until the step is recorded, so two people acting at once cannot both move it on.
    locked = Inquiry.objects.select_for_update().get(pk=inquiry.pk)
    # The relations the caller already loaded, so the e-mails need no extra queries.
    for field in ("measure", "asking_municipality", "receiving_municipality", "created_by"):
        if Inquiry._meta.get_field(field).is_cached(inquiry):
            setattr(locked, field, getattr(inquiry, field))
    return locked


def _save(inquiry, user, fields):
    # The relations do not change after creation; the rest is checked again here.
    inquiry.full_clean(
        exclude=["measure", "asking_municipality", "receiving_municipality", "created_by"]
    )
    inquiry._history_user = user
    inquiry.save(update_fields=[*fields, "updated_at"])


def _record(inquiry, kind, side, user, *, answer="", message="") -> InquiryEvent:
    event = InquiryEvent(
        inquiry=inquiry, kind=kind, side=side, user=user, answer=answer, message=message
    )
    event.full_clean(exclude=["inquiry"])
    event.save()
    transaction.on_commit(lambda: notify(event))
    return event


def _member_addresses(inquiry, side, *, actor=None) -> list[str]:
    """E-mail addresses of one side's people: its municipality's active members (every role)
    and, on the asking side, whoever sent the inquiry. The person who acted is left out."""
    municipality_id = (
        inquiry.asking_municipality_id if side == Side.ASKING else inquiry.receiving_municipality_id
    )
    people = Q(memberships__municipality_id=municipality_id)
    if side == Side.ASKING and inquiry.created_by_id:
        people |= Q(pk=inquiry.created_by_id)
    users = get_user_model().objects.filter(people, is_active=True)
    if actor is not None:
        users = users.exclude(pk=actor.pk)
    return sorted(set(users.exclude(email="").values_list("email", flat=True)))


class Notified:
    """Who hears of a step on one side: members, the unit's functional address, or nobody."""

    MEMBERS = "members"
    UNIT = "unit"
    NOBODY = "nobody"

    def __init__(self, kind, addresses):
        self.kind = kind
        self.addresses = addresses


def notified(inquiry, side, *, actor=None) -> Notified:
    """Where the e-mail about a step goes on `side`.

    The receiving side's members if any can be reached; when none can (no one of that
    municipality has an account with an address yet), the functional address of the unit that
    runs the measure, so an inquiry never disappears unread. The asking side always has its
    sender.
    """
    addresses = _member_addresses(inquiry, side, actor=actor)
    if addresses:
        return Notified(Notified.MEMBERS, addresses)
    unit = inquiry.measure.unit
    if side == Side.RECEIVING and unit is not None and unit.email:
        return Notified(Notified.UNIT, [unit.email])
    return Notified(Notified.NOBODY, [])


def recipients(inquiry, side, *, actor=None) -> list[str]:
    return notified(inquiry, side, actor=actor).addresses


def notify(event) -> None:
    """E-mail the side that did not act (both sides when portal staff acted for neither)."""
    inquiry = event.inquiry
    sides = [OTHER_SIDE[event.side]] if event.side else [Side.ASKING, Side.RECEIVING]
    with translation.override(settings.LANGUAGE_CODE):
        messages = []
        for side in sides:
            who = notified(inquiry, side, actor=event.user)
            messages += [_message(event, side, address, who.kind) for address in who.addresses]
    if not messages:
        return
    try:
        get_connection().send_messages(messages)
    except (smtplib.SMTPException, OSError):
        logger.exception("Could not e-mail about inquiry %s (%s)", inquiry.pk, event.kind)


def _message(event, side, address, kind=Notified.MEMBERS) -> EmailMessage:
    inquiry = event.inquiry
    context = {
        "to_unit": kind == Notified.UNIT,
        "unit": inquiry.measure.unit,
        "inquiry": inquiry,
        "event": event,
        "actor": display_name(event.user) if event.user else _("någon"),
        "actor_municipality": event.municipality,
        "recipient_municipality": inquiry.municipality_of(side),
        "url": settings.PORTAL_BASE_URL + inquiry.get_absolute_url(),
    }
    subject = render_to_string(f"inquiries/email/{event.kind}_subject.txt", context)
    return EmailMessage(
        subject=" ".join(subject.split()),
        body=render_to_string(f"inquiries/email/{event.kind}.txt", context),
        to=[address],
    )
