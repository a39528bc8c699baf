"""A Q evaluated in Python (core/conditions.py) answers as the database would, or refuses."""

import datetime
from types import SimpleNamespace

import pytest
from django.db.models import F, Q

from core.conditions import holds

DAY = datetime.date(2026, 5, 1)


def thing(**fields):
    return SimpleNamespace(**{"status": "publicerad", "start": None, "end": None, **fields})


@pytest.mark.parametrize(
    ("condition", "fields", "expected"),
    [
        (Q(status="publicerad"), {}, True),
        (Q(status__exact="utkast"), {}, False),
        (Q(status__in=["utkast", "publicerad"]), {}, True),
        (Q(start__isnull=True), {}, True),
        (Q(start__isnull=False), {}, False),
        (Q(start__lte=DAY), {"start": DAY}, True),
        (Q(start__lt=DAY), {"start": DAY}, False),
        (Q(start__gte=DAY), {"start": DAY - datetime.timedelta(days=1)}, False),
        (Q(start__gt=DAY), {"start": DAY + datetime.timedelta(days=1)}, True),
        # NULL compared is neither true nor false in SQL: the row is not selected.
        (Q(start__lte=DAY), {}, False),
        (Q(start__gte=DAY), {}, False),
        (Q(start=None), {}, True),
        # Django writes ~Q on a nullable column as NOT (column <= x AND column IS NOT NULL).
        (~Q(start__lte=DAY), {}, True),
        (~Q(start__lte=DAY), {"start": DAY}, False),
        (Q(status="publicerad") & (Q(start__isnull=True) | Q(start__lte=DAY)), {}, True),
        (Q(status="utkast") | Q(end__isnull=True), {}, True),
        (Q(status="utkast") | Q(end__isnull=False), {}, False),
        (Q(status="publicerad", start__isnull=False), {}, False),
        (Q(), {}, True),
    ],
)
def test_a_condition_holds_as_a_database_filter_would_select(condition, fields, expected):
    assert holds(condition, thing(**fields)) is expected


@pytest.mark.parametrize(
    "condition",
    [
        Q(municipality__slug="osby"),  # across a relation
        Q(title__icontains="praktik"),  # a lookup not understood here
        Q(end__gte=F("start")),  # an expression
    ],
)
def test_a_condition_it_cannot_evaluate_is_refused(condition):
    obj = thing(municipality=SimpleNamespace(slug="osby"), title="Praktik")
    with pytest.raises(ValueError, match="Cannot evaluate"):
        holds(condition, obj)
