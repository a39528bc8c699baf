"""Any change to what the public list can show is recorded as one catalogue change (see
CatalogueState): the measures it touched, or "rebuild" for anything else.

Saving or deleting a measure, or changing its categories, target groups, needs or languages,
records the measure's id: each process then rereads only that measure (measures/catalogue.py).
A change to a municipality, a unit, a taxonomy term, a project or the search thesaurus records
"rebuild": it can move many measures at once (a municipality's name orders the list, a term's
deletion empties its facet), and it is rare.

The change is recorded after the writer's transaction has committed, in a short transaction of
its own. Recording it inside the writer's transaction would keep the one CatalogueState row
locked until that transaction ends, so every other editor's save would queue behind it, and a
500-row import would hold them all up. One change per transaction, naming every measure it
touched, however many.

A reader may briefly (between the commit and the record) see the new catalogue under the old
version; the record then moves every process on. A rolled-back transaction records nothing.

Writes that send no signals (QuerySet.update, bulk_create) must call `bump_after_commit`
themselves (with the ids, or `rebuild=True`); generate_measures does.
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
REBUILD_ON = [
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


def bump_catalogue_version(measure_ids=(), *, rebuild=False):
    """Record a change of the catalogue now, in a transaction of its own."""
    with transaction.atomic():
        CatalogueState.bump(measure_ids, rebuild=rebuild)


class _PendingBump:
    """The change of one commit: every write adds to it, the first callback to run records it.

    Each write registers its own callback, so whichever of them survive savepoint rollbacks,
    one runs; the rest find the change recorded. The ids of writes in a rolled-back savepoint
    stay in it: a measure read again for nothing costs nothing. A transaction rolled back
    entirely runs none of them, and the same (unrecorded) change serves the connection's next
    transaction.
    """

    def __init__(self):
        self.done = False
        self.measure_ids: set[int] = set()
        self.rebuild = False

    def __call__(self):
        if not self.done:
            self.done = True
            bump_catalogue_version(self.measure_ids, rebuild=self.rebuild)


_pending = threading.local()


def bump_after_commit(measure_ids=(), *, rebuild=False):
    """Record a change once the current transaction commits (at once without one).

    `measure_ids`: the measures whose row or many-to-many links changed; `rebuild`: something
    else changed that the catalogue index reads."""
    if not transaction.get_connection().in_atomic_block:
        bump_catalogue_version(measure_ids, rebuild=rebuild)
        return
    bump = getattr(_pending, "bump", None)
    if bump is None or bump.done:
        bump = _pending.bump = _PendingBump()
    bump.measure_ids.update(measure_ids)
    bump.rebuild = bump.rebuild or rebuild
    # robust: the change itself is committed by then; a failed record must not turn it into a
    # 500. The index then lacks that change until the measure changes again or the next day.
    transaction.on_commit(bump, robust=True)


def measure_changed(sender, instance, **kwargs):
    if kwargs.get("raw"):  # loading fixtures
        return
    bump_after_commit([instance.pk])


def measure_links_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    if not reverse:  # measure.categories.add(...)
        bump_after_commit([instance.pk])
    elif pk_set is not None:  # category.measures.add(...)
        bump_after_commit(pk_set)
    else:  # category.measures.clear(): which measures is no longer known
        bump_after_commit(rebuild=True)


def something_else_changed(sender, **kwargs):
    if kwargs.get("raw"):
        return
    bump_after_commit(rebuild=True)


def connect():
    post_save.connect(measure_changed, sender=Measure, dispatch_uid="catalogue-save-Measure")
    post_delete.connect(measure_changed, sender=Measure, dispatch_uid="catalogue-delete-Measure")
    for model in REBUILD_ON:
        post_save.connect(
            something_else_changed, sender=model, dispatch_uid=f"catalogue-save-{model.__name__}"
        )
        post_delete.connect(
            something_else_changed,
            sender=model,
            dispatch_uid=f"catalogue-delete-{model.__name__}",
        )
    for through in M2M:
        m2m_changed.connect(
            measure_links_changed,
            sender=through,
            dispatch_uid=f"catalogue-m2m-{through.__name__}",
        )
