"""The Measure model: slugs, validation, constraints and the public() rule."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from measures.models import Measure
from measures.text import fold, swedish_slugify
from tests.factories import MeasureFactory, UnitFactory

TODAY = timezone.localdate
ONE_DAY = datetime.timedelta(days=1)


def test_slug_turns_swedish_letters_into_plain_ones():
    assert swedish_slugify("Öppen förskola på Åsgården") == "oppen-forskola-pa-asgarden"
    assert swedish_slugify("Östra Göinge") == "ostra-goinge"


def test_saving_a_measure_gives_it_a_unique_slug(db):
    first = MeasureFactory(title="Arbetsträning i köket")
    second = MeasureFactory(title="Arbetsträning i köket")
    assert first.slug == "arbetstraning-i-koket"
    assert second.slug == "arbetstraning-i-koket-2"


def test_publishing_records_when_it_happened(db):
    measure = MeasureFactory(status=Measure.Status.DRAFT)
    assert measure.published_at is None
    measure.status = Measure.Status.PUBLISHED
    measure.save(update_fields=["status"])
    measure.refresh_from_db()
    assert measure.published_at is not None


def test_search_text_is_case_and_accent_folded(db):
    measure = MeasureFactory(title="ÅTERSTART Hälsa", summary="Må bra", description="")
    assert "aterstart halsa" in measure.search_text
    assert fold("Körkortsteori") == "korkortsteori"


@pytest.mark.parametrize(
    ("status", "visible_from", "visible_until", "public"),
    [
        (Measure.Status.PUBLISHED, None, None, True),
        (Measure.Status.DRAFT, None, None, False),
        (Measure.Status.ARCHIVED, None, None, False),
        (Measure.Status.PUBLISHED, "tomorrow", None, False),
        (Measure.Status.PUBLISHED, "today", None, True),
        (Measure.Status.PUBLISHED, None, "yesterday", False),
        (Measure.Status.PUBLISHED, None, "today", True),
        (Measure.Status.PUBLISHED, "yesterday", "tomorrow", True),
    ],
)
def test_public_means_published_and_inside_the_window(
    db, status, visible_from, visible_until, public
):
    days = {"yesterday": -1, "today": 0, "tomorrow": 1, None: None}

    def date(name):
        return None if days[name] is None else TODAY() + days[name] * ONE_DAY

    measure = MeasureFactory(
        status=status, visible_from=date(visible_from), visible_until=date(visible_until)
    )
    assert (measure in Measure.objects.public()) is public
    assert measure.is_public is public


def test_age_range_must_be_in_order(db):
    measure = MeasureFactory.build(min_age=30, max_age=20)
    with pytest.raises(ValidationError) as error:
        measure.clean()
    assert "max_age" in error.value.message_dict
    saved = MeasureFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Measure.objects.filter(pk=saved.pk).update(min_age=30, max_age=20)


def test_unit_must_belong_to_the_measures_municipality(db, osby, hassleholm):
    unit = UnitFactory(municipality=hassleholm)
    measure = MeasureFactory.build(municipality=osby, unit=unit)
    with pytest.raises(ValidationError) as error:
        measure.clean()
    assert "unit" in error.value.message_dict


def test_dated_intake_needs_a_start_date(db):
    measure = MeasureFactory.build(intake=Measure.Intake.DATED, next_start=None)
    with pytest.raises(ValidationError) as error:
        measure.clean()
    assert "next_start" in error.value.message_dict


def test_for_age_treats_open_ends_as_any_age(db):
    open_both = MeasureFactory(min_age=None, max_age=None)
    from_18 = MeasureFactory(min_age=18, max_age=None)
    up_to_19 = MeasureFactory(min_age=None, max_age=19)
    young = MeasureFactory(min_age=16, max_age=19)
    at_17 = set(Measure.objects.for_age(17))
    assert at_17 == {open_both, up_to_19, young}
    assert set(Measure.objects.for_age(40)) == {open_both, from_18}


def test_age_label_reads_naturally(db):
    assert str(MeasureFactory.build(min_age=16, max_age=19).age_range_label) == "16–19 år"
    assert str(MeasureFactory.build(min_age=18, max_age=None).age_range_label) == "från 18 år"
    assert str(MeasureFactory.build(min_age=None, max_age=None).age_range_label) == "alla åldrar"
