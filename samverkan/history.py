"""The "Ändringar" list of a meeting: who changed which fields, from what, to what
(core.history; the editable fields and the host)."""

from core.history import History

from .models import EDITABLE_FIELDS, Meeting

MEETING_HISTORY = History(Meeting, shown=EDITABLE_FIELDS, related=("municipality",))

meeting_history = MEETING_HISTORY.entries
changes_between = MEETING_HISTORY.changes_between
