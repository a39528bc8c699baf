"""Writes to lists: the anonymous visitor's session list and the saved lists of logged-in users.

The session list holds measure ids and nothing else, so no personal data is kept about a visitor.
Each write to a saved list runs in one transaction that locks the list row, so two clicks at once
still give distinct positions and respect the cap.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, Max
from django.utils.translation import gettext as _

from measures.models import Measure

from .models import (
    DEFAULT_LIST_NAME,
    MAX_ITEMS_PER_LIST,
    MAX_LISTS_PER_USER,
    ShortList,
    ShortListItem,
)

SESSION_KEY = "shortlist_measure_ids"


def list_full_error() -> ValidationError:
    return ValidationError(
        _("Listan kan ha högst %(max)d insatser. Ta bort någon innan du lägger till fler.")
        % {"max": MAX_ITEMS_PER_LIST}
    )


# The anonymous visitor's list, in the session.


def session_measure_ids(session) -> list[int]:
    """The measure ids in the session list, in the order they were added."""
    ids = session.get(SESSION_KEY, [])
    if not isinstance(ids, list):
        return []
    return [pk for pk in ids if isinstance(pk, int) and not isinstance(pk, bool)]


def session_add(session, measure: Measure) -> bool:
    """Add `measure` to the session list; False if it was there already."""
    ids = session_measure_ids(session)
    if measure.pk in ids:
        return False
    if len(ids) >= MAX_ITEMS_PER_LIST:
        raise list_full_error()
    session[SESSION_KEY] = [*ids, measure.pk]
    return True


def session_remove(session, measure_id: int) -> bool:
    """Remove a measure from the session list; False if it was not there."""
    ids = session_measure_ids(session)
    if measure_id not in ids:
        return False
    session[SESSION_KEY] = [pk for pk in ids if pk != measure_id]
    return True


# Saved lists.


def default_shortlist(user) -> ShortList:
    """The user's default list (their oldest), created on first use."""
    shortlist = ShortList.objects.owned_by(user).first()
    if shortlist is None:
        # get_or_create: two first clicks at once still end with one default list.
        shortlist, _created = ShortList.objects.get_or_create(
            owner=user, name=str(DEFAULT_LIST_NAME)
        )
    return shortlist


def shortlist_create(*, owner, name: str) -> ShortList:
    with transaction.atomic():
        if ShortList.objects.owned_by(owner).count() >= MAX_LISTS_PER_USER:
            raise ValidationError(
                _("Du kan ha högst %(max)d listor. Ta bort någon innan du skapar en ny.")
                % {"max": MAX_LISTS_PER_USER}
            )
        try:
            with transaction.atomic():
                return ShortList.objects.create(owner=owner, name=name)
        except IntegrityError as exc:
            raise ValidationError(_("Du har redan en lista med det namnet.")) from exc


def shortlist_rename(*, shortlist: ShortList, name: str) -> ShortList:
    shortlist.name = name
    try:
        with transaction.atomic():
            shortlist.save(update_fields=["name", "updated_at"])
    except IntegrityError as exc:
        raise ValidationError(_("Du har redan en lista med det namnet.")) from exc
    return shortlist


def shortlist_add(*, shortlist: ShortList, measure: Measure) -> bool:
    """Add `measure` last in the list; False if it was there already."""
    with transaction.atomic():
        locked = ShortList.objects.select_for_update().get(pk=shortlist.pk)
        items = locked.items.all()
        if items.filter(measure=measure).exists():
            return False
        counts = items.aggregate(count=Count("pk"), last=Max("position"))
        if counts["count"] >= MAX_ITEMS_PER_LIST:
            raise list_full_error()
        ShortListItem.objects.create(
            shortlist=locked, measure=measure, position=(counts["last"] or 0) + 1
        )
        locked.save(update_fields=["updated_at"])
    return True


def shortlist_remove(*, shortlist: ShortList, measure_id: int) -> bool:
    """Remove a measure from the list; False if it was not there."""
    with transaction.atomic():
        deleted, _details = shortlist.items.filter(measure_id=measure_id).delete()
        if deleted:
            shortlist.save(update_fields=["updated_at"])
    return bool(deleted)


def shortlist_delete(*, shortlist: ShortList) -> None:
    shortlist.delete()


# Logging in.


def session_merge(*, user, session) -> int:
    """Move the session list's public measures into the user's default list; how many were new."""
    ids = session_measure_ids(session)
    if not ids:
        return 0
    found = Measure.objects.public().in_bulk(ids)
    added = 0
    with transaction.atomic():
        shortlist = default_shortlist(user)
        for pk in ids:
            if pk not in found:
                continue
            try:
                added += shortlist_add(shortlist=shortlist, measure=found[pk])
            except ValidationError:
                break
    del session[SESSION_KEY]
    return added


def merge_session_on_login(sender, request, user, **kwargs):
    """Receiver of `user_logged_in`: keep what the visitor collected before logging in."""
    session = getattr(request, "session", None)
    if session is None:
        return
    added = session_merge(user=user, session=session)
    if added:
        messages.info(
            request,
            _("Insatserna du samlade innan du loggade in finns nu i din lista."),
            fail_silently=True,
        )
