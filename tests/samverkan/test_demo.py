"""`manage.py load_demo_meetings` (run by `make run`): example meetings, labelled as such."""

import json

import pytest
from django.core.management import CommandError, call_command

from samverkan.management.commands import load_demo_meetings
from samverkan.models import Meeting


def test_the_example_meetings_load_labelled_one_upcoming_one_past(db):
    call_command("load_demo_meetings")

    meetings = list(Meeting.objects.order_by("starts_at"))
    assert len(meetings) == 2
    assert all(m.is_example and "(exempel)" in m.title for m in meetings)
    assert [m.is_past for m in meetings] == [True, False]
    assert all(m.video_url.startswith("https://") for m in meetings)


def test_loading_again_changes_nothing_on_the_same_day(db):
    call_command("load_demo_meetings")
    before = list(Meeting.objects.values().order_by("pk"))

    call_command("load_demo_meetings")

    assert list(Meeting.objects.values().order_by("pk")) == before


def test_the_example_page_says_it_is_example_data(client, db):
    from tests.factories import member

    call_command("load_demo_meetings")
    client.force_login(member("handlaggare", "osby"))
    meeting = Meeting.objects.first()

    page = client.get(f"/samverkan/{meeting.pk}/").content.decode()

    assert "Exempeldata: en påhittad träff" in page


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("agenda", "Gäller 19811218-9876", "personnummer"),
        ("title", "En riktig träff", "exempel"),
        ("video_url", "http://video.example/", "https"),
        ("municipality", "malmo", "malmo"),
    ],
)
def test_a_bad_data_file_is_refused_before_anything_is_written(
    db, tmp_path, monkeypatch, key, value, message
):
    rows = json.loads(load_demo_meetings.DATA.read_text(encoding="utf-8"))
    rows["meetings"][1][key] = value
    bad = tmp_path / "demo.json"
    bad.write_text(json.dumps(rows), encoding="utf-8")
    monkeypatch.setattr(load_demo_meetings, "DATA", bad)

    with pytest.raises(CommandError, match=message):
        call_command("load_demo_meetings")
    assert not Meeting.objects.exists()
