"""Signing up for a meeting, withdrawing, and seeing who else comes."""

import pytest

from samverkan.models import SignUp
from tests.factories import MembershipFactory, member
from tests.samverkan.helpers import make_meeting


@pytest.fixture
def officer(db):
    return member(
        "handlaggare",
        "hassleholm",
        username="hassleholm-handlaggare",
        first_name="Sara",
        last_name="Berg",
    )


def test_a_member_signs_up_and_appears_among_those_who_come(client, officer, hassleholm):
    meeting = make_meeting("osby")
    client.force_login(officer)

    response = client.post(
        f"/samverkan/{meeting.pk}/anmal/", {"municipality": hassleholm.pk}, follow=True
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert "Du är anmäld till träffen." in page
    assert "Sara Berg, Hässleholm" in page
    assert "Ta bort min anmälan" in page
    signup = SignUp.objects.get()
    assert (signup.meeting, signup.user, signup.municipality) == (meeting, officer, hassleholm)


def test_others_see_who_comes(client, officer, hassleholm):
    meeting = make_meeting("osby")
    SignUp.objects.create(meeting=meeting, user=officer, municipality=hassleholm)
    client.force_login(member("redaktor", "osby"))

    page = client.get(f"/samverkan/{meeting.pk}/").content.decode()

    assert "Anmälda (1)" in page
    assert "Sara Berg, Hässleholm" in page


def test_signing_up_twice_is_one_sign_up(client, officer, hassleholm):
    meeting = make_meeting("osby")
    client.force_login(officer)
    client.post(f"/samverkan/{meeting.pk}/anmal/", {"municipality": hassleholm.pk})

    response = client.post(
        f"/samverkan/{meeting.pk}/anmal/", {"municipality": hassleholm.pk}, follow=True
    )

    assert "Du var redan anmäld till träffen." in response.content.decode()
    assert SignUp.objects.count() == 1


def test_a_member_withdraws(client, officer, hassleholm):
    meeting = make_meeting("osby")
    SignUp.objects.create(meeting=meeting, user=officer, municipality=hassleholm)
    client.force_login(officer)

    response = client.post(f"/samverkan/{meeting.pk}/avanmal/", follow=True)

    assert "Din anmälan är borttagen." in response.content.decode()
    assert not SignUp.objects.exists()


def test_withdrawing_without_a_sign_up_says_so_and_changes_nothing(client, officer, hassleholm):
    meeting = make_meeting("osby")
    other = member("redaktor", "osby")
    SignUp.objects.create(meeting=meeting, user=other, municipality=meeting.municipality)
    client.force_login(officer)

    response = client.post(f"/samverkan/{meeting.pk}/avanmal/", follow=True)

    assert "Du var inte anmäld till träffen." in response.content.decode()
    assert SignUp.objects.filter(user=other).count() == 1


def test_signing_up_for_a_past_meeting_is_refused_and_changes_nothing(client, officer, hassleholm):
    meeting = make_meeting("osby", days=-3)
    client.force_login(officer)

    response = client.post(f"/samverkan/{meeting.pk}/anmal/", {"municipality": hassleholm.pk})

    assert response.status_code == 400
    assert "Träffen har redan varit, så anmälningar kan inte ändras." in response.content.decode()
    assert not SignUp.objects.exists()


def test_withdrawing_from_a_past_meeting_is_refused(client, officer, hassleholm):
    meeting = make_meeting("osby", days=-3)
    SignUp.objects.create(meeting=meeting, user=officer, municipality=hassleholm)
    client.force_login(officer)

    response = client.post(f"/samverkan/{meeting.pk}/avanmal/")

    assert response.status_code == 400
    assert "Träffen har redan varit" in response.content.decode()
    assert SignUp.objects.count() == 1


def test_signing_up_for_a_cancelled_meeting_is_refused(client, officer, hassleholm):
    meeting = make_meeting("osby", status="installd")
    client.force_login(officer)

    response = client.post(f"/samverkan/{meeting.pk}/anmal/", {"municipality": hassleholm.pk})

    assert response.status_code == 400
    assert "Träffen är inställd" in response.content.decode()
    assert not SignUp.objects.exists()


def test_a_past_meeting_offers_no_sign_up_button(client, officer):
    meeting = make_meeting("osby", days=-3)
    client.force_login(officer)

    page = client.get(f"/samverkan/{meeting.pk}/").content.decode()

    assert "Anmälan är stängd." in page
    assert "Anmäl mig" not in page


def test_a_member_of_two_municipalities_chooses_which_one_they_come_for(
    client, officer, osby, hassleholm
):
    MembershipFactory(user=officer, municipality=osby, role="handlaggare")
    meeting = make_meeting("osby")
    client.force_login(officer)

    page = client.get(f"/samverkan/{meeting.pk}/").content.decode()
    assert "Jag kommer för" in page
    client.post(f"/samverkan/{meeting.pk}/anmal/", {"municipality": osby.pk})

    assert SignUp.objects.get().municipality == osby


@pytest.mark.parametrize("forged", [{}, {"municipality": "abc"}, {"municipality": "999999"}])
def test_a_forged_sign_up_is_refused_with_403(client, officer, osby, forged):
    meeting = make_meeting("osby")
    client.force_login(officer)
    if forged == {}:
        forged = {"municipality": osby.pk}  # a municipality the officer does not work for

    response = client.post(f"/samverkan/{meeting.pk}/anmal/", forged)

    assert response.status_code == 403
    assert not SignUp.objects.exists()


def test_a_sign_up_for_a_meeting_that_does_not_exist_is_404(client, officer, hassleholm):
    client.force_login(officer)

    response = client.post("/samverkan/424242/anmal/", {"municipality": hassleholm.pk})

    assert response.status_code == 404
    assert not SignUp.objects.exists()


def test_signing_up_by_get_is_not_allowed(client, officer):
    meeting = make_meeting("osby")
    client.force_login(officer)

    assert client.get(f"/samverkan/{meeting.pk}/anmal/").status_code == 405
    assert not SignUp.objects.exists()
