"""What the HSDS lists select: public measures only (`Measure.objects.public()`), filtered by the
spec's parameters, and the page of them read in a fixed number of queries.

`search` runs on the catalogue's word index (measures.search, the search of /insatser/): its
hits come ranked, so a searched list is in relevance order and paged over the ranked ids; any
other list is in the order records were created (stable while a client pages through it).
"""

from dataclasses import dataclass

from django.db.models import Prefetch, Q

from measures.catalogue import get_index
from measures.models import Location, Measure
from measures.search import find
from municipalities.models import Municipality, Unit

from . import params
from .taxonomies import BY_ID, BY_MODEL, EXTENSION


@dataclass
class Selection:
    """Public measures matching the filters; `ranked` holds the ids in relevance order when
    the caller searched, else None (the queryset is then the whole answer)."""

    measures: object
    ranked: list[int] | None
    narrowed: bool  # a filter other than `search` was given


def _term_condition(term_id) -> Q | None:
    """Measures carrying the stored term with this id; None when no term has it."""
    for taxonomy in BY_MODEL.values():
        pk = taxonomy.model.objects.filter(uuid=term_id).values_list("pk", flat=True).first()
        if pk is None:
            continue
        if taxonomy.model_name == "measuretype":
            return Q(measure_type_id=pk)
        return Q(
            pk__in=_through(taxonomy)
            .objects.filter(**{f"{taxonomy.model_name}_id": pk})
            .values("measure_id")
        )
    return None


def _through(taxonomy):
    field = {"category": "categories", "targetgroup": "target_groups", "need": "needs"}
    return getattr(Measure, field[taxonomy.model_name]).through


def _taxonomy_condition(taxonomy_id) -> Q | None:
    taxonomy = BY_ID.get(taxonomy_id)
    if taxonomy is None:
        return None
    if taxonomy is EXTENSION or taxonomy.model_name == "measuretype":
        return Q()  # every service carries the extension's facts and a measure type
    return Q(pk__in=_through(taxonomy).objects.values("measure_id"))


def _organization_condition(organization_id) -> Q | None:
    pk = Municipality.objects.filter(uuid=organization_id).values_list("pk", flat=True).first()
    if pk is not None:
        return Q(municipality_id=pk)
    pk = Unit.objects.filter(uuid=organization_id).values_list("pk", flat=True).first()
    return None if pk is None else Q(unit_id=pk)


def select_measures(request) -> Selection:
    """The public measures the request's filters select (400 for a malformed value)."""
    measures = Measure.objects.public()
    narrowed = False
    readers = [
        ("taxonomy_term_id", _term_condition),
        ("taxonomy_id", _taxonomy_condition),
        ("organization_id", _organization_condition),
    ]
    wanted = [(params.id_param(request, name), reader) for name, reader in readers]
    modified_after = params.moment(request, "modified_after")
    text = params.text(request, "search")
    for value, reader in wanted:
        if value is None:
            continue
        narrowed = True
        condition = reader(value)
        measures = measures.none() if condition is None else measures.filter(condition)
    if modified_after is not None:
        narrowed = True
        measures = measures.filter(updated_at__gte=modified_after)
    ranked = None
    if text:
        ids, _relevance = find(text)
        ranked = ids.tolist()
    return Selection(measures, ranked, narrowed)


def for_services(measures, *, full: bool):
    """The measures with what a service record reads, in a fixed number of queries."""
    measures = measures.select_related("municipality", "unit__municipality")
    if full:
        measures = measures.select_related("measure_type", "project").prefetch_related(
            "categories",
            "target_groups",
            "needs",
            "languages",
            Prefetch("locations", Location.objects.order_by("pk")),
        )
    return measures


def ranked_ids(selection: Selection) -> list[int]:
    """The searched ids that also pass the other filters, in relevance order."""
    if not selection.narrowed:
        return selection.ranked
    allowed = set(selection.measures.order_by().values_list("pk", flat=True))
    return [pk for pk in selection.ranked if pk in allowed]


def known_ids(selection: Selection, key):
    """The ids of the selected measures in their order, when known without asking the database
    for them all: the ranked hits of a search, or every public measure from the catalogue's
    in-memory index (ascending ids, so neither a count nor a deep OFFSET goes to the database).
    None for a filtered list, which the database counts and pages."""
    if selection.ranked is not None:
        return ranked_ids(selection)
    if not selection.narrowed:
        return get_index(key).ids
    return None


def in_order(queryset, ids: list[int]) -> list:
    """The records with these ids, in this order (one query)."""
    found = {record.pk: record for record in queryset.filter(pk__in=ids).order_by()}
    return [found[pk] for pk in ids if pk in found]
