"""Every page of the axe list under /en/ reads in English: no word of the Swedish-only vocabulary.

What counts is what a visitor or a screen reader meets: the visible text (closed <details> opened),
visually hidden text, and the aria-label, placeholder, title and alt attributes, outside elements
marked lang="sv". Content is Swedish and may stay so (measure titles and texts, unit, project and
municipality names, addresses): it is removed before the words are read.
"""

import re
from importlib import import_module

import pytest
from playwright.sync_api import expect

from inquiries.models import Inquiry
from inquiries.services import inquiry_create
from measures.models import ErrorReport, Location, Measure, Project
from measures.reports import error_report_create
from municipalities.models import Municipality, Unit
from tests.factories import LocationFactory, MeasureFactory, UnitFactory, member

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
    return sorted((text for text in texts if text), key=len, reverse=True)


def swedish_words_on(page, path) -> list[str]:
    response = page.goto(path)
    assert response.status < 500, path
    expect(page.locator("html")).to_have_attribute("lang", "en")
    text = page.evaluate(READABLE_TEXT, True)
    for content in content_texts():
        text = text.replace(content, " ")
    # E-mail and web addresses are names, whatever words they are made of.
    text = re.sub(r"\S+@\S+|https?://\S+", " ", text)
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


def test_dashboard_pages_in_english_have_no_swedish_only_words(page, login_as, catalogue):
    login_as(member("redaktor", "osby", username="redaktoren"))
    error_report_create(measure=catalogue, message="Fel telefonnummer.")
    paths = [
        "/en/hantera/",
        "/en/hantera/insatser/ny/?kommun=osby",
        f"/en/hantera/insatser/{catalogue.slug}/andra/",
        f"/en/hantera/insatser/{catalogue.slug}/forhandsgranska/",
        f"/en/hantera/insatser/{catalogue.slug}/historik/",
        "/en/hantera/enheter/?kommun=osby",
        "/en/hantera/enheter/ny/?kommun=osby",
        f"/en/hantera/enheter/{catalogue.unit_id}/andra/",
        "/en/hantera/felrapporter/?kommun=osby",
        "/en/hantera/import/?kommun=osby",
        "/en/konto/losenord/",
    ]
    found = {path: words for path in paths if (words := swedish_words_on(page, path))}
    assert found == {}, "\n".join(f"{path}: {words}" for path, words in found.items())


def test_case_officer_pages_in_english_have_no_swedish_only_words(page, login_as, catalogue):
    officer = login_as(member("handlaggare", "hassleholm", username="handlaggaren"))
    inquiry = inquiry_create(
        measure=catalogue,
        asking_municipality=Municipality.objects.get(slug="hassleholm"),
        user=officer,
        places=1,
        message="Finns det plats i höst?",
    )
    paths = [
        "/en/start/",
        f"/en/hantera/forfragningar/ny/?insats={catalogue.slug}",
        "/en/hantera/forfragningar/",
        "/en/hantera/forfragningar/?visa=mottagna",
        f"/en/hantera/forfragningar/{inquiry.pk}/",
    ]
    found = {path: words for path in paths if (words := swedish_words_on(page, path))}
    assert found == {}, "\n".join(f"{path}: {words}" for path, words in found.items())


def test_the_vocabulary_catches_the_swedish_page(page, catalogue):
    """The check itself works: the Swedish pages are full of these words."""
    page.goto("/insatser/")
    text = page.evaluate(READABLE_TEXT, False)
    words = {word.casefold() for word in re.findall(r"[^\W\d_]+", text)}
    assert {"sök", "insatser", "kommun", "arbetsträning"} <= words & VOCABULARY
