"""The guide's steps at /hitta/: one GET form each, carrying earlier answers in the URL."""

from urllib.parse import parse_qsl, urlsplit

import pytest

from measures.models import Measure
from tests.factories import MeasureFactory
from tests.guide.helpers import checked, hidden_fields, link, row_counts, text

pytestmark = pytest.mark.django_db

URL = "/hitta/"
ALL_ANSWERS = [
    ("alder", "17"),
    ("kommun", "osby"),
    ("situation", "kaa"),
    ("situation", "forsorjningsstod"),
    ("behov", "svenska"),
    ("behov", "jobbsokning"),
    ("sprak", "sv"),
    ("sprak", "ar"),
    ("resa", "ja"),
    ("form", "pa-plats"),
]
QUESTIONS = {
    1: ("alder", "Hur gammal är du?"),
    2: ("kommun", "Var bor du?"),
    3: ("situation", "Vad stämmer på dig just nu?"),
    4: ("behov", "Vad vill du ha stöd med?"),
    5: ("sprak", "Vilka språk förstår du bra?"),
    6: ("resa", "Kan du resa till en grannkommun?"),
    7: ("form", "Vill du vara på plats eller delta digitalt?"),
}


def query(pairs):
    return "&".join(f"{name}={value}" for name, value in pairs)


def test_the_first_step_asks_for_age_and_says_nothing_is_stored(client):
    before = row_counts()

    response = client.get(URL)

    assert response.status_code == 200
    page = text(response)
    assert "Steg 1 av 7" in page
    assert '<label for="id_alder">Hur gammal är du?</label>' in page
    assert "Vi sparar inget om dig. Dina svar finns bara i adressfältet i din webbläsare." in page
    assert "Tillbaka" not in page
    assert hidden_fields(response) == [("steg", "2")]
    assert row_counts() == before


@pytest.mark.parametrize("number", range(1, 8))
def test_each_step_renders_and_carries_every_other_answer(client, number):
    param, question = QUESTIONS[number]

    response = client.get(f"{URL}?steg={number}&{query(ALL_ANSWERS)}")

    assert response.status_code == 200
    page = text(response)
    assert f"Steg {number} av 7" in page
    assert question in page
    assert "Vi sparar inget om dig." in page
    carried = [pair for pair in ALL_ANSWERS if pair[0] != param]
    expected = carried if number == 7 else [("steg", str(number + 1)), *carried]
    assert hidden_fields(response) == expected
    # The step's own answer is shown again, ready to change.
    own = [value for name, value in ALL_ANSWERS if name == param]
    if param == "alder":
        assert 'value="17"' in page
    else:
        assert sorted(checked(response)) == sorted(own)
    assert response.context["form"].cleaned.getlist(param) == own


def test_submitting_a_step_leads_to_the_next_one_with_the_answer_kept(client):
    response = client.get(URL, {"steg": "2", "alder": "17"})

    assert response.status_code == 200
    assert "Var bor du?" in text(response)
    assert hidden_fields(response) == [("steg", "3"), ("alder", "17")]
    assert response.context["form"].answers.age == 17


def test_the_last_step_sends_the_answers_to_the_results(client):
    response = client.get(f"{URL}?steg=7&alder=17&kommun=osby")

    assert response.status_code == 200
    page = text(response)
    assert '<form method="get" action="/hitta/resultat/"' in page
    assert "Visa insatser" in page
    assert hidden_fields(response) == [("alder", "17"), ("kommun", "osby")]


def test_skipping_a_step_goes_on_without_that_answer(client):
    response = client.get(f"{URL}?steg=2&alder=17&kommun=osby&resa=ja")

    skip = link(response, "Hoppa över")
    assert response.status_code == 200
    assert urlsplit(skip).path == URL
    assert parse_qsl(urlsplit(skip).query) == [("steg", "3"), ("alder", "17"), ("resa", "ja")]

    following = client.get(skip)

    assert following.status_code == 200
    assert "Vad stämmer på dig just nu?" in text(following)
    assert following.context["form"].answers.home is None


def test_skipping_the_last_step_shows_the_results(client):
    response = client.get(f"{URL}?steg=7&alder=17&form=digitalt")

    skip = link(response, "Hoppa över")
    assert skip == "/hitta/resultat/?alder=17"
    results = client.get(skip)
    assert results.status_code == 200
    assert "Passar" in text(results)


def test_skipping_every_step_still_gives_results(client):
    url = URL
    for number in range(1, 8):
        response = client.get(url)
        assert response.status_code == 200
        assert f"Steg {number} av 7" in text(response)
        url = link(response, "Hoppa över")

    results = client.get(url)

    assert url == "/hitta/resultat/"
    assert results.status_code == 200
    assert "Kan passa" in text(results)


def test_the_back_link_returns_to_the_previous_step_with_every_answer(client):
    response = client.get(f"{URL}?steg=3&alder=17&kommun=osby&behov=svenska")

    back = link(response, '<span aria-hidden="true">←</span> Tillbaka')
    assert response.status_code == 200
    assert parse_qsl(urlsplit(back).query) == [
        ("steg", "2"),
        ("alder", "17"),
        ("kommun", "osby"),
        ("behov", "svenska"),
    ]
    previous = client.get(back)
    assert "Var bor du?" in text(previous)
    assert checked(previous) == ["osby"]


def test_choices_are_labelled_fieldsets_with_a_legend(client):
    response = client.get(f"{URL}?steg=3")

    page = response.content.decode()
    assert response.status_code == 200
    assert '<legend><h1 class="h2 mb-2">Vad stämmer på dig just nu?</h1></legend>' in page
    assert page.count('type="checkbox" name="situation"') == 6
    for number in range(1, 7):
        assert f'<label class="guide-option" for="id_situation_{number}">' in page
        assert f'id="id_situation_{number}"' in page


def test_the_municipality_step_offers_the_six_in_swedish_order(client):
    response = client.get(f"{URL}?steg=2")

    assert response.status_code == 200
    assert [choice.label for choice in response.context["choices"]] == [
        "Bromölla",
        "Hässleholm",
        "Hörby",
        "Kristianstad",
        "Osby",
        "Östra Göinge",
    ]
    assert 'type="radio" name="kommun" value="ostra-goinge"' in response.content.decode()


def test_the_steps_explain_af_kaa_and_sfi(client):
    situation = text(client.get(f"{URL}?steg=3"))
    needs = text(client.get(f"{URL}?steg=4"))

    assert "Arbetsförmedlingen (AF) är statens myndighet" in situation
    assert "KAA, det kommunala aktivitetsansvaret" in situation
    assert "etableringsprogrammet" in situation
    assert "SFI betyder svenska för invandrare" in needs
    assert "Svenska språket" in needs


def test_the_travel_and_format_steps_offer_their_answers(client):
    travel = client.get(f"{URL}?steg=6")
    form = client.get(f"{URL}?steg=7")

    assert [c.value for c in travel.context["choices"]] == ["ja", "nej"]
    assert [c.value for c in form.context["choices"]] == [
        "pa-plats",
        "digitalt",
        "spelar-ingen-roll",
    ]
    assert "Det spelar ingen roll" in text(form)


def test_a_post_is_refused(client):
    before = row_counts()

    response = client.post(URL, {"alder": "17"})

    assert response.status_code == 405
    assert row_counts() == before


def test_the_needs_step_names_the_kinds_of_public_measures_each_need_brings(client, terms):
    MeasureFactory(measure_type=terms["typ"]["praktik"], needs=[terms["behov"]["korkort"]])
    MeasureFactory(
        measure_type=terms["typ"]["halsoinsats"],
        needs=[terms["behov"]["halsa"]],
        status=Measure.Status.DRAFT,
    )

    response = client.get("/hitta/?steg=4")

    assert response.status_code == 200
    choices = {choice.value: choice for choice in response.context["choices"]}
    assert choices["korkort"].examples == "Till exempel praktik."
    assert choices["halsa"].examples == ""
    assert text(response).count("Till exempel") == 1
