"""The six member municipalities of Skåne Nordost, with their SCB municipality codes."""

from django.db import migrations

MEMBERS = [
    # (name, slug, kommunkod, website, presentation)
    (
        "Bromölla",
        "bromolla",
        "1272",
        "https://www.bromolla.se",
        "Bromölla kommun ligger i nordöstra Skåne, vid gränsen mot Blekinge.",
    ),
    (
        "Hässleholm",
        "hassleholm",
        "1293",
        "https://www.hassleholm.se",
        "Hässleholm är Skåne Nordosts järnvägsknut, med tåg åt alla håll.",
    ),
    (
        "Hörby",
        "horby",
        "1266",
        "https://www.horby.se",
        "Hörby kommun ligger mitt i Skåne, i sydvästra delen av Skåne Nordost.",
    ),
    (
        "Kristianstad",
        "kristianstad",
        "1290",
        "https://www.kristianstad.se",
        "Kristianstad är den största kommunen i Skåne Nordost.",
    ),
    (
        "Osby",
        "osby",
        "1273",
        "https://www.osby.se",
        "Osby kommun ligger i norra Skåne, vid gränsen mot Småland.",
    ),
    (
        "Östra Göinge",
        "ostra-goinge",
        "1256",
        "https://www.ostragoinge.se",
        "Östra Göinge kommun omfattar bland annat Broby, Knislinge och Glimåkra.",
    ),
]


def seed(apps, schema_editor):
    Municipality = apps.get_model("municipalities", "Municipality")
    for name, slug, code, website, presentation in MEMBERS:
        Municipality.objects.update_or_create(
            kommunkod=code,
            defaults={
                "name": name,
                "slug": slug,
                "county": "Skåne län",
                "is_skno_member": True,
                "website": website,
                "presentation": presentation,
            },
        )


def unseed(apps, schema_editor):
    Municipality = apps.get_model("municipalities", "Municipality")
    Municipality.objects.filter(kommunkod__in=[row[2] for row in MEMBERS]).delete()


class Migration(migrations.Migration):
    dependencies = [("municipalities", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]
