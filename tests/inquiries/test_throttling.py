"""Seat inquiries are limited per person and hour (PORTAL_INQUIRIES_PER_HOUR)."""

import datetime

from django.utils import timezone

from inquiries.models import Inquiry
from tests.factories import member


def create_url(measure):
    return f"/hantera/forfragningar/ny/?insats={measure.slug}"


def form_data(n):
    return {
        "places": "1",
        "wanted_start": (timezone.localdate() + datetime.timedelta(days=30)).isoformat(),
        "message": f"Har ni plats för en person från Hässleholm i höst? (fråga {n})",
    }


def test_one_inquiry_too_many_gets_429_and_is_not_sent(client, asker, measure, settings):
    settings.PORTAL_INQUIRIES_PER_HOUR = 2
    client.force_login(asker)

    answers = [client.post(create_url(measure), form_data(n)) for n in range(3)]

    assert [answer.status_code for answer in answers] == [302, 302, 429]
    page = answers[2].content.decode()
    assert "Du har skickat många förfrågningar på kort tid" in page
    assert "Den här förfrågan är inte skickad" in page
    assert "Försök igen om ungefär" in page
    assert 0 < int(answers[2]["Retry-After"]) <= 3600
    assert Inquiry.objects.count() == 2


def test_the_limit_counts_per_person_not_per_address(client, asker, measure, settings):
    settings.PORTAL_INQUIRIES_PER_HOUR = 1
    colleague = member("handlaggare", "hassleholm", username="hassleholm-kollega")
    client.force_login(asker)
    first = client.post(create_url(measure), form_data(1))
    client.force_login(colleague)

    second = client.post(create_url(measure), form_data(2))

    assert [first.status_code, second.status_code] == [302, 302]
    assert Inquiry.objects.count() == 2


def test_invalid_inquiries_do_not_count(client, asker, measure, settings):
    settings.PORTAL_INQUIRIES_PER_HOUR = 1
    client.force_login(asker)

    invalid = client.post(create_url(measure), {**form_data(1), "message": ""})
    valid = client.post(create_url(measure), form_data(2))

    assert [invalid.status_code, valid.status_code] == [200, 302]
    assert Inquiry.objects.count() == 1
