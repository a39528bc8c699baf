"""English presentations of the six member municipalities (their names are the same in English)."""

from django.db import migrations

PRESENTATIONS_EN = {
    # kommunkod: English presentation
    "1272": "Bromölla Municipality lies in north-eastern Skåne, on the border with Blekinge.",
    "1293": "Hässleholm is the railway hub of Skåne Nordost, with trains in every direction.",
    "1266": "Hörby Municipality lies in the middle of Skåne, in the south-west of Skåne Nordost.",
    "1290": "Kristianstad is the largest municipality in Skåne Nordost.",
    "1273": "Osby Municipality lies in northern Skåne, on the border with Småland.",
    "1256": "Östra Göinge Municipality includes Broby, Knislinge and Glimåkra, among other places.",
}


def seed(apps, schema_editor):
    """Fill in the English; safe to run again (tests re-run it after flushing the tables)."""
    Municipality = apps.get_model("municipalities", "Municipality")
    for code, presentation_en in PRESENTATIONS_EN.items():
        Municipality.objects.filter(kommunkod=code).update(presentation_en=presentation_en)


def unseed(apps, schema_editor):
    pass  # The English field goes with its column when 0005 is reversed.


class Migration(migrations.Migration):
    dependencies = [("municipalities", "0005_english_texts")]
    operations = [migrations.RunPython(seed, unseed)]
