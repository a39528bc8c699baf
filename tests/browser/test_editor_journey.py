"""An editor's journey in a real browser: log in, land on the dashboard, write a new measure,
publish it, and find it in the public list. At 320 px and 1280 px, in Swedish and English.
"""

import re

import pytest
from playwright.sync_api import expect

from measures.models import Measure
from tests.browser.helpers import log_in_through_the_form, overflow
from tests.factories import UnitFactory, member

pytestmark = pytest.mark.django_db(transaction=True)

WORDS = {
    "sv": {
        "prefix": "",
        "new": "Ny insats",
        "save": "Spara som utkast",
        "publish": "Publicera",
        "published": "Publicerad",
    },
    "en": {
        "prefix": "/en",
        "new": "New measure",
        "save": "Save as draft",
        "publish": "Publish",
        "published": "Published",
    },
}


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("width", [320, 1280])
def test_an_editor_goes_from_log_in_to_a_published_measure_in_the_list(page, osby, language, width):
    words = WORDS[language]
    member("redaktor", "osby", username="osby-redaktor")
    UnitFactory(municipality=osby, name="Arbetsmarknadsenheten")
    page.set_viewport_size({"width": width, "height": 900})

    log_in_through_the_form(page, "osby-redaktor", language=language)
    expect(page).to_have_url(re.compile(rf"{words['prefix']}/hantera/$"))

    page.get_by_role("link", name=words["new"]).first.click()
    page.locator("input[name=title]").fill("Språkcafé på biblioteket")
    page.locator("textarea[name=summary]").fill("Prata svenska i en liten grupp en gång i veckan.")
    page.locator("textarea[name=description]").fill("Vi träffas på biblioteket och samtalar.")
    page.locator("select[name=unit]").select_option(label="Arbetsmarknadsenheten (Osby)")
    page.locator("select[name=measure_type]").select_option(index=9)  # Språkstöd
    page.locator("input[name=categories]").first.check()
    page.locator("input[name=contact_name]").fill("Anna Lindqvist")
    page.locator("input[name=contact_phone]").fill("0479-52 80 11")
    page.get_by_role("button", name=words["save"]).click()

    page.get_by_role("button", name=words["publish"], exact=True).click()
    expect(page.get_by_text(words["published"]).first).to_be_visible()
    assert overflow(page) <= 0

    page.goto(f"{words['prefix']}/insatser/?kommun=osby")
    expect(page.get_by_role("link", name="Språkcafé på biblioteket")).to_be_visible()
    measure = Measure.objects.get(title="Språkcafé på biblioteket")
    assert measure.status == Measure.Status.PUBLISHED
    assert measure.municipality == osby
