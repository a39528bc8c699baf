"""A readable history of a record kept by django-simple-history: who changed which fields, from
what, to what. One reader for every app (measures, employers, meetings); each app says which
fields it shows and how the records its links point at are named.
"""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.utils import formats, timezone
from django.utils.translation import gettext as _

# {ids} -> {id: name}: how a linked record (a term, a project, a measure) is named in a change.
Names = Callable[[set], dict]


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


def display(value) -> str:
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


def names_of(model, label: Callable = str) -> Names:
    """Names of `model`'s rows by id, one query for the ids asked."""
    return lambda ids: {row.pk: label(row) for row in model.objects.filter(pk__in=ids)}


class History:
    """How one model's history reads.

    `shown`: the fields listed (default: every concrete field not in `hidden`). `named`: foreign
    keys whose value is named by a lookup instead of the linked object's str() (a term in the
    visitor's language). `many`: the many-to-many fields listed, each with its names. Other
    foreign keys show the linked object (list them in `related` to read them in the same query).
    """

    def __init__(
        self,
        model,
        *,
        hidden: Iterable[str] = (),
        shown: Iterable[str] | None = None,
        named: dict[str, Names] | None = None,
        many: dict[str, Names] | None = None,
        related: Iterable[str] = (),
    ):
        self.model = model
        self.hidden = set(hidden)
        self.shown = None if shown is None else list(shown)
        self.named = named or {}
        self.many = many or {}
        self.related = ("history_user", *related)

    def entries(self, obj, limit=50) -> list[Entry]:
        """The newest `limit` versions of `obj`, each with its changes against the one before
        (the first version: what it held, field by field, against nothing)."""
        records = list(
            obj.history.select_related(*self.related).order_by("-history_date", "-history_id")[
                : limit + 1
            ]
        )
        lookups = self._lookups(records)
        entries = []
        for index, record in enumerate(records[:limit]):
            previous = records[index + 1] if index + 1 < len(records) else None
            entry = Entry(record)
            if previous is not None or record.history_type == "+":
                entry.changes = self._changes(record, previous, lookups)
            entries.append(entry)
        return entries

    def changes_between(self, old_record, new_record) -> list[Change]:
        """What changed from one stored version to another (for the edit-conflict page)."""
        lookups = self._lookups([new_record, old_record])
        return self._changes(new_record, old_record, lookups)

    def conflict(self, form, current, started_from, make_form) -> tuple:
        """After an EditConflict: the editor's input bound again on top of the version now
        stored (`make_form(data, current)`), so the next save may overwrite, knowingly; and what
        the conflict page says: who saved in between and what they changed."""
        data = form.data.copy()
        data["version"] = str(current.version)
        form = make_form(data, current)
        form.is_valid()
        history = current.history.select_related("history_user").order_by(
            "-history_date", "-history_id"
        )
        started = history.filter(version=started_from).first() if started_from else None
        latest = history.first()
        return form, {
            "conflict": True,
            "conflict_changes": self.changes_between(started, latest) if started and latest else [],
            "conflict_user": latest.history_user if latest else None,
        }

    def _fields(self):
        if self.shown is not None:
            return [self.model._meta.get_field(name) for name in self.shown]
        return [f for f in self.model._meta.concrete_fields if f.name not in self.hidden]

    def _lookups(self, records):
        """({field: {history_id: linked ids}}, {field: {id: name}}), two queries a field."""
        links = {name: self._linked_ids(records, name) for name in self.many}
        ids = {name: set().union(*links[name].values()) for name in self.many}
        for name in self.named:
            ids[name] = {getattr(r, self.model._meta.get_field(name).attname) for r in records}
        names = {name: lookup(ids[name] - {None}) for name, lookup in self.named.items()}
        names |= {name: lookup(ids[name]) for name, lookup in self.many.items()}
        return links, names

    def _linked_ids(self, records, name) -> dict:
        """{history_id: set of linked ids} for one many-to-many field, in one query."""
        column = self.model._meta.get_field(name).m2m_reverse_field_name() + "_id"
        result = {record.history_id: set() for record in records}
        if records:
            rows = getattr(records[0], name).model.objects.filter(history_id__in=result)
            for history_id, linked_id in rows.values_list("history_id", column):
                result[history_id].add(linked_id)
        return result

    def _changes(self, record, previous, lookups) -> list[Change]:
        links, names = lookups
        changes = []
        for model_field in self._fields():
            if not hasattr(record, model_field.attname):
                continue
            new = getattr(record, model_field.attname)
            old = getattr(previous, model_field.attname) if previous is not None else None
            if old == new or (previous is None and new in (None, "", False)):
                continue
            if model_field.name in self.named:
                old, new = names[model_field.name].get(old), names[model_field.name].get(new)
            elif model_field.is_relation:
                old = getattr(previous, model_field.name) if previous is not None else None
                new = getattr(record, model_field.name)
            elif model_field.choices:
                choices = dict(model_field.flatchoices)
                old, new = choices.get(old, old), choices.get(new, new)
            label = str(model_field.verbose_name).capitalize()
            changes.append(Change(label, display(old), display(new)))
        for name in self.many:
            old_ids = links[name][previous.history_id] if previous is not None else set()
            new_ids = links[name][record.history_id]
            if old_ids != new_ids:
                lookup = names[name]
                changes.append(
                    Change(
                        str(self.model._meta.get_field(name).verbose_name).capitalize(),
                        ", ".join(sorted(lookup.get(i, "?") for i in old_ids)) or "–",
                        ", ".join(sorted(lookup.get(i, "?") for i in new_ids)) or "–",
                    )
                )
        return changes
