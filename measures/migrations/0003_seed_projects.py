"""The ESF projects behind the portal and its measures, with the facts their records give.

Sources: the project records of Svenska ESF-rådet and Osby kommun's page on Within PO1 & PO2.
Where a record gives no figure, the field stays empty rather than guessed.
"""

import datetime

from django.db import migrations

SKNO = ["bromolla", "hassleholm", "horby", "kristianstad", "osby", "ostra-goinge"]

PROJECTS = [
    {
        "slug": "strategisk-samverkan-i-skno",
        "name": "Strategisk samverkan i SKNO",
        "project_number": "2017/00126",
        "owner": "Hässleholms kommun, Arbetsmarknadsenheten",
        "fund": "ESF",
        "programme_area": "Programområde 2, specifikt mål 2.3",
        "start_date": datetime.date(2017, 9, 1),
        "end_date": datetime.date(2021, 2, 28),
        "total_budget": 19_719_237,
        "esf_support": 13_152_730,
        "planned_participants": 150,
        "partners": SKNO,
        "summary": (
            "Projektet ville utveckla samverkan mellan kommunerna i Skåne Nordost. Dess första "
            "huvudmål var en IT-portal, en webbsida med det samlade utbudet av "
            "arbetsmarknadsinsatser i alla kommuner i Skåne Nordost, så att handläggare känner "
            "till och kan använda varandras insatser. Projektet arbetade också med arbetsgivare "
            "och med deltagarens väg: hälsoaktiviteter, orienteringsutbildning, arbetsprövning, "
            "arbetsträning, praktik och uppföljning."
        ),
        "source": "Svenska ESF-rådets projektbank, projekt 2017/00126",
    },
    {
        "slug": "within-kompetens",
        "name": "Within Kompetens (Within PO1)",
        "project_number": "2015/00764",
        "owner": "Kristianstads kommun",
        "fund": "ESF",
        "programme_area": "1.1 Kompetensförsörjning (utlysning 2015/00538)",
        "start_date": datetime.date(2016, 2, 2),
        "end_date": datetime.date(2019, 1, 31),
        "total_budget": 9_997_836,
        "esf_support": 7_380_388,
        "planned_participants": 440,
        "partners": SKNO,
        "summary": (
            "Within PO1 riktade sig till medarbetare och förtroendevalda som möter unga i "
            "utanförskap: samverkan mellan kommunerna, kunskap om psykisk hälsa, nya metoder och "
            "nya mötesplatser för unga, och samarbete med arbetslivet genom "
            "arbetsplatsambassadörer."
        ),
        "source": "Svenska ESF-rådets projektbank, projekt 2015/00764; Osby kommun, Within PO1 & PO2",
    },
    {
        "slug": "within-po2",
        "name": "Within PO2",
        "project_number": "",
        "owner": "Kristianstads kommun",
        "fund": "ESF",
        "programme_area": "",
        "start_date": datetime.date(2015, 10, 15),
        "end_date": datetime.date(2018, 10, 15),
        "total_budget": None,
        "esf_support": None,
        "planned_participants": 1095,
        "partners": SKNO,
        "summary": (
            "Within PO2 arbetade med unga och unga vuxna, 15–24 år, som varken arbetar eller "
            "studerar och som är inskrivna på Arbetsförmedlingen eller får försörjningsstöd. "
            "Målet var att minska antalet unga i utanförskap i Skåne Nordost genom ett bra "
            "bemötande, nya mötesplatser och kartläggning efter varje persons behov."
        ),
        "source": "Osby kommun, Within PO1 & PO2",
    },
    {
        "slug": "forstarkt-vagledning-2-0",
        "name": "Förstärkt vägledning 2.0",
        "project_number": "22-039-S06",
        "owner": "Osby kommun",
        "fund": "ESF+",
        "programme_area": "Programområde A, specifikt mål A2A",
        "start_date": datetime.date(2023, 9, 1),
        "end_date": datetime.date(2025, 8, 31),
        "total_budget": None,
        "esf_support": None,
        "planned_participants": 34,
        "partners": ["osby"],
        "summary": (
            "På verksamhetscentret Kompetensa i Osby formade projektet gruppaktiviteter i block "
            "efter BIP-modellen: jobbinriktade, kompetenshöjande, sociala och hälsorelaterade "
            "insatser som löper parallellt, för personer som står långt från arbetsmarknaden."
        ),
        "source": "Svenska ESF-rådets projektbank, diarienummer 22-039-S06",
    },
    {
        "slug": "jobb-for-alla",
        "name": "Jobb för alla (förprojektering)",
        "project_number": "",
        "owner": "Burlövs kommun",
        "fund": "ESF",
        "programme_area": "Programområde 2, Ökat arbetskraftsutbud",
        "start_date": datetime.date(2008, 5, 15),
        "end_date": datetime.date(2008, 11, 15),
        "total_budget": 454_155,
        "esf_support": 290_754,
        "planned_participants": None,
        "partners": [],
        "summary": (
            "En förstudie om myndighetsgemensam samverkan mellan kommunen, Arbetsförmedlingen, "
            "Försäkringskassan och Region Skåne för personer långt från arbetsmarknaden. Ett "
            "exempel på samverkan utanför Skåne Nordost."
        ),
        "source": "Svenska ESF-rådets projektbank, Jobb för alla (förprojektering)",
    },
]


def seed(apps, schema_editor):
    Project = apps.get_model("measures", "Project")
    Municipality = apps.get_model("municipalities", "Municipality")
    for data in PROJECTS:
        data = dict(data)
        partners = data.pop("partners")
        project, _ = Project.objects.update_or_create(slug=data.pop("slug"), defaults=data)
        project.partner_municipalities.set(Municipality.objects.filter(slug__in=partners))


def unseed(apps, schema_editor):
    Project = apps.get_model("measures", "Project")
    Project.objects.filter(slug__in=[row["slug"] for row in PROJECTS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("measures", "0002_seed_taxonomies"),
        ("municipalities", "0002_seed_members"),
    ]
    operations = [migrations.RunPython(seed, unseed)]
