"""The numbers behind /statistik/: counted in the database with a handful of GROUP BY queries.

Everything counts public measures of the six Skåne Nordost member municipalities only. The
result holds ids and both languages' names, no rendered text, so one cache entry per catalogue
version serves Swedish and English visitors alike.
"""

import functools
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count, Q

from core.cache import cached
from core.collation import swedish_sort_key
from measures.catalogue import catalogue_key
from measures.models import Category, Measure, TargetGroup, public_condition
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


@functools.cache
def _openness_accepts(value: str) -> bool:
    """Whether a measure with this `open_to_others` value accepts other municipalities'
    residents: asked of the model, so the rule is the one the list filter and pages use
    (remembered: building a Measure costs a fifth of a millisecond)."""
    return Measure(open_to_others=value).accepts_other_municipalities


def compute() -> Figures:
    """All the page's numbers, in six queries whatever the size of the catalogue."""
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
    public = Measure.objects.public().filter(municipality_id__in=ids)
    per_municipality = (
        public.values("municipality_id")
        .annotate(
            total=Count("pk"),
            # The same test as MeasureQuerySet.with_free_places().
            with_places=Count("pk", filter=Q(places_available__gt=0)),
            full=Count("pk", filter=Q(places_available=0)),
            overdue=Count("pk", filter=Measure.overdue_condition()),
        )
        .order_by()
    )
    for row in per_municipality:
        municipality = row["municipality_id"]
        for name in ("total", "with_places", "full", "overdue"):
            getattr(figures, name)[municipality] = row[name]

    in_public_member_measure = public_condition(prefix="measure__") & Q(
        measure__municipality_id__in=ids
    )
    categories = (
        Measure.categories.through.objects.filter(in_public_member_measure)
        .values_list("measure__municipality_id", "category_id")
        .annotate(n=Count("measure_id"))
        .order_by()
    )
    for municipality, category, n in categories:
        figures.by_category[municipality, category] = n

    # Own measures for the group, and every member municipality's measures for the group that
    # accept residents of other municipalities.
    own = Counter()
    open_to_others = Counter()
    groups = (
        Measure.target_groups.through.objects.filter(in_public_member_measure)
        .values_list("measure__municipality_id", "targetgroup_id", "measure__open_to_others")
        .annotate(n=Count("measure_id"))
        .order_by()
    )
    for municipality, group, openness, n in groups:
        own[group, municipality] += n
        if _openness_accepts(openness):
            open_to_others[group, municipality] += n
    for group in figures.target_groups:
        open_anywhere = sum(open_to_others[group.id, m] for m in ids)
        for municipality in ids:
            elsewhere = open_anywhere - open_to_others[group.id, municipality]
            figures.coverage[group.id, municipality] = own[group.id, municipality] + elsewhere
    return figures


def current_figures(key=None) -> Figures:
    """The figures of the current catalogue, computed once per catalogue version."""
    return cached(("insight", key or catalogue_key()), compute)
