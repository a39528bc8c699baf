"""Collaboration meetings in a real browser: Osby's editor creates a meeting, a case officer in
Hässleholm signs up, sees who comes, downloads the meeting's calendar file and makes a calendar
link. Every page on the way (the list, the form, a form with errors, the conflict page, the
meeting) passes axe (WCAG 2.1 A/AA) and fits a 320 px screen, in Swedish and in English.
"""

import datetime
import re
from pathlib import Path

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from samverkan.models import CalendarFeed, Meeting, SignUp
from tests.browser.axe import assert_accessible
from tests.browser.helpers import overflow
from tests.factories import member
from tests.samverkan.helpers import make_meeting

pytestmark = pytest.mark.django_db(transaction=True)

WORDS = {
    "sv": {
        "prefix": "",
        "new": "Ny träff",
        "title": "Rubrik",
        "starts": "Börjar",
        "ends": "Slutar",
        "place": "Plats och adress",
        "agenda": "Dagordning",
        "save": "Spara",
        "created": "Träffen är skapad.",
        "sign_up": "Anmäl mig",
        "signed_up": "Du är anmäld till träffen.",
        "download": "Lägg in i kalendern (.ics)",
        "feed": "Skapa kalenderlänk",
        "feed_made": "Din kalenderlänk är skapad.",
        "edit": "Ändra träffen",
        "backwards": "Träffen måste sluta efter att den börjar.",
        "notes": "Anteckningar",
        "conflict": "Någon annan har ändrat träffen sedan du öppnade sidan",
    },
    "en": {
        "prefix": "/en",
        "new": "New meeting",
        "title": "Title",
        "starts": "Starts",
        "ends": "Ends",
        "place": "Place and address",
        "agenda": "Agenda",
        "save": "Save",
        "created": "The meeting has been created.",
        "sign_up": "Sign me up",
        "signed_up": "You are signed up for the meeting.",
        "download": "Add to calendar (.ics)",
        "feed": "Create calendar link",
        "feed_made": "Your calendar link has been created.",
        "edit": "Edit the meeting",
        "backwards": "The meeting must end after it starts.",
        "notes": "Notes",
        "conflict": "Someone else has changed the meeting since you opened the page",
    },
}


def checked(page):
    """The page passes axe and is no wider than the window."""
    assert_accessible(page)
    assert overflow(page) <= 0, page.url


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("width", [320, 1280])
def test_an_editor_creates_a_meeting_and_a_case_officer_signs_up_and_downloads_it(
    page, login_as, tmp_path, language, width
):
    words = WORDS[language]
    prefix = words["prefix"]
    editor = member("redaktor", "osby", username="osby-redaktor")
    officer = member(
        "handlaggare", "hassleholm", username="hassleholm-handlaggare", first_name="Sara"
    )
    make_meeting("hassleholm", title="Förra träffen", days=-20, notes="Vi sågs i Hässleholm.")
    page.set_viewport_size({"width": width, "height": 900})

    login_as(editor)
    page.goto(f"{prefix}/samverkan/")
    checked(page)
    page.get_by_role("link", name=words["new"], exact=True).click()
    # The form is there (the click only starts the navigation; axe needs the new page).
    expect(page.get_by_label(words["title"])).to_be_visible()
    checked(page)
    page.get_by_label(words["title"]).fill("Träff om praktikplatser")
    page.get_by_label(words["starts"]).fill("2030-01-15T09:30")
    page.get_by_label(words["ends"]).fill("2030-01-15T12:00")
    page.get_by_label(words["place"]).fill("Kommunhuset, Osby")
    page.get_by_label(words["agenda"]).fill("1. Nytt sedan sist\n2. Praktikplatser")
    page.get_by_role("button", name=words["save"]).click()

    expect(page.get_by_role("status").filter(has_text=words["created"])).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Träff om praktikplatser")
    checked(page)
    meeting = Meeting.objects.get(title="Träff om praktikplatser")
    assert meeting.municipality.slug == "osby"

    login_as(officer)
    page.goto(f"{prefix}/samverkan/")
    checked(page)
    page.get_by_role("link", name="Träff om praktikplatser").click()
    page.get_by_role("button", name=words["sign_up"]).click()

    expect(page.get_by_role("status").filter(has_text=words["signed_up"])).to_be_visible()
    expect(page.get_by_text("Sara, Hässleholm")).to_be_visible()
    checked(page)
    assert SignUp.objects.get().user == officer
    with page.expect_download() as download:
        page.get_by_role("link", name=words["download"]).click()
    saved = tmp_path / "meeting.ics"
    download.value.save_as(saved)
    (event,) = Calendar.from_ical(Path(saved).read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Träff om praktikplatser"
    assert event.decoded("DTSTART").replace(tzinfo=None) == datetime.datetime(2030, 1, 15, 9, 30)

    page.goto(f"{prefix}/samverkan/")
    page.get_by_role("button", name=words["feed"]).click()
    expect(page.get_by_role("status").filter(has_text=words["feed_made"])).to_be_visible()
    feed = CalendarFeed.objects.get(user=officer)
    expect(page.locator("#feed-url")).to_have_value(re.compile(rf"/kalender/{feed.token}\.ics$"))
    checked(page)

    page.get_by_role("link", name="Förra träffen").click()
    notes = page.get_by_role("region", name=words["notes"])
    expect(notes.get_by_text("Vi sågs i Hässleholm.")).to_be_visible()
    checked(page)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_form_with_errors_and_the_conflict_page_are_accessible_at_320_px(
    page, login_as, language
):
    words = WORDS[language]
    prefix = words["prefix"]
    editor = member("redaktor", "osby", username="osby-redaktor")
    meeting = make_meeting("osby", title="Träffen")
    page.set_viewport_size({"width": 320, "height": 900})
    login_as(editor)

    page.goto(f"{prefix}/samverkan/{meeting.pk}/")
    page.get_by_role("link", name=words["edit"]).click()
    expect(page.get_by_label(words["ends"])).to_be_visible()
    checked(page)
    page.get_by_label(words["ends"]).fill("2020-01-01T08:00")
    page.get_by_role("button", name=words["save"]).click()
    expect(page.get_by_text(words["backwards"])).to_be_visible()
    checked(page)

    page.goto(f"{prefix}/samverkan/{meeting.pk}/andra/")
    # Someone else saves while this page is open.
    other = Meeting.objects.get(pk=meeting.pk)
    other.title, other.version = "Den andras rubrik", other.version + 1
    other.save()
    page.get_by_label(words["title"]).fill("Min rubrik")
    page.get_by_role("button", name=words["save"]).click()

    expect(page.get_by_text(words["conflict"])).to_be_visible()
    checked(page)
    assert Meeting.objects.get(pk=meeting.pk).title == "Den andras rubrik"
