"""Every step e-mails the other side, with an absolute link and nothing about the participant."""

import pytest

from inquiries.services import inquiry_answer
from tests.factories import member

BASE_URL = "https://portalen.example.se"


@pytest.fixture(autouse=True)
def base_url(settings):
    settings.PORTAL_BASE_URL = BASE_URL


@pytest.fixture
def osby_people(receiver):
    """Everyone in Osby with an e-mail address, whatever their role, plus two who get nothing."""
    member("redaktor", "osby", username="osby-redaktor")
    member("administrator", "osby", username="osby-admin")
    member("handlaggare", "osby", username="osby-utan-epost", email="")
    member("handlaggare", "osby", username="osby-slutat", is_active=False)
    return [
        "osby-admin@kommun.example",
        "osby-handlaggare@kommun.example",
        "osby-redaktor@kommun.example",
    ]


@pytest.fixture
def hassleholm_people(asker):
    member("redaktor", "hassleholm", username="hassleholm-redaktor")
    return ["hassleholm-handlaggare@kommun.example", "hassleholm-redaktor@kommun.example"]


def recipients(mailoutbox):
    return sorted(address for mail in mailoutbox for address in mail.to)


def test_new_inquiry_mails_every_member_of_the_receiving_municipality(
    client,
    asker,
    measure,
    osby_people,
    hassleholm_people,
    outsider,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    client.force_login(asker)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/hantera/forfragningar/ny/?insats={measure.slug}",
            {"places": "1", "message": "Finns det en plats i vår?"},
        )
    assert response.status_code == 302
    assert recipients(mailoutbox) == osby_people
    mail = mailoutbox[0]
    assert mail.subject == "Portalen: Hässleholm frågar om plats i ”Arbetsträning i Returbutiken”"
    assert f"{BASE_URL}{response['Location']}" in mail.body
    assert "hassleholm-handlaggare i Hässleholm frågar om det finns 1 plats" in mail.body
    # The message stays in the portal, behind the log-in.
    assert "Finns det en plats i vår?" not in mail.body


def test_answer_mails_the_asker_and_the_asking_municipality(
    client,
    receiver,
    inquiry,
    osby_people,
    hassleholm_people,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    client.force_login(receiver)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/hantera/forfragningar/{inquiry.pk}/svara/",
            {"answer": "mer-information", "answer_message": "Vilka tider passar?"},
        )
    assert recipients(mailoutbox) == hassleholm_people
    mail = mailoutbox[0]
    assert mail.subject == (
        "Portalen: Osby har svarat om ”Arbetsträning i Returbutiken”: behöver mer information"
    )
    assert "komplettera förfrågan" in mail.body
    assert f"{BASE_URL}/hantera/forfragningar/{inquiry.pk}/" in mail.body


def test_asker_who_left_the_municipality_still_hears_of_the_answer(
    client, asker, receiver, inquiry, mailoutbox, django_capture_on_commit_callbacks
):
    asker.memberships.all().delete()
    client.force_login(receiver)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/hantera/forfragningar/{inquiry.pk}/svara/", {"answer": "ingen-plats"})
    assert recipients(mailoutbox) == ["hassleholm-handlaggare@kommun.example"]


def test_supplement_mails_the_receiving_municipality(
    client,
    asker,
    receiver,
    inquiry,
    osby_people,
    hassleholm_people,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    inquiry_answer(inquiry=inquiry, user=receiver, answer="mer-information", message="Tider?")
    client.force_login(asker)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/hantera/forfragningar/{inquiry.pk}/komplettera/",
            {"komplettering-message": "Förmiddagar."},
        )
    assert recipients(mailoutbox) == osby_people
    assert "har kompletterat" in mailoutbox[0].subject


@pytest.mark.parametrize(
    ("closer", "told"), [("asker", "osby_people"), ("receiver", "hassleholm_people")]
)
def test_closing_mails_the_other_side(
    client,
    request,
    receiver,
    inquiry,
    closer,
    told,
    osby_people,
    hassleholm_people,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    inquiry_answer(inquiry=inquiry, user=receiver, answer="plats-finns")
    client.force_login(request.getfixturevalue(closer))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/hantera/forfragningar/{inquiry.pk}/avsluta/", {})
    expected = [address for address in request.getfixturevalue(told)]
    assert recipients(mailoutbox) == expected
    assert mailoutbox[0].subject.endswith("är avslutad")


def test_the_person_who_acts_gets_no_mail_about_it(
    client, receiver, inquiry, hassleholm, mailoutbox, django_capture_on_commit_callbacks
):
    # A receiver who also works for the asking municipality.
    receiver.memberships.create(municipality=hassleholm, role="handlaggare")
    client.force_login(receiver)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/hantera/forfragningar/{inquiry.pk}/svara/", {"answer": "ingen-plats"})
    assert "osby-handlaggare@kommun.example" not in recipients(mailoutbox)
    assert recipients(mailoutbox) == ["hassleholm-handlaggare@kommun.example"]


def test_refused_step_sends_nothing(
    client, asker, inquiry, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(asker)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/hantera/forfragningar/{inquiry.pk}/svara/", {"answer": "plats-finns"})
    assert mailoutbox == []


def test_a_failing_mail_server_does_not_undo_the_answer(
    client, receiver, inquiry, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    class Broken:
        def send_messages(self, messages):
            raise OSError("Connection refused")

    monkeypatch.setattr("inquiries.services.get_connection", Broken)
    client.force_login(receiver)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/hantera/forfragningar/{inquiry.pk}/svara/", {"answer": "plats-finns"}
        )
    assert response.status_code == 302
    inquiry.refresh_from_db()
    assert inquiry.status == "besvarad"
    assert "Could not e-mail about inquiry" in caplog.text
