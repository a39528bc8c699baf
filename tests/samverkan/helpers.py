"""Meetings for the tests, and the edit form's data for a meeting."""

import datetime

from django.utils import timezone

from municipalities.models import Municipality
from samverkan.models import Meeting

FORM_TIME = "%Y-%m-%dT%H:%M"


def make_meeting(municipality="osby", *, days=7, hours=2, **fields) -> Meeting:
    """A saved meeting `days` from now (negative: in the past), hosted by `municipality`."""
    if isinstance(municipality, str):
        municipality = Municipality.objects.get(slug=municipality)
    starts_at = (timezone.now() + datetime.timedelta(days=days)).replace(second=0, microsecond=0)
    values = {
        "title": "Samverkansträff om praktikplatser",
        "starts_at": starts_at,
        "ends_at": starts_at + datetime.timedelta(hours=hours),
        "place": "Kommunhuset, Osby",
        "agenda": "1. Nya insatser\n2. Praktikplatser",
        **fields,
    }
    return Meeting.objects.create(municipality=municipality, **values)


def form_data(meeting=None, **changes) -> dict:
    """What the meeting form posts: `meeting`'s values (or a new meeting's), with `changes`."""
    if meeting is None:
        starts_at = timezone.localtime() + datetime.timedelta(days=10)
        data = {
            "municipality": Municipality.objects.get(slug="osby").pk,
            "title": "Träff om arbetsträning",
            "starts_at": starts_at.strftime(FORM_TIME),
            "ends_at": (starts_at + datetime.timedelta(hours=2)).strftime(FORM_TIME),
            "place": "Kommunhuset, Osby",
            "video_url": "",
            "agenda": "1. Läget\n2. Nästa steg",
            "notes": "",
            "attachments": "",
        }
    else:
        data = {
            "municipality": meeting.municipality_id,
            "title": meeting.title,
            "starts_at": timezone.localtime(meeting.starts_at).strftime(FORM_TIME),
            "ends_at": timezone.localtime(meeting.ends_at).strftime(FORM_TIME),
            "place": meeting.place,
            "video_url": meeting.video_url,
            "agenda": meeting.agenda,
            "notes": meeting.notes,
            "attachments": meeting.attachments,
            "status": meeting.status,
            "version": meeting.version,
        }
    data.update(changes)
    return data
