"""A readable history of a measure: who changed which fields, from what, to what (core.history)."""

from core.history import Change, Entry, History, names_of, readable_time

from .models import Category, Language, Measure, MeasureType, Need, Project, TargetGroup

__all__ = ["Change", "Entry", "changes_between", "measure_history", "readable_time"]

# Terms are named by their str(): the name in the visitor's language (a project has one name).
MEASURE_HISTORY = History(
    Measure,
    hidden={"id", "uuid", "version", "updated_at", "created_at", "search_text", "search_document"},
    named={"measure_type": names_of(MeasureType), "project": names_of(Project)},
    many={
        "categories": names_of(Category),
        "target_groups": names_of(TargetGroup),
        "needs": names_of(Need),
        "languages": names_of(Language),
    },
    related=("municipality", "unit"),
)

measure_history = MEASURE_HISTORY.entries
changes_between = MEASURE_HISTORY.changes_between
