"""The guide in a real browser: WCAG 2.1 AA at 320 px, answering without JavaScript, and the
journey of the person from issue 10 with "Ändra" on the results page."""

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from tests.browser.axe import assert_accessible
from tests.factories import MeasureFactory
from tests.guide.helpers import restore_seeds

pytestmark = [
    pytest.mark.browser,
    # The browser reads through a live server, so rows must be committed.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ANSWERS = "alder=17&kommun=osby&situation=kaa&behov=svenska&sprak=sv&resa=ja&form=pa-plats"


@pytest.fixture
def catalogue(transactional_db):
    from measures.models import Language, Need, TargetGroup
    from municipalities.models import Municipality

    restore_seeds()
    terms = {
        "malgrupp": {t.slug: t for t in TargetGroup.objects.all()},
        "behov": {t.slug: t for t in Need.objects.all()},
        "sprak": {t.slug: t for t in Language.objects.all()},
    }
    osby = Municipality.objects.get(slug="osby")
    horby = Municipality.objects.get(slug="horby")
    MeasureFactory(
        municipality=osby,
        title="Språkcafé för unga",
        min_age=16,
        max_age=24,
        target_groups=[terms["malgrupp"]["unga-kaa"]],
        needs=[terms["behov"]["svenska"]],
        languages=[terms["sprak"]["sv"]],
        self_referral=True,
    )
    MeasureFactory(
        municipality=horby,
        title="Körkortsteori med extra stöd för dig som vill komma vidare",
        min_age=18,
        max_age=29,
        needs=[terms["behov"]["svenska"], terms["behov"]["korkort"]],
        languages=[terms["sprak"]["sv"]],
        format="blandat",
    )


def fits_the_screen(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.parametrize("width", [320, 1280])
def test_every_step_and_the_results_have_no_wcag_violations(page, catalogue, width):
    page.set_viewport_size({"width": width, "height": 800})
    for number in range(1, 8):
        page.goto(f"/hitta/?steg={number}&{ANSWERS}")
        expect(page.get_by_text(f"Steg {number} av 7")).to_be_visible()
        assert_accessible(page)
        assert fits_the_screen(page)
    page.goto(f"/hitta/resultat/?{ANSWERS}")
    expect(page.get_by_role("heading", name="Passar")).to_be_visible()
    assert_accessible(page)
    assert fits_the_screen(page)


def test_a_visitor_answers_every_step_without_javascript(browser, base_url, catalogue):
    context = browser.new_context(
        base_url=base_url, java_script_enabled=False, viewport={"width": 320, "height": 640}
    )
    page = context.new_page()
    page.goto("/hitta/")

    page.get_by_label("Hur gammal är du?").fill("17")
    page.get_by_role("button", name="Nästa").click()
    page.get_by_label("Osby").check()
    page.get_by_role("button", name="Nästa").click()
    page.get_by_label("Jag är 16–19 år och går inte i gymnasiet").check()
    page.get_by_role("button", name="Nästa").click()
    page.get_by_label("Svenska språket").check()
    page.get_by_role("button", name="Nästa").click()
    page.get_by_role("link", name="Hoppa över frågan").click()
    expect(page.get_by_text("Steg 6 av 7")).to_be_visible()
    page.get_by_label("Ja, jag kan resa till en grannkommun").check()
    page.get_by_role("button", name="Nästa").click()
    page.get_by_label("På plats").check()
    page.get_by_role("button", name="Visa insatser").click()

    assert page.url.endswith(
        "/hitta/resultat/?alder=17&kommun=osby&situation=kaa&behov=svenska&resa=ja&form=pa-plats"
    )
    fits = page.locator("#fits")
    expect(fits.get_by_role("link", name="Språkcafé för unga")).to_be_visible()
    expect(page.locator("#may-fit").get_by_text("Ålder 18–29 år: fråga enheten")).to_be_visible()
    assert {cookie["name"] for cookie in context.cookies()} <= {"csrftoken"}
    context.close()


# The person from issue 10: 22, lives in Osby, wants work experience, understands Arabic.
WORDS = {
    "sv": {
        "prefix": "",
        "age": "Hur gammal är du?",
        "next": "Nästa",
        "skip": "Hoppa över frågan",
        "show": "Visa insatser",
        "need": "Arbetslivserfarenhet",
        "arabic": "Arabiska",
        "swedish": "Svenska",
        "change_languages": "Ändra språk",
        "back": "Tillbaka till insatserna",
        "languages_now": "Svenska, Arabiska",
    },
    "en": {
        "prefix": "/en",
        "age": "How old are you?",
        "next": "Next",
        "skip": "Skip the question",
        "show": "Show measures",
        "need": "Work experience",
        "arabic": "Arabic",
        "swedish": "Swedish",
        "change_languages": "Change language",
        "back": "Back to the measures",
        "languages_now": "Swedish, Arabic",
    },
}


@pytest.fixture
def committed_demo_catalogue(transactional_db):
    """The example catalogue, committed so the live server sees it."""
    restore_seeds()
    call_command("load_demo", verbosity=0)


@pytest.mark.parametrize(
    ("language", "width", "javascript"),
    [("sv", 320, False), ("sv", 1280, True), ("en", 320, True)],
    ids=["sv-320-without-javascript", "sv-1280", "en-320"],
)
def test_the_person_from_the_issue_finds_a_match_and_changes_one_answer(
    browser, base_url, committed_demo_catalogue, language, width, javascript
):
    words = WORDS[language]
    context = browser.new_context(
        base_url=base_url,
        java_script_enabled=javascript,
        locale="sv-SE",
        viewport={"width": width, "height": 900},
    )
    page = context.new_page()
    guide = page.locator(".guide")

    page.goto(f"{words['prefix']}/hitta/")
    guide.get_by_label(words["age"]).fill("22")
    guide.get_by_role("button", name=words["next"]).click()
    guide.get_by_label("Osby").check()
    guide.get_by_role("button", name=words["next"]).click()
    guide.get_by_role("link", name=words["skip"]).click()
    guide.get_by_label(words["need"]).check()
    guide.get_by_role("button", name=words["next"]).click()
    guide.get_by_label(words["arabic"], exact=True).check()
    guide.get_by_role("button", name=words["next"]).click()
    guide.get_by_role("link", name=words["skip"]).click()
    guide.get_by_role("link", name=words["skip"]).click()

    results = f"{words['prefix']}/hitta/resultat/"
    expect(page).to_have_url(
        re.compile(
            re.escape(f"{results}?alder=22&kommun=osby&behov=arbetslivserfarenhet&sprak=ar") + "$"
        )
    )
    fits = page.locator("#fits")
    expect(fits.get_by_role("link", name="Språkpraktik i Café Mötet")).to_be_visible()
    expect(fits.get_by_role("link", name="Praktik för unga – prova på ett yrke")).to_have_count(0)
    if javascript:
        assert_accessible(page)
    assert fits_the_screen(page)

    page.get_by_role("link", name=words["change_languages"], exact=True).click()
    expect(page).to_have_url(re.compile(r"steg=5&.*tillbaka=resultat$"))
    expect(guide.get_by_role("link", name=words["back"])).to_be_visible()
    if javascript:
        assert_accessible(page)
    assert fits_the_screen(page)
    guide.get_by_label(words["swedish"], exact=True).check()
    guide.get_by_role("button", name=words["show"]).click()

    expect(page).to_have_url(
        re.compile(
            re.escape(
                f"{results}?alder=22&kommun=osby&behov=arbetslivserfarenhet&sprak=sv&sprak=ar"
            )
            + "$"
        )
    )
    expect(page.locator(".guide-summary").get_by_text(words["languages_now"])).to_be_visible()
    expect(fits.get_by_role("link", name="Språkpraktik i Café Mötet")).to_be_visible()
    expect(fits.get_by_role("link", name="Praktik för unga – prova på ett yrke")).to_be_visible()
    assert fits_the_screen(page)
    assert {cookie["name"] for cookie in context.cookies()} <= {"csrftoken"}
    context.close()
