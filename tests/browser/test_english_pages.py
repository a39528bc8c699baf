"""Every page of the axe list under /en/ reads in English: no word of the Swedish-only vocabulary.

What counts is what a visitor or a screen reader meets: the visible text (closed <details> opened),
visually hidden text, and the aria-label, placeholder, title and alt attributes, outside elements
marked lang="sv". Content is Swedish and may stay so (measure titles and texts, unit, project and
municipality names, addresses, meetings' and employers' texts): it is removed before the words
are read.

The axe list is test_every_page.py's (its fixture `world`, every page with the person who uses
it); the guide's seven steps, a project with measures and a richer measure are read here as well.
"""

import re
from importlib import import_module

import pytest
from playwright.sync_api import expect

from employers.models import Employer
from inquiries.models import Inquiry
from measures.models import ErrorReport, Location, Measure, Project
from measures.reports import error_report_create
from municipalities.models import Municipality, Unit
from samverkan.models import Meeting
from shortlists.models import ShortList
from tests.browser.test_every_page import (
    EDITOR,
    VISITOR,
    world,  # noqa: F401 (the axe list, as a fixture)
)
from tests.factories import LocationFactory, MeasureFactory, UnitFactory

pytestmark = pytest.mark.django_db(transaction=True)

TAXONOMY_SEED = import_module("measures.migrations.0002_seed_taxonomies")
MEMBER_SEED = import_module("municipalities.migrations.0002_seed_members")

# Words of the UI that exist only in Swedish (the seeded names below add the rest).
UI_WORDS = """
    Sök Sökord Insatser insatser Insats insats Visa Kommun Kommuner kommuner Hantera Logga
    Passar passa Hitta Ålder Språk Målgrupp Målgrupper Behov Kategori Kategorier Enheter Enhet
    Tillbaka Spara Ändra Lediga lediga platser plats Förfrågan förfrågan Förfrågningar
    Startsida Rapportera Lägg Nästa Föregående inte eller och för med på är dig din ditt
    Kontakt Telefon Kategorier Projekt projektet Sortera Relevans Nyast Rensa Stäng Meny
    Användarnamn Lösenord Redaktör Handläggare Utkast Publicerad Arkiverad Skicka
    Ja Nej Steg Fråga Frågor Svara Resultat Förslag Bekräfta Historik Felrapporter Importera
    Medlemmar Hoppa innehållet Tillgänglighet Lättläst Veckor veckor timmar Löpande intag
""".split()

# Seeded Swedish words that are also English words or names, and so prove nothing.
NOT_SWEDISH_ONLY = {"till", "den", "bland", "stress", "vid", "mot", "dari", "struktur"}


def swedish_vocabulary() -> set[str]:
    """The words of the seeded taxonomy names and descriptions and the municipality
    presentations, without proper nouns (capitalised place names, abbreviations), plus the UI."""
    texts = []
    for rows in TAXONOMY_SEED.TAXONOMIES.values():
        for _slug, name, description in rows:
            texts += [name, description]
    places = set()
    for name, _slug, _code, _website, presentation in MEMBER_SEED.MEMBERS:
        texts.append(presentation)
        places.update(name.split())
    places.update(["Skåne", "Nordost", "Nordosts", "Blekinge", "Småland", "Broby", "Knislinge"])
    places.update(["Glimåkra"])
    words = set()
    for text in texts:
        for word in re.findall(r"[^\W\d_]+", text):
            if len(word) < 3 or word.isupper() or word in places:
                continue
            words.add(word.casefold())
    words.update(word.casefold() for word in UI_WORDS)
    return words - NOT_SWEDISH_ONLY


VOCABULARY = swedish_vocabulary()

# The text a reader meets; with `true`, only what is not marked as Swedish.
READABLE_TEXT = """(skipSwedish) => {
  document.querySelectorAll('details').forEach(d => { d.open = true; });
  const swedish = el => {
    const holder = el.closest('[lang]');
    return holder !== null && !holder.lang.toLowerCase().startsWith('en');
  };
  const parts = [document.title];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement;
    if (!el || el.closest('script, style, noscript, template')) continue;
    if ((skipSwedish && swedish(el)) || !el.checkVisibility()) continue;
    parts.push(walker.currentNode.textContent);
  }
  const named = '[aria-label], [placeholder], [title], [alt], input[type=submit]';
  for (const el of document.body.querySelectorAll(named)) {
    if (skipSwedish && swedish(el)) continue;
    for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
      if (el.hasAttribute(name)) parts.push(el.getAttribute(name));
    }
    if (el.matches('input[type=submit]')) parts.push(el.value);
  }
  return parts.join('\\n');
}"""


def content_texts() -> list[str]:
    """Swedish content the pages may show: longest first, so a title goes before its words."""
    texts = {"Portalen", "Skåne län", "Arbetsförmedlingen", "Försäkringskassan"}
    for title, summary, description, schedule, terms in Measure.objects.values_list(
        "title", "summary", "description", "schedule", "other_municipality_terms"
    ):
        texts.update([title, summary, description, schedule, terms])
    for row in Unit.objects.values_list("name", "description", "street_address", "town"):
        texts.update(row)
    texts.update(Location.objects.values_list("name", flat=True))
    for row in Project.objects.values_list("name", "owner", "source", "programme_area"):
        texts.update(row)
    texts.update(Municipality.objects.values_list("name", flat=True))
    texts.update(Inquiry.objects.values_list("message", flat=True))
    texts.update(ErrorReport.objects.values_list("message", flat=True))
    texts.update(ShortList.objects.values_list("name", flat=True))
    for row in Meeting.objects.values_list("title", "place", "agenda", "notes", "attachments"):
        texts.update(row)
    for row in Employer.objects.values_list("name", "town", "accessibility_notes", "contact_name"):
        texts.update(row)
    for row in Measure.objects.values_list(
        "contact_name", "contact_role", "price_for_others", "referral_instructions"
    ):
        texts.update(row)
    return sorted((text for text in texts if text), key=len, reverse=True)


def swedish_words_on(page, path) -> list[str]:
    """The vocabulary's words on the page at `path` (None: the page as it is now)."""
    if path is not None:
        response = page.goto(path)
        assert response.status < 500, path
    expect(page.locator("html")).to_have_attribute("lang", "en")
    text = page.evaluate(READABLE_TEXT, True)
    for content in content_texts():
        text = text.replace(content, " ")
    # E-mail and web addresses are names, whatever words they are made of; a quotation
    # (”kommun”, a file's column) repeats what a person or their file wrote.
    text = re.sub(r"\S+@\S+|https?://\S+", " ", text)
    text = re.sub(r"[”“][^”“\n]{1,80}[”“]", " ", text)
    found = set()
    for match in re.finditer(r"[^\W\d_]+", text):
        if match.group().casefold() in VOCABULARY:
            context = " ".join(text[match.start() - 30 : match.end() + 30].split())
            found.add(f"{match.group()} in “{context}”")
    return sorted(found)


@pytest.fixture
def catalogue(terms, osby, hassleholm):
    unit = UnitFactory(
        municipality=osby,
        name="Kompetensa",
        description="Verksamhetscentret där Osby kommun samlar sina arbetsmarknadsinsatser.",
    )
    first = MeasureFactory(
        municipality=osby,
        unit=unit,
        title="Arbetsträning i Returbutiken",
        summary="Du tränar på att arbeta i en butik.",
        description="Du sorterar, prissätter och säljer saker som folk har lämnat in.",
        schedule="mån–tors 8–12",
        categories=[terms["kategori"]["jobbinriktad"], terms["kategori"]["social"]],
        target_groups=[terms["malgrupp"]["forsorjningsstod"], terms["malgrupp"]["nyanlanda"]],
        needs=[terms["behov"]["arbetslivserfarenhet"], terms["behov"]["svenska"]],
        languages=[terms["sprak"]["sv"], terms["sprak"]["ar"]],
        project=Project.objects.get(slug="forstarkt-vagledning-2-0"),
        places_available=2,
        min_age=18,
        max_age=64,
        open_to_others=Measure.Openness.YES,
        other_municipality_terms="Kommunerna kommer överens om varje plats.",
    )
    LocationFactory(measure=first, name="Returbutiken")
    MeasureFactory(
        municipality=hassleholm,
        title="Må bra-grupp",
        summary="Rörelse och samtal i grupp.",
        measure_type=terms["typ"]["halsoinsats"],
        categories=[terms["kategori"]["halsorelaterad"]],
        needs=[terms["behov"]["halsa"], terms["behov"]["svenska"]],
        languages=[terms["sprak"]["sv"]],
        open_to_others=Measure.Openness.YES,
        places_available=1,
    )
    return first


GUIDE_ANSWERS = "alder=22&kommun=osby&situation=forsorjningsstod&behov=svenska&sprak=ar&resa=ja"


def test_public_pages_in_english_have_no_swedish_only_words(page, catalogue):
    error_report_create(measure=catalogue, message="Fel telefonnummer.")
    paths = [
        "/en/",
        "/en/insatser/",
        "/en/insatser/?kommun=osby&kategori=social&alder=abc",
        "/en/insatser/?q=finnsinte",
        f"/en/insatser/{catalogue.slug}/",
        f"/en/insatser/{catalogue.slug}/rapportera-fel/",
        "/en/kommuner/",
        "/en/kommuner/osby/",
        "/en/projekt/",
        "/en/projekt/strategisk-samverkan-i-skno/",
        "/en/projekt/forstarkt-vagledning-2-0/",
        "/en/om/",
        "/en/tillganglighet/",
        "/en/konto/logga-in/",
        "/en/konto/aterstall/",
        "/en/min-lista/",
        "/en/finns-inte/",
        *(f"/en/hitta/?steg={number}&{GUIDE_ANSWERS}" for number in range(1, 8)),
        f"/en/hitta/resultat/?{GUIDE_ANSWERS}",
    ]
    found = {path: words for path in paths if (words := swedish_words_on(page, path))}
    assert found == {}, "\n".join(f"{path}: {words}" for path, words in found.items())


def test_the_list_with_a_measure_in_english_has_no_swedish_only_words(page, catalogue):
    page.goto(f"/en/insatser/{catalogue.slug}/")
    page.get_by_role("button", name="Add to my list").click()
    page.goto("/en/min-lista/")
    expect(page.get_by_role("link", name=catalogue.title)).to_be_visible()
    assert swedish_words_on(page, "/en/min-lista/") == []
    assert swedish_words_on(page, "/en/min-lista/skriv-ut/") == []


def test_every_page_of_the_axe_list_reads_in_english(page, login_as, request):
    """The pages test_every_page.py scans with axe, each as the person who uses it, under /en/."""
    axe_list = request.getfixturevalue("world")
    found = {}
    current = None
    for who, path in axe_list["pages"]:
        if who != current:
            page.context.clear_cookies()
            if who != VISITOR:
                login_as(axe_list["people"][who])
            current = who
        if words := swedish_words_on(page, f"/en{path}"):
            found[f"{who} /en{path}"] = words
    assert found == {}, "\n".join(f"{path}: {words}" for path, words in found.items())


def test_pages_reached_through_a_form_read_in_english(page, login_as, request, tmp_path):
    """The import preview with errors and the conflict page, reached as test_every_page does."""
    axe_list = request.getfixturevalue("world")
    login_as(axe_list["people"][EDITOR])
    broken = tmp_path / "insatser.csv"
    broken.write_text("titel;kommun\n;osby\n", encoding="utf-8")
    page.goto("/en/hantera/import/")
    page.locator("input[type=file]").set_input_files(str(broken))
    page.locator("form[enctype] button[type=submit]").click()
    expect(page.locator(".alert-danger, .is-invalid, .invalid-feedback").first).to_be_visible()
    assert swedish_words_on(page, None) == []

    measure = axe_list["measure"]
    page.goto(f"/en/hantera/insatser/{measure.slug}/andra/")
    Measure.objects.filter(pk=measure.pk).update(version=measure.version + 5)
    page.locator("main form button[type=submit].btn-primary").last.click()
    expect(page.locator(".alert-danger[role=alert]").first).to_be_visible()
    assert swedish_words_on(page, None) == []


def test_the_vocabulary_catches_the_swedish_page(page, catalogue):
    """The check itself works: the Swedish pages are full of these words."""
    page.goto("/insatser/")
    text = page.evaluate(READABLE_TEXT, False)
    words = {word.casefold() for word in re.findall(r"[^\W\d_]+", text)}
    assert {"sök", "insatser", "kommun", "arbetsträning"} <= words & VOCABULARY
