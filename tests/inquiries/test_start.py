"""Each role lands where its work is after log-in; a safe ?next= still wins."""

import pytest

from inquiries.services import inquiry_create
from shortlists.models import ShortList
from tests.factories import MeasureFactory, member

LOGIN = "/konto/logga-in/"
PASSWORD = "ett-bra-losenord-42"  # tests.factories.UserFactory's


def log_in(client, username, next_url=""):
    url = LOGIN + (f"?next={next_url}" if next_url else "")
    return client.post(url, {"username": username, "password": PASSWORD}, follow=True)


def test_a_case_officer_lands_on_a_start_page_of_their_own_not_a_403(client, db, osby):
    officer = member("handlaggare", "hassleholm", username="hassleholm-handlaggare")
    measure = MeasureFactory(municipality=osby, title="Arbetsträning i Returbutiken")
    from municipalities.models import Municipality

    inquiry_create(
        measure=measure,
        asking_municipality=Municipality.objects.get(slug="hassleholm"),
        user=officer,
        places=1,
        message="Finns det plats efter sommaren?",
    )
    ShortList.objects.create(owner=officer, name="Till mötet på tisdag")

    response = log_in(client, "hassleholm-handlaggare")

    html = response.content.decode()
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == "/start/"
    assert "Välkommen, hassleholm-handlaggare" in html
    assert "Du arbetar i Hässleholm." in html
    assert "Arbetsträning i Returbutiken" in html  # the inquiry sent
    assert "Till mötet på tisdag" in html  # the saved list
    assert 'href="/insatser/?oppen_for_andra=1&amp;ledig_plats=1"' in html


@pytest.mark.parametrize("role", ["redaktor", "administrator"])
def test_an_editor_lands_on_the_dashboard(client, db, role):
    member(role, "osby", username="osby-person")

    response = log_in(client, "osby-person")

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == "/hantera/"


def test_a_safe_next_still_wins(client, db):
    member("handlaggare", "osby", username="osby-handlaggare")

    response = log_in(client, "osby-handlaggare", next_url="/min-lista/")

    assert response.redirect_chain[-1][0] == "/min-lista/"


def test_an_unsafe_next_is_ignored(client, db):
    member("handlaggare", "osby", username="osby-handlaggare")

    response = log_in(client, "osby-handlaggare", next_url="https://elak.example/")

    assert response.redirect_chain[-1][0] == "/start/"


def test_an_account_without_a_role_is_told_what_to_do(client, db):
    from tests.factories import UserFactory

    UserFactory(username="utan-roll")

    response = log_in(client, "utan-roll")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Ditt konto har ingen roll i någon kommun ännu" in html
    assert "Förfrågningar om plats" not in html


def test_the_start_page_in_english(client, db):
    client.force_login(member("handlaggare", "osby", username="osby-handlaggare"))

    html = client.get("/en/start/").content.decode()

    assert "Welcome, osby-handlaggare" in html
    assert "Find a place in another municipality" in html


def test_the_start_page_needs_a_log_in(client, db):
    response = client.get("/start/")
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/logga-in/?next=/start/")
