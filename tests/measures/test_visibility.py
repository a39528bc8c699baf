"""The visibility rule is written once (public_condition) and every way of asking it agrees:
the queryset's public(), counts from related models with a prefix, and Measure.is_public."""

import itertools
from datetime import timedelta

import pytest
from django.db.models import Count
from django.utils import timezone

from measures.models import Measure, public_condition
from municipalities.models import Municipality
from tests.factories import MeasureFactory

pytestmark = pytest.mark.django_db

DAYS = {"none": None, "yesterday": -1, "today": 0, "tomorrow": 1}


@pytest.fixture
def every_window(osby, hassleholm):
    """A measure for every status and every start and end of its window (a valid one)."""
    today = timezone.localdate()
    measures = []
    for n, (status, start, end) in enumerate(
        itertools.product(Measure.Status.values, DAYS.values(), DAYS.values())
    ):
        if start is not None and end is not None and end < start:
            continue  # the database refuses a window that ends before it starts
        measures.append(
            MeasureFactory(
                title=f"Insats {n}",
                municipality=osby if n % 2 else hassleholm,
                status=status,
                visible_from=None if start is None else today + timedelta(days=start),
                visible_until=None if end is None else today + timedelta(days=end),
            )
        )
    return measures


def test_is_public_agrees_with_the_public_queryset_for_every_window(every_window):
    public_ids = set(Measure.objects.public().values_list("pk", flat=True))

    assert {m.pk for m in every_window if m.is_public} == public_ids
    # Published, from none/yesterday/today to none/today/tomorrow: 3 × 3 windows.
    assert len(public_ids) == 9


def test_is_public_asks_no_query(every_window, django_assert_num_queries):
    measures = list(Measure.objects.all())

    with django_assert_num_queries(0):
        answers = [measure.is_public for measure in measures]

    assert answers.count(True) == 9


def test_counts_through_a_relation_use_the_same_rule(every_window):
    counted = dict(
        Municipality.objects.annotate(
            public_count=Count("measures", filter=public_condition(prefix="measures__"))
        ).values_list("slug", "public_count")
    )

    for slug in ("osby", "hassleholm"):
        public = Measure.objects.public().filter(municipality__slug=slug).count()
        assert counted[slug] == public
    assert counted["osby"] + counted["hassleholm"] == 9
