"""A readable history of a measure: who changed which fields, from what, to what."""

import datetime
from dataclasses import dataclass, field

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from core.i18n import localized

from .models import Category, Language, Measure, MeasureType, Need, Project, TargetGroup

HIDDEN = {"id", "uuid", "version", "updated_at", "created_at", "search_text", "search_document"}
FOREIGN = {"measure_type": MeasureType, "project": Project}
MANY = {"categories": Category, "target_groups": TargetGroup, "needs": Need, "languages": Language}


@dataclass
class Change:
    label: str
    old: str
    new: str


@dataclass
class Entry:
    record: object
    changes: list[Change] = field(default_factory=list)

    @property
    def kind(self):
        return {"+": _("Skapad"), "~": _("Ändrad"), "-": _("Borttagen")}[self.record.history_type]


def readable_time(value: datetime.datetime) -> str:
    """A moment as a person in Sweden reads it: local time, no seconds (28 november 2026 14:05)."""
    return formats.date_format(timezone.localtime(value), "j F Y H:i")


def _display(value):
    if value is None or value == "":
        return "–"
    if value is True:
        return _("Ja")
    if value is False:
        return _("Nej")
    if isinstance(value, datetime.datetime):
        return readable_time(value)
    if isinstance(value, datetime.date):
        return formats.date_format(value, "j F Y")
    return str(value)


def measure_history(measure, limit=50) -> list[Entry]:
    """The newest `limit` versions of `measure`, each with its changes against the one before."""
    records = list(
        measure.history.select_related("history_user", "municipality", "unit").order_by(
            "-history_date", "-history_id"
        )[: limit + 1]
    )
    models = {*FOREIGN.values(), *MANY.values()}
    names = {model: _names(model) for model in models}
    m2m = {name: _m2m_ids(records, name) for name in MANY}
    entries = []
    for index, record in enumerate(records[:limit]):
        previous = records[index + 1] if index + 1 < len(records) else None
        entry = Entry(record)
        if previous is not None:
            entry.changes = _changes(record, previous, names, m2m)
        elif record.history_type == "+":
            # The first version: what it held, field by field, against nothing.
            entry.changes = _changes(record, None, names, m2m)
        entries.append(entry)
    return entries


def changes_between(old_record, new_record) -> list[Change]:
    """What changed from one stored version to another (for the edit-conflict page)."""
    records = [new_record, old_record]
    models = {*FOREIGN.values(), *MANY.values()}
    names = {model: _names(model) for model in models}
    m2m = {name: _m2m_ids(records, name) for name in MANY}
    return _changes(new_record, old_record, names, m2m)


def _names(model) -> dict:
    """{pk: name} in the visitor's language for a taxonomy (a project keeps its one name)."""
    return {row.pk: localized(row, "name") for row in model.objects.all()}


def _m2m_ids(records, name):
    """{history_id: set of term ids} for one many-to-many field, in one query."""
    column = Measure._meta.get_field(name).m2m_reverse_field_name() + "_id"
    result = {record.history_id: set() for record in records}
    if records:
        rows_model = getattr(records[0], name).model
        rows = rows_model.objects.filter(history_id__in=result).values_list("history_id", column)
        for history_id, term_id in rows:
            result[history_id].add(term_id)
    return result


def _changes(record, previous, names, m2m) -> list[Change]:
    changes = []
    for model_field in Measure._meta.concrete_fields:
        if model_field.name in HIDDEN or not hasattr(record, model_field.attname):
            continue
        new = getattr(record, model_field.attname)
        old = getattr(previous, model_field.attname) if previous is not None else None
        if old == new or (previous is None and new in (None, "", False)):
            continue
        label = str(model_field.verbose_name).capitalize()
        if model_field.name in FOREIGN:
            lookup = names[FOREIGN[model_field.name]]
            old, new = lookup.get(old), lookup.get(new)
        elif model_field.name in {"municipality", "unit", "verified_by"}:
            old = getattr(previous, model_field.name) if previous is not None else None
            new = getattr(record, model_field.name)
        elif model_field.choices:
            choices = dict(model_field.flatchoices)
            old, new = choices.get(old, old), choices.get(new, new)
        changes.append(Change(label, _display(old), _display(new)))
    for name, model in MANY.items():
        old_ids = m2m[name][previous.history_id] if previous is not None else set()
        new_ids = m2m[name][record.history_id]
        if old_ids != new_ids:
            lookup = names[model]
            changes.append(
                Change(
                    str(Measure._meta.get_field(name).verbose_name).capitalize(),
                    ", ".join(sorted(lookup.get(i, "?") for i in old_ids)) or "–",
                    ", ".join(sorted(lookup.get(i, "?") for i in new_ids)) or "–",
                )
            )
    return changes
