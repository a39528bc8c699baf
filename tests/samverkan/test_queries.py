"""The pages ask the database a fixed number of times, however many meetings and sign-ups."""

import pytest

from samverkan.models import SignUp
from tests.factories import member
from tests.samverkan.helpers import make_meeting


@pytest.fixture
def officer_client(client, db):
    client.force_login(member("handlaggare", "hassleholm", username="hassleholm-handlaggare"))
    return client


@pytest.mark.parametrize("meetings", [1, 12])
def test_the_list_takes_ten_queries(officer_client, django_assert_num_queries, meetings):
    for day in range(meetings):
        make_meeting(days=day - 3)
    # session, user, memberships; the page count; the calendar link; the person's sign-ups;
    # the user's and the groups' model permissions (the "Ny träff" check); the example-data
    # banner's check; the page of meetings with their hosts.
    with django_assert_num_queries(10):
        response = officer_client.get("/samverkan/")
    assert response.status_code == 200


@pytest.mark.parametrize("signups", [0, 8])
def test_a_meeting_takes_ten_queries(officer_client, django_assert_num_queries, signups):
    meeting = make_meeting()
    for _ in range(signups):
        SignUp.objects.create(
            meeting=meeting, user=member("redaktor", "osby"), municipality=meeting.municipality
        )
    # session, user, memberships; the meeting with its host; the sign-ups with people and
    # municipalities; the person's municipalities (sign-up form); the history with editors and
    # hosts; the user's and the groups' model permissions (the edit link); the banner's check.
    with django_assert_num_queries(10):
        response = officer_client.get(f"/samverkan/{meeting.pk}/")
    assert response.status_code == 200
