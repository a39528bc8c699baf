"""A permanent id (UUID) for every measure, place and taxonomy term: their ids in the open data
(HSDS service, service_at_location and taxonomy_term).

Existing rows get theirs here. The seeded terms get the same id in every installation (derived
from their taxonomy and slug); measures and places a random one; the history of a measure
carries its measure's id.
"""

import uuid

from django.db import migrations, models
from django.db.models import OuterRef, Subquery

# Fixed for ever: the seeded terms' ids are derived from it (as municipalities 0007's).
SEED_NAMESPACE = uuid.UUID("80caf482-966a-4376-95be-7466791f0e70")
TERMS = ["category", "measuretype", "targetgroup", "need", "language"]
BATCH = 2000


def _field(**options):
    return models.UUIDField(editable=False, verbose_name="beständigt id", **options)


def _random_ids(model):
    rows = list(model.objects.only("pk"))
    for row in rows:
        row.uuid = uuid.uuid4()
    model.objects.bulk_update(rows, ["uuid"], batch_size=BATCH)


def fill(apps, schema_editor):
    for name in TERMS:
        model = apps.get_model("measures", name)
        terms = list(model.objects.all())
        for term in terms:
            term.uuid = uuid.uuid5(SEED_NAMESPACE, f"{name}:{term.slug}")
        model.objects.bulk_update(terms, ["uuid"], batch_size=BATCH)
    Measure = apps.get_model("measures", "Measure")
    HistoricalMeasure = apps.get_model("measures", "HistoricalMeasure")
    _random_ids(Measure)
    _random_ids(apps.get_model("measures", "Location"))
    HistoricalMeasure.objects.update(
        uuid=Subquery(Measure.objects.filter(pk=OuterRef("id")).values("uuid")[:1])
    )
    # Deleted measures: one id per measure across its history.
    for measure_id in set(HistoricalMeasure.objects.filter(uuid=None).values_list("id", flat=True)):
        HistoricalMeasure.objects.filter(id=measure_id).update(uuid=uuid.uuid4())


class Migration(migrations.Migration):
    dependencies = [
        ("measures", "0017_measure_updated_idx"),
    ]

    operations = [
        *(
            migrations.AddField(model_name=name, name="uuid", field=_field(null=True))
            for name in [*TERMS, "measure", "location", "historicalmeasure"]
        ),
        migrations.RunPython(fill, migrations.RunPython.noop, elidable=True),
        *(
            migrations.AlterField(
                model_name=name, name="uuid", field=_field(default=uuid.uuid4, unique=True)
            )
            for name in [*TERMS, "measure", "location"]
        ),
        migrations.AlterField(
            model_name="historicalmeasure",
            name="uuid",
            field=_field(db_index=True, default=uuid.uuid4),
        ),
    ]
