"""A participant's journey in a real browser, on a phone and without an account: answer the
guide, open a measure that fits, add it to Min lista, and print the list. In Swedish and English.
"""

import pytest
from playwright.sync_api import expect

from shortlists.models import ShortList
from tests.factories import MeasureFactory
from tests.guide.helpers import restore_seeds

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

WORDS = {
    "sv": {
        "prefix": "",
        "fits": "Passar",
        "add": "Lägg till i min lista",
        "list": "Min lista",
        "print": "Skriv ut listan",
    },
    "en": {
        "prefix": "/en",
        "fits": "Good match",
        "add": "Add to my list",
        "list": "My list",
        "print": "Print the list",
    },
}
ANSWERS = "alder=22&kommun=osby&behov=arbetslivserfarenhet&sprak=ar"


@pytest.fixture
def catalogue(transactional_db):
    from measures.models import Language, Need
    from municipalities.models import Municipality

    restore_seeds()
    MeasureFactory(
        municipality=Municipality.objects.get(slug="osby"),
        title="Praktik i Osby kommuns kök",
        summary="Du får arbetslivserfarenhet i ett storkök.",
        needs=[Need.objects.get(slug="arbetslivserfarenhet")],
        languages=[Language.objects.get(slug="ar"), Language.objects.get(slug="sv")],
        min_age=18,
        max_age=64,
        contact_name="Anna Lindqvist",
        contact_phone="0479-52 80 11",
    )


@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_participant_goes_from_the_guide_to_a_printed_list(page, catalogue, language):
    words = WORDS[language]
    page.set_viewport_size({"width": 320, "height": 800})

    page.goto(f"{words['prefix']}/hitta/resultat/?{ANSWERS}")
    fits = page.locator("section", has=page.get_by_role("heading", name=words["fits"]))
    expect(fits.get_by_role("link", name="Praktik i Osby kommuns kök")).to_be_visible()
    fits.get_by_role("link", name="Praktik i Osby kommuns kök").click()

    page.get_by_role("button", name=words["add"]).click()
    page.goto(f"{words['prefix']}/min-lista/")
    expect(page.get_by_role("link", name="Praktik i Osby kommuns kök").first).to_be_visible()
    page.get_by_role("link", name=words["print"]).click()

    expect(page.get_by_text("Praktik i Osby kommuns kök").first).to_be_visible()
    expect(page.get_by_text("040-628 04 00").first).to_be_visible()  # the unit's phone
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    # Nothing about the person was kept: no account and no saved list; the list is the session's.
    assert not ShortList.objects.exists()
