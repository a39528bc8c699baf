"""Every role × every meeting action × host and other municipality, anonymous included.

Osby hosts the meeting ("own"); the other-municipality roles belong to Hässleholm. A logged-in
person without any membership is "outsider". Expected: the code where allowed, 403 where not,
"login" = redirect to the log-in page; where an action must not happen, nothing changed.
"""

import pytest
from django.contrib.auth import get_user_model

from samverkan.models import CalendarFeed, Meeting, SignUp
from tests.factories import UserFactory, member
from tests.samverkan.helpers import form_data, make_meeting

ROLES = [
    "anonymous",
    "outsider",
    "handlaggare",
    "redaktor",
    "administrator",
    "other_handlaggare",
    "other_redaktor",
    "other_administrator",
    "staff",
]
MEMBERS = {
    "handlaggare",
    "redaktor",
    "administrator",
    "other_handlaggare",
    "other_redaktor",
    "other_administrator",
}
HOST_EDITORS = {"redaktor", "administrator", "staff"}
READERS = MEMBERS | {"staff"}


def login(client, role):
    if role == "anonymous":
        return None
    if role == "staff":
        user = get_user_model().objects.create_superuser(
            "portalstaff", "staff@example.org", "x-123456!"
        )
    elif role == "outsider":
        user = UserFactory(username="utan-medlemskap")
    elif role.startswith("other_"):
        user = member(role.removeprefix("other_"), "hassleholm")
    else:
        user = member(role, "osby")
    client.force_login(user)
    return user


def check(response, role, allowed, code):
    if role == "anonymous":
        assert response.status_code == 302, response.status_code
        assert response["Location"].startswith("/konto/logga-in/")
    elif role in allowed:
        assert response.status_code == code, (response.status_code, code)
    else:
        assert response.status_code == 403, response.status_code


@pytest.fixture
def meeting(db):
    return make_meeting("osby", title="Före")


@pytest.mark.parametrize("role", ROLES)
def test_see_the_list(client, meeting, role):
    login(client, role)
    response = client.get("/samverkan/")
    check(response, role, READERS, 200)
    if role in READERS:
        assert "Före" in response.content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_see_a_meeting(client, meeting, role):
    login(client, role)
    response = client.get(f"/samverkan/{meeting.pk}/")
    check(response, role, READERS, 200)


@pytest.mark.parametrize("role", ROLES)
def test_download_a_meetings_calendar_file(client, meeting, role):
    login(client, role)
    response = client.get(f"/samverkan/{meeting.pk}/kalender.ics")
    check(response, role, READERS, 200)
    if role in READERS:
        assert response["Content-Type"].startswith("text/calendar")


@pytest.mark.parametrize("role", ROLES)
def test_open_the_new_meeting_form(client, db, role):
    login(client, role)
    response = client.get("/samverkan/ny/")
    # Any municipality's editor may host; case officers and outsiders may not.
    check(
        response,
        role,
        {"redaktor", "administrator", "other_redaktor", "other_administrator", "staff"},
        200,
    )


@pytest.mark.parametrize("role", ROLES)
def test_create_a_meeting_hosted_by_osby(client, db, role):
    login(client, role)
    response = client.post("/samverkan/ny/", form_data(title="Ny träff i Osby"))
    created = Meeting.objects.filter(title="Ny träff i Osby").exists()
    # Hässleholm's editors may host, but not for Osby: a forged choice, 403.
    check(response, role, HOST_EDITORS, 302)
    assert created is (role in HOST_EDITORS)


@pytest.mark.parametrize("role", ROLES)
def test_create_a_meeting_hosted_by_hassleholm(client, hassleholm, role):
    login(client, role)
    response = client.post(
        "/samverkan/ny/", form_data(title="Ny träff i Hässleholm", municipality=hassleholm.pk)
    )
    allowed = {"other_redaktor", "other_administrator", "staff"}
    check(response, role, allowed, 302)
    created = Meeting.objects.filter(title="Ny träff i Hässleholm", municipality=hassleholm)
    assert created.exists() is (role in allowed)


@pytest.mark.parametrize("role", ROLES)
def test_open_the_edit_form(client, meeting, role):
    login(client, role)
    response = client.get(f"/samverkan/{meeting.pk}/andra/")
    check(response, role, HOST_EDITORS, 200)


@pytest.mark.parametrize("role", ROLES)
def test_edit_a_meeting(client, meeting, role):
    login(client, role)
    response = client.post(f"/samverkan/{meeting.pk}/andra/", form_data(meeting, title="Efter"))
    check(response, role, HOST_EDITORS, 302)
    meeting.refresh_from_db()
    assert (meeting.title == "Efter") is (role in HOST_EDITORS)
    assert meeting.history.count() == (2 if role in HOST_EDITORS else 1)


@pytest.mark.parametrize("role", ROLES)
def test_sign_up(client, meeting, role):
    user = login(client, role)
    municipality = "hassleholm" if role.startswith("other_") else "osby"
    from municipalities.models import Municipality

    data = {"municipality": Municipality.objects.get(slug=municipality).pk}
    response = client.post(f"/samverkan/{meeting.pk}/anmal/", data)
    check(response, role, MEMBERS, 302)
    signed_up = user is not None and SignUp.objects.filter(meeting=meeting, user=user).exists()
    assert signed_up is (role in MEMBERS)


@pytest.mark.parametrize("role", ROLES)
def test_withdraw(client, meeting, role):
    user = login(client, role)
    if user is not None:
        SignUp.objects.create(meeting=meeting, user=user, municipality=meeting.municipality)
    response = client.post(f"/samverkan/{meeting.pk}/avanmal/")
    # Portal staff pass every rule; they can only have a sign-up of their own to withdraw.
    check(response, role, READERS, 302)
    still = SignUp.objects.filter(meeting=meeting).exists()
    assert still is (role not in READERS and user is not None)


@pytest.mark.parametrize("role", ROLES)
def test_create_or_reset_the_calendar_link(client, db, role):
    user = login(client, role)
    response = client.post("/samverkan/kalender/ny-lank/")
    check(response, role, READERS, 302)
    has_feed = user is not None and CalendarFeed.objects.filter(user=user).exists()
    assert has_feed is (role in READERS)
