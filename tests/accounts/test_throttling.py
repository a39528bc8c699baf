"""Log-in and password-reset limits beyond axes' lockout (accounts/throttling.py).

axes locks one user name from one address after five failures. These limits catch what that
misses: many user names tried from one address (password spraying) and one user name tried from
many addresses. Numbers are the settings' defaults unless a test lowers them.
"""

import pytest
from django.conf import settings as project_settings

from tests.factories import member

PASSWORD = "ett-bra-losenord-42"
LOGIN = "/konto/logga-in/"
RESET = "/konto/aterstall/"


def log_in(client, username, password="fel", address="192.0.2.1"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


@pytest.fixture
def kim(db):
    return member("redaktor", "osby", username="kim", email="kim@osby.example")


def assert_throttled(response, text):
    page = response.content.decode()
    assert response.status_code == 429
    assert text in page
    assert "Försök igen om ungefär" in page
    assert 0 < int(response["Retry-After"]) <= 3600
    assert "no-store" in response["Cache-Control"]


def test_the_defaults_are_wider_than_axes_lockout():
    assert project_settings.AXES_FAILURE_LIMIT == 5
    assert project_settings.PORTAL_LOGIN_FAILURES_PER_USERNAME == 10
    assert project_settings.PORTAL_LOGIN_FAILURES_PER_ADDRESS == 20


def test_password_spraying_from_one_address_is_stopped_after_the_address_limit(client, kim):
    # Four wrong passwords for each of five user names: under axes' five per user name.
    for n in range(5):
        for _ in range(4):
            assert log_in(client, f"person-{n}").status_code == 200

    # The 21st attempt from the address is refused, even with kim's right password.
    response = log_in(client, "kim", PASSWORD)

    assert_throttled(response, "För många misslyckade inloggningar")
    assert "_auth_user_id" not in client.session


def test_the_address_limit_does_not_touch_other_addresses(client, kim):
    for n in range(20):
        log_in(client, f"person-{n}")

    response = log_in(client, "kim", PASSWORD, address="192.0.2.2")

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(kim.pk)


def test_one_user_name_attacked_from_many_addresses_is_stopped(client, kim):
    for n in range(10):
        assert log_in(client, "kim", address=f"198.51.100.{n + 1}").status_code == 200

    response = log_in(client, "kim", PASSWORD, address="203.0.113.50")

    assert_throttled(response, "För många misslyckade inloggningar")
    assert "_auth_user_id" not in client.session


def test_the_user_name_limit_ignores_case_and_spaces(client, kim, settings):
    settings.PORTAL_LOGIN_FAILURES_PER_USERNAME = 2
    log_in(client, "KIM", address="198.51.100.1")
    log_in(client, " kim ", address="198.51.100.2")

    response = log_in(client, "kim", PASSWORD, address="198.51.100.3")

    assert response.status_code == 429


def test_other_user_names_still_log_in_while_one_is_throttled(client, kim, settings):
    settings.PORTAL_LOGIN_FAILURES_PER_USERNAME = 2
    other = member("redaktor", "osby", username="ali")
    log_in(client, "kim", address="198.51.100.1")
    log_in(client, "kim", address="198.51.100.2")

    response = log_in(client, "ali", PASSWORD, address="198.51.100.3")

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(other.pk)


def test_successful_log_ins_do_not_count(client, kim, settings):
    settings.PORTAL_LOGIN_FAILURES_PER_ADDRESS = 2
    for _ in range(3):
        assert log_in(client, "kim", PASSWORD).status_code == 302
        client.post("/konto/logga-ut/")

    assert log_in(client, "kim", PASSWORD).status_code == 302


def test_the_admin_log_in_is_throttled_too(client, db, settings):
    settings.PORTAL_LOGIN_FAILURES_PER_ADDRESS = 2
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_superuser("staff", "staff@example.org", PASSWORD)
    for n in range(2):
        client.post("/admin/login/", {"username": f"person-{n}", "password": "fel"})

    response = client.post("/admin/login/", {"username": "staff", "password": PASSWORD})

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_throttled_page_is_in_english_under_en(client, kim, settings):
    settings.PORTAL_LOGIN_FAILURES_PER_ADDRESS = 1
    log_in(client, "someone")

    response = client.post(
        "/en/konto/logga-in/", {"username": "kim", "password": PASSWORD}, REMOTE_ADDR="192.0.2.1"
    )

    page = response.content.decode()
    assert response.status_code == 429
    assert "Too many failed login attempts" in page
    assert "Please try again in about" in page


def test_password_reset_is_limited_per_address(client, kim, mailoutbox, settings):
    settings.PORTAL_PASSWORD_RESETS_PER_ADDRESS = 2
    answers = [client.post(RESET, {"email": f"person-{n}@example.org"}) for n in range(2)]
    answers.append(client.post(RESET, {"email": "kim@osby.example"}))

    assert [answer.status_code for answer in answers[:2]] == [302, 302]
    assert_throttled(answers[2], "Du har bett om många nya lösenord på kort tid")
    assert mailoutbox == []


def test_password_reset_is_limited_per_email_address_from_any_address(client, kim, mailoutbox):
    answers = [
        client.post(RESET, {"email": "Kim@osby.example"}, REMOTE_ADDR=f"198.51.100.{n + 1}")
        for n in range(4)
    ]

    assert [answer.status_code for answer in answers] == [302, 302, 302, 429]
    assert_throttled(answers[3], "Du har bett om många nya lösenord på kort tid")
    assert len(mailoutbox) == 3
