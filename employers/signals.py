"""A change of an employer moves the catalogue on when a measure page shows that employer.

A measure's public page lists the listed employers that host it (employers/partials/
measure_hosts.html) and is cached for visitors under the catalogue's version
(measures.catalogue.catalogue_key). So a save or deletion of an employer that hosts measures, and
any change of which measures it hosts, records a catalogue change naming those measures: the
cached copies become unreachable and the next visitor gets the page as it now is. An employer
that hosts nothing changes no measure page and records nothing.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete

from measures.signals import bump_after_commit

from .models import Employer


def _hosted_ids(employer) -> set[int]:
    return set(employer.hosted_measures.values_list("pk", flat=True))


def employer_saved(sender, instance, raw=False, **kwargs):
    if raw:  # loading fixtures
        return
    ids = _hosted_ids(instance)
    if ids:
        bump_after_commit(ids)


def employer_deleting(sender, instance, **kwargs):
    # Read before the links go with the row.
    instance._hosted_before_delete = _hosted_ids(instance)


def employer_deleted(sender, instance, **kwargs):
    ids = getattr(instance, "_hosted_before_delete", set())
    if ids:
        bump_after_commit(ids)


def hosting_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action == "pre_clear":
        # clear() names no ids afterwards: remember them now.
        instance._hosted_before_clear = {instance.pk} if reverse else _hosted_ids(instance)
        return
    if not action.startswith("post_"):
        return
    if action == "post_clear":
        ids = getattr(instance, "_hosted_before_clear", set())
    elif reverse:  # measure.host_employers.add(...)
        ids = {instance.pk}
    else:  # employer.hosted_measures.add(...)
        ids = set(pk_set or ())
    if ids:
        bump_after_commit(ids)


def connect():
    post_save.connect(employer_saved, sender=Employer, dispatch_uid="employers-save")
    pre_delete.connect(employer_deleting, sender=Employer, dispatch_uid="employers-deleting")
    post_delete.connect(employer_deleted, sender=Employer, dispatch_uid="employers-delete")
    m2m_changed.connect(
        hosting_changed,
        sender=Employer.hosted_measures.through,
        dispatch_uid="employers-hosting",
    )
