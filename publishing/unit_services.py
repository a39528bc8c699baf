"""Writes to a municipality's units: one transaction and one history record per save.

Editing uses the same optimistic locking as measures (core/versioning.py).
"""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from core.versioning import claim_version
from municipalities.models import Unit


def unit_save(*, form, expected_version=None) -> Unit:
    """Create or update a unit from a valid UnitForm.

    For an existing unit, `expected_version` is the version the editor started from; if someone
    saved in between, EditConflict is raised and nothing is written.
    """
    unit = form.instance
    try:
        with transaction.atomic():
            if unit.pk is not None:
                expected = unit.version if expected_version is None else expected_version
                # A conditional UPDATE without history; form.save() then writes the one record.
                claim_version(Unit, unit, expected)
            form.save()
    except IntegrityError as error:
        # Two people saved the same new name at the same moment; the form's check saw neither.
        taken = Unit.objects.filter(municipality_id=unit.municipality_id, name=unit.name)
        if taken.exclude(pk=unit.pk).exists():
            raise ValidationError(
                {"name": _("Kommunen har redan en enhet med det namnet.")}
            ) from error
        raise
    return unit
