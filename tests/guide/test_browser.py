"""The guide in a real browser: WCAG 2.1 AA at 320 px, and answering without JavaScript."""

from importlib import import_module

import pytest
from django.apps import apps
from playwright.sync_api import expect

from tests.browser.axe import assert_accessible
from tests.factories import MeasureFactory

pytestmark = [
    pytest.mark.browser,
    # The browser reads through a live server, so rows must be committed.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ANSWERS = "alder=17&kommun=osby&situation=kaa&behov=svenska&sprak=sv&resa=ja&form=pa-plats"


def restore_seeds():
    """Put back the migration-seeded municipalities and taxonomies (the seeds are idempotent).

    serialized_rollback restores them only when the test runs on the connection the test
    database was serialized on. Once Playwright's event loop runs, Django hands the test a new
    connection object (connections are context-local), so after another test module's database
    tests the restore is silently skipped and the tables stay empty after a flush.
    """
    for module in [
        "municipalities.migrations.0002_seed_members",
        "measures.migrations.0002_seed_taxonomies",
    ]:
        import_module(module).seed(apps, None)


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
