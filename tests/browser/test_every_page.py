"""Every page of the site, public and dashboard, in Swedish and English: no WCAG 2.1 A/AA
violation (axe) and nothing wider than a 320 px screen.

The list below is the axe list: a page added to the site belongs here. Each page is opened as
the person who uses it (a visitor, a case officer, an editor, an administrator); pages reached
by a form (the import preview with errors, the conflict page) are reached by filling it in.
"""

import re

import pytest
from playwright.sync_api import expect

from inquiries.services import inquiry_create
from measures.models import ErrorReport, Measure
from municipalities.models import Municipality
from shortlists.models import ShortList
from tests.browser.axe import assert_accessible
from tests.browser.helpers import overflow
from tests.factories import (
    EmployerFactory,
    LocationFactory,
    MeasureFactory,
    UnitFactory,
    member,
)
from tests.samverkan.helpers import make_meeting

pytestmark = pytest.mark.django_db(transaction=True)

VISITOR, CASE_OFFICER, EDITOR, ADMIN = "visitor", "case officer", "editor", "admin"


@pytest.fixture
def world(terms):
    osby = Municipality.objects.get(slug="osby")
    hassleholm = Municipality.objects.get(slug="hassleholm")
    measure = MeasureFactory(
        municipality=osby,
        title="Arbetsträning i Returbutiken",
        summary="Du tränar på att arbeta i en butik.",
        categories=[terms["kategori"]["jobbinriktad"], terms["kategori"]["social"]],
        needs=[terms["behov"]["arbetslivserfarenhet"]],
        languages=[terms["sprak"]["sv"], terms["sprak"]["ar"]],
        open_to_others=Measure.Openness.YES,
        places_available=2,
        price_for_others="4 500 kr per deltagare och månad",
        contact_name="Anna Lindqvist",
        contact_phone="0479-52 80 11",
        min_age=18,
        max_age=64,
    )
    LocationFactory(measure=measure, name="Returbutiken")
    MeasureFactory(municipality=hassleholm, title="Må bra-grupp", open_to_others="ja")
    people = {
        CASE_OFFICER: member("handlaggare", "hassleholm", username="hassleholm-handlaggare"),
        EDITOR: member("redaktor", "osby", username="osby-redaktor"),
        ADMIN: member("administrator", "osby", username="osby-admin"),
    }
    inquiry = inquiry_create(
        measure=measure,
        asking_municipality=hassleholm,
        user=people[CASE_OFFICER],
        places=1,
        message="Finns det plats efter sommaren?",
    )
    shortlist = ShortList.objects.create(owner=people[CASE_OFFICER], name="Till mötet")
    shortlist.items.create(measure=measure, position=1)
    ErrorReport.objects.create(measure=measure, message="Telefonnumret stämmer inte.")
    unit = UnitFactory(municipality=osby, name="Jobbcenter Osby")
    meeting = make_meeting("osby", title="Samverkansträff om praktik", notes="Vi ses i Osby.")
    employer = EmployerFactory(municipality=osby, name="Osby Snickeri AB", hosted_measures=[])
    history = measure.history.first().history_id
    s = measure.slug
    pages = [
        (VISITOR, "/"),
        (VISITOR, "/insatser/"),
        (VISITOR, "/insatser/?kommun=osby&kategori=social&sort=titel"),
        (VISITOR, "/insatser/?q=ingenting-alls-finns"),
        (VISITOR, f"/insatser/{s}/"),
        (VISITOR, f"/insatser/{s}/rapportera-fel/"),
        (VISITOR, "/kommuner/"),
        (VISITOR, "/kommuner/osby/"),
        (VISITOR, "/projekt/"),
        (VISITOR, "/projekt/strategisk-samverkan-i-skno/"),
        (VISITOR, "/om/"),
        (VISITOR, "/tillganglighet/"),
        (VISITOR, "/statistik/"),
        (VISITOR, "/hitta/"),
        (VISITOR, "/hitta/resultat/?alder=22&kommun=osby&behov=arbetslivserfarenhet&sprak=ar"),
        (VISITOR, "/min-lista/"),
        (VISITOR, "/min-lista/skriv-ut/"),
        (VISITOR, f"/min-lista/delad/{shortlist.token}/"),
        (VISITOR, f"/min-lista/delad/{shortlist.token}/skriv-ut/"),
        (VISITOR, "/konto/logga-in/"),
        (VISITOR, "/konto/aterstall/"),
        (VISITOR, "/konto/aterstall/skickat/"),
        (VISITOR, "/konto/aterstall/klart/"),
        (VISITOR, "/finns-inte/"),
        (VISITOR, "/insatser/?q=%00"),
        (VISITOR, "/arbetsgivare/"),
        (VISITOR, f"/arbetsgivare/{employer.pk}/"),
        (CASE_OFFICER, "/start/"),
        (CASE_OFFICER, f"/insatser/{s}/"),
        (CASE_OFFICER, "/hantera/forfragningar/"),
        (CASE_OFFICER, f"/hantera/forfragningar/ny/?insats={s}"),
        (CASE_OFFICER, f"/hantera/forfragningar/{inquiry.pk}/"),
        (CASE_OFFICER, "/min-lista/"),
        (CASE_OFFICER, f"/min-lista/{shortlist.pk}/skriv-ut/"),
        (CASE_OFFICER, "/konto/losenord/"),
        (CASE_OFFICER, "/konto/losenord/klart/"),
        (CASE_OFFICER, "/hantera/medlemmar/"),  # 403: not theirs
        (CASE_OFFICER, "/samverkan/"),
        (CASE_OFFICER, f"/samverkan/{meeting.pk}/"),
        (CASE_OFFICER, "/arbetsgivare/?plats=praktik&sektor=privat"),
        (CASE_OFFICER, f"/arbetsgivare/{employer.pk}/"),
        (EDITOR, "/hantera/"),
        (EDITOR, "/hantera/insatser/ny/"),
        (EDITOR, f"/hantera/insatser/{s}/andra/"),
        (EDITOR, f"/hantera/insatser/{s}/forhandsgranska/"),
        (EDITOR, f"/hantera/insatser/{s}/historik/"),
        (EDITOR, "/hantera/enheter/"),
        (EDITOR, "/hantera/enheter/ny/"),
        (EDITOR, f"/hantera/enheter/{unit.pk}/andra/"),
        (EDITOR, "/hantera/felrapporter/"),
        (EDITOR, "/hantera/import/"),
        (EDITOR, f"/hantera/forfragningar/{inquiry.pk}/"),
        (EDITOR, "/samverkan/ny/"),
        (EDITOR, f"/samverkan/{meeting.pk}/andra/"),
        (EDITOR, "/hantera/arbetsgivare/"),
        (EDITOR, "/hantera/arbetsgivare/ny/"),
        (EDITOR, f"/hantera/arbetsgivare/{employer.pk}/andra/"),
        (EDITOR, f"/hantera/arbetsgivare/{employer.pk}/historik/"),
        (EDITOR, f"/hantera/arbetsgivare/{employer.pk}/ta-bort/"),
        (EDITOR, "/hantera/arbetsgivare/import/"),
        (ADMIN, "/hantera/medlemmar/"),
    ]
    assert history
    return {"people": people, "pages": pages, "measure": measure}


def walk(page, login_as, world, prefix):
    """Open every page as its person; return the pages that failed, with why."""
    problems = []
    current = None
    for who, path in world["pages"]:
        if who != current:
            page.context.clear_cookies()
            if who != VISITOR:
                login_as(world["people"][who])
            current = who
        url = prefix + path
        page.goto(url)
        if overflow(page) > 0:
            problems.append(f"{who} {url}: {overflow(page)} px wider than 320 px")
        try:
            assert_accessible(page)
        except AssertionError as error:
            problems.append(f"{who} {url}: {error}")
    return problems


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_every_page_is_accessible_and_fits_320_pixels(page, login_as, world, prefix):
    page.set_viewport_size({"width": 320, "height": 800})
    problems = walk(page, login_as, world, prefix)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_pages_reached_through_a_form_are_accessible_and_fit(
    page, login_as, world, prefix, tmp_path
):
    """The import preview with errors and the conflict page."""
    page.set_viewport_size({"width": 320, "height": 800})
    login_as(world["people"][EDITOR])
    broken = tmp_path / "insatser.csv"
    broken.write_text("titel;kommun\n;osby\n", encoding="utf-8")
    page.goto(f"{prefix}/hantera/import/")
    page.locator("input[type=file]").set_input_files(str(broken))
    page.locator("form[enctype] button[type=submit]").click()
    expect(page.locator(".alert-danger, .is-invalid, .invalid-feedback").first).to_be_visible()
    assert re.search(r"/hantera/import/", page.url)
    assert overflow(page) <= 0
    assert_accessible(page)

    measure = world["measure"]
    page.goto(f"{prefix}/hantera/insatser/{measure.slug}/andra/")
    # Someone else saves meanwhile: this form's version is now stale.
    Measure.objects.filter(pk=measure.pk).update(version=measure.version + 5)
    page.locator("main form button[type=submit].btn-primary").last.click()
    expect(page.locator(".alert-danger[role=alert]").first).to_be_visible()
    assert page.locator(".alert-danger h2").first.inner_text()  # the conflict notice's heading
    assert "Formuläret innehåller fel" not in page.content()
    assert overflow(page) <= 0
    assert_accessible(page)
