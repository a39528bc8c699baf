"""The SQL in `candidates` only drops measures the matching rules would hide anyway."""

import itertools

import pytest

from guide.matching import Answers, candidates, evaluate
from measures.models import Measure
from tests.factories import MeasureFactory

pytestmark = pytest.mark.django_db

AGE_RANGES = [(None, None), (16, 19), (18, 29), (25, None), (None, 24)]
PLACES = ["osby", "horby"]
OPENNESS = ["ja", "nej", "overenskommelse"]
FORMATS = ["pa-plats", "digitalt", "blandat"]


@pytest.fixture
def grid(db):
    from municipalities.models import Municipality

    place = {m.slug: m for m in Municipality.objects.filter(slug__in=PLACES)}
    for (low, high), where, openness, form in itertools.product(
        AGE_RANGES, PLACES, OPENNESS, FORMATS
    ):
        MeasureFactory(
            municipality=place[where],
            min_age=low,
            max_age=high,
            open_to_others=openness,
            format=form,
        )


def test_candidates_keep_every_measure_the_rules_would_show(grid):
    everything = list(
        Measure.objects.public().for_cards().prefetch_related("target_groups", "needs", "languages")
    )
    for age, home, travel in itertools.product(
        [None, 15, 17, 20, 24, 26, 40], [None, "osby"], [None, True, False]
    ):
        answers = Answers(age=age, home=home, travel=travel)
        shown = {m.pk for m in everything if evaluate(answers, m).group is not None}

        kept = {m.pk for m in candidates(answers)}

        assert shown <= kept, answers


def test_candidates_narrow_the_list_when_the_answers_allow(grid):
    answers = Answers(age=40, home="osby", travel=False)

    kept = list(candidates(answers))

    # Of 90 measures, two age ranges of five suit a 40-year-old. With them: all 18 in Osby
    # (3 kinds of openness x 3 formats), and in Hörby only the 4 digital ones that are open.
    assert len(kept) == 22
    assert all(m.municipality.slug == "osby" or m.format == "digitalt" for m in kept)
    assert Measure.objects.count() == 90
