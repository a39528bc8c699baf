from django.db import migrations

# (slug, Swedish name, English name)
KINDS = [
    ("praktik", "Praktik", "Work placement"),
    ("arbetstraning", "Arbetsträning", "Work training"),
    ("arbetsprovning", "Arbetsprövning", "Work trial"),
    ("anstallning-med-stod", "Anställning med stöd", "Supported employment"),
]


def seed(apps, schema_editor):
    PlacementKind = apps.get_model("employers", "PlacementKind")
    for position, (slug, name, name_en) in enumerate(KINDS, start=1):
        PlacementKind.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "name_en": name_en,
                "position": position,
            },
        )


def unseed(apps, schema_editor):
    apps.get_model("employers", "PlacementKind").objects.filter(
        slug__in=[slug for slug, *_rest in KINDS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("employers", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
