"""The API token page in the dashboard's members area: the municipality's administratör makes a
token (shown once, only its hash kept) and revokes it; nobody else can."""

import pytest

from api.models import ApiToken, hash_token
from tests.factories import member

URL = "/hantera/api-nycklar/"


@pytest.fixture
def admin(db):
    return member("administrator", "osby", username="osby-admin")


def test_an_administrator_creates_a_token_shown_once(client, admin, osby):
    client.force_login(admin)

    response = client.post(f"{URL}?kommun=osby", {"action": "create", "name": "Webbplatsen"})

    assert response.status_code == 200
    token = response.context["new_token"]
    assert token in response.content.decode()
    row = ApiToken.objects.get(municipality=osby)
    assert row.key_hash == hash_token(token)
    assert row.name == "Webbplatsen" and row.created_by == admin
    assert token not in client.get(f"{URL}?kommun=osby").content.decode()
    assert client.get("/api/v1/needs/", HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 200


def test_an_administrator_revokes_a_token_and_it_stops_working(client, admin, osby):
    row, token = ApiToken.issue(municipality=osby, name="Gammal", by=admin)
    client.force_login(admin)

    response = client.post(f"{URL}?kommun=osby", {"action": "revoke", "token": row.pk})

    assert response.status_code == 302
    row.refresh_from_db()
    assert row.revoked_at is not None and row.revoked_by == admin
    assert client.get("/api/v1/needs/", HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 401


@pytest.mark.parametrize("role", ["redaktor", "handlaggare"])
def test_editors_and_case_officers_cannot_manage_tokens(client, db, role):
    client.force_login(member(role, "osby", username=f"osby-{role}"))

    assert client.get(f"{URL}?kommun=osby").status_code == 403
    assert client.post(f"{URL}?kommun=osby", {"name": "x"}).status_code == 403
    assert not ApiToken.objects.exists()


def test_another_municipalitys_administrator_cannot_touch_osbys_tokens(client, admin, osby):
    row, _token = ApiToken.issue(municipality=osby, name="Osbys", by=admin)
    client.force_login(member("administrator", "hassleholm", username="hlm-admin"))

    assert client.get(f"{URL}?kommun=osby").status_code == 403
    # Posted to their own municipality's page, Osby's token is not theirs to find.
    refused = client.post(f"{URL}?kommun=hassleholm", {"action": "revoke", "token": row.pk})

    assert refused.status_code == 404
    row.refresh_from_db()
    assert row.revoked_at is None


def test_the_page_works_in_english_and_is_linked_from_the_members_page(client, admin):
    client.force_login(admin)

    english = client.get(f"/en{URL}?kommun=osby")
    members = client.get("/hantera/medlemmar/?kommun=osby")

    assert english.status_code == 200
    assert "API tokens for Osby" in english.content.decode()
    assert f'href="{URL}?kommun=osby"' in members.content.decode()
