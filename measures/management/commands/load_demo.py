"""`manage.py load_demo`: the example units and measures. Safe to run again: it updates in place.

The data lives in measures/data/demo.json (data, not code); it is checked here before anything
is written: every key present, every taxonomy slug known, every measure's unit among the units.
"""

import datetime
import json
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from measures.models import (
    Category,
    Language,
    Location,
    Measure,
    MeasureType,
    Need,
    Project,
    TargetGroup,
)
from measures.text import swedish_slugify
from municipalities.models import Municipality, Unit

DATA = Path(__file__).resolve().parents[2] / "data" / "demo.json"
UNIT_KEYS = {"municipality", "name", "description", "street_address", "postcode", "town"}
MEASURE_KEYS = {
    "title",
    "summary",
    "description",
    "municipality",
    "unit",
    "type",
    "categories",
    "target_groups",
    "needs",
    "languages",
    "min_age",
    "max_age",
    "format",
    "hours_per_week",
    "schedule",
    "duration_weeks",
    "intake",
    "next_start_in_days",
    "capacity",
    "places_available",
    "open_to_others",
    "other_municipality_terms",
    "price_for_others",
    "referral",
    "referral_instructions",
    "contact",
    "locations",
    "project",
}
TERM_KEYS = {
    "type": MeasureType,
    "categories": Category,
    "target_groups": TargetGroup,
    "needs": Need,
    "languages": Language,
}


def read_demo_data(path=DATA):
    """(units, measures) from the data file, or CommandError saying what is wrong where."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise CommandError(f"{path}: cannot read the example data ({error}).") from error
    units, measures = data.get("units", []), data.get("measures", [])
    problems = []
    for number, row in enumerate(units, 1):
        if missing := UNIT_KEYS - set(row):
            problems.append(f"unit {number}: missing {', '.join(sorted(missing))}")
    unit_names = {(row.get("municipality"), row.get("name")) for row in units}
    known = {
        key: set(model.objects.values_list("slug", flat=True)) for key, model in TERM_KEYS.items()
    }
    for number, row in enumerate(measures, 1):
        where = f"measure {number} ({row.get('title', '?')})"
        if missing := MEASURE_KEYS - set(row):
            problems.append(f"{where}: missing {', '.join(sorted(missing))}")
            continue
        if (row["municipality"], row["unit"]) not in unit_names:
            problems.append(f"{where}: no unit {row['unit']!r} in {row['municipality']}")
        for key, slugs in known.items():
            values = row[key] if isinstance(row[key], list) else [row[key]]
            if unknown := set(values) - slugs:
                problems.append(f"{where}: unknown {key} {', '.join(sorted(unknown))}")
    if problems:
        raise CommandError(f"{path}:\n  " + "\n  ".join(problems))
    return units, measures


class Command(BaseCommand):
    help = "Loads the example units and measures (marked as example data). Idempotent."

    def add_arguments(self, parser):
        parser.add_argument(
            "--accounts",
            action="store_true",
            help="Also create one example account per role (DJANGO_DEBUG=1 only).",
        )

    def handle(self, *args, **options):
        if options["accounts"] and not settings.DEBUG:
            raise CommandError(
                "Example accounts are for local development only: run with DJANGO_DEBUG=1."
            )
        municipalities = {m.slug: m for m in Municipality.objects.all()}
        unit_rows, measure_rows = read_demo_data()
        missing = {row["municipality"] for row in unit_rows} - set(municipalities)
        if missing:
            raise CommandError(
                f"Municipalities missing: {', '.join(sorted(missing))}. Run `manage.py migrate`."
            )
        with transaction.atomic():
            units = self.load_units(municipalities, unit_rows)
            created = self.load_measures(municipalities, units, measure_rows)
        self.stdout.write(
            self.style.SUCCESS(
                f"Example data: {len(units)} units, {len(measure_rows)} measures ({created} new)."
            )
        )
        if options["accounts"]:
            # By name: the accounts app owns accounts; this command only asks for them.
            call_command("load_demo_accounts", stdout=self.stdout)

    def load_units(self, municipalities, rows):
        units = {}
        for row in rows:
            row = dict(row)
            municipality = municipalities[row.pop("municipality")]
            unit, _ = Unit.objects.update_or_create(
                municipality=municipality,
                name=row.pop("name"),
                defaults={**row, "is_example": True},
            )
            units[(municipality.slug, unit.name)] = unit
        return units

    def load_measures(self, municipalities, units, rows):
        terms = {
            model: {term.slug: term for term in model.objects.all()}
            for model in (Category, MeasureType, TargetGroup, Need, Language, Project)
        }
        now = timezone.now()
        today = timezone.localdate()
        created_count = 0
        for index, row in enumerate(rows):
            municipality = municipalities[row["municipality"]]
            contact = row["contact"]
            next_start = None
            if row["next_start_in_days"] is not None:
                next_start = today + datetime.timedelta(days=row["next_start_in_days"])
            defaults = {
                "title": row["title"],
                "summary": row["summary"],
                "description": row["description"],
                "municipality": municipality,
                "unit": units[(municipality.slug, row["unit"])],
                "measure_type": terms[MeasureType][row["type"]],
                "min_age": row["min_age"],
                "max_age": row["max_age"],
                "format": row["format"],
                "hours_per_week": row["hours_per_week"],
                "schedule": row["schedule"],
                "duration_weeks": row["duration_weeks"],
                "intake": row["intake"],
                "next_start": next_start,
                "capacity": row["capacity"],
                "places_available": row["places_available"],
                "places_updated_at": now if row["places_available"] is not None else None,
                "open_to_others": row["open_to_others"],
                "other_municipality_terms": row["other_municipality_terms"],
                "price_for_others": row["price_for_others"],
                "referral_by_af": "af" in row["referral"],
                "referral_by_case_officer": "handlaggare" in row["referral"],
                "self_referral": "egen" in row["referral"],
                "referral_instructions": row["referral_instructions"],
                "contact_name": contact["name"],
                "contact_role": contact["role"],
                "contact_phone": contact["phone"],
                "contact_email": contact["email"],
                "project": terms[Project].get(row["project"]) if row["project"] else None,
                "status": Measure.Status.PUBLISHED,
                # Spread the dates so "newest" and "last verified" show something realistic.
                "published_at": now - datetime.timedelta(days=3 * index),
                "last_verified": today - datetime.timedelta(days=(index * 7) % 240),
                "is_example": True,
            }
            measure, created = Measure.objects.update_or_create(
                slug=swedish_slugify(row["title"]), defaults=defaults
            )
            created_count += created
            measure.categories.set([terms[Category][slug] for slug in row["categories"]])
            measure.target_groups.set([terms[TargetGroup][slug] for slug in row["target_groups"]])
            measure.needs.set([terms[Need][slug] for slug in row["needs"]])
            measure.languages.set([terms[Language][slug] for slug in row["languages"]])
            self.load_locations(measure, row["locations"])
        return created_count

    def load_locations(self, measure, rows):
        """The measure's places, updated in place in their order: a place keeps its row and so
        its permanent id in the open data (HSDS service_at_location.id) when loaded again."""
        existing = list(measure.locations.order_by("pk"))
        for location, row in zip(existing, rows, strict=False):
            for name, value in row.items():
                setattr(location, name, value)
            location.save()
        Location.objects.bulk_create(
            Location(measure=measure, **row) for row in rows[len(existing) :]
        )
        Location.objects.filter(pk__in=[place.pk for place in existing[len(rows) :]]).delete()
