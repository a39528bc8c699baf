"""The taxonomies as data: BIP categories, measure types, target groups, needs and languages.

Portal staff edit them in the admin later; this migration only lays the first version.
"""

from django.db import migrations

TAXONOMIES = {
    "Category": [
        ("jobbinriktad", "Jobbinriktade insatser", "Insatser som leder direkt mot ett jobb."),
        ("kompetenshojande", "Kompetenshöjande insatser", "Kurser, språk och utbildning."),
        ("social", "Sociala insatser", "Gemenskap, vardag, struktur och sammanhang."),
        ("halsorelaterad", "Hälsorelaterade insatser", "Hälsa, rörelse, sömn och stress."),
    ],
    "MeasureType": [
        ("kartlaggning", "Kartläggning", "Ni går tillsammans igenom vad du kan och vill."),
        ("studie-och-yrkesvagledning", "Studie- och yrkesvägledning", ""),
        ("orienteringskurs", "Orienteringskurs", "En introduktion till arbetslivet och samhället."),
        ("arbetsprovning", "Arbetsprövning", "Prova om och i vilken takt du kan arbeta."),
        ("arbetstraning", "Arbetsträning", "Bygg upp vanor och ork i en arbetsmiljö."),
        ("praktik", "Praktik", "Praktik hos en arbetsgivare."),
        ("halsoinsats", "Hälsoinsats", "Rörelse, stresshantering och sömn."),
        ("jobbcoachning", "Jobbcoachning", "Stöd att söka och få jobb."),
        ("sprakstod", "Språkstöd", "Öva svenska vid sidan av SFI."),
        ("utbildning", "Utbildning", "Korta yrkeskurser och körkortsteori."),
        ("subventionerad-anstallning", "Subventionerad anställning", "Till exempel extratjänst."),
        ("uppfoljning", "Uppföljning", "Stöd när du har börjat arbeta eller studera."),
    ],
    "TargetGroup": [
        ("unga-kaa", "Unga 16–19 år inom KAA", "Det kommunala aktivitetsansvaret (KAA)."),
        ("unga-16-29", "Unga 16–29 år", ""),
        ("forsorjningsstod", "Personer med försörjningsstöd", "Även kallat ekonomiskt bistånd."),
        ("nyanlanda", "Nyanlända", ""),
        ("langtidsarbetslosa", "Långtidsarbetslösa", ""),
        ("funktionsnedsattning", "Personer med funktionsnedsättning", ""),
        ("sjukskrivna", "Sjukskrivna på väg tillbaka", ""),
        ("inskrivna-af", "Inskrivna på Arbetsförmedlingen", ""),
    ],
    "Need": [
        ("komma-igang", "Komma igång", ""),
        ("svenska", "Svenska språket", ""),
        ("arbetslivserfarenhet", "Arbetslivserfarenhet", ""),
        ("halsa", "Hälsa och välmående", ""),
        ("studier", "Studier", ""),
        ("yrkesval", "Yrkesval", ""),
        ("korkort", "Körkort", ""),
        ("jobbsokning", "Söka jobb", ""),
    ],
    "Language": [
        ("sv", "Svenska", ""),
        ("en", "Engelska", ""),
        ("ar", "Arabiska", ""),
        ("so", "Somaliska", ""),
        ("ti", "Tigrinja", ""),
        ("fa", "Persiska", ""),
        ("prs", "Dari", ""),
        ("uk", "Ukrainska", ""),
    ],
}


def seed(apps, schema_editor):
    for model_name, rows in TAXONOMIES.items():
        model = apps.get_model("measures", model_name)
        for position, (slug, name, description) in enumerate(rows, start=1):
            model.objects.update_or_create(
                slug=slug,
                defaults={"name": name, "description": description, "position": position},
            )


def unseed(apps, schema_editor):
    for model_name, rows in TAXONOMIES.items():
        apps.get_model("measures", model_name).objects.filter(
            slug__in=[row[0] for row in rows]
        ).delete()


class Migration(migrations.Migration):
    dependencies = [("measures", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]
