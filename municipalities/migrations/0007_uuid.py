"""A permanent id (UUID) for every municipality and unit: their ids in the open data (HSDS).

Existing rows get theirs here. The six seeded municipalities get the same id in every
installation (derived from the SCB code), units a random one; the history of a unit carries its
unit's id.
"""

import uuid

from django.db import migrations, models
from django.db.models import OuterRef, Subquery

# Fixed for ever: the seeded municipalities' ids are derived from it.
SEED_NAMESPACE = uuid.UUID("80caf482-966a-4376-95be-7466791f0e70")
BATCH = 2000


def fill(apps, schema_editor):
    Municipality = apps.get_model("municipalities", "Municipality")
    Unit = apps.get_model("municipalities", "Unit")
    HistoricalUnit = apps.get_model("municipalities", "HistoricalUnit")
    municipalities = list(Municipality.objects.all())
    for municipality in municipalities:
        municipality.uuid = uuid.uuid5(SEED_NAMESPACE, f"municipality:{municipality.kommunkod}")
    Municipality.objects.bulk_update(municipalities, ["uuid"], batch_size=BATCH)
    units = list(Unit.objects.only("pk"))
    for unit in units:
        unit.uuid = uuid.uuid4()
    Unit.objects.bulk_update(units, ["uuid"], batch_size=BATCH)
    HistoricalUnit.objects.update(
        uuid=Subquery(Unit.objects.filter(pk=OuterRef("id")).values("uuid")[:1])
    )
    # Deleted units: one id per unit across its history.
    for unit_id in set(HistoricalUnit.objects.filter(uuid=None).values_list("id", flat=True)):
        HistoricalUnit.objects.filter(id=unit_id).update(uuid=uuid.uuid4())


class Migration(migrations.Migration):
    dependencies = [
        ("municipalities", "0006_seed_english"),
    ]

    operations = [
        migrations.AddField(
            model_name="municipality",
            name="uuid",
            field=models.UUIDField(editable=False, null=True, verbose_name="beständigt id"),
        ),
        migrations.AddField(
            model_name="unit",
            name="uuid",
            field=models.UUIDField(editable=False, null=True, verbose_name="beständigt id"),
        ),
        migrations.AddField(
            model_name="historicalunit",
            name="uuid",
            field=models.UUIDField(editable=False, null=True, verbose_name="beständigt id"),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop, elidable=True),
        migrations.AlterField(
            model_name="municipality",
            name="uuid",
            field=models.UUIDField(
                default=uuid.uuid4, editable=False, unique=True, verbose_name="beständigt id"
            ),
        ),
        migrations.AlterField(
            model_name="unit",
            name="uuid",
            field=models.UUIDField(
                default=uuid.uuid4, editable=False, unique=True, verbose_name="beständigt id"
            ),
        ),
        migrations.AlterField(
            model_name="historicalunit",
            name="uuid",
            field=models.UUIDField(
                db_index=True, default=uuid.uuid4, editable=False, verbose_name="beständigt id"
            ),
        ),
    ]
