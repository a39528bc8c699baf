"""The "Ändringar" list of a meeting: who changed which fields, from what, to what
(core.history; the editable fields and the host)."""

from core.history import Change, History

from .models import EDITABLE_FIELDS, Meeting

MEETING_HISTORY = History(Meeting, shown=EDITABLE_FIELDS, related=("municipality",))

meeting_history = MEETING_HISTORY.entries
changes_between = MEETING_HISTORY.changes_between


def changes_since(meeting, version) -> list[Change]:
    """What was saved after the editor's page showed `version` (for the conflict message)."""
    history = meeting.history.select_related("municipality").order_by(
        "-history_date", "-history_id"
    )
    started, latest = history.filter(version=version).first(), history.first()
    if started is None or latest is None:
        return []
    return changes_between(started, latest)
