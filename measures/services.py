"""Writes that touch a measure and what hangs on it (taxonomies, locations, history).

Each function runs in one transaction and leaves one history record per user action, so the
history page reads as "who did what", not as a trace of database statements.
"""

import contextlib

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.versioning import EditConflict, claim_version

from .models import Location, Measure

__all__ = ["EditConflict"]  # re-exported: the views catch it from here

M2M_FIELDS = ["categories", "target_groups", "needs", "languages"]
# What a restore brings back: the content. Status, publication and verification stay as they are,
# since they describe what has happened to the measure, not what it says.
NOT_RESTORED = {
    "id",
    "slug",
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


def measure_save(*, form, locations=None, expected_version=None) -> Measure:
    """Create or update a measure from a valid ModelForm (and its locations formset)."""
    with transaction.atomic():
        measure = form.instance
        if measure.pk is not None:
            claim_version(Measure, measure, expected_version)
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


def measure_set_status(*, measure, status) -> Measure:
    """Move a measure between utkast, publicerad and arkiverad."""
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
        claim_version(Measure, measure, measure.version)
        measure.status = status
        measure.save()
    return measure


def measure_verify(*, measure, user) -> Measure:
    """Record that `user` confirmed today that the measure's information is correct."""
    measure.last_verified = timezone.localdate()
    measure.verified_at = timezone.now()
    measure.verified_by = user
    measure.verification_reminder_sent_at = None
    measure.save(
        update_fields=[
            "last_verified",
            "verified_at",
            "verified_by",
            "verification_reminder_sent_at",
        ]
    )
    return measure


def measure_update_places(*, measure, places_available) -> Measure:
    measure.places_available = places_available
    measure.places_updated_at = timezone.now()
    measure.save(update_fields=["places_available", "places_updated_at", "updated_at"])
    return measure


def measure_copy(*, measure) -> Measure:
    """A new draft with the same content, its taxonomies and locations."""
    with transaction.atomic():
        copy = Measure.objects.get(pk=measure.pk)
        copy.pk = None
        copy.id = None
        copy._state.adding = True
        copy.slug = ""
        copy.title = _("Kopia av %(title)s") % {"title": measure.title}
        copy.title = copy.title[: Measure._meta.get_field("title").max_length]
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
            for field in M2M_FIELDS:
                getattr(copy, field).set(getattr(measure, field).all())
            Location.objects.bulk_create(
                Location(
                    measure=copy,
                    **{
                        f.name: getattr(location, f.name)
                        for f in Location._meta.concrete_fields
                        if f.name not in {"id", "measure"}
                    },
                )
                for location in measure.locations.all()
            )
    return copy


def measure_restore(*, measure, record) -> Measure:
    """Bring back the content of an earlier version; the restore becomes a new version."""
    if record.id != measure.pk:
        raise ValidationError(_("Versionen hör till en annan insats."))
    with transaction.atomic():
        claim_version(Measure, measure, measure.version)
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
