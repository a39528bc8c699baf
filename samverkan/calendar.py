"""iCalendar files (RFC 5545) of meetings, built with the `icalendar` package.

Times are written in Europe/Stockholm with a TZID and the matching VTIMEZONE; the stamps
(DTSTAMP, CREATED, LAST-MODIFIED) in UTC. The UID is the meeting's own UUID, so a calendar that
imported a meeting recognises it again; SEQUENCE counts the saves after the first, and a
cancelled meeting is STATUS:CANCELLED, so calendars update or cross out what they hold.
"""

import datetime
import zoneinfo

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")
UID_DOMAIN = "samverkan.portalen"


def _calendar(name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", "-//Portalen//Samverkansträffar//SV")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Stockholm")
    return calendar


def _utc(value: datetime.datetime) -> datetime.datetime:
    return value.astimezone(datetime.UTC)


def _event(meeting, page_url: str) -> Event:
    event = Event()
    event.add("uid", f"{meeting.uid}@{UID_DOMAIN}")
    event.add("dtstamp", _utc(meeting.updated_at))
    event.add("created", _utc(meeting.created_at))
    event.add("last-modified", _utc(meeting.updated_at))
    event.add("sequence", meeting.version - 1)
    event.add("dtstart", meeting.starts_at.astimezone(STOCKHOLM))
    event.add("dtend", meeting.ends_at.astimezone(STOCKHOLM))
    event.add("summary", meeting.title)
    event.add("status", "CANCELLED" if meeting.is_cancelled else "CONFIRMED")
    event.add("location", meeting.place or meeting.video_url)
    event.add("url", page_url)
    lines = [_("Värd: %(name)s") % {"name": meeting.municipality.name}]
    if meeting.video_url:
        lines.append(_("Videolänk: %(url)s") % {"url": meeting.video_url})
    if meeting.agenda:
        lines += ["", _("Dagordning:"), meeting.agenda]
    lines += ["", page_url]
    event.add("description", "\n".join(lines))
    return event


def _serialised(calendar: Calendar) -> bytes:
    calendar.add_missing_timezones()
    return calendar.to_ical()


def meeting_ics(meeting, page_url: str) -> bytes:
    """One meeting as a calendar file."""
    calendar = _calendar(meeting.title)
    calendar.add_component(_event(meeting, page_url))
    return _serialised(calendar)


def feed_ics(meetings, page_url_of) -> bytes:
    """A member's feed: every meeting given, `page_url_of(meeting)` the address of its page."""
    calendar = _calendar(_("Samverkansträffar i Portalen"))
    calendar.add("refresh-interval", datetime.timedelta(hours=6), parameters={"VALUE": "DURATION"})
    for meeting in meetings:
        calendar.add_component(_event(meeting, page_url_of(meeting)))
    return _serialised(calendar)


def feed_window_start() -> datetime.datetime:
    """The feed lists meetings from a year back: older ones only fill calendars."""
    return timezone.now() - datetime.timedelta(days=365)
