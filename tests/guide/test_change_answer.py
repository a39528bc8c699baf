""" "Ändra" on the results page: change one answer and come straight back to the results.

Plain GET forms and links, so it works without JavaScript; the answers stay in the address.
"""

import pytest

from tests.factories import MeasureFactory
from tests.guide.helpers import (
    checked,
    hidden_fields,
    link,
    row_counts,
    submission,
    text,
    titles,
)

pytestmark = pytest.mark.django_db

RESULTS = "/hitta/resultat/"
ANSWERS = "alder=22&kommun=osby&behov=arbetslivserfarenhet&sprak=ar"
CHANGE = {
    "Ålder": f"/hitta/?steg=1&{ANSWERS}&tillbaka=resultat",
    "Kommun": f"/hitta/?steg=2&{ANSWERS}&tillbaka=resultat",
    "Situation": f"/hitta/?steg=3&{ANSWERS}&tillbaka=resultat",
    "Stöd med": f"/hitta/?steg=4&{ANSWERS}&tillbaka=resultat",
    "Språk": f"/hitta/?steg=5&{ANSWERS}&tillbaka=resultat",
    "Kan resa": f"/hitta/?steg=6&{ANSWERS}&tillbaka=resultat",
    "Form": f"/hitta/?steg=7&{ANSWERS}&tillbaka=resultat",
}


def test_every_answer_on_the_results_page_has_a_change_link_back_to_the_results(client):
    response = client.get(f"{RESULTS}?{ANSWERS}")

    assert response.status_code == 200
    rows = {str(row.step.label): row.change_url for row in response.context["summary"]}
    assert rows == CHANGE
    page = text(response)
    assert page.count(">Ändra<span") == 7
    assert f'href="/hitta/?steg=5&amp;{ANSWERS.replace("&", "&amp;")}&amp;tillbaka=resultat"' in (
        response.content.decode()
    )
    # "Ändra dina svar" still walks through every step from the first.
    assert link(response, "Ändra dina svar") == f"/hitta/?steg=1&{ANSWERS}"


def test_a_step_opened_from_the_results_submits_straight_to_the_results(client):
    response = client.get(CHANGE["Språk"])

    assert response.status_code == 200
    page = text(response)
    assert "Steg 5 av 7" in page
    assert checked(response) == ["ar"]
    # No "next step": the form goes to the results, with every other answer kept.
    assert '<form method="get" action="/hitta/resultat/"' in page
    assert hidden_fields(response) == [
        ("alder", "22"),
        ("kommun", "osby"),
        ("behov", "arbetslivserfarenhet"),
    ]
    assert "Visa insatser" in page and "Nästa" not in page
    assert link(response, '<span aria-hidden="true">←</span> Tillbaka till insatserna') == (
        f"{RESULTS}?{ANSWERS}"
    )
    assert link(response, "Hoppa över") == (
        f"{RESULTS}?alder=22&kommun=osby&behov=arbetslivserfarenhet"
    )


def test_changing_one_answer_lands_on_the_results_with_the_change_applied(client, terms):
    osby_sv = MeasureFactory(
        title="Praktik på svenska",
        target_groups=[terms["malgrupp"]["unga-16-29"]],
        needs=[terms["behov"]["arbetslivserfarenhet"]],
        languages=[terms["sprak"]["sv"]],
    )
    before = row_counts()
    results = client.get(f"{RESULTS}?{ANSWERS}")
    assert titles(results, "fits") == []
    assert titles(results, "may-fit") == [osby_sv.title]

    step = client.get(link(results, 'Ändra<span class="visually-hidden"> språk'))
    changed = client.get(submission(step, sprak=["sv", "ar"]))

    assert changed.status_code == 200
    assert changed.request["PATH_INFO"] == RESULTS
    assert changed.request["QUERY_STRING"] == (
        "alder=22&kommun=osby&behov=arbetslivserfarenhet&sprak=sv&sprak=ar"
    )
    rows = {str(row.step.label): row.answer for row in changed.context["summary"]}
    assert rows["Språk"] == "Svenska, Arabiska"
    assert rows["Ålder"] == "22 år" and rows["Stöd med"] == "Arbetslivserfarenhet"
    assert titles(changed, "fits") == [osby_sv.title]
    assert row_counts() == before


@pytest.mark.parametrize(
    ("label", "answer", "expected"),
    [
        ("Ålder", {"alder": "40"}, "alder=40&kommun=osby&behov=arbetslivserfarenhet&sprak=ar"),
        (
            "Kommun",
            {"kommun": "horby"},
            "alder=22&kommun=horby&behov=arbetslivserfarenhet&sprak=ar",
        ),
        (
            "Situation",
            {"situation": "nyanland"},
            "alder=22&kommun=osby&situation=nyanland&behov=arbetslivserfarenhet&sprak=ar",
        ),
        ("Stöd med", {}, "alder=22&kommun=osby&sprak=ar"),
        ("Kan resa", {"resa": "nej"}, f"{ANSWERS}&resa=nej"),
        ("Form", {"form": "digitalt"}, f"{ANSWERS}&form=digitalt"),
    ],
)
def test_each_step_changed_from_the_results_returns_to_the_results(client, label, answer, expected):
    step = client.get(CHANGE[label])

    assert step.status_code == 200
    assert submission(step, **answer) == f"{RESULTS}?{expected}"
    assert client.get(submission(step, **answer)).status_code == 200


def test_without_the_marker_a_step_still_leads_to_the_next_one(client):
    for marker in ["", "&tillbaka=", "&tillbaka=steg", "&tillbaka=resultat%07x"]:
        response = client.get(f"/hitta/?steg=5&{ANSWERS}{marker}")

        assert response.status_code == 200
        assert ("steg", "6") in hidden_fields(response)
        assert "Tillbaka till insatserna" not in text(response)
