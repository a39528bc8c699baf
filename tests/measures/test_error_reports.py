"""The "Rapportera fel" form on a public measure: `/insatser/<slug>/rapportera-fel/`."""

import html

import pytest
from django.core.cache import cache

from measures.models import ErrorReport, Measure
from tests.factories import MeasureFactory

MESSAGE = "Telefonnumret till enheten går inte fram längre."


@pytest.fixture(autouse=True)
def empty_cache():
    # The rate limit counts in the cache (LocMemCache), which outlives a single test.
    cache.clear()
    yield
    cache.clear()


def report_url(measure):
    return f"/insatser/{measure.slug}/rapportera-fel/"


def test_measure_page_links_to_the_report_form(client, db):
    measure = MeasureFactory()

    response = client.get(measure.get_absolute_url())

    assert response.status_code == 200
    assert f'href="{report_url(measure)}"' in response.content.decode()


def test_report_form_shows_one_textarea_and_needs_no_login(client, db):
    measure = MeasureFactory(title="Café Mötet")

    response = client.get(report_url(measure))

    page = html.unescape(response.content.decode())
    assert response.status_code == 200
    assert "Rapportera fel" in page
    assert "Café Mötet" in page
    assert "Vad stämmer inte?" in page
    assert page.count("<textarea") == 1
    assert ErrorReport.objects.count() == 0


def test_report_form_says_no_personal_data_is_stored_and_asks_for_none(client, db):
    measure = MeasureFactory()

    response = client.get(report_url(measure))

    page = response.content.decode()
    assert response.status_code == 200
    assert "Vi sparar inga personuppgifter om dig" in page
    assert "Skriv inte personuppgifter om dig själv eller någon annan" in page


def test_honeypot_is_hidden_by_a_class_and_labelled_for_screen_readers(client, db):
    measure = MeasureFactory()

    response = client.get(report_url(measure))

    page = response.content.decode()
    assert response.status_code == 200
    assert '<div class="visually-hidden">' in page
    assert 'for="id_website"' in page
    assert "Lämna det här fältet tomt" in page
    assert "style=" not in page.split('<div class="visually-hidden">')[1].split("</div>")[0]


def test_valid_report_is_stored_for_the_right_measure_and_thanked_for(client, db):
    measure = MeasureFactory(title="Café Mötet")
    other = MeasureFactory(title="Snickeriet")

    response = client.post(report_url(measure), {"message": MESSAGE, "website": ""}, follow=True)

    assert response.redirect_chain == [(measure.get_absolute_url(), 302)]
    assert response.status_code == 200
    assert "Tack! Din rapport har skickats" in response.content.decode()
    report = ErrorReport.objects.get()
    assert report.measure == measure
    assert report.message == MESSAGE
    assert report.handled_at is None
    assert not other.error_reports.exists()


def test_too_short_message_shows_an_error_next_to_the_field(client, db):
    measure = MeasureFactory()

    response = client.post(report_url(measure), {"message": "Fel tel."})

    page = html.unescape(response.content.decode())
    assert response.status_code == 200
    assert 'id="id_message_error"' in page
    assert "minst 10 tecken" in page
    assert 'aria-invalid="true"' in page
    assert "Fel tel." in page
    assert ErrorReport.objects.count() == 0


@pytest.mark.parametrize("data", [{"message": "   "}, {}], ids=["blank", "nothing-posted"])
def test_empty_message_is_refused(client, db, data):
    measure = MeasureFactory()

    response = client.post(report_url(measure), data)

    assert response.status_code == 200
    assert "Skriv vad som inte stämmer." in html.unescape(response.content.decode())
    assert ErrorReport.objects.count() == 0


def test_too_long_message_is_refused(client, db):
    measure = MeasureFactory()

    response = client.post(report_url(measure), {"message": "x" * 2001})

    assert response.status_code == 200
    assert "högst 2000 tecken" in response.content.decode()
    assert ErrorReport.objects.count() == 0


def test_filled_honeypot_pretends_success_but_stores_nothing(client, db):
    measure = MeasureFactory()

    response = client.post(
        report_url(measure),
        {"message": MESSAGE, "website": "https://spam.example"},
        follow=True,
    )

    assert response.redirect_chain == [(measure.get_absolute_url(), 302)]
    assert "Tack! Din rapport har skickats" in response.content.decode()
    assert ErrorReport.objects.count() == 0


def test_reports_over_the_hourly_limit_get_429(client, db, settings):
    settings.PORTAL_ERROR_REPORTS_PER_HOUR = 2
    measure = MeasureFactory()

    answers = [client.post(report_url(measure), {"message": f"{MESSAGE} ({n})"}) for n in range(3)]

    assert [answer.status_code for answer in answers] == [302, 302, 429]
    page = answers[2].content.decode()
    assert "Du har skickat många rapporter på kort tid" in page
    assert "Din rapport är inte skickad" in page
    assert "Försök igen om ungefär" in page
    # The hour's window ends at most an hour from now.
    assert 0 < int(answers[2]["Retry-After"]) <= 3600
    assert ErrorReport.objects.count() == 2


def test_rate_limit_counts_per_client_address(client, db, settings):
    settings.PORTAL_ERROR_REPORTS_PER_HOUR = 1
    measure = MeasureFactory()

    first = client.post(report_url(measure), {"message": MESSAGE}, REMOTE_ADDR="192.0.2.1")
    same = client.post(report_url(measure), {"message": MESSAGE}, REMOTE_ADDR="192.0.2.1")
    other = client.post(report_url(measure), {"message": MESSAGE}, REMOTE_ADDR="192.0.2.2")

    assert [first.status_code, same.status_code, other.status_code] == [302, 429, 302]
    assert ErrorReport.objects.count() == 2


def test_rate_limit_keeps_no_client_address_in_the_cache(client, db):
    measure = MeasureFactory()

    client.post(report_url(measure), {"message": MESSAGE}, REMOTE_ADDR="192.0.2.77")

    stored = " ".join(str(key) for key in cache._cache)
    assert "192.0.2.77" not in stored
    assert ":rl:" in stored
    assert ErrorReport.objects.count() == 1


def test_invalid_reports_do_not_count_against_the_limit(client, db, settings):
    settings.PORTAL_ERROR_REPORTS_PER_HOUR = 1
    measure = MeasureFactory()

    too_short = client.post(report_url(measure), {"message": "Fel."})
    valid = client.post(report_url(measure), {"message": MESSAGE})

    assert [too_short.status_code, valid.status_code] == [200, 302]
    assert ErrorReport.objects.count() == 1


@pytest.mark.parametrize("status", [Measure.Status.DRAFT, Measure.Status.ARCHIVED])
def test_report_url_of_a_measure_that_is_not_public_is_a_404(client, db, status):
    measure = MeasureFactory(status=status, title="Hemlig insats")

    shown = client.get(report_url(measure))
    posted = client.post(report_url(measure), {"message": MESSAGE})

    assert shown.status_code == 404
    assert posted.status_code == 404
    assert "Hemlig insats" not in shown.content.decode()
    assert ErrorReport.objects.count() == 0


@pytest.mark.parametrize("number", ["900101-1239", "19900101 1239", "900101\u20131239"])
def test_report_with_a_personal_number_is_refused_without_showing_it(client, db, number):
    measure = MeasureFactory()

    response = client.post(
        report_url(measure), {"message": f"Deltagaren {number} fick fel tid av enheten."}
    )

    page = html.unescape(response.content.decode())
    assert response.status_code == 200
    assert 'id="id_message_error"' in page
    assert "Texten verkar innehålla ett personnummer eller samordningsnummer." in page
    assert "uppgifter om en enskild deltagare får inte lämnas här" in page
    assert "Deltagaren [personnummer borttaget] fick fel tid av enheten." in page
    assert "1239" not in page
    assert ErrorReport.objects.count() == 0


def test_report_with_a_phone_number_and_a_date_is_stored(client, db):
    measure = MeasureFactory()
    message = "Numret 0451-123 45 gäller inte efter 2026-11-28, ring 070-123 45 67."

    response = client.post(report_url(measure), {"message": message})

    assert response.status_code == 302
    assert ErrorReport.objects.get().message == message


def test_the_refusal_is_in_english_on_the_english_page(client, db):
    measure = MeasureFactory()

    response = client.post(
        f"/en{report_url(measure)}", {"message": "Deltagaren 900101-1239 fick fel tid."}
    )

    page = html.unescape(response.content.decode())
    assert response.status_code == 200
    assert "The text seems to contain a personal identity number" in page
    assert "Deltagaren [identity number removed] fick fel tid." in page
    assert ErrorReport.objects.count() == 0
