"""`manage.py generate_measures N`: synthetic measures for volume tests and benchmarks.

Every generated measure is example data with a title that says it is synthetic. With
`--municipalities K` it first makes sure K generated municipalities exist beside the real ones
(codes 9000 and up, which SCB never uses), so a national-scale catalogue can be simulated.
"""

import random
import uuid

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from measures.models import (
    CatalogueState,
    Category,
    Language,
    Measure,
    MeasureType,
    Need,
    TargetGroup,
)
from measures.text import fold
from municipalities.models import Municipality, Unit

BATCH = 2000
WORDS = [
    "stöd",
    "arbete",
    "vardag",
    "hälsa",
    "svenska",
    "praktik",
    "studier",
    "yrke",
    "gemenskap",
    "trädgård",
    "kök",
    "verkstad",
    "lager",
    "butik",
    "café",
    "körkort",
    "vägledning",
    "coachning",
]


class Command(BaseCommand):
    help = "Creates N synthetic example measures spread over the municipalities."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument(
            "--municipalities",
            type=int,
            default=0,
            help="Make sure at least this many municipalities exist (generated ones added).",
        )
        parser.add_argument("--seed", type=int, default=1, help="Random seed (repeatable runs).")

    def handle(self, *args, count, municipalities, seed, **options):
        if count < 0 or municipalities < 0:
            raise CommandError("Counts must be zero or more.")
        rng = random.Random(seed)
        with transaction.atomic():
            self.ensure_municipalities(municipalities)
            units = self.ensure_units()
            created = self.create_measures(count, units, rng)
            # bulk_create sends no signals: tell every process to rebuild its catalogue index.
            CatalogueState.bump(rebuild=True)
        self.stdout.write(self.style.SUCCESS(f"Created {created} synthetic measures."))

    def ensure_municipalities(self, wanted):
        existing = Municipality.objects.count()
        if wanted <= existing:
            return
        taken = set(Municipality.objects.values_list("kommunkod", flat=True))
        new = []
        code = 9000
        while existing + len(new) < wanted:
            if str(code) not in taken:
                number = code - 8999
                new.append(
                    Municipality(
                        name=f"Exempelkommun {number}",
                        slug=f"exempelkommun-{number}",
                        kommunkod=str(code),
                        county="Exempellän",
                        is_skno_member=False,
                    )
                )
            code += 1
            if code > 9999:
                raise CommandError("At most 1,000 generated municipalities are possible.")
        Municipality.objects.bulk_create(new)

    def ensure_units(self):
        have_unit = set(Unit.objects.values_list("municipality_id", flat=True))
        Unit.objects.bulk_create(
            Unit(municipality=m, name="Arbetsmarknadsenheten (exempel)")
            for m in Municipality.objects.exclude(pk__in=have_unit)
        )
        return list(Unit.objects.all())

    def create_measures(self, count, units, rng):
        types = list(MeasureType.objects.all())
        categories = list(Category.objects.all())
        groups = list(TargetGroup.objects.all())
        needs = list(Need.objects.all())
        languages = list(Language.objects.all())
        swedish = next((lang for lang in languages if lang.slug == "sv"), None)
        if not (types and categories):
            raise CommandError("The taxonomies are empty. Run `manage.py migrate`.")
        now = timezone.now()
        today = timezone.localdate()
        run = uuid.uuid4().hex[:8]
        created = 0
        for start in range(0, count, BATCH):
            batch = []
            for number in range(start, min(start + BATCH, count)):
                unit = rng.choice(units)
                kind = rng.choice(types)
                low = rng.choice([None, 16, 18, 20, 25])
                high = rng.choice([None, 19, 24, 29, 64])
                if low is not None and high is not None and high < low:
                    low, high = high, low
                extra = " ".join(rng.sample(WORDS, 3))
                title = f"{kind.name} – syntetisk insats {run}-{number}"
                summary = f"Syntetisk exempelinsats för volymtester: {extra}."
                description = f"{summary}\n\nInnehållet är genererat och beskriver inget verkligt."
                places = rng.choice([None, 0, 0, 1, 2, 3, 5, 8])
                batch.append(
                    Measure(
                        title=title,
                        slug=f"syntetisk-{run}-{number}",
                        summary=summary,
                        description=description,
                        municipality_id=unit.municipality_id,
                        unit=unit,
                        measure_type=kind,
                        min_age=low,
                        max_age=high,
                        format=rng.choice(Measure.Format.values),
                        hours_per_week=rng.choice([None, 10, 15, 20, 30, 40]),
                        duration_weeks=rng.choice([None, 4, 8, 12, 26]),
                        capacity=rng.choice([None, 5, 10, 20]),
                        places_available=places,
                        places_updated_at=now if places is not None else None,
                        open_to_others=rng.choice(Measure.Openness.values),
                        referral_by_af=rng.random() < 0.4,
                        self_referral=rng.random() < 0.3,
                        status=Measure.Status.PUBLISHED,
                        published_at=now,
                        last_verified=today,
                        is_example=True,
                        search_text=fold(" ".join([title, summary, description])),
                    )
                )
            Measure.objects.bulk_create(batch)
            self.link(batch, "categories", categories, rng, 1, 2)
            self.link(batch, "target_groups", groups, rng, 1, 3)
            self.link(batch, "needs", needs, rng, 1, 3)
            self.link(batch, "languages", languages, rng, 0, 2, always=swedish)
            created += len(batch)
        return created

    @staticmethod
    def link(measures, field, terms, rng, low, high, always=None):
        through = getattr(Measure, field).through
        column = getattr(Measure, field).field.m2m_reverse_field_name() + "_id"
        rows = []
        for measure in measures:
            chosen = set(rng.sample(terms, rng.randint(low, min(high, len(terms)))))
            if always is not None:
                chosen.add(always)
            rows.extend(through(measure_id=measure.pk, **{column: term.pk}) for term in chosen)
        through.objects.bulk_create(rows)
