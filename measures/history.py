"""A readable history of a measure: who changed which fields, from what, to what (core.history)."""

from core.history import Change, Entry, History, readable_time
from core.i18n import localized

from .models import Category, Language, Measure, MeasureType, Need, Project, TargetGroup

__all__ = ["Change", "Entry", "changes_between", "measure_history", "readable_time", "term_names"]


def term_names(model):
    """{id: name} in the visitor's language for a taxonomy (a project keeps its one name)."""
    return lambda ids: {row.pk: localized(row, "name") for row in model.objects.filter(pk__in=ids)}


MEASURE_HISTORY = History(
    Measure,
    hidden={"id", "uuid", "version", "updated_at", "created_at", "search_text", "search_document"},
    named={"measure_type": term_names(MeasureType), "project": term_names(Project)},
    many={
        "categories": term_names(Category),
        "target_groups": term_names(TargetGroup),
        "needs": term_names(Need),
        "languages": term_names(Language),
    },
    related=("municipality", "unit"),
)

measure_history = MEASURE_HISTORY.entries
changes_between = MEASURE_HISTORY.changes_between
