"""Writes to meetings, sign-ups and calendar feeds, each in one transaction."""

from django.db import transaction
from django.utils.translation import gettext as _

from core.versioning import EditConflict, claim_version

from .models import CalendarFeed, Meeting, SignUp, new_feed_token

__all__ = ["EditConflict", "SignUpRefused"]


class SignUpRefused(Exception):
    """The meeting is over or cancelled: nothing was written."""


def meeting_save(*, form, user, expected_version=None) -> Meeting:
    """Create the form's meeting, or save its edit if the meeting is still at `expected_version`.

    EditConflict when someone saved in between: nothing of this form is written.
    """
    meeting = form.instance
    with transaction.atomic():
        if meeting.pk is None:
            meeting.created_by = user
        else:
            claim_version(Meeting, meeting, expected_version)
        meeting._history_user = user
        return form.save()


def _refuse_if_closed(meeting):
    if meeting.is_cancelled:
        raise SignUpRefused(_("Träffen är inställd, så anmälningar kan inte ändras."))
    if meeting.is_past:
        raise SignUpRefused(_("Träffen har redan varit, så anmälningar kan inte ändras."))


def meeting_sign_up(*, meeting, user, municipality) -> tuple[SignUp, bool]:
    """(the sign-up, whether it is new). Signing up again changes nothing."""
    _refuse_if_closed(meeting)
    with transaction.atomic():
        return SignUp.objects.get_or_create(
            meeting=meeting, user=user, defaults={"municipality": municipality}
        )


def meeting_withdraw(*, meeting, user) -> bool:
    """Whether there was a sign-up to withdraw."""
    _refuse_if_closed(meeting)
    deleted, _rows = SignUp.objects.filter(meeting=meeting, user=user).delete()
    return bool(deleted)


def feed_reset(*, user) -> CalendarFeed:
    """A new secret address for `user`'s calendar; the old one stops working at once."""
    with transaction.atomic():
        feed, created = CalendarFeed.objects.select_for_update().get_or_create(user=user)
        if not created:
            feed.token = new_feed_token()
            feed.save(update_fields=["token", "created_at"])
    return feed
