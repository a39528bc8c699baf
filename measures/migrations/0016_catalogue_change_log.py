"""The catalogue's change log: each process patches its in-memory index with the measures a
change names instead of rereading the whole catalogue (measures/catalogue.py)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("measures", "0014_seed_search_terms"),
    ]

    operations = [
        migrations.CreateModel(
            name="CatalogueChange",
            fields=[
                ("number", models.BigIntegerField(primary_key=True, serialize=False)),
                ("version", models.BigIntegerField()),
                ("rebuild", models.BooleanField(default=False)),
                ("measures", models.JSONField(default=list)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
            ],
        ),
        migrations.AddField(
            model_name="cataloguestate",
            name="counter",
            field=models.BigIntegerField(default=0),
        ),
    ]
