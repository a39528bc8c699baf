"""The public pages in a real browser: WCAG 2.1 AA scans, keyboard use, htmx and no-JS paths."""

import re

import pytest
from playwright.sync_api import expect

from measures.models import Measure
from tests.browser.axe import assert_accessible
from tests.factories import LocationFactory, MeasureFactory

# The browser reads through a live server, so rows must be committed (see conftest.py).
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def catalogue(terms):
    """A few public measures in two municipalities, with the taxonomies the filters show."""
    from municipalities.models import Municipality

    osby = Municipality.objects.get(slug="osby")
    hassleholm = Municipality.objects.get(slug="hassleholm")
    first = MeasureFactory(
        municipality=osby,
        title="Arbetsträning i Returbutiken",
        summary="Du tränar på att arbeta i en butik.",
        categories=[terms["kategori"]["jobbinriktad"], terms["kategori"]["social"]],
        target_groups=[terms["malgrupp"]["forsorjningsstod"]],
        needs=[terms["behov"]["arbetslivserfarenhet"]],
        languages=[terms["sprak"]["sv"]],
        places_available=2,
        min_age=18,
        max_age=64,
    )
    LocationFactory(measure=first, name="Returbutiken")
    MeasureFactory(
        municipality=hassleholm,
        title="Må bra-grupp",
        summary="Rörelse och samtal i grupp.",
        categories=[terms["kategori"]["halsorelaterad"]],
        open_to_others=Measure.Openness.YES,
    )
    return first


def test_home_page_has_no_wcag_violations(page, catalogue):
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert_accessible(page)


def test_list_with_filters_has_no_wcag_violations(page, catalogue):
    page.goto("/insatser/?kommun=osby&kategori=social&alder=abc")
    expect(page.get_by_role("heading", name=re.compile("1 insats"))).to_be_visible()
    assert_accessible(page)


def test_empty_list_has_no_wcag_violations(page, catalogue):
    page.goto("/insatser/?q=finnsinte")
    expect(page.get_by_text("Inga insatser matchar din sökning")).to_be_visible()
    assert_accessible(page)


def test_measure_page_has_no_wcag_violations(page, catalogue):
    page.goto(f"/insatser/{catalogue.slug}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(catalogue.title)
    assert_accessible(page)


def test_municipality_page_has_no_wcag_violations(page, catalogue):
    page.goto("/kommuner/osby/")
    assert_accessible(page)


def test_project_and_about_pages_have_no_wcag_violations(page, catalogue):
    for path in ["/projekt/", "/projekt/strategisk-samverkan-i-skno/", "/om/", "/kommuner/"]:
        page.goto(path)
        assert_accessible(page)


def test_login_page_has_no_wcag_violations(page, catalogue):
    page.goto("/konto/logga-in/")
    page.get_by_label("Användarnamn").fill("ingen")
    page.get_by_label("Lösenord").fill("fel")
    page.get_by_role("button", name="Logga in").click()
    expect(page.get_by_text("Ange ett korrekt användarnamn")).to_be_visible()
    assert_accessible(page)


def test_a_filter_change_updates_results_and_address_without_a_reload(page, catalogue):
    page.goto("/insatser/")
    expect(page.get_by_role("heading", name="2 insatser")).to_be_visible()
    page.evaluate("window.notReloaded = true")

    page.locator("summary", has_text="Kommun").click()
    page.get_by_label(re.compile(r"^Osby")).check()

    expect(page.get_by_role("heading", name="1 insats")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/insatser/\?.*kommun=osby"))
    assert page.evaluate("window.notReloaded") is True
    expect(page.locator(".chip", has_text="Kommun: Osby")).to_be_visible()
    page.go_back()
    expect(page).to_have_url(re.compile(r"/insatser/$"))


def test_without_javascript_the_same_form_submits_normally(browser, live_server, catalogue):
    context = browser.new_context(
        java_script_enabled=False, locale="sv-SE", base_url=live_server.url
    )
    page = context.new_page()
    page.goto("/insatser/")
    page.locator("summary", has_text="Kommun").click()
    page.get_by_label(re.compile(r"^Osby")).check()
    page.get_by_role("button", name="Visa träffar").click()

    expect(page).to_have_url(re.compile(r"kommun=osby"))
    expect(page.get_by_role("heading", name="1 insats")).to_be_visible()
    context.close()


def tab_to(page, locator, limit=80):
    """Press Tab until `locator` has the focus, as a keyboard-only visitor would."""
    for _ in range(limit):
        if locator.evaluate("element => element === document.activeElement"):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Could not reach {locator} with the Tab key")


def test_a_keyboard_user_finds_a_measure_and_adds_it_to_the_list(page, catalogue):
    page.goto("/")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Hoppa till innehållet")).to_be_focused()
    tab_to(page, page.get_by_label("Vad letar du efter?"))
    page.keyboard.type("Returbutiken")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="1 insats")).to_be_visible()

    link = page.get_by_role("link", name="Arbetsträning i Returbutiken")
    tab_to(page, link)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Arbetsträning i Returbutiken")

    add = page.get_by_role("button", name="Lägg till i min lista")
    tab_to(page, add)
    page.keyboard.press("Enter")
    tab_to(page, page.get_by_role("link", name="Min lista", exact=True))
    page.keyboard.press("Enter")
    expect(page.get_by_role("link", name="Arbetsträning i Returbutiken")).to_be_visible()
    assert_accessible(page)


def test_pages_fit_a_320_pixel_wide_screen(page, catalogue):
    page.set_viewport_size({"width": 320, "height": 800})
    for path in ["/", "/insatser/", f"/insatser/{catalogue.slug}/"]:
        page.goto(path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, (path, overflow)


def test_main_pages_work_under_the_content_security_policy(page, catalogue):
    """The strict policy is on (no inline script or style); no page triggers a violation."""
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    page.on("pageerror", lambda error: violations.append(str(error)))
    for path in [
        "/",
        "/insatser/?kommun=osby",
        f"/insatser/{catalogue.slug}/",
        "/kommuner/osby/",
        "/hitta/?steg=2",
        "/min-lista/",
        "/om/",
        "/konto/logga-in/",
        "/en/insatser/",
    ]:
        response = page.goto(path)
        assert "script-src 'self'" in response.headers["content-security-policy"]
    # htmx (loaded from our own origin) works under the policy.
    page.goto("/insatser/")
    page.locator("summary", has_text="Kommun").click()
    page.get_by_label(re.compile(r"^Osby")).check()
    expect(page.get_by_role("heading", name="1 insats")).to_be_visible()
    assert violations == []


@pytest.mark.parametrize("width", [320, 1280])
def test_back_and_forward_after_filter_changes_show_the_whole_page(page, catalogue, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/insatser/")
    page.locator("summary", has_text="Kommun").click()
    page.get_by_label(re.compile(r"^Osby")).check()
    expect(page.get_by_role("heading", name="1 insats")).to_be_visible()
    # Away to a measure page and back, then back past the filter change, then forward.
    page.get_by_role("link", name="Arbetsträning i Returbutiken").first.click()
    expect(
        page.get_by_role("heading", level=1, name="Arbetsträning i Returbutiken")
    ).to_be_visible()

    for step, url, count in [
        (page.go_back, r"kommun=osby", "1 insats"),
        (page.go_back, r"/insatser/$", "2 insatser"),
        (page.go_forward, r"kommun=osby", "1 insats"),
    ]:
        step()
        expect(page).to_have_url(re.compile(url))
        expect(page.get_by_role("heading", name=count)).to_be_visible()
        expect(page.locator("header").first).to_be_visible()
        expect(page.locator("footer").first).to_be_visible()
        assert page.locator("html").count() == 1
        assert page.locator("header").count() == 1
