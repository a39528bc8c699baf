"""Asking about a place: `/hantera/forfragningar/ny/?insats=<slug>`."""

import datetime

import pytest
from django.utils import timezone

from inquiries.models import Inquiry, InquiryEvent
from measures.models import Measure
from tests.factories import MeasureFactory, member

REFUSAL = "Texten verkar innehålla ett personnummer eller samordningsnummer."


def create_url(measure, kommun=None):
    url = f"/hantera/forfragningar/ny/?insats={measure.slug}"
    return f"{url}&kommun={kommun}" if kommun else url


def form_data(**overrides):
    data = {
        "places": "2",
        "wanted_start": (timezone.localdate() + datetime.timedelta(days=30)).isoformat(),
        "message": "Har ni plats för två personer från Hässleholm i höst? Vilka tider gäller?",
    }
    data.update(overrides)
    return data


def test_form_says_the_inquiry_must_not_hold_personal_data(client, asker, measure):
    client.force_login(asker)
    response = client.get(create_url(measure))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Skriv inga uppgifter om deltagaren" in content
    assert "inget namn, inget personnummer eller samordningsnummer och inget om hälsa" in content
    # The warning comes before the message field.
    assert content.index("Skriv inga uppgifter om deltagaren") < content.index('name="message"')


def test_case_officer_sends_an_inquiry(client, asker, measure, hassleholm, osby):
    client.force_login(asker)
    with_start = form_data()
    response = client.post(create_url(measure), with_start, follow=True)
    assert response.status_code == 200
    inquiry = Inquiry.objects.get()
    assert response.redirect_chain == [(f"/hantera/forfragningar/{inquiry.pk}/", 302)]
    assert "Förfrågan är skickad till Osby" in response.content.decode()
    assert inquiry.asking_municipality == hassleholm
    assert inquiry.receiving_municipality == osby
    assert inquiry.created_by == asker
    assert inquiry.places == 2
    assert inquiry.wanted_start.isoformat() == with_start["wanted_start"]
    assert inquiry.status == Inquiry.Status.SENT
    assert inquiry.answer == ""
    event = inquiry.events.get()
    assert (event.kind, event.side, event.user) == (InquiryEvent.Kind.SENT, "fragande", asker)


def test_wanted_start_is_optional(client, asker, measure):
    client.force_login(asker)
    response = client.post(create_url(measure), form_data(wanted_start=""))
    assert response.status_code == 302
    assert Inquiry.objects.get().wanted_start is None


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("places", "0", "större än eller lika med 1"),
        ("places", "21", "mindre än eller lika med 20"),
        ("message", "", "Detta fält måste fyllas i."),
        ("message", "x" * 2001, "2000 tecken"),
        ("wanted_start", "2020-01-01", "Önskad start kan inte ligga före i dag."),
    ],
)
def test_invalid_inquiry_is_shown_again_with_the_error(client, asker, measure, field, value, error):
    client.force_login(asker)
    response = client.post(create_url(measure), form_data(**{field: value}))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Förfrågan är inte skickad" in content
    assert error in content
    assert not Inquiry.objects.exists()


@pytest.mark.parametrize(
    "number",
    [
        "19121212-1212",
        "121212-1212",
        "121212+1212",
        "121212 1212",
        "1212121212",
        "191212121212",
        "701063-2391",  # samordningsnummer
        "900101 - 1239",
        "900101.1239",
        "1990-01-01-1239",
        "900101-12 39",
        "900101\u20131239",  # pasted with an en dash
        "900101-1238",  # a typo in the check digit
    ],
)
def test_message_with_a_personal_number_is_refused_without_showing_it(
    client, asker, measure, number
):
    client.force_login(asker)
    response = client.post(
        create_url(measure), form_data(message=f"Det gäller {number}, kan hen börja?")
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert REFUSAL in content
    assert "uppgifter om en enskild deltagare får inte lämnas här" in content
    # The form comes back with the rest of the text; the number is gone from the page.
    assert "Det gäller [personnummer borttaget], kan hen börja?" in content
    assert number not in content
    assert number[-4:] not in content
    assert not Inquiry.objects.exists()


def test_message_with_phone_number_date_postcode_and_amount_is_accepted(client, asker, measure):
    client.force_login(asker)
    message = (
        "Ring mig på 040-628 04 11 eller 0701234567. Start 2026-11-23 eller 23/11/2026 går bra. "
        "Vi sitter på Storgatan 1, 283 31 Osby. Priset 4 500 kr per månad är godkänt."
    )
    response = client.post(create_url(measure), form_data(message=message))
    assert response.status_code == 302
    assert Inquiry.objects.get().message == message


def test_member_of_several_municipalities_chooses_whom_to_ask_for(client, measure, kristianstad):
    user = member("handlaggare", "hassleholm", username="tva-kommuner")
    user.memberships.create(municipality=kristianstad, role="handlaggare")
    client.force_login(user)
    page = client.get(create_url(measure))
    assert "Kristianstad" in page.content.decode()
    response = client.post(create_url(measure, "kristianstad"), form_data())
    assert response.status_code == 302
    assert Inquiry.objects.get().asking_municipality == kristianstad


def test_asking_for_a_municipality_one_does_not_belong_to_is_forbidden(client, asker, measure):
    client.force_login(asker)
    response = client.post(create_url(measure, "kristianstad"), form_data())
    assert response.status_code == 403
    assert not Inquiry.objects.exists()


def test_own_municipalitys_measure_cannot_be_asked_about(client, receiver, measure):
    client.force_login(receiver)
    response = client.post(create_url(measure), form_data())
    assert response.status_code == 200
    assert "din egen kommun" in response.content.decode()
    assert not Inquiry.objects.exists()


def test_member_of_both_cannot_ask_for_the_measures_own_municipality(client, asker, measure, osby):
    asker.memberships.create(municipality=osby, role="handlaggare")
    client.force_login(asker)
    response = client.post(create_url(measure, "osby"), form_data())
    assert response.status_code == 200
    assert "din egen kommun" in response.content.decode()
    assert not Inquiry.objects.exists()


def test_measure_closed_to_other_municipalities_gets_a_clear_message(client, asker, osby):
    closed = MeasureFactory(municipality=osby, open_to_others=Measure.Openness.NO)
    client.force_login(asker)
    response = client.post(create_url(closed), form_data())
    assert response.status_code == 200
    assert "tar inte emot deltagare från andra kommuner" in response.content.decode()
    assert not Inquiry.objects.exists()


@pytest.mark.parametrize(
    "fields",
    [
        {"status": Measure.Status.DRAFT},
        {"status": Measure.Status.ARCHIVED},
        {"visible_until": datetime.date(2020, 1, 1)},
    ],
)
def test_measure_the_public_cannot_see_is_not_found(client, asker, osby, fields):
    hidden = MeasureFactory(municipality=osby, **fields)
    client.force_login(asker)
    response = client.post(create_url(hidden), form_data())
    assert response.status_code == 404
    assert not Inquiry.objects.exists()


def test_without_a_measure_the_case_officer_is_sent_to_the_list(client, asker):
    client.force_login(asker)
    response = client.get("/hantera/forfragningar/ny/", follow=True)
    assert response.redirect_chain == [("/insatser/", 302)]
    assert "välj ”Fråga om plats”" in response.content.decode()


def test_anonymous_visitor_is_sent_to_log_in(client, measure):
    response = client.post(create_url(measure), form_data())
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/logga-in/")
    assert not Inquiry.objects.exists()


def test_user_without_a_municipality_is_forbidden(client, non_member, measure):
    client.force_login(non_member)
    response = client.post(create_url(measure), form_data())
    assert response.status_code == 403
    assert not Inquiry.objects.exists()
