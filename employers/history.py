"""A readable history of an employer: who changed which fields, from what, to what.

The entries and changes are measures' (measures/history.py), so the dashboard's history template
shows both alike.
"""

# _display: how measures' history writes a value; the same words here.
from measures.history import Change, Entry, _display, readable_time
from measures.models import Language, Measure

from .models import Employer, PlacementKind

__all__ = ["changes_between", "employer_history", "readable_time"]

HIDDEN = {"id", "version", "updated_at", "created_at", "verified_at", "search_name"}
MANY = {"placement_kinds": PlacementKind, "languages": Language, "hosted_measures": Measure}


def _names() -> dict:
    return {
        "placement_kinds": {kind.pk: kind.label for kind in PlacementKind.objects.all()},
        "languages": {language.pk: language.label for language in Language.objects.all()},
    }


def _linked_ids(records, name) -> dict[int, set[int]]:
    """{history_id: ids linked} for one many-to-many field, in one query."""
    column = Employer._meta.get_field(name).m2m_reverse_field_name() + "_id"
    result = {record.history_id: set() for record in records}
    if records:
        rows = getattr(records[0], name).model.objects.filter(history_id__in=result)
        for history_id, linked_id in rows.values_list("history_id", column):
            result[history_id].add(linked_id)
    return result


def _changes(record, previous, names, links) -> list[Change]:
    changes = []
    for model_field in Employer._meta.concrete_fields:
        if model_field.name in HIDDEN:
            continue
        new = getattr(record, model_field.attname)
        old = getattr(previous, model_field.attname) if previous is not None else None
        if old == new or (previous is None and new in (None, "", False)):
            continue
        if model_field.is_relation:
            old = getattr(previous, model_field.name) if previous is not None else None
            new = getattr(record, model_field.name)
        elif model_field.choices:
            choices = dict(model_field.flatchoices)
            old, new = choices.get(old, old), choices.get(new, new)
        label = str(model_field.verbose_name).capitalize()
        changes.append(Change(label, _display(old), _display(new)))
    for name, lookup in names.items():
        old_ids = links[name][previous.history_id] if previous is not None else set()
        new_ids = links[name][record.history_id]
        if old_ids != new_ids:
            label = str(Employer._meta.get_field(name).verbose_name).capitalize()
            old_text = ", ".join(sorted(lookup.get(pk, "?") for pk in old_ids)) or "–"
            new_text = ", ".join(sorted(lookup.get(pk, "?") for pk in new_ids)) or "–"
            changes.append(Change(label, old_text, new_text))
    return changes


def employer_history(employer, limit=50) -> list[Entry]:
    """The newest `limit` versions of `employer`, each with its changes against the one before."""
    records = list(
        employer.history.select_related("history_user", "municipality", "verified_by").order_by(
            "-history_date", "-history_id"
        )[: limit + 1]
    )
    names = _names()
    hosted = _linked_ids(records, "hosted_measures")
    all_ids = set().union(*hosted.values()) if hosted else set()
    names["hosted_measures"] = dict(
        Measure.objects.filter(pk__in=all_ids).values_list("pk", "title")
    )
    links = {name: _linked_ids(records, name) for name in ("placement_kinds", "languages")}
    links["hosted_measures"] = hosted
    entries = []
    for index, record in enumerate(records[:limit]):
        previous = records[index + 1] if index + 1 < len(records) else None
        entry = Entry(record)
        if previous is not None or record.history_type == "+":
            entry.changes = _changes(record, previous, names, links)
        entries.append(entry)
    return entries


def changes_between(old_record, new_record) -> list[Change]:
    """What changed from one stored version to another (for the edit-conflict page)."""
    records = [new_record, old_record]
    names = _names()
    links = {name: _linked_ids(records, name) for name in MANY}
    ids = set().union(*links["hosted_measures"].values())
    names["hosted_measures"] = dict(Measure.objects.filter(pk__in=ids).values_list("pk", "title"))
    return _changes(new_record, old_record, names, links)
