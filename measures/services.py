"""Writes that touch a measure and what hangs on it (taxonomies, locations, history).

Each function runs in one transaction and leaves one history record per user action, so the
history page reads as "who did what", not as a trace of database statements.
"""

import contextlib
from uuid import uuid4

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.versioning import EditConflict, claim_version

from .models import Location, Measure

__all__ = ["EditConflict"]  # re-exported: the views catch it from here

M2M_FIELDS = ["categories", "target_groups", "needs", "languages"]
# What a restore brings back: the content. Status, publication and verification stay as they are,
# since they describe what has happened to the measure, not what it says; the owner (municipality
# and unit) stays too, so restoring never hands a measure to someone else.
NOT_RESTORED = {
    "id",
    "uuid",
    "slug",
    "municipality",
    "unit",
    "status",
    "published_at",
    "created_at",
    "updated_at",
    "last_verified",
    "verified_at",
    "verified_by",
    "version",
    "is_example",
}


@contextlib.contextmanager
def _one_history_record(instance):
    """Suppress history while the row and its relations are written, then record once."""
    instance.skip_history_when_saving = True
    try:
        yield
    finally:
        del instance.skip_history_when_saving
    instance.save()


def missing_for_publishing(measure) -> list[str]:
    """What a measure lacks before it may be published (empty list: ready)."""
    missing = []
    if not measure.contact_name or not (measure.contact_phone or measure.contact_email):
        missing.append(_("en kontaktperson med telefon eller e-post"))
    if not measure.summary:
        missing.append(_("en sammanfattning"))
    return missing


CONFIRMATION_FIELDS = [
    "last_verified",
    "verified_at",
    "verified_by",
    "verification_reminder_sent_at",
]


def _confirmed_by(measure, user) -> None:
    """Today `user` vouched for what the measure says (not yet saved)."""
    measure.last_verified = timezone.localdate()
    measure.verified_at = timezone.now()
    measure.verified_by = user
    measure.verification_reminder_sent_at = None


def measure_save(*, form, locations=None, expected_version=None, user=None) -> Measure:
    """Create or update a measure from a valid ModelForm (and its locations formset).

    An editor who saves the form has read and written what it says: with `user` given, the save
    counts as a confirmation too, so a measure saved a moment ago is never "overdue".
    """
    with transaction.atomic():
        measure = form.instance
        if measure.pk is not None:
            claim_version(Measure, measure, expected_version)
        if user is not None:
            _confirmed_by(measure, user)
        if measure.status == Measure.Status.PUBLISHED:
            missing = missing_for_publishing(measure)
            if missing:
                raise ValidationError(
                    _("En publicerad insats måste ha %(what)s.") % {"what": ", ".join(missing)}
                )
        with _one_history_record(measure):
            form.save()
            if locations is not None:
                locations.instance = measure
                locations.save()
    return measure


def measure_set_status(*, measure, status, expected_version, user=None) -> Measure:
    """Move a measure between utkast, publicerad and arkiverad.

    Publishing is an editor vouching for the content: with `user` given it counts as a
    confirmation.
    """
    if status not in Measure.Status.values:
        raise ValidationError(_("Okänd status."))
    if status == Measure.Status.PUBLISHED:
        missing = missing_for_publishing(measure)
        if missing:
            raise ValidationError(
                _("Insatsen kan inte publiceras förrän den har %(what)s.")
                % {"what": ", ".join(missing)}
            )
    with transaction.atomic():
        claim_version(Measure, measure, expected_version)
        measure.status = status
        if status == Measure.Status.PUBLISHED and user is not None:
            _confirmed_by(measure, user)
        measure.save()
    return measure


def measure_verify(*, measure, user, expected_version) -> Measure:
    """Record that `user` confirmed today that the measure's information is correct.

    What was confirmed is the version the editor saw: if someone changed the measure since,
    EditConflict is raised and nothing is recorded.
    """
    with transaction.atomic():
        claim_version(Measure, measure, expected_version)
        _confirmed_by(measure, user)
        measure.save(update_fields=CONFIRMATION_FIELDS)
    return measure


def measure_update_places(*, measure, places_available, expected_version) -> Measure:
    """The dashboard's quick update of free places; refused like a form save if stale."""
    with transaction.atomic():
        claim_version(Measure, measure, expected_version)
        measure.places_available = places_available
        measure.places_updated_at = timezone.now()
        measure.save(update_fields=["places_available", "places_updated_at", "updated_at"])
    return measure


def measure_copy(*, measure, expected_version) -> Measure:
    """A new draft with the content of the version the editor saw, its taxonomies and locations.

    The source is read in several queries. Every write to a measure bumps its version in the same
    transaction, so if the version is still `expected_version` after the last read, no save fell
    between the reads and the copy holds one version, not a mixture; otherwise EditConflict.
    The source's version itself is left alone: copying does not change it.
    """
    with transaction.atomic():
        source = Measure.objects.get(pk=measure.pk)
        if source.version != expected_version:
            raise EditConflict(source)
        related = {field: list(getattr(source, field).all()) for field in M2M_FIELDS}
        locations = list(source.locations.all())
        if not Measure.objects.filter(pk=source.pk, version=expected_version).exists():
            raise EditConflict(Measure.objects.get(pk=source.pk))
        copy = source
        title = _("Kopia av %(title)s") % {"title": source.title}
        copy.pk = None
        copy.id = None
        copy.uuid = uuid4()  # the copy is another record in the open data
        copy._state.adding = True
        copy.slug = ""
        copy.title = title[: Measure._meta.get_field("title").max_length]
        copy.status = Measure.Status.DRAFT
        copy.published_at = None
        copy.last_verified = None
        copy.verified_at = None
        copy.verified_by = None
        copy.verification_reminder_sent_at = None
        copy.version = 1
        copy.is_example = False
        with _one_history_record(copy):
            copy.save()
            for field, values in related.items():
                getattr(copy, field).set(values)
            Location.objects.bulk_create(
                Location(
                    measure=copy,
                    **{
                        f.name: getattr(location, f.name)
                        for f in Location._meta.concrete_fields
                        if f.name not in {"id", "uuid", "measure"}
                    },
                )
                for location in locations
            )
    return copy


def measure_restore(*, measure, record, expected_version) -> Measure:
    """Bring back the content of an earlier version; the restore becomes a new version."""
    if record.id != measure.pk:
        raise ValidationError(_("Versionen hör till en annan insats."))
    with transaction.atomic():
        claim_version(Measure, measure, expected_version)
        for field in Measure._meta.concrete_fields:
            if field.name in NOT_RESTORED or not hasattr(record, field.attname):
                continue
            setattr(measure, field.attname, getattr(record, field.attname))
        with _one_history_record(measure):
            measure.save()
            for field in M2M_FIELDS:
                column = Measure._meta.get_field(field).m2m_reverse_field_name()
                ids = getattr(record, field).values_list(f"{column}_id", flat=True)
                getattr(measure, field).set(list(ids))
    return measure
