"""Any change to what the public list can show bumps the catalogue version (see CatalogueState).

The bump waits until the writer's transaction has committed and then runs in a short transaction
of its own. Bumping inside the writer's transaction would keep the one CatalogueState row locked
until that transaction ends, so every other editor's save would queue behind it, and a 500-row
import would hold them all up. One bump per transaction is enough, however many rows it changed.

A reader may briefly (between the commit and the bump) see the new catalogue under the old
version; the bump then moves every process on. A rolled-back transaction bumps nothing.
"""

import threading

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from municipalities.models import Municipality, Unit

from .models import (
    CatalogueState,
    Category,
    Language,
    Measure,
    MeasureType,
    Need,
    Project,
    SearchTerm,
    TargetGroup,
)

# SearchTerm: the search thesaurus changes what a search finds (measures/search.py).
WATCHED = [
    Measure,
    Municipality,
    Unit,
    Category,
    MeasureType,
    TargetGroup,
    Need,
    Language,
    Project,
    SearchTerm,
]
M2M = [
    Measure.categories.through,
    Measure.target_groups.through,
    Measure.needs.through,
    Measure.languages.through,
]


def bump_catalogue_version():
    """Give the catalogue a new version now, in a transaction of its own."""
    with transaction.atomic():
        CatalogueState.bump()


class _PendingBump:
    """The bump of one commit: every change registers it, the first to run at commit bumps.

    Each change registers its own callback, so whichever of them survive savepoint rollbacks,
    one runs; the rest find the bump done. A transaction rolled back entirely runs none of them,
    and the same (undone) bump serves the connection's next transaction.
    """

    def __init__(self):
        self.done = False

    def __call__(self):
        if not self.done:
            self.done = True
            bump_catalogue_version()


_pending = threading.local()


def bump_after_commit():
    """Bump the catalogue version once the current transaction commits (at once without one)."""
    if not transaction.get_connection().in_atomic_block:
        bump_catalogue_version()
        return
    bump = getattr(_pending, "bump", None)
    if bump is None or bump.done:
        bump = _pending.bump = _PendingBump()
    # robust: the change itself is committed by then; a failed bump must not turn it into a 500.
    transaction.on_commit(bump, robust=True)


def catalogue_changed(sender, **kwargs):
    if kwargs.get("raw"):  # loading fixtures
        return
    if "action" in kwargs and not kwargs["action"].startswith("post_"):
        return
    bump_after_commit()


def connect():
    for model in WATCHED:
        post_save.connect(
            catalogue_changed, sender=model, dispatch_uid=f"catalogue-save-{model.__name__}"
        )
        post_delete.connect(
            catalogue_changed, sender=model, dispatch_uid=f"catalogue-delete-{model.__name__}"
        )
    for through in M2M:
        m2m_changed.connect(
            catalogue_changed, sender=through, dispatch_uid=f"catalogue-m2m-{through.__name__}"
        )
