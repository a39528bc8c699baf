"""The "Ändringar" list of a meeting: who changed which fields, from what, to what.

The measures' history (measures/history.py) reads the measure's taxonomies and cannot be
imported from here (the apps' layers); a meeting has only plain fields and its host, so this is
the short version of the same idea.
"""

from dataclasses import dataclass, field

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from .models import EDITABLE_FIELDS, Meeting

SHOWN = EDITABLE_FIELDS


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


def _display(model_field, record):
    if record is None:
        return "–"
    if model_field.name == "municipality":
        return str(record.municipality)
    value = getattr(record, model_field.attname)
    if value in (None, ""):
        return "–"
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if model_field.get_internal_type() == "DateTimeField":
        return formats.date_format(timezone.localtime(value), "j F Y H:i")
    return str(value)


def changes_between(previous, record) -> list[Change]:
    """The shown fields that differ from `previous` (None: what the first version held)."""
    changes = []
    for name in SHOWN:
        model_field = Meeting._meta.get_field(name)
        new = getattr(record, model_field.attname)
        old = getattr(previous, model_field.attname) if previous is not None else None
        if old == new or (previous is None and new in (None, "")):
            continue
        label = str(model_field.verbose_name).capitalize()
        changes.append(
            Change(label, _display(model_field, previous), _display(model_field, record))
        )
    return changes


def meeting_history(meeting, limit=50) -> list[Entry]:
    """The newest `limit` versions of `meeting`, each with its changes against the one before."""
    records = list(
        meeting.history.select_related("history_user", "municipality").order_by(
            "-history_date", "-history_id"
        )[: limit + 1]
    )
    entries = []
    for index, record in enumerate(records[:limit]):
        previous = records[index + 1] if index + 1 < len(records) else None
        if previous is None and record.history_type != "+":
            entries.append(Entry(record))
            continue
        entries.append(Entry(record, changes_between(previous, record)))
    return entries


def changes_since(meeting, version) -> list[Change]:
    """What was saved after the editor's page showed `version` (for the conflict message)."""
    history = meeting.history.select_related("municipality").order_by(
        "-history_date", "-history_id"
    )
    started, latest = history.filter(version=version).first(), history.first()
    if started is None or latest is None:
        return []
    return changes_between(started, latest)
