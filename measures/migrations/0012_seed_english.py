"""English names and descriptions for the seeded taxonomy terms, English summaries for the projects.

Keyed by slug; a term or project an administrator has renamed keeps its own English if it has one.
"""

from django.db import migrations

# slug: (English name, English description; "" where the Swedish has none)
TAXONOMIES = {
    "Category": {
        "jobbinriktad": ("Job-oriented measures", "Measures that lead straight towards a job."),
        "kompetenshojande": ("Skills-building measures", "Courses, language and education."),
        "social": ("Social measures", "Company, everyday life, structure and belonging."),
        "halsorelaterad": ("Health-related measures", "Health, exercise, sleep and stress."),
    },
    "MeasureType": {
        "kartlaggning": (
            "Skills assessment",
            "Together you go through what you can do and what you want to do.",
        ),
        "studie-och-yrkesvagledning": ("Study and career guidance", ""),
        "orienteringskurs": (
            "Orientation course",
            "An introduction to working life and to society.",
        ),
        "arbetsprovning": ("Work trial", "Find out whether, and at what pace, you can work."),
        "arbetstraning": ("Work training", "Build up routines and stamina in a workplace."),
        "praktik": ("Work placement", "A placement with an employer."),
        "halsoinsats": ("Health programme", "Exercise, stress management and sleep."),
        "jobbcoachning": ("Job coaching", "Help to look for and get a job."),
        "sprakstod": (
            "Language support",
            "Practise Swedish alongside SFI (Swedish for immigrants).",
        ),
        "utbildning": ("Education and training", "Short vocational courses and driving theory."),
        "subventionerad-anstallning": (
            "Subsidised employment",
            "For example an extra job (extratjänst) in the public or non-profit sector.",
        ),
        "uppfoljning": ("Follow-up support", "Support once you have started work or studies."),
    },
    "TargetGroup": {
        "unga-kaa": (
            "Young people aged 16–19 (KAA)",
            "The municipality's activity responsibility for young people (KAA).",
        ),
        "unga-16-29": ("Young people aged 16–29", ""),
        "forsorjningsstod": (
            "People receiving income support",
            "Also called financial assistance.",
        ),
        "nyanlanda": ("Newly arrived in Sweden", ""),
        "langtidsarbetslosa": ("Long-term unemployed", ""),
        "funktionsnedsattning": ("People with disabilities", ""),
        "sjukskrivna": ("On sick leave, on the way back", ""),
        "inskrivna-af": ("Registered with Arbetsförmedlingen", ""),
    },
    "Need": {
        "komma-igang": ("Getting started", ""),
        "svenska": ("Swedish language", ""),
        "arbetslivserfarenhet": ("Work experience", ""),
        "halsa": ("Health and well-being", ""),
        "studier": ("Studies", ""),
        "yrkesval": ("Choosing a career", ""),
        "korkort": ("Driving licence", ""),
        "jobbsokning": ("Looking for work", ""),
    },
    "Language": {
        "sv": ("Swedish", ""),
        "en": ("English", ""),
        "ar": ("Arabic", ""),
        "so": ("Somali", ""),
        "ti": ("Tigrinya", ""),
        "fa": ("Persian", ""),
        "prs": ("Dari", ""),
        "uk": ("Ukrainian", ""),
    },
}

PROJECT_SUMMARIES = {
    "strategisk-samverkan-i-skno": (
        "The project set out to develop cooperation between the municipalities of Skåne Nordost. "
        "Its first main goal was an IT portal, a website with all the labour-market measures of "
        "every municipality in Skåne Nordost, so that case officers know about and can use each "
        "other's measures. The project also worked with employers and with the participant's "
        "path: health activities, orientation training, work trials, work training, work "
        "placements and follow-up."
    ),
    "within-kompetens": (
        "Within PO1 was aimed at staff and elected representatives who meet young people at risk "
        "of exclusion: cooperation between the municipalities, knowledge of mental health, new "
        "methods and new meeting places for young people, and cooperation with working life "
        "through workplace ambassadors."
    ),
    "within-po2": (
        "Within PO2 worked with young people and young adults aged 15–24 who are neither working "
        "nor studying and who are registered with Arbetsförmedlingen (the Swedish Public "
        "Employment Service) or receive income support. The aim was to reduce the number of young "
        "people left outside in Skåne Nordost through a good welcome, new meeting places and an "
        "assessment based on each person's needs."
    ),
    "forstarkt-vagledning-2-0": (
        "At the Kompetensa activity centre in Osby, the project shaped group activities in blocks "
        "following the BIP model: job-oriented, skills-building, social and health-related "
        "measures running side by side, for people who are far from the labour market."
    ),
    "jobb-for-alla": (
        "A preliminary study of joint cooperation between the municipality, Arbetsförmedlingen "
        "(the Swedish Public Employment Service), Försäkringskassan (the Swedish Social Insurance "
        "Agency) and Region Skåne for people far from the labour market. An example of "
        "cooperation outside Skåne Nordost."
    ),
}


def seed(apps, schema_editor):
    """Fill in the English; safe to run again (tests re-run it after flushing the tables)."""
    for model_name, terms in TAXONOMIES.items():
        model = apps.get_model("measures", model_name)
        for slug, (name_en, description_en) in terms.items():
            model.objects.filter(slug=slug).update(name_en=name_en, description_en=description_en)
    Project = apps.get_model("measures", "Project")
    for slug, summary_en in PROJECT_SUMMARIES.items():
        Project.objects.filter(slug=slug).update(summary_en=summary_en)


def unseed(apps, schema_editor):
    pass  # The English fields go with the columns when 0011 is reversed.


class Migration(migrations.Migration):
    dependencies = [("measures", "0011_english_fields")]
    operations = [migrations.RunPython(seed, unseed)]
