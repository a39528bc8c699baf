"""Calendar files: one per meeting and a secret feed per member, parsed back with icalendar."""

import datetime
import zoneinfo

import pytest
from icalendar import Calendar

from samverkan.models import CalendarFeed, SignUp
from tests.factories import member
from tests.samverkan.helpers import form_data, make_meeting

STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")


def parsed(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


@pytest.fixture
def officer(db):
    return member("handlaggare", "hassleholm", username="hassleholm-handlaggare")


def meeting_in_winter(**fields):
    meeting = make_meeting("osby", **fields)
    meeting.starts_at = datetime.datetime(2030, 1, 15, 9, 30, tzinfo=STOCKHOLM)
    meeting.ends_at = datetime.datetime(2030, 1, 15, 12, 0, tzinfo=STOCKHOLM)
    meeting.save()
    return meeting


def test_a_meetings_file_is_a_valid_calendar_in_stockholm_time(client, officer):
    meeting = meeting_in_winter(title="Träff om praktik", video_url="https://video.example/abc")
    client.force_login(officer)

    response = client.get(f"/samverkan/{meeting.pk}/kalender.ics")
    calendar = parsed(response)

    assert "attachment" in response["Content-Disposition"]
    assert calendar["VERSION"] == "2.0"
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Träff om praktik"
    assert event["UID"] == f"{meeting.uid}@samverkan.portalen"
    assert event["DTSTART"].params["TZID"] == "Europe/Stockholm"
    assert event.decoded("DTSTART") == datetime.datetime(2030, 1, 15, 9, 30, tzinfo=STOCKHOLM)
    assert event.decoded("DTSTART").utcoffset() == datetime.timedelta(hours=1)
    assert event.decoded("DTEND") == datetime.datetime(2030, 1, 15, 12, 0, tzinfo=STOCKHOLM)
    assert event.decoded("DTSTAMP").tzinfo is not None
    assert event.decoded("DTSTAMP").utcoffset() == datetime.timedelta(0)
    assert str(event["STATUS"]) == "CONFIRMED"
    assert str(event["LOCATION"]) == "Kommunhuset, Osby"
    assert "https://video.example/abc" in str(event["DESCRIPTION"])
    assert str(event["URL"]).endswith(f"/samverkan/{meeting.pk}/")
    # The time zone the times name is described in the file itself.
    (timezone,) = calendar.walk("VTIMEZONE")
    assert str(timezone["TZID"]) == "Europe/Stockholm"


def test_an_edit_keeps_the_uid_and_raises_the_sequence(client, editor):
    meeting = meeting_in_winter()
    client.force_login(editor)
    before = parsed(client.get(f"/samverkan/{meeting.pk}/kalender.ics")).walk("VEVENT")[0]

    client.post(f"/samverkan/{meeting.pk}/andra/", form_data(meeting, title="Flyttad träff"))
    after = parsed(client.get(f"/samverkan/{meeting.pk}/kalender.ics")).walk("VEVENT")[0]

    assert after["UID"] == before["UID"]
    assert after.decoded("SEQUENCE") == before.decoded("SEQUENCE") + 1
    assert after.decoded("LAST-MODIFIED") >= before.decoded("LAST-MODIFIED")
    assert str(after["SUMMARY"]) == "Flyttad träff"


def test_a_cancelled_meeting_is_cancelled_in_the_calendar(client, editor):
    meeting = meeting_in_winter()
    client.force_login(editor)

    client.post(f"/samverkan/{meeting.pk}/andra/", form_data(meeting, status="installd"))
    (event,) = parsed(client.get(f"/samverkan/{meeting.pk}/kalender.ics")).walk("VEVENT")

    assert str(event["STATUS"]) == "CANCELLED"
    assert event.decoded("SEQUENCE") == 1


def test_the_member_feed_lists_the_meetings_they_signed_up_for(client, officer, hassleholm):
    mine = meeting_in_winter(title="Min träff")
    make_meeting("osby", title="Någon annans träff")
    SignUp.objects.create(meeting=mine, user=officer, municipality=hassleholm)
    client.force_login(officer)
    client.post("/samverkan/kalender/ny-lank/")
    feed = CalendarFeed.objects.get(user=officer)
    client.logout()  # calendar programs have no session

    response = client.get(f"/samverkan/kalender/{feed.token}.ics")
    calendar = parsed(response)

    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ["Min träff"]
    assert calendar.walk("VEVENT")[0]["UID"] == f"{mine.uid}@samverkan.portalen"
    assert "no-store" in response["Cache-Control"]


def test_the_feed_address_is_shown_to_its_owner(client, officer):
    client.force_login(officer)
    client.post("/samverkan/kalender/ny-lank/")
    feed = CalendarFeed.objects.get(user=officer)

    page = client.get("/samverkan/").content.decode()

    assert f"/samverkan/kalender/{feed.token}.ics" in page
    assert len(feed.token) >= 43  # 256 random bits


def test_a_wrong_token_is_404(client, officer):
    client.force_login(officer)
    client.post("/samverkan/kalender/ny-lank/")
    client.logout()

    assert client.get("/samverkan/kalender/fel-token.ics").status_code == 404
    assert client.get("/samverkan/kalender/" + "a" * 300 + ".ics").status_code == 404


def test_resetting_the_token_makes_the_old_address_404(client, officer):
    client.force_login(officer)
    client.post("/samverkan/kalender/ny-lank/")
    old = CalendarFeed.objects.get(user=officer).token

    response = client.post("/samverkan/kalender/ny-lank/", follow=True)
    new = CalendarFeed.objects.get(user=officer).token

    assert "Den gamla länken fungerar inte längre." in response.content.decode()
    assert new != old
    assert client.get(f"/samverkan/kalender/{old}.ics").status_code == 404
    assert client.get(f"/samverkan/kalender/{new}.ics").status_code == 200


def test_a_former_members_feed_is_404(client, officer):
    client.force_login(officer)
    client.post("/samverkan/kalender/ny-lank/")
    token = CalendarFeed.objects.get(user=officer).token
    officer.memberships.all().delete()

    assert client.get(f"/samverkan/kalender/{token}.ics").status_code == 404


def test_a_cancelled_meeting_stays_in_the_feed_as_cancelled(client, officer, hassleholm):
    meeting = meeting_in_winter(status="installd")
    SignUp.objects.create(meeting=meeting, user=officer, municipality=hassleholm)
    feed = CalendarFeed.objects.create(user=officer)

    (event,) = parsed(client.get(f"/samverkan/kalender/{feed.token}.ics")).walk("VEVENT")

    assert str(event["STATUS"]) == "CANCELLED"


def test_the_feed_answers_head_for_calendar_programs(client, officer):
    feed = CalendarFeed.objects.create(user=officer)

    assert client.head(f"/samverkan/kalender/{feed.token}.ics").status_code == 200
    assert client.post(f"/samverkan/kalender/{feed.token}.ics").status_code == 405
