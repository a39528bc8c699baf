"""The list and a meeting's page: order, paging, safe text, and the visible "Ändringar"."""

import pytest

from tests.factories import UserFactory, member
from tests.samverkan.helpers import form_data, make_meeting


@pytest.fixture
def officer_client(client, db):
    client.force_login(member("handlaggare", "hassleholm", username="hassleholm-handlaggare"))
    return client


def test_upcoming_meetings_come_first_soonest_first_then_past_newest_first(officer_client):
    make_meeting(title="Om en månad", days=30)
    make_meeting(title="I morgon", days=1)
    make_meeting(title="För en vecka sedan", days=-7)
    make_meeting(title="För ett år sedan", days=-365)

    page = officer_client.get("/samverkan/").content.decode()

    order = [
        "Kommande träffar",
        "I morgon",
        "Om en månad",
        "Tidigare träffar",
        "För en vecka sedan",
        "För ett år sedan",
    ]
    positions = [page.index(text) for text in order]
    assert positions == sorted(positions)


def test_the_list_is_paged(officer_client):
    for day in range(1, 23):
        make_meeting(title=f"Träff nummer {day:02d}", days=day)

    first = officer_client.get("/samverkan/").content.decode()
    second = officer_client.get("/samverkan/?page=2").content.decode()

    assert "Träff nummer 20" in first and "Träff nummer 21" not in first
    assert "Träff nummer 21" in second and "Träff nummer 01" not in second
    assert officer_client.get("/samverkan/?page=9").status_code == 404
    assert "förstods inte" in officer_client.get("/samverkan/?page=abc").content.decode()


def test_a_meeting_page_shows_what_people_need(officer_client):
    meeting = make_meeting(
        title="Träff om arbetsträning",
        place="Stadshuset, Hässleholm",
        video_url="https://video.example/mote",
        notes="Vi bestämde att ses igen.",
        attachments="# Bilaga\nLänk: https://example.org/bilaga.pdf",
    )

    page = officer_client.get(f"/samverkan/{meeting.pk}/").content.decode()

    for text in [
        "Träff om arbetsträning",
        "Stadshuset, Hässleholm",
        "Osby",
        "1. Nya insatser<br>2. Praktikplatser",
        "Vi bestämde att ses igen.",
        'href="https://video.example/mote"',
        'href="https://example.org/bilaga.pdf"',
    ]:
        assert text in page, text
    assert f'href="/samverkan/{meeting.pk}/kalender.ics"' in page


def test_text_is_shown_as_text_never_as_html(officer_client):
    meeting = make_meeting(
        agenda="<script>alert(1)</script>",
        notes='<img src=x onerror="alert(2)">',
        attachments="[klicka](javascript:alert(3)) <b>fet</b>",
    )

    page = officer_client.get(f"/samverkan/{meeting.pk}/").content.decode()

    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img src=x" not in page
    assert "<b>fet</b>" not in page
    assert 'href="javascript:' not in page


def test_members_see_what_changed_who_changed_it_and_when(client, editor, officer_client):
    meeting = make_meeting(title="Före ändringen")
    editor.first_name, editor.last_name = "Eva", "Redaktör"
    editor.save()
    client.force_login(editor)
    client.post(
        f"/samverkan/{meeting.pk}/andra/",
        form_data(meeting, title="Efter ändringen", place="Biblioteket, Osby"),
    )

    page = officer_client.get(f"/samverkan/{meeting.pk}/").content.decode()

    assert "Ändringar" in page
    assert "av Eva Redaktör" in page
    changes = page[page.index("Ändringar") :]
    for text in [
        "Rubrik",
        "Före ändringen",
        "Efter ändringen",
        "Plats",
        "Kommunhuset, Osby",
        "Biblioteket, Osby",
    ]:
        assert text in changes, text


def test_an_editor_creates_a_meeting_and_lands_on_its_page(editor_client):
    response = editor_client.post(
        "/samverkan/ny/", form_data(title="Ny träff om språkpraktik"), follow=True
    )

    page = response.content.decode()
    assert "Träffen är skapad." in page
    assert "Ny träff om språkpraktik" in page
    assert "Skapad" in page  # the first entry of the history


def test_the_edit_link_shows_only_for_the_hosts_editors(client, editor, officer_client):
    meeting = make_meeting()
    edit = f'href="/samverkan/{meeting.pk}/andra/"'
    assert edit not in officer_client.get(f"/samverkan/{meeting.pk}/").content.decode()
    client.force_login(editor)
    assert edit in client.get(f"/samverkan/{meeting.pk}/").content.decode()


def test_the_new_meeting_button_shows_for_editors_only(client, editor, officer_client):
    assert "Ny träff" not in officer_client.get("/samverkan/").content.decode()
    client.force_login(editor)
    assert "Ny träff" in client.get("/samverkan/").content.decode()


def test_the_english_pages_are_in_english(officer_client):
    meeting = make_meeting(days=-2)

    listing = officer_client.get("/en/samverkan/").content.decode()
    detail = officer_client.get(f"/en/samverkan/{meeting.pk}/").content.decode()

    assert "Collaboration meetings" in listing and "Past meetings" in listing
    assert "Changes" in detail and "Sign-up is closed." in detail


def test_members_find_samverkan_in_the_menu_and_others_do_not(client, officer_client):
    link = 'href="/samverkan/"'
    assert link in officer_client.get("/").content.decode()
    assert 'href="/en/samverkan/">Collaboration' in officer_client.get("/en/").content.decode()
    assert link not in client.__class__().get("/").content.decode()
    outsider = client.__class__()
    outsider.force_login(UserFactory(username="utan-medlemskap"))
    assert link not in outsider.get("/").content.decode()


def test_a_cancelled_meeting_stays_listed_marked_as_cancelled(officer_client):
    meeting = make_meeting(title="Inställd träff", status="installd")

    listing = officer_client.get("/samverkan/").content.decode()
    detail = officer_client.get(f"/samverkan/{meeting.pk}/").content.decode()

    assert "Inställd träff" in listing and "Inställd</span>" in listing
    assert "Inställd</span>" in detail
    assert "Anmäl mig" not in detail
