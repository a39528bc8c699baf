"""Optimistic locking for any model with a `version` field (measures, units).

A save names the version its editor started from. One conditional UPDATE bumps the stored
version only if it still matches, so of two editors saving at once exactly one wins; the other
gets EditConflict and nothing of theirs is written.
"""

from django.db.models import F
from django.utils.translation import gettext as _


class EditConflict(Exception):
    """Someone else saved the object after this editor opened it."""

    def __init__(self, current):
        super().__init__(_("Någon annan har sparat ändringar under tiden."))
        self.current = current


def claim_version(model, instance, expected_version):
    """Bump the stored version if it is still `expected_version`; else raise EditConflict.

    `instance` must have been read at that version too: a full save after the claim writes every
    field of `instance`, so an instance read before (or after) the editor's version would write
    content the editor never saw.
    """
    claimed = expected_version is not None and instance.version == expected_version
    if claimed:
        claimed = model.objects.filter(pk=instance.pk, version=expected_version).update(
            version=F("version") + 1
        )
    if not claimed:
        raise EditConflict(model.objects.get(pk=instance.pk))
    instance.version = expected_version + 1
