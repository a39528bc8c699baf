"""The numbers behind /statistik/: counted on the catalogue index (measures/catalogue.py), with
one query for the two figures it does not hold.

Everything counts public measures of the six Skåne Nordost member municipalities only. The
result holds ids and both languages' names, no rendered text, so one cache entry per catalogue
version serves Swedish and English visitors alike.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count, Q

from core.cache import cached
from core.collation import swedish_sort_key
from measures.catalogue import catalogue_key, get_index
from measures.models import Category, Measure, TargetGroup
from municipalities.models import Municipality


@dataclass(frozen=True)
class Name:
    """A municipality or taxonomy term as the page names it (see core.i18n.localized)."""

    id: int
    name: str
    name_en: str = ""


@dataclass
class Figures:
    municipalities: list[Name]
    categories: list[Name]
    target_groups: list[Name]
    # Public measures per municipality id.
    total: Counter = field(default_factory=Counter)
    # Of those: with free places now (places_available > 0), full now (0); the rest did not say.
    with_places: Counter = field(default_factory=Counter)
    full: Counter = field(default_factory=Counter)
    # Of those: not confirmed within PORTAL_VERIFY_DAYS (Measure.overdue_condition).
    overdue: Counter = field(default_factory=Counter)
    # Public measures per (municipality id, category id); a measure counts in each category.
    by_category: Counter = field(default_factory=Counter)
    # Measures open to a target group's residents per (target group id, municipality id).
    coverage: Counter = field(default_factory=Counter)


def compute(index=None) -> Figures:
    """All the page's numbers: counted on the catalogue index (the public measures' municipality,
    categories, target groups, openness and free places are columns there), plus one query for
    what the index does not hold (no places left, overdue for confirmation)."""
    index = index or get_index()
    municipalities = sorted(
        (Name(pk, name) for pk, name in Municipality.objects.members().values_list("pk", "name")),
        key=lambda m: swedish_sort_key(m.name),
    )
    ids = [m.id for m in municipalities]
    figures = Figures(
        municipalities=municipalities,
        categories=[
            Name(*row)
            for row in Category.objects.order_by("position", "name").values_list(
                "pk", "name", "name_en"
            )
        ],
        target_groups=[
            Name(*row)
            for row in TargetGroup.objects.order_by("position", "name").values_list(
                "pk", "name", "name_en"
            )
        ],
    )
    members = index.mask_for("kommun", ids)
    figures.total.update(index.count_by("kommun", members))
    # The same test as MeasureQuerySet.with_free_places(): places_available > 0.
    figures.with_places.update(index.count_by("kommun", members & index.free_places))

    no_places = Q(places_available=0)
    overdue = Measure.overdue_condition()
    rest = (
        Measure.objects.public()
        .filter(municipality_id__in=ids)
        .filter(no_places | overdue)
        .values("municipality_id")
        .annotate(full=Count("pk", filter=no_places), overdue=Count("pk", filter=overdue))
        .order_by()
    )
    for row in rest:
        figures.full[row["municipality_id"]] = row["full"]
        figures.overdue[row["municipality_id"]] = row["overdue"]

    # Own measures for the group, and every member municipality's measures for the group that
    # accept residents of other municipalities (the index's openness is the model's
    # accepts_other_municipalities, the rule the list filter and the pages use).
    own = Counter()
    open_to_others = Counter()
    for municipality in ids:
        mask = index.mask_for("kommun", [municipality])
        for category, n in index.count_by("kategori", mask).items():
            figures.by_category[municipality, category] = n
        for group, n in index.count_by("malgrupp", mask).items():
            own[group, municipality] = n
        for group, n in index.count_by("malgrupp", mask & index.open_to_others).items():
            open_to_others[group, municipality] = n
    for group in figures.target_groups:
        open_anywhere = sum(open_to_others[group.id, m] for m in ids)
        for municipality in ids:
            elsewhere = open_anywhere - open_to_others[group.id, municipality]
            figures.coverage[group.id, municipality] = own[group.id, municipality] + elsewhere
    return figures


def current_figures(key=None) -> Figures:
    """The figures of the current catalogue, computed once per catalogue version."""
    key = key or catalogue_key()
    return cached(("insight", key), lambda: compute(get_index(key)))
