"""Writes to the employer register: each in one transaction, refused when the editor's page is
stale (core/versioning.py), one history record per user action."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.versioning import EditConflict, claim_version

from .models import Employer

__all__ = ["EditConflict"]  # re-exported: the views catch it from here

CONFIRMATION_FIELDS = ["last_verified", "verified_at", "verified_by"]


def _confirmed_by(employer, user) -> None:
    employer.last_verified = timezone.localdate()
    employer.verified_at = timezone.now()
    employer.verified_by = user


def employer_save(*, form, expected_version=None, user=None) -> Employer:
    """Create or update an employer from a valid EmployerForm.

    Saving the form is an editor vouching for what it says, so with `user` it confirms too. Two
    editors entering the same organisation number at once: the second is refused with the
    form's message (the unique constraint decides), not a server error.
    """
    employer = form.instance
    try:
        with transaction.atomic():
            if employer.pk is not None:
                claim_version(Employer, employer, expected_version)
            if user is not None:
                _confirmed_by(employer, user)
            employer.skip_history_when_saving = True
            try:
                form.save()
            finally:
                del employer.skip_history_when_saving
            employer.save()  # the one history record, with the many-to-many links as saved
    except IntegrityError as error:
        if Employer.objects.filter(
            municipality=employer.municipality_id, org_number=employer.org_number
        ).exists():
            raise ValidationError(
                {"org_number": _("Organisationsnumret finns redan i kommunens register.")}
            ) from error
        raise
    return employer


def employer_verify(*, employer, user, expected_version) -> Employer:
    """Record that `user` confirmed today that the employer's information is right."""
    with transaction.atomic():
        claim_version(Employer, employer, expected_version)
        _confirmed_by(employer, user)
        employer.save(update_fields=[*CONFIRMATION_FIELDS, "version", "updated_at"])
    return employer


def employer_delete(*, employer, expected_version) -> None:
    """Remove an employer from the register (its history stays, as for every model)."""
    with transaction.atomic():
        claim_version(Employer, employer, expected_version)
        employer.delete()
