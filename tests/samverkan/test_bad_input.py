"""Bad input to the meeting form: a clear message, a 4xx, and nothing changed."""

import pytest

from samverkan.models import Meeting
from tests.samverkan.helpers import form_data, make_meeting

PERSONAL_NUMBER = "19811218-9876"
REFUSED = "verkar innehålla ett personnummer"


def stored(meeting):
    """Everything an edit could change: the row and its history."""
    return Meeting.objects.filter(pk=meeting.pk).values().get(), meeting.history.count()


def test_a_meeting_that_ends_before_it_starts_is_refused(editor_client):
    data = form_data(title="Baklänges")
    data["starts_at"], data["ends_at"] = data["ends_at"], data["starts_at"]

    response = editor_client.post("/samverkan/ny/", data)

    assert response.status_code == 400
    assert "Träffen måste sluta efter att den börjar." in response.content.decode()
    assert not Meeting.objects.exists()


def test_a_meeting_that_ends_when_it_starts_is_refused(editor_client):
    meeting = make_meeting()
    before = stored(meeting)
    data = form_data(meeting)
    data["ends_at"] = data["starts_at"]

    response = editor_client.post(f"/samverkan/{meeting.pk}/andra/", data)

    assert response.status_code == 400
    assert "Träffen måste sluta efter att den börjar." in response.content.decode()
    assert stored(meeting) == before


@pytest.mark.parametrize(
    ("field", "limit"),
    [("title", 200), ("place", 300), ("agenda", 5000), ("notes", 10000), ("attachments", 20000)],
)
def test_overlong_text_is_refused_with_its_limit(editor_client, field, limit):
    meeting = make_meeting()
    before = stored(meeting)

    response = editor_client.post(
        f"/samverkan/{meeting.pk}/andra/", form_data(meeting, **{field: "x" * (limit + 1)})
    )

    assert response.status_code == 400
    assert f"har som mest {limit} tecken (den har {limit + 1})" in response.content.decode()
    assert stored(meeting) == before


def test_an_overlong_video_link_is_refused(editor_client):
    response = editor_client.post(
        "/samverkan/ny/", form_data(video_url="https://video.example/" + "a" * 500)
    )

    assert response.status_code == 400
    assert "har som mest 500 tecken" in response.content.decode()
    assert not Meeting.objects.exists()


@pytest.mark.parametrize("field", ["title", "place", "agenda", "notes", "attachments"])
def test_a_personal_identity_number_is_refused_in_every_free_text_field(editor_client, field):
    meeting = make_meeting()
    before = stored(meeting)

    response = editor_client.post(
        f"/samverkan/{meeting.pk}/andra/",
        form_data(meeting, **{field: f"Gäller {PERSONAL_NUMBER} i Osby"}),
    )

    page = response.content.decode()
    assert response.status_code == 400
    assert REFUSED in page
    assert PERSONAL_NUMBER not in page  # never shown back
    assert stored(meeting) == before


@pytest.mark.parametrize(
    "link",
    ["http://video.example/mote", "javascript:alert(1)", "ftp://video.example/", "inte en länk"],
)
def test_a_video_link_must_be_https(editor_client, link):
    response = editor_client.post("/samverkan/ny/", form_data(video_url=link))

    assert response.status_code == 400
    assert "https://" in response.content.decode()
    assert not Meeting.objects.exists()


def test_a_meeting_needs_a_place_or_a_video_link(editor_client):
    response = editor_client.post("/samverkan/ny/", form_data(place="", video_url=""))

    assert response.status_code == 400
    assert "Ange en plats, en videolänk eller båda." in response.content.decode()
    assert not Meeting.objects.exists()


def test_a_video_only_meeting_is_fine(editor_client):
    response = editor_client.post(
        "/samverkan/ny/", form_data(place="", video_url="https://video.example/mote")
    )

    assert response.status_code == 302
    assert Meeting.objects.get().video_url == "https://video.example/mote"


@pytest.mark.parametrize("value", ["", "imorgon", "2026-13-45T25:99"])
def test_a_missing_or_malformed_time_is_refused(editor_client, value):
    response = editor_client.post("/samverkan/ny/", form_data(starts_at=value))

    assert response.status_code == 400
    assert not Meeting.objects.exists()


def test_a_stale_edit_form_is_refused_and_shows_what_changed(client, editor_client, editor):
    meeting = make_meeting(title="Original")
    stale = form_data(meeting, title="Min ändring")
    # Someone else saves first.
    editor_client.post(
        f"/samverkan/{meeting.pk}/andra/", form_data(meeting, title="Den andras ändring")
    )
    before = stored(meeting)

    response = editor_client.post(f"/samverkan/{meeting.pk}/andra/", stale)

    page = response.content.decode()
    assert response.status_code == 409
    assert "Någon annan har ändrat träffen sedan du öppnade sidan" in page
    assert "Den andras ändring" in page
    assert 'value="Min ändring"' in page  # the editor's input is kept
    assert stored(meeting) == before
    assert Meeting.objects.get().title == "Den andras ändring"


def test_after_a_conflict_saving_again_overwrites_knowingly(editor_client):
    meeting = make_meeting(title="Original")
    stale = form_data(meeting, title="Min ändring")
    editor_client.post(
        f"/samverkan/{meeting.pk}/andra/", form_data(meeting, title="Den andras ändring")
    )
    conflict = editor_client.post(f"/samverkan/{meeting.pk}/andra/", stale)
    assert f'name="version" value="{meeting.version + 1}"' in conflict.content.decode()

    response = editor_client.post(
        f"/samverkan/{meeting.pk}/andra/", {**stale, "version": meeting.version + 1}
    )

    assert response.status_code == 302
    assert Meeting.objects.get().title == "Min ändring"


@pytest.mark.parametrize("version", [None, "", "abc", "99999999999999999999"])
def test_an_edit_without_a_usable_version_is_refused(editor_client, version):
    meeting = make_meeting(title="Original")
    before = stored(meeting)
    data = form_data(meeting, title="Ändrad")
    if version is None:
        del data["version"]
    else:
        data["version"] = version

    response = editor_client.post(f"/samverkan/{meeting.pk}/andra/", data)

    assert response.status_code in {400, 409}
    assert stored(meeting) == before


def test_an_editor_cannot_move_a_meeting_to_a_municipality_they_do_not_edit(
    editor_client, hassleholm
):
    meeting = make_meeting()
    before = stored(meeting)

    response = editor_client.post(
        f"/samverkan/{meeting.pk}/andra/", form_data(meeting, municipality=hassleholm.pk)
    )

    assert response.status_code == 403
    assert stored(meeting) == before


@pytest.mark.parametrize("status", ["", "raderad", "<script>"])
def test_an_unknown_status_is_refused(editor_client, status):
    meeting = make_meeting()
    before = stored(meeting)

    response = editor_client.post(
        f"/samverkan/{meeting.pk}/andra/", form_data(meeting, status=status)
    )

    assert response.status_code == 400
    assert stored(meeting) == before


@pytest.mark.parametrize("host", ["", "abc", "999999", "1" * 40])
def test_a_host_that_is_no_municipality_is_a_form_error(editor_client, host):
    response = editor_client.post("/samverkan/ny/", form_data(municipality=host))

    assert response.status_code == 400
    assert not Meeting.objects.exists()


def test_an_edit_of_a_meeting_that_does_not_exist_is_404(editor_client):
    assert editor_client.post("/samverkan/424242/andra/", form_data()).status_code == 404
    assert editor_client.get("/samverkan/424242/kalender.ics").status_code == 404
