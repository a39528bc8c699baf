"""The first search thesaurus: Swedish synonyms and English words for every seeded measure type,
need and category, so that "internship", "work training" or "sfi" find what they mean.

Each row: (phrase, language, Swedish words it finds, measure type, need, category), by slug.
Portal staff edit the list in the admin; a phrase already there is left as it is.
"""

from django.db import migrations

SV, EN = "sv", "en"

TERMS = [
    # Kartläggning
    ("kompetenskartläggning", SV, "kartläggning", "kartlaggning", None, None),
    ("skills assessment", EN, "kartläggning", "kartlaggning", None, None),
    ("skills mapping", EN, "kartläggning", "kartlaggning", None, None),
    ("assessment", EN, "kartläggning", "kartlaggning", None, None),
    # Studie- och yrkesvägledning
    ("syv", SV, "vägledning", "studie-och-yrkesvagledning", "yrkesval", None),
    ("studievägledning", SV, "vägledning", "studie-och-yrkesvagledning", "studier", None),
    ("yrkesvägledning", SV, "vägledning", "studie-och-yrkesvagledning", "yrkesval", None),
    ("study and career guidance", EN, "vägledning", "studie-och-yrkesvagledning", None, None),
    ("career guidance", EN, "vägledning", "studie-och-yrkesvagledning", "yrkesval", None),
    ("careers advice", EN, "vägledning", "studie-och-yrkesvagledning", "yrkesval", None),
    ("study guidance", EN, "vägledning", "studie-och-yrkesvagledning", "studier", None),
    ("guidance", EN, "vägledning", "studie-och-yrkesvagledning", None, None),
    # Orienteringskurs
    ("orientering", SV, "orienteringskurs", "orienteringskurs", None, None),
    ("orientation course", EN, "orienteringskurs", "orienteringskurs", None, None),
    ("introduction course", EN, "orienteringskurs", "orienteringskurs", None, None),
    # Arbetsprövning
    ("arbetsprova", SV, "arbetsprövning", "arbetsprovning", None, None),
    ("work trial", EN, "arbetsprövning", "arbetsprovning", None, None),
    ("work ability assessment", EN, "arbetsprövning", "arbetsprovning", None, None),
    # Arbetsträning
    ("arbetsträna", SV, "arbetsträning", "arbetstraning", None, None),
    ("work training", EN, "arbetsträning", "arbetstraning", None, None),
    ("job training", EN, "arbetsträning", "arbetstraning", None, None),
    # Praktik
    ("praktikplats", SV, "praktik", "praktik", None, None),
    ("arbetspraktik", SV, "praktik", "praktik", None, None),
    ("yrkespraktik", SV, "praktik", "praktik", None, None),
    ("internship", EN, "praktik", "praktik", None, None),
    ("internships", EN, "praktik", "praktik", None, None),
    ("work placement", EN, "praktik", "praktik", None, None),
    ("job placement", EN, "praktik", "praktik", None, None),
    ("placement", EN, "praktik", "praktik", None, None),
    ("traineeship", EN, "praktik", "praktik", None, None),
    # Hälsoinsats
    ("friskvård", SV, "hälsa, motion", "halsoinsats", "halsa", "halsorelaterad"),
    ("motion", SV, "motion, rörelse", "halsoinsats", "halsa", None),
    ("health programme", EN, "hälsa", "halsoinsats", "halsa", None),
    ("health program", EN, "hälsa", "halsoinsats", "halsa", None),
    ("exercise", EN, "motion, rörelse", "halsoinsats", "halsa", None),
    ("stress management", EN, "stresshantering, stress", "halsoinsats", "halsa", None),
    # Jobbcoachning
    ("jobbcoach", SV, "jobbcoachning", "jobbcoachning", "jobbsokning", None),
    ("coach", SV, "coachning, jobbcoachning", "jobbcoachning", None, None),
    ("job coaching", EN, "jobbcoachning", "jobbcoachning", "jobbsokning", None),
    ("job coach", EN, "jobbcoachning", "jobbcoachning", "jobbsokning", None),
    ("coaching", EN, "coachning, jobbcoachning", "jobbcoachning", None, None),
    ("cv", SV, "cv", "jobbcoachning", "jobbsokning", None),
    ("cv", EN, "cv", "jobbcoachning", "jobbsokning", None),
    ("resume", EN, "cv", "jobbcoachning", "jobbsokning", None),
    ("job application", EN, "cv, personligt brev", "jobbcoachning", "jobbsokning", None),
    # Språkstöd
    ("sfi", SV, "svenska, sfi", "sprakstod", "svenska", None),
    ("språkträning", SV, "svenska, språk", "sprakstod", "svenska", None),
    ("språkkurs", SV, "svenska, språk", "sprakstod", "svenska", None),
    ("svenskkurs", SV, "svenska", "sprakstod", "svenska", None),
    ("svenskundervisning", SV, "svenska", "sprakstod", "svenska", None),
    ("language support", EN, "svenska, språk", "sprakstod", "svenska", None),
    ("language course", EN, "svenska, språk", "sprakstod", "svenska", None),
    ("language courses", EN, "svenska, språk", "sprakstod", "svenska", None),
    ("swedish course", EN, "svenska", "sprakstod", "svenska", None),
    ("swedish courses", EN, "svenska", "sprakstod", "svenska", None),
    ("swedish lessons", EN, "svenska", "sprakstod", "svenska", None),
    ("learn swedish", EN, "svenska", "sprakstod", "svenska", None),
    ("swedish for immigrants", EN, "svenska, sfi", "sprakstod", "svenska", None),
    ("swedish language", EN, "svenska", "sprakstod", "svenska", None),
    ("swedish", EN, "svenska", "sprakstod", "svenska", None),
    # Utbildning
    ("yrkesutbildning", SV, "utbildning", "utbildning", "studier", "kompetenshojande"),
    ("yrkeskurs", SV, "utbildning, kurs", "utbildning", None, "kompetenshojande"),
    ("education and training", EN, "utbildning", "utbildning", None, None),
    ("education", EN, "utbildning", "utbildning", "studier", None),
    ("vocational training", EN, "utbildning", "utbildning", None, "kompetenshojande"),
    ("training course", EN, "utbildning, kurs", "utbildning", None, None),
    ("course", EN, "kurs", "utbildning", None, None),
    ("courses", EN, "kurs", "utbildning", None, None),
    # Subventionerad anställning
    ("extratjänst", SV, "extratjänst", "subventionerad-anstallning", None, None),
    ("lönebidrag", SV, "lönebidrag", "subventionerad-anstallning", None, None),
    ("nystartsjobb", SV, "nystartsjobb", "subventionerad-anstallning", None, None),
    ("introduktionsjobb", SV, "introduktionsjobb", "subventionerad-anstallning", None, None),
    ("anställningsstöd", SV, "anställningsstöd", "subventionerad-anstallning", None, None),
    ("subsidised employment", EN, "anställning", "subventionerad-anstallning", None, None),
    ("subsidized employment", EN, "anställning", "subventionerad-anstallning", None, None),
    ("subsidised job", EN, "anställning", "subventionerad-anstallning", None, None),
    ("wage subsidy", EN, "lönebidrag", "subventionerad-anstallning", None, None),
    ("extra job", EN, "extratjänst", "subventionerad-anstallning", None, None),
    # Uppföljning
    ("stöd efter anställning", SV, "uppföljning", "uppfoljning", None, None),
    ("follow-up support", EN, "uppföljning", "uppfoljning", None, None),
    ("follow-up", EN, "uppföljning", "uppfoljning", None, None),
    ("aftercare", EN, "uppföljning", "uppfoljning", None, None),
    # Needs
    ("motivation", SV, "motivation", None, "komma-igang", None),
    ("getting started", EN, "komma igång", None, "komma-igang", None),
    ("get started", EN, "komma igång", None, "komma-igang", None),
    ("motivation", EN, "motivation", None, "komma-igang", None),
    (
        "arbetserfarenhet",
        SV,
        "arbetslivserfarenhet, erfarenhet",
        None,
        "arbetslivserfarenhet",
        None,
    ),
    ("work experience", EN, "arbetslivserfarenhet, praktik", None, "arbetslivserfarenhet", None),
    ("job experience", EN, "arbetslivserfarenhet", None, "arbetslivserfarenhet", None),
    ("hälsa", SV, "hälsa", None, "halsa", "halsorelaterad"),
    ("välmående", SV, "välmående, hälsa", None, "halsa", None),
    ("må bra", SV, "välmående, hälsa", None, "halsa", None),
    ("health and well-being", EN, "hälsa", None, "halsa", "halsorelaterad"),
    ("health", EN, "hälsa", None, "halsa", "halsorelaterad"),
    ("well-being", EN, "välmående, hälsa", None, "halsa", None),
    ("wellbeing", EN, "välmående, hälsa", None, "halsa", None),
    ("mental health", EN, "psykisk hälsa, hälsa", None, "halsa", None),
    ("studera", SV, "studier, studera", None, "studier", None),
    ("plugga", SV, "studier, studera", None, "studier", None),
    ("studies", EN, "studier", None, "studier", None),
    ("study", EN, "studier, studera", None, "studier", None),
    ("studying", EN, "studier, studera", None, "studier", None),
    ("välja yrke", SV, "yrkesval", None, "yrkesval", None),
    ("choosing a career", EN, "yrkesval", None, "yrkesval", None),
    ("career choice", EN, "yrkesval", None, "yrkesval", None),
    ("career", EN, "yrkesval, yrke", None, "yrkesval", None),
    ("körkortsteori", SV, "körkort", None, "korkort", None),
    ("övningskörning", SV, "körkort", None, "korkort", None),
    ("driving licence", EN, "körkort", None, "korkort", None),
    ("driving license", EN, "körkort", None, "korkort", None),
    ("driver's licence", EN, "körkort", None, "korkort", None),
    ("driver's license", EN, "körkort", None, "korkort", None),
    ("driving theory", EN, "körkortsteori, körkort", None, "korkort", None),
    ("jobbsökning", SV, "söka jobb, jobbsökning", None, "jobbsokning", None),
    ("personligt brev", SV, "personligt brev, cv", None, "jobbsokning", None),
    ("looking for work", EN, "söka jobb, jobbsökning", None, "jobbsokning", None),
    ("job search", EN, "söka jobb, jobbsökning", None, "jobbsokning", None),
    ("job seeking", EN, "söka jobb, jobbsökning", None, "jobbsokning", None),
    ("job hunting", EN, "söka jobb, jobbsökning", None, "jobbsokning", None),
    ("find a job", EN, "söka jobb, jobb", None, "jobbsokning", None),
    # Categories
    ("arbetsinriktad", SV, "jobb, arbete", None, None, "jobbinriktad"),
    ("vägen till jobb", SV, "jobb, arbete", None, None, "jobbinriktad"),
    ("job-oriented measures", EN, "jobb", None, None, "jobbinriktad"),
    ("job-oriented", EN, "jobb", None, None, "jobbinriktad"),
    ("employment", EN, "anställning, jobb", None, None, "jobbinriktad"),
    ("kompetensutveckling", SV, "kompetens, utbildning", None, None, "kompetenshojande"),
    ("skills-building measures", EN, "kompetens", None, None, "kompetenshojande"),
    ("skills-building", EN, "kompetens", None, None, "kompetenshojande"),
    ("skills", EN, "kompetens", None, None, "kompetenshojande"),
    ("upskilling", EN, "kompetens, utbildning", None, None, "kompetenshojande"),
    ("gemenskap", SV, "gemenskap, sammanhang", None, None, "social"),
    ("social measures", EN, "gemenskap", None, None, "social"),
    ("social activities", EN, "gemenskap, aktiviteter", None, None, "social"),
    ("community", EN, "gemenskap", None, None, "social"),
    ("health-related measures", EN, "hälsa", None, None, "halsorelaterad"),
    ("health-related", EN, "hälsa", None, None, "halsorelaterad"),
]


def seed(apps, schema_editor):
    """Add the phrases not yet there; safe to run again (tests re-run it after flushing)."""
    SearchTerm = apps.get_model("measures", "SearchTerm")
    by_slug = {
        name: {term.slug: term for term in apps.get_model("measures", name).objects.all()}
        for name in ("MeasureType", "Need", "Category")
    }
    for phrase, language, words, kind, need, category in TERMS:
        if SearchTerm.objects.filter(phrase__iexact=phrase, language=language).exists():
            continue
        SearchTerm.objects.create(
            phrase=phrase,
            language=language,
            words=words,
            measure_type=by_slug["MeasureType"].get(kind),
            need=by_slug["Need"].get(need),
            category=by_slug["Category"].get(category),
        )


def unseed(apps, schema_editor):
    SearchTerm = apps.get_model("measures", "SearchTerm")
    for phrase, language, *_rest in TERMS:
        SearchTerm.objects.filter(phrase__iexact=phrase, language=language).delete()


class Migration(migrations.Migration):
    dependencies = [("measures", "0013_search_terms")]
    operations = [migrations.RunPython(seed, unseed)]
