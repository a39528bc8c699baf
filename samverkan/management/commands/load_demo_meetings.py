"""`manage.py load_demo_meetings`: the example collaboration meetings. Safe to run again.

The data lives in samverkan/data/demo.json (data, not code). Every row is checked before
anything is written (its keys, its host municipality, and the model's own validation: no
personal numbers, an https link, a place or a link, an end after the start). A meeting already
loaded is found by its title and moved to the dates the file gives, counted from today, so the
example keeps one upcoming and one past meeting.
"""

import datetime
import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from municipalities.models import Municipality
from samverkan.models import EDITABLE_FIELDS, Meeting

DATA = Path(__file__).resolve().parents[2] / "data" / "demo.json"
# The file gives a day and two clock times instead of the two moments.
KEYS = {*EDITABLE_FIELDS, "in_days", "start", "end"} - {"starts_at", "ends_at", "status"}
EXAMPLE_MARK = "(exempel)"
# What a second run brings up to date in a meeting loaded before.
LOADED = [name for name in EDITABLE_FIELDS if name not in {"title", "status"}]


def _at(day: datetime.date, clock: str) -> datetime.datetime:
    time = datetime.time.fromisoformat(clock)
    return timezone.make_aware(datetime.datetime.combine(day, time))


def read_rows(path=None) -> list[dict]:
    path = path or DATA
    try:
        rows = json.loads(Path(path).read_text(encoding="utf-8"))["meetings"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise CommandError(f"{path}: cannot read the example meetings ({error}).") from error
    problems = []
    for number, row in enumerate(rows, 1):
        if set(row) != KEYS:
            problems.append(f"meeting {number}: keys differ by {sorted(set(row) ^ KEYS)}")
        elif EXAMPLE_MARK not in row["title"]:
            problems.append(f"meeting {number}: the title must say {EXAMPLE_MARK}")
    if problems:
        raise CommandError(f"{path}: " + "; ".join(problems))
    return rows


def meeting_from(row, municipalities, today) -> Meeting:
    """An unsaved meeting holding the row's values (dates counted from `today`)."""
    try:
        municipality = municipalities[row["municipality"]]
        day = today + datetime.timedelta(days=row["in_days"])
        starts_at, ends_at = _at(day, row["start"]), _at(day, row["end"])
    except (KeyError, TypeError, ValueError) as error:
        raise CommandError(f"{row['title']}: {error!r}") from error
    fields = {key: row[key] for key in ("place", "video_url", "agenda", "notes", "attachments")}
    return Meeting(
        municipality=municipality,
        title=row["title"],
        starts_at=starts_at,
        ends_at=ends_at,
        is_example=True,
        **fields,
    )


class Command(BaseCommand):
    help = "Loads the example collaboration meetings (marked as example data). Idempotent."

    def handle(self, *args, **options):
        municipalities = {m.slug: m for m in Municipality.objects.all()}
        today = timezone.localdate()
        wanted = [meeting_from(row, municipalities, today) for row in read_rows()]
        for meeting in wanted:
            try:
                meeting.full_clean(exclude=["uid"])
            except ValidationError as error:
                raise CommandError(f"{meeting.title}: {error.messages}") from error
        created = 0
        with transaction.atomic():
            for meeting in wanted:
                stored = Meeting.objects.filter(title=meeting.title, is_example=True).first()
                if stored is None:
                    meeting.save()
                    created += 1
                    continue
                changed = [
                    name for name in LOADED if getattr(stored, name) != getattr(meeting, name)
                ]
                if changed:
                    for name in changed:
                        setattr(stored, name, getattr(meeting, name))
                    # A change the calendars should pick up (SEQUENCE), like any edit.
                    stored.version += 1
                    stored.save()
        self.stdout.write(self.style.SUCCESS(f"Example meetings: {len(wanted)} ({created} new)."))
