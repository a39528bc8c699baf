"""Helpers for dashboard tests: the POST data a browser sends for the measure form."""

from measures.models import Category, MeasureType
from municipalities.models import Unit
from tests.factories import UnitFactory


def measure_form_data(measure=None, municipality=None, **overrides):
    """What the measure form posts, filled in from `measure` (or sensible new values)."""
    municipality = municipality or (measure.municipality if measure else None)
    unit = measure.unit if measure else Unit.objects.filter(municipality=municipality).first()
    unit = unit or UnitFactory(municipality=municipality)
    data = {
        "title": measure.title if measure else "Arbetsträning i Returbutiken",
        "summary": measure.summary if measure else "Du tränar på att arbeta i en butik.",
        "description": measure.description if measure else "Du sorterar och säljer.",
        "unit": unit.pk,
        "project": measure.project_id or "" if measure else "",
        "measure_type": measure.measure_type_id
        if measure
        else MeasureType.objects.get(slug="arbetstraning").pk,
        "categories": [c.pk for c in measure.categories.all()]
        if measure
        else [Category.objects.get(slug="jobbinriktad").pk],
        "target_groups": [t.pk for t in measure.target_groups.all()] if measure else [],
        "needs": [n.pk for n in measure.needs.all()] if measure else [],
        "languages": [lang.pk for lang in measure.languages.all()] if measure else [],
        "min_age": "" if not measure or measure.min_age is None else measure.min_age,
        "max_age": "" if not measure or measure.max_age is None else measure.max_age,
        "format": measure.format if measure else "pa-plats",
        "hours_per_week": "",
        "schedule": measure.schedule if measure else "",
        "duration_weeks": "",
        "intake": measure.intake if measure else "lopande",
        "next_start": "",
        "capacity": "" if not measure or measure.capacity is None else measure.capacity,
        "places_available": ""
        if not measure or measure.places_available is None
        else measure.places_available,
        "open_to_others": measure.open_to_others if measure else "overenskommelse",
        "other_municipality_terms": measure.other_municipality_terms if measure else "",
        "referral_by_case_officer": "on",
        "referral_instructions": "",
        "contact_name": measure.contact_name if measure else "Anna Lindqvist",
        "contact_role": measure.contact_role if measure else "Arbetskonsulent",
        "contact_phone": measure.contact_phone if measure else "040-628 04 11",
        "contact_email": measure.contact_email if measure else "anna@osby.example",
        "visible_from": "",
        "visible_until": "",
        "version": measure.version if measure else "",
        "platser-TOTAL_FORMS": "0",
        "platser-INITIAL_FORMS": "0",
        "platser-MIN_NUM_FORMS": "0",
        "platser-MAX_NUM_FORMS": "10",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
