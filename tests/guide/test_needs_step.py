"""Every kind of measure can be reached from the needs step, and the step says which answer does.

Against the example catalogue; a module-scoped fixture loads it for every test here (see
conftest.py), so tests with their own measures belong in test_steps.py.
"""

from django.http import QueryDict
from django.utils.translation import override

from guide.forms import GuideForm, Vocabulary
from guide.matching import candidates, in_sentence, match_measures
from measures.models import MeasureType, Need
from tests.guide.helpers import text

STEP = "/hitta/?steg=4"


def matches_for_need(need: str):
    form = GuideForm(QueryDict(f"behov={need}"), Vocabulary.load())
    found = match_measures(form.answers, candidates(form.answers), limit=10_000)
    return [*found.fits, *found.may_fit]


def test_every_kind_of_measure_is_brought_by_some_answer_on_the_needs_step(catalogue):
    kinds = MeasureType.objects.all()
    assert kinds.count() == 12
    reached = {}
    for need in Need.objects.all():
        for match in matches_for_need(need.slug):
            # Shown because it offers what was asked for, not only because nothing hid it.
            if match.needs_matched:
                reached.setdefault(match.measure.measure_type.slug, set()).add(need.slug)

    assert set(reached) == {kind.slug for kind in kinds}
    assert "arbetslivserfarenhet" in reached["arbetstraning"]
    assert "arbetslivserfarenhet" in reached["arbetsprovning"]
    assert "arbetslivserfarenhet" in reached["praktik"]
    assert "studier" in reached["studie-och-yrkesvagledning"]
    assert "svenska" in reached["sprakstod"]
    assert "halsa" in reached["halsoinsats"]


def test_the_needs_step_names_every_kind_of_measure_under_the_answer_that_brings_it(
    client, catalogue
):
    response = client.get(STEP)

    assert response.status_code == 200
    page = text(response)
    for kind in MeasureType.objects.all():
        assert in_sentence(kind.name) in page, kind.name
    choices = {choice.value: choice for choice in response.context["choices"]}
    assert choices["arbetslivserfarenhet"].examples.startswith(
        "Till exempel arbetsträning, praktik, "
    )
    assert choices["halsa"].examples.startswith("Till exempel hälsoinsats, arbetsprövning")
    assert choices["svenska"].examples.startswith("Till exempel språkstöd, praktik")
    assert choices["jobbsokning"].examples.startswith("Till exempel jobbcoachning")
    assert choices["korkort"].examples == "Till exempel utbildning."
    assert "Till exempel" not in text(client.get("/hitta/?steg=3"))


def test_english_lowers_names_inside_a_sentence_but_not_languages():
    with override("en"):
        assert in_sentence("Work training") == "work training"
        assert in_sentence("Long-term unemployed") == "long-term unemployed"
        assert in_sentence("Registered with Arbetsförmedlingen") == (
            "registered with Arbetsförmedlingen"
        )
        assert in_sentence("Swedish language") == "Swedish language"
        assert in_sentence("Tigrinya", language=True) == "Tigrinya"
    assert in_sentence("Tigrinja", language=True) == "tigrinja"
