"""A readable history of an employer: who changed which fields, from what, to what
(core.history, as the measures' history, so the dashboard's history template shows both alike)."""

from core.history import History, names_of, readable_time
from measures.models import Language, Measure

from .models import Employer, PlacementKind

__all__ = ["changes_between", "employer_history", "readable_time"]

EMPLOYER_HISTORY = History(
    Employer,
    hidden={"id", "version", "updated_at", "created_at", "verified_at", "search_name"},
    many={
        # Their str() is the label in the visitor's language.
        "placement_kinds": names_of(PlacementKind),
        "languages": names_of(Language),
        "hosted_measures": names_of(Measure, lambda measure: measure.title),
    },
    related=("municipality", "verified_by"),
)

employer_history = EMPLOYER_HISTORY.entries
changes_between = EMPLOYER_HISTORY.changes_between
