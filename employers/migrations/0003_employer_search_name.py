from django.db import migrations, models

from measures.text import fold


def fill(apps, schema_editor):
    Employer = apps.get_model("employers", "Employer")
    for employer in Employer.objects.only("pk", "name"):
        Employer.objects.filter(pk=employer.pk).update(search_name=fold(employer.name))


class Migration(migrations.Migration):
    dependencies = [("employers", "0002_seed_placement_kinds")]

    operations = [
        migrations.AddField(
            model_name="employer",
            name="search_name",
            field=models.CharField(blank=True, default="", editable=False, max_length=200),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
