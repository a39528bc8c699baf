"""`manage.py load_demo_employers`: the example employers (employers/data/demo.json), after
`load_demo` has loaded the example measures they host. Safe to run again: it updates in place.

Each row goes through EmployerForm, the form editors use (and an import of the register uses),
so the example data obeys the same rules: a valid organisation number, a dated consent, no
personal identity number in free text, hosted measures of the municipality's own.
"""

import datetime
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from employers.forms import EmployerForm
from employers.models import Employer, PlacementKind
from employers.services import employer_save
from measures.models import Language, Measure
from measures.text import swedish_slugify
from municipalities.models import Municipality

DATA = Path(__file__).resolve().parents[2] / "data" / "demo.json"
KEYS = {
    "municipality",
    "name",
    "org_number",
    "sector",
    "industry",
    "town",
    "placement_kinds",
    "places_at_a_time",
    "languages",
    "accessibility_notes",
    "hosted_measures",
    "contact",
    "consent_days_ago",
}


def read_rows(path=None) -> list[dict]:
    path = path or DATA
    try:
        rows = json.loads(Path(path).read_text(encoding="utf-8"))["employers"]
    except (OSError, ValueError, KeyError) as error:
        raise CommandError(f"{path}: cannot read the example employers ({error}).") from error
    problems = [
        f"employer {number}: missing {', '.join(sorted(KEYS - set(row)))}"
        for number, row in enumerate(rows, 1)
        if KEYS - set(row)
    ]
    if problems:
        raise CommandError(f"{path}:\n  " + "\n  ".join(problems))
    return rows


class Command(BaseCommand):
    help = "Loads the example employers (marked as example data). Run load_demo first."

    def handle(self, *args, **options):
        rows = read_rows()
        municipalities = {m.slug: m for m in Municipality.objects.all()}
        kinds = dict(PlacementKind.objects.values_list("slug", "pk"))
        languages = dict(Language.objects.values_list("slug", "pk"))
        created = 0
        with transaction.atomic():
            for number, row in enumerate(rows, 1):
                created += self.load(number, row, municipalities, kinds, languages)
        self.stdout.write(self.style.SUCCESS(f"Example employers: {len(rows)} ({created} new)."))

    def load(self, number, row, municipalities, kinds, languages) -> bool:
        where = f"employer {number} ({row['name']})"
        municipality = municipalities.get(row["municipality"])
        if municipality is None:
            raise CommandError(f"{where}: no municipality {row['municipality']!r}.")
        hosted = []
        for title in row["hosted_measures"]:
            measure = Measure.objects.filter(
                municipality=municipality, slug=swedish_slugify(title)
            ).first()
            if measure is None:
                raise CommandError(f"{where}: no example measure {title!r}; run load_demo first.")
            hosted.append(measure.pk)
        consent_date = None
        if row["consent_days_ago"] is not None:
            consent_date = timezone.localdate() - datetime.timedelta(days=row["consent_days_ago"])
        data = {
            "name": row["name"],
            "org_number": row["org_number"],
            "sector": row["sector"],
            "industry": row["industry"],
            "town": row["town"],
            "placement_kinds": [kinds.get(slug) for slug in row["placement_kinds"]],
            "places_at_a_time": row["places_at_a_time"],
            "languages": [languages.get(slug) for slug in row["languages"]],
            "accessibility_notes": row["accessibility_notes"],
            "hosted_measures": hosted,
            "contact_name": row["contact"]["name"],
            "contact_phone": row["contact"]["phone"],
            "contact_email": row["contact"]["email"],
            "listing_consent": consent_date is not None,
            "consent_date": consent_date,
        }
        instance = Employer.objects.filter(
            municipality=municipality, org_number=row["org_number"]
        ).first()
        is_new = instance is None
        instance = instance or Employer()
        instance.is_example = True
        instance.last_verified = timezone.localdate()
        form = EmployerForm(data, instance=instance, municipality=municipality)
        if not form.is_valid():
            errors = "; ".join(f"{field}: {' '.join(msgs)}" for field, msgs in form.errors.items())
            raise CommandError(f"{where}: {errors}")
        employer_save(form=form, expected_version=None if is_new else instance.version)
        return is_new
