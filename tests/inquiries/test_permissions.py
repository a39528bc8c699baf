"""Who may see, answer, supplement and close an inquiry.

Hässleholm ("asker") asks Osby ("receiver"); Kristianstad ("outsider") is uninvolved. Expected:
anonymous → log-in page; logged in without a municipality → 403; uninvolved member → 404, so the
inquiry's existence is not revealed; an involved side doing what only the other may → 403. Every
refused POST leaves the inquiry as it was.
"""

import pytest

from inquiries.models import Inquiry
from inquiries.services import inquiry_answer

PEOPLE = ["anonymous", "non_member", "outsider", "asker", "receiver", "staff"]


def login(client, request, person):
    if person == "anonymous":
        return None
    user = request.getfixturevalue(person)
    client.force_login(user)
    return user


def check(response, expected):
    if expected == "login":
        assert response.status_code == 302, response.status_code
        assert response["Location"].startswith("/konto/logga-in/")
    else:
        assert response.status_code == expected, (response.status_code, expected)


def state(inquiry):
    inquiry.refresh_from_db()
    return inquiry.status, inquiry.answer, inquiry.answer_message, inquiry.events.count()


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        ("anonymous", "login"),
        ("non_member", 403),
        ("outsider", 404),
        ("asker", 200),
        ("receiver", 200),
        ("staff", 200),
    ],
)
def test_who_sees_an_inquiry(client, request, inquiry, person, expected):
    login(client, request, person)
    response = client.get(f"/hantera/forfragningar/{inquiry.pk}/")
    check(response, expected)
    if expected == 200:
        assert "Arbetsträning i Returbutiken" in response.content.decode()


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        ("anonymous", "login"),
        ("non_member", 403),
        ("outsider", 404),
        ("asker", 403),
        ("receiver", 302),
    ],
)
def test_only_the_receiving_municipality_answers(client, request, inquiry, person, expected):
    login(client, request, person)
    before = state(inquiry)
    response = client.post(
        f"/hantera/forfragningar/{inquiry.pk}/svara/",
        {"answer": "plats-finns", "answer_message": "Självklart!"},
    )
    check(response, expected)
    if expected == 302:
        assert state(inquiry)[:2] == ("besvarad", "plats-finns")
    else:
        assert state(inquiry) == before


def test_asker_who_forges_an_answer_changes_nothing_and_sees_no_form(client, asker, inquiry):
    client.force_login(asker)
    before = state(inquiry)
    response = client.post(
        f"/hantera/forfragningar/{inquiry.pk}/svara/",
        {"answer": "plats-finns", "answer_message": "Vi svarar själva."},
    )
    assert response.status_code == 403
    assert state(inquiry) == before
    page = client.get(f"/hantera/forfragningar/{inquiry.pk}/")
    assert "Skicka svaret" not in page.content.decode()


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        ("anonymous", "login"),
        ("non_member", 403),
        ("outsider", 404),
        ("asker", 302),
        ("receiver", 302),
    ],
)
def test_either_side_but_nobody_else_closes(client, request, inquiry, receiver, person, expected):
    inquiry_answer(inquiry=inquiry, user=receiver, answer="ingen-plats")
    login(client, request, person)
    before = state(inquiry)
    response = client.post(f"/hantera/forfragningar/{inquiry.pk}/avsluta/", {})
    check(response, expected)
    if expected == 302:
        assert state(inquiry)[0] == Inquiry.Status.CLOSED
    else:
        assert state(inquiry) == before


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        ("anonymous", "login"),
        ("non_member", 403),
        ("outsider", 404),
        ("asker", 302),
        ("receiver", 403),
    ],
)
def test_only_the_asking_side_supplements(client, request, inquiry, receiver, person, expected):
    inquiry_answer(inquiry=inquiry, user=receiver, answer="mer-information", message="Vilka tider?")
    login(client, request, person)
    before = state(inquiry)
    response = client.post(
        f"/hantera/forfragningar/{inquiry.pk}/komplettera/",
        {"komplettering-message": "Förmiddagar."},
    )
    check(response, expected)
    if expected == 302:
        assert state(inquiry)[0] == Inquiry.Status.SENT
    else:
        assert state(inquiry) == before


@pytest.mark.parametrize("action", ["svara", "komplettera", "avsluta"])
def test_actions_answer_only_post(client, receiver, inquiry, action):
    client.force_login(receiver)
    response = client.get(f"/hantera/forfragningar/{inquiry.pk}/{action}/")
    assert response.status_code == 405


def test_missing_inquiry_is_not_found(client, asker):
    client.force_login(asker)
    assert client.get("/hantera/forfragningar/999999/").status_code == 404
