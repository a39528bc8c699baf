"""skickad → besvarad → avslutad, and back to skickad when the asking side supplements."""

import pytest

from inquiries.models import Inquiry, InquiryEvent

REFUSAL = "Texten verkar innehålla ett personnummer eller samordningsnummer."


def answer(client, inquiry, answer="plats-finns", message="Välkomna! Ring så bokar vi ett möte."):
    return client.post(
        f"/hantera/forfragningar/{inquiry.pk}/svara/",
        {"answer": answer, "answer_message": message},
        follow=True,
    )


def test_receiver_sees_the_answer_form(client, receiver, inquiry):
    client.force_login(receiver)
    response = client.get(f"/hantera/forfragningar/{inquiry.pk}/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Skicka svaret" in content
    assert "Behöver mer information" in content
    assert "Avsluta förfrågan" not in content


def test_asker_sees_that_the_inquiry_waits_and_no_answer_form(client, asker, inquiry):
    client.force_login(asker)
    response = client.get(f"/hantera/forfragningar/{inquiry.pk}/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Väntar på svar från Osby" in content
    assert "Skicka svaret" not in content


def test_receiver_answers_that_there_is_a_place(client, receiver, inquiry):
    client.force_login(receiver)
    response = answer(client, inquiry)
    assert response.redirect_chain == [(f"/hantera/forfragningar/{inquiry.pk}/", 302)]
    assert "Svaret är skickat till Hässleholm" in response.content.decode()
    assert "Besvarad: plats finns" in response.content.decode()
    inquiry.refresh_from_db()
    assert inquiry.status == Inquiry.Status.ANSWERED
    assert inquiry.answer == Inquiry.Answer.PLACE_AVAILABLE
    assert inquiry.answer_message == "Välkomna! Ring så bokar vi ett möte."


def test_answer_must_be_chosen(client, receiver, inquiry):
    client.force_login(receiver)
    response = answer(client, inquiry, answer="")
    assert response.status_code == 200
    assert "Detta fält måste fyllas i." in response.content.decode()
    inquiry.refresh_from_db()
    assert inquiry.status == Inquiry.Status.SENT


def test_asking_for_more_information_needs_a_message(client, receiver, inquiry):
    client.force_login(receiver)
    response = answer(client, inquiry, answer="mer-information", message="")
    assert "Skriv vilken information ni behöver" in response.content.decode()
    inquiry.refresh_from_db()
    assert inquiry.status == Inquiry.Status.SENT


def test_answer_with_a_personal_number_is_refused_without_showing_it(client, receiver, inquiry):
    client.force_login(receiver)
    response = answer(client, inquiry, message="Gäller det 19121212-1212?")
    assert response.status_code == 200
    assert response.redirect_chain == []
    content = response.content.decode()
    assert REFUSAL in content
    assert "Gäller det [personnummer borttaget]?" in content
    assert "1212-1212" not in content
    inquiry.refresh_from_db()
    assert (inquiry.status, inquiry.answer_message) == (Inquiry.Status.SENT, "")
    assert not inquiry.events.filter(kind=InquiryEvent.Kind.ANSWERED).exists()


def test_an_answered_inquiry_cannot_be_answered_again(client, receiver, inquiry):
    client.force_login(receiver)
    answer(client, inquiry, answer="ingen-plats", message="Fullt till januari.")
    response = answer(client, inquiry, answer="plats-finns", message="")
    assert "Förfrågan är redan besvarad eller avslutad." in response.content.decode()
    inquiry.refresh_from_db()
    assert inquiry.answer == Inquiry.Answer.NO_PLACE
    assert inquiry.events.filter(kind=InquiryEvent.Kind.ANSWERED).count() == 1


def test_asker_supplements_when_more_information_is_needed(client, asker, receiver, inquiry):
    client.force_login(receiver)
    answer(client, inquiry, answer="mer-information", message="Hur många timmar per vecka?")
    client.force_login(asker)
    page = client.get(f"/hantera/forfragningar/{inquiry.pk}/")
    assert "Komplettera förfrågan" in page.content.decode()
    response = client.post(
        f"/hantera/forfragningar/{inquiry.pk}/komplettera/",
        {"komplettering-message": "Tjugo timmar i veckan, förmiddagar."},
        follow=True,
    )
    assert "Kompletteringen är skickad till Osby" in response.content.decode()
    inquiry.refresh_from_db()
    assert (inquiry.status, inquiry.answer, inquiry.answer_message) == ("skickad", "", "")
    # The receiver can answer again, and the earlier question is kept in the timeline.
    assert "Hur många timmar per vecka?" in response.content.decode()
    client.force_login(receiver)
    answer(client, inquiry, answer="plats-finns", message="Det går bra.")
    inquiry.refresh_from_db()
    assert inquiry.status == Inquiry.Status.ANSWERED


def test_supplement_is_refused_unless_more_information_was_asked_for(
    client, asker, receiver, inquiry
):
    client.force_login(receiver)
    answer(client, inquiry, answer="ingen-plats", message="")
    client.force_login(asker)
    response = client.post(
        f"/hantera/forfragningar/{inquiry.pk}/komplettera/",
        {"komplettering-message": "Men om vi väntar en månad?"},
        follow=True,
    )
    assert "Förfrågan väntar inte på en komplettering." in response.content.decode()
    inquiry.refresh_from_db()
    assert inquiry.status == Inquiry.Status.ANSWERED


def test_supplement_with_a_personal_number_is_refused_without_showing_it(
    client, asker, receiver, inquiry
):
    client.force_login(receiver)
    answer(client, inquiry, answer="mer-information", message="Vem gäller det?")
    client.force_login(asker)
    response = client.post(
        f"/hantera/forfragningar/{inquiry.pk}/komplettera/",
        # A samordningsnummer pasted from a document: a non-breaking hyphen and a zero-width space.
        {"komplettering-message": "Det gäller 701063\u2011\u200b2391."},
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert REFUSAL in content
    assert "Det gäller [personnummer borttaget]." in content
    assert "2391" not in content
    inquiry.refresh_from_db()
    assert inquiry.status == Inquiry.Status.ANSWERED
    assert not inquiry.events.filter(kind=InquiryEvent.Kind.SUPPLEMENTED).exists()


def test_closing_message_with_a_personal_number_is_refused_without_showing_it(
    client, asker, receiver, inquiry
):
    client.force_login(receiver)
    answer(client, inquiry)
    client.force_login(asker)
    response = client.post(
        f"/hantera/forfragningar/{inquiry.pk}/avsluta/",
        {"avsluta-message": "Tack, 900101.1239 har fått plats hos er."},
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert REFUSAL in content
    assert "Tack, [personnummer borttaget] har fått plats hos er." in content
    assert "1239" not in content
    inquiry.refresh_from_db()
    assert inquiry.status == Inquiry.Status.ANSWERED
    assert not inquiry.events.filter(kind=InquiryEvent.Kind.CLOSED).exists()


@pytest.mark.parametrize("closer", ["asker", "receiver"])
def test_either_side_closes_an_answered_inquiry(client, request, receiver, inquiry, closer):
    client.force_login(receiver)
    answer(client, inquiry)
    user = request.getfixturevalue(closer)
    client.force_login(user)
    response = client.post(
        f"/hantera/forfragningar/{inquiry.pk}/avsluta/",
        {"avsluta-message": "Tack, vi hör av oss."},
        follow=True,
    )
    assert "Förfrågan är avslutad." in response.content.decode()
    inquiry.refresh_from_db()
    assert inquiry.status == Inquiry.Status.CLOSED
    assert inquiry.answer == Inquiry.Answer.PLACE_AVAILABLE
    event = inquiry.events.last()
    assert (event.kind, event.user) == (InquiryEvent.Kind.CLOSED, user)
    assert event.side == ("fragande" if closer == "asker" else "mottagande")


def test_an_unanswered_inquiry_cannot_be_closed(client, asker, inquiry):
    client.force_login(asker)
    response = client.post(f"/hantera/forfragningar/{inquiry.pk}/avsluta/", {}, follow=True)
    assert "Bara en besvarad förfrågan kan avslutas." in response.content.decode()
    inquiry.refresh_from_db()
    assert inquiry.status == Inquiry.Status.SENT


def test_a_closed_inquiry_offers_no_more_actions(client, asker, receiver, inquiry):
    client.force_login(receiver)
    answer(client, inquiry)
    client.post(f"/hantera/forfragningar/{inquiry.pk}/avsluta/", {})
    client.force_login(asker)
    response = client.get(f"/hantera/forfragningar/{inquiry.pk}/")
    content = response.content.decode()
    assert "Avslutad: plats finns" in content
    assert "<form" not in content.split('id="timeline-heading"')[1].split("</main>")[0]
