"""Logging in and out, passwords, and django-axes' lockout after repeated failures."""

import re

import pytest
from axes.models import AccessAttempt

from tests.factories import member

PASSWORD = "ett-bra-losenord-42"


@pytest.fixture
def person(db):
    return member("redaktor", "osby", username="kim", email="kim@osby.example")


def test_login_page_is_swedish_and_explains_who_it_is_for(client, db):
    response = client.get("/konto/logga-in/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Logga in" in html and "behöver inget konto" in html


def test_an_editor_logs_in_and_lands_on_the_dashboard(client, person):
    response = client.post(
        "/konto/logga-in/", {"username": "kim", "password": PASSWORD}, follow=True
    )
    assert response.redirect_chain == [("/start/", 302), ("/hantera/", 302)]
    assert response.status_code == 200


def test_a_wrong_password_is_refused_with_a_message(client, person):
    response = client.post("/konto/logga-in/", {"username": "kim", "password": "fel"})
    assert response.status_code == 200
    assert "Ange ett korrekt användarnamn och lösenord" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_repeated_failures_lock_the_login_with_a_clear_message(client, person, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(3):
        client.post("/konto/logga-in/", {"username": "kim", "password": "fel"})

    response = client.post("/konto/logga-in/", {"username": "kim", "password": PASSWORD})

    assert response.status_code == 429
    assert "För många misslyckade inloggningar" in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert AccessAttempt.objects.filter(username="kim").exists()


def test_logout_is_a_post_and_ends_the_session(client, person):
    client.force_login(person)
    assert client.get("/konto/logga-ut/").status_code == 405
    response = client.post("/konto/logga-ut/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_password_reset_sends_a_link_that_sets_a_new_password(client, person, mailoutbox):
    response = client.post("/konto/aterstall/", {"email": "kim@osby.example"})
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["kim@osby.example"]
    assert "Nytt lösenord" in mail.subject
    link = re.search(r"https?://[^/]+(/konto/aterstall/\S+/)", mail.body).group(1)

    form_page = client.get(link, follow=True)
    set_url = form_page.redirect_chain[-1][0]
    done = client.post(
        set_url, {"new_password1": "ny-hemlig-fras-99", "new_password2": "ny-hemlig-fras-99"}
    )

    person.refresh_from_db()
    assert done.status_code == 302
    assert person.check_password("ny-hemlig-fras-99")


def test_password_reset_for_an_unknown_address_says_the_same_and_sends_nothing(
    client, db, mailoutbox
):
    response = client.post("/konto/aterstall/", {"email": "ingen@example.org"}, follow=True)
    assert "Kolla din e-post" in response.content.decode()
    assert mailoutbox == []


def test_password_change_needs_the_old_password(client, person):
    client.force_login(person)
    bad = client.post(
        "/konto/losenord/",
        {
            "old_password": "fel",
            "new_password1": "ny-hemlig-fras-99",
            "new_password2": "ny-hemlig-fras-99",
        },
    )
    good = client.post(
        "/konto/losenord/",
        {
            "old_password": PASSWORD,
            "new_password1": "ny-hemlig-fras-99",
            "new_password2": "ny-hemlig-fras-99",
        },
    )
    person.refresh_from_db()
    assert bad.status_code == 200
    assert good.status_code == 302
    assert person.check_password("ny-hemlig-fras-99")


def test_header_offers_the_dashboard_and_logout_to_editors_only(client, person, db):
    assert "Hantera" not in client.get("/").content.decode()
    client.force_login(person)
    html = client.get("/").content.decode()
    assert 'href="/hantera/"' in html
    assert "Logga ut kim" in html
    case_officer = member("handlaggare", "osby", username="ali")
    client.force_login(case_officer)
    assert 'href="/hantera/"' not in client.get("/").content.decode()
