"""The employer register in a real browser: an editor adds an employer, a case officer in
another municipality finds it, a visitor sees listed employers only; every new page without a
WCAG 2.1 A/AA violation (axe) and no wider than 320 px, in Swedish and English."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from employers.models import Employer, PlacementKind
from tests.browser.axe import assert_accessible
from tests.browser.helpers import overflow
from tests.factories import EmployerFactory, MeasureFactory, member

pytestmark = pytest.mark.django_db(transaction=True)


def test_an_editor_adds_an_employer_a_case_officer_finds_it_the_public_sees_listed_only(
    page, login_as, terms
):
    MeasureFactory(
        municipality_id=_osby().pk, title="Praktik i Osby", measure_type=terms["typ"]["praktik"]
    )
    EmployerFactory(name="Hemliga Verkstaden AB", consent=False, municipality=_osby())
    login_as(member("redaktor", "osby", username="osby-redaktor"))

    page.goto("/hantera/arbetsgivare/")
    page.get_by_role("link", name="Ny arbetsgivare").click()
    page.get_by_label("Namn").fill("Lönsboda Trädgård AB")
    page.get_by_label("Organisationsnummer").fill("5560360793")
    page.get_by_label("Sektor").select_option("privat")
    page.get_by_label("Bransch").select_option("jordbruk")
    page.get_by_label("Ort").fill("Lönsboda")
    page.get_by_label("Arbetsträning").check()
    page.get_by_label("Praktik i Osby").check()
    page.get_by_label("Kontaktperson", exact=True).fill("Tove Trädgård")
    page.get_by_label("Har samtyckt till att visas publikt").check()
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    page.get_by_label("Datum för samtycket").fill(yesterday.isoformat())
    page.get_by_role("button", name="Spara arbetsgivaren").click()

    expect(page.get_by_text("Arbetsgivaren är sparad.")).to_be_visible()
    employer = Employer.objects.get(name="Lönsboda Trädgård AB")
    assert employer.org_number == "556036-0793"
    assert employer.is_listed

    page.context.clear_cookies()
    login_as(member("handlaggare", "hassleholm", username="hassleholm-handlaggare"))
    page.goto("/arbetsgivare/")
    page.get_by_label("Arbetsträning").check()
    page.get_by_role("button", name="Visa arbetsgivare").click()
    results = page.locator("#employer-list")
    expect(results).to_contain_text("Lönsboda Trädgård AB")
    expect(results).not_to_contain_text("Hemliga Verkstaden AB")
    page.get_by_role("link", name="Lönsboda Trädgård AB").click()
    expect(page.locator("main")).to_contain_text("Tove Trädgård")
    expect(page.locator("main")).to_contain_text("556036-0793")

    page.context.clear_cookies()
    page.goto("/arbetsgivare/")
    main = page.locator("main")
    expect(main).to_contain_text("Lönsboda Trädgård AB")
    expect(main).not_to_contain_text("Hemliga Verkstaden AB")
    expect(main).not_to_contain_text("Tove Trädgård")
    page.get_by_role("link", name="Lönsboda Trädgård AB").click()
    expect(page.locator("main")).not_to_contain_text("556036-0793")
    expect(page.locator("main")).not_to_contain_text("Tove Trädgård")
    page.goto("/insatser/praktik-i-osby/")
    expect(page.locator("main")).to_contain_text("Lönsboda Trädgård AB")


def _osby():
    from municipalities.models import Municipality

    return Municipality.objects.get(slug="osby")


@pytest.fixture
def register(terms):
    osby = _osby()
    measure = MeasureFactory(
        municipality=osby,
        title="Arbetsträning i Returbutiken",
        measure_type=terms["typ"]["arbetstraning"],
    )
    kinds = list(PlacementKind.objects.all())
    listed = EmployerFactory(
        municipality=osby,
        name="Returbutiken Lönsboda (exempel)",
        placement_kinds=kinds,
        languages=[terms["sprak"]["sv"], terms["sprak"]["ar"]],
        accessibility_notes="Ramp vid entrén.",
        hosted_measures=[measure],
        places_at_a_time=4,
    )
    unlisted = EmployerFactory(municipality=osby, name="Osby Snickeri AB (exempel)", consent=False)
    listed.name = "Returbutiken i Lönsboda (exempel)"
    listed.save()  # a second version for the history page
    return {"measure": measure, "listed": listed, "unlisted": unlisted}


def check(page, problems, who, url):
    page.goto(url)
    if overflow(page) > 0:
        problems.append(f"{who} {url}: {overflow(page)} px wider than 320 px")
    try:
        assert_accessible(page)
    except AssertionError as error:
        problems.append(f"{who} {url}: {error}")


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_every_employer_page_is_accessible_and_fits_320_pixels(page, login_as, register, prefix):
    page.set_viewport_size({"width": 320, "height": 800})
    listed, unlisted = register["listed"], register["unlisted"]
    problems = []
    for url in [
        "/arbetsgivare/",
        "/arbetsgivare/?plats=praktik&bransch=handel&sort=kommun",
        "/arbetsgivare/?bransch=finans",
        "/arbetsgivare/?bransch=rymdfart",
        f"/arbetsgivare/{listed.pk}/",
        f"/insatser/{register['measure'].slug}/",
    ]:
        check(page, problems, "visitor", prefix + url)

    login_as(member("handlaggare", "hassleholm", username="hassleholm-handlaggare"))
    for url in [
        "/arbetsgivare/",
        "/arbetsgivare/?ort=Osby&sort=platser",
        f"/arbetsgivare/{unlisted.pk}/",
        f"/insatser/{register['measure'].slug}/",
    ]:
        check(page, problems, "case officer", prefix + url)

    page.context.clear_cookies()
    login_as(member("redaktor", "osby", username="osby-redaktor"))
    for url in [
        "/hantera/",
        "/hantera/arbetsgivare/",
        "/hantera/arbetsgivare/?forsenad=true&ej_listad=true",
        "/hantera/arbetsgivare/ny/",
        f"/hantera/arbetsgivare/{listed.pk}/andra/",
        f"/hantera/arbetsgivare/{listed.pk}/historik/",
        f"/hantera/arbetsgivare/{listed.pk}/ta-bort/",
        f"/arbetsgivare/{listed.pk}/",
    ]:
        check(page, problems, "editor", prefix + url)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_the_form_with_errors_and_the_conflict_page_are_accessible_and_fit(
    page, login_as, register, prefix
):
    page.set_viewport_size({"width": 320, "height": 800})
    login_as(member("redaktor", "osby", username="osby-redaktor"))
    page.goto(f"{prefix}/hantera/arbetsgivare/ny/")
    page.locator("#id_org_number").fill("556036-0794")
    page.locator("#id_contact_name").fill("19811218-9876")
    page.locator("main form button[type=submit].btn-primary").click()
    expect(page.locator("#id_org_number.is-invalid")).to_be_visible()
    expect(page.locator("main")).not_to_contain_text("811218")
    assert overflow(page) <= 0
    assert_accessible(page)

    listed = register["listed"]
    page.goto(f"{prefix}/hantera/arbetsgivare/{listed.pk}/andra/")
    Employer.objects.filter(pk=listed.pk).update(version=listed.version + 5)
    page.locator("main form button[type=submit].btn-primary").last.click()
    expect(page.locator(".alert-danger[role=alert]").first).to_be_visible()
    assert overflow(page) <= 0
    assert_accessible(page)


def test_the_employer_pages_read_in_english(page, login_as, register, monkeypatch):
    from tests.browser import test_english_pages
    from tests.browser.test_english_pages import swedish_words_on

    # What editors wrote about employers is content, like a measure's title: it may be Swedish.
    measures_content = test_english_pages.content_texts

    def content_texts():
        texts = set(measures_content())
        for row in Employer.objects.values_list(
            "name", "town", "accessibility_notes", "contact_name"
        ):
            texts.update(text for text in row if text)
        texts.update(Employer.history.values_list("name", flat=True))
        return sorted(texts, key=len, reverse=True)

    monkeypatch.setattr(test_english_pages, "content_texts", content_texts)

    listed, unlisted = register["listed"], register["unlisted"]
    found = {}
    paths = [
        "/en/arbetsgivare/",
        "/en/arbetsgivare/?bransch=finans",
        "/en/arbetsgivare/?bransch=rymdfart",
        f"/en/arbetsgivare/{listed.pk}/",
    ]
    for path in paths:
        found[path] = swedish_words_on(page, path)
    login_as(member("redaktor", "osby", username="osby-redaktor"))
    for path in [
        "/en/arbetsgivare/",
        f"/en/arbetsgivare/{unlisted.pk}/",
        "/en/hantera/arbetsgivare/",
        "/en/hantera/arbetsgivare/ny/",
        f"/en/hantera/arbetsgivare/{listed.pk}/andra/",
        f"/en/hantera/arbetsgivare/{listed.pk}/historik/",
        f"/en/hantera/arbetsgivare/{listed.pk}/ta-bort/",
    ]:
        found[path] = swedish_words_on(page, path)
    problems = {path: words for path, words in found.items() if words}
    assert not problems, "\n".join(f"{path}: {words}" for path, words in problems.items())
