"""The cached list page is keyed by what it shows, not by every change to the catalogue.

An edit that changes nothing a list shows (the schedule, a contact) leaves every cached list
as it is; one that changes a card (its summary) renews the pages showing that card only; one
that changes the list itself (publishing, a title, a term) renews every list. Free text keeps
the whole catalogue version, as the measures' texts are not in the content key.

A hit renders no template, so `response.templates == []` tells a cached answer from a fresh one.
"""

import re

import pytest
from django.test import Client

from measures.catalogue import catalogue_key, get_index
from measures.models import Measure
from tests.factories import MeasureFactory, UnitFactory
from tests.publishing.helpers import measure_form_data


@pytest.fixture(autouse=True)
def cache_on(settings):
    settings.PORTAL_LIST_CACHE = True
    settings.PORTAL_PAGE_SIZE = 2


@pytest.fixture
def measures(db, osby, terms, django_capture_on_commit_callbacks):
    """Four public measures in Osby, in title order A–D: two list pages (their change recorded,
    so that later changes patch the index)."""
    with django_capture_on_commit_callbacks(execute=True):
        return [
            MeasureFactory(
                municipality=osby,
                title=f"{letter} arbetsträning",
                summary=f"Om {letter}",
                contact_name="Anna Lindqvist",
                contact_phone="040-628 04 11",
            )
            for letter in "ABCD"
        ]


@pytest.fixture
def edit(editor_client, django_capture_on_commit_callbacks):
    """Post the edit form for `measure` with `changes`, committed (the change is recorded)."""

    def post(measure, **changes):
        measure = Measure.objects.get(pk=measure.pk)
        with django_capture_on_commit_callbacks(execute=True):
            response = editor_client.post(
                f"/hantera/insatser/{measure.slug}/andra/",
                measure_form_data(measure, **changes),
            )
        errors = re.findall(r"invalid-feedback[^>]*>([^<]+)", response.content.decode())
        assert response.status_code == 302, errors

    return post


def visit(url):
    return Client().get(url)


def cached(response) -> bool:
    return response.status_code == 200 and not response.templates


FIRST = "/insatser/?sort=titel"
SECOND = "/insatser/?sort=titel&page=2"


def test_an_edit_that_no_list_shows_keeps_the_lists_not_showing_that_measure(measures, edit):
    for url in (FIRST, SECOND):
        assert not cached(visit(url))
    content = get_index(catalogue_key()).content
    edit(measures[3], schedule="Måndag–fredag 8–12", contact_name="Sara Ek")
    assert get_index(catalogue_key()).content == content
    assert cached(visit(FIRST))
    # The page showing it is rendered again (its stamp moved), then cached again.
    assert not cached(visit(SECOND))
    assert cached(visit(SECOND))


@pytest.mark.parametrize(
    ("before", "after", "moves"), [(3, 5, False), (3, 0, True), (0, 2, True), (None, 0, False)]
)
def test_free_places_move_the_lists_only_when_free_places_start_or_end(
    measures, editor_client, django_capture_on_commit_callbacks, before, after, moves
):
    measure = measures[0]
    with django_capture_on_commit_callbacks(execute=True):
        Measure.objects.filter(pk=measure.pk).update(places_available=before)
        from measures.signals import bump_after_commit

        bump_after_commit([measure.pk])
    content = get_index(catalogue_key()).content
    measure.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            f"/hantera/insatser/{measure.slug}/platser/",
            {"places_available": after, "version": measure.version},
        )
    assert response.status_code == 302
    assert Measure.objects.get(pk=measure.pk).places_available == after
    assert (get_index(catalogue_key()).content != content) is moves


def test_a_changed_card_renews_the_pages_showing_it_and_no_other(measures, edit):
    for url in (FIRST, SECOND):
        assert not cached(visit(url))
    edit(measures[0], summary="Ny sammanfattning om verkstaden")
    first = visit(FIRST)
    assert not cached(first)
    assert "Ny sammanfattning om verkstaden" in first.content.decode()
    assert cached(visit(FIRST))  # stored again, with the new card
    assert cached(visit(SECOND))  # shows C and D only


def test_a_change_to_the_list_itself_renews_every_list(measures, edit):
    for url in (FIRST, SECOND):
        assert not cached(visit(url))
    content = get_index(catalogue_key()).content
    edit(measures[3], title="0 Först i listan")
    assert get_index(catalogue_key()).content != content
    first, second = visit(FIRST), visit(SECOND)
    assert not cached(first) and not cached(second)
    assert "0 Först i listan" in first.content.decode()
    assert "B arbetsträning" in second.content.decode()


def test_free_text_follows_every_change_of_the_texts(measures, edit):
    before = visit("/insatser/?q=verkstaden").content.decode()
    assert "A arbetsträning" not in before
    edit(measures[0], summary="Arbete i verkstaden")
    assert "A arbetsträning" in visit("/insatser/?q=verkstaden").content.decode()


def test_the_pages_of_one_list_share_its_result(measures, monkeypatch):
    from measures import listing

    computed = []
    real = listing.index_result

    def counting(filterset, index):
        computed.append(filterset.data.get("page"))
        return real(filterset, index)

    monkeypatch.setattr(listing, "index_result", counting)
    for url in (FIRST, SECOND):
        assert visit(url).status_code == 200
    assert computed == [None]


def test_a_facet_is_rendered_once_for_the_pages_showing_it(measures):
    def facet_renders(response):
        return [t.name for t in response.templates].count("includes/facet_options.html")

    first, second = visit(FIRST), visit(SECOND)
    assert facet_renders(first) > 0
    assert not cached(second) and facet_renders(second) == 0
    # The same options either way.
    assert first.content.decode().count(
        'class="form-check-input"'
    ) == second.content.decode().count('class="form-check-input"')


def test_a_page_from_cached_fragments_is_the_page_rendered_whole(measures, settings):
    settings.PORTAL_LIST_CACHE = False
    whole = visit(SECOND).content
    settings.PORTAL_LIST_CACHE = True
    visit(FIRST)  # stores the facets
    assert visit(SECOND).content == whole


def test_every_process_agrees_on_the_content_key_even_one_that_read_ahead(
    measures, django_capture_on_commit_callbacks
):
    """A process may read a row between the writer's commit and the change's record: its
    index is ahead of its key. Its content key must still be the one every other process
    gets once the change is recorded, or it would serve their older pages as current."""
    from measures.catalogue import build_index, patch_index
    from measures.signals import bump_after_commit

    behind = build_index(catalogue_key())
    Measure.objects.filter(pk=measures[1].pk).update(title="Ny titel, ännu inte loggad")
    ahead = build_index(catalogue_key())
    assert ahead.key == behind.key and ahead.content != behind.content
    with django_capture_on_commit_callbacks(execute=True):
        bump_after_commit([measures[1].pk])
    key = catalogue_key()
    assert patch_index(behind, key, [measures[1].pk]).content == ahead.content
    assert patch_index(ahead, key, [measures[1].pk]).content == ahead.content


def test_a_renamed_term_renews_every_list_though_no_measure_changed(
    measures, django_capture_on_commit_callbacks
):
    from measures.models import MeasureType

    assert not cached(visit(FIRST))
    kind = MeasureType.objects.get(pk=measures[0].measure_type_id)
    content = get_index(catalogue_key()).content
    with django_capture_on_commit_callbacks(execute=True):
        kind.name = "Omdöpt insatstyp"
        kind.save()
    assert get_index(catalogue_key()).content != content
    page = visit(FIRST)
    assert not cached(page)
    assert "Omdöpt insatstyp" in page.content.decode()


def test_a_publication_that_cannot_show_in_a_list_keeps_its_cached_page(
    measures, hassleholm, terms, settings, django_capture_on_commit_callbacks
):
    categories = terms["kategori"]
    first, other = sorted(categories)[:2]
    with django_capture_on_commit_callbacks(execute=True):
        for measure in measures:
            measure.categories.set([categories[first]])
        UnitFactory(municipality=hassleholm)  # now: a new unit renews every list
    url = f"/insatser/?kommun=osby&kategori={first}"
    assert not cached(visit(url))

    def publish(category, title):
        with django_capture_on_commit_callbacks(execute=True):
            MeasureFactory(municipality=hassleholm, title=title, categories=[categories[category]])

    # In another municipality and another category: in no count of this list.
    publish(other, "Utanför listan")
    kept = visit(url)
    assert cached(kept)
    settings.PORTAL_LIST_CACHE = False
    assert kept.content == visit(url).content
    settings.PORTAL_LIST_CACHE = True
    # In another municipality but this category: the municipality facet counts it.
    publish(first, "Räknas i kommunfiltret")
    touched = visit(url)
    assert not cached(touched)
    assert "Hässleholm" in touched.content.decode()


@pytest.fixture
def card_reads(monkeypatch):
    """The ids of every read of measures for cards (measures.facets.cards_of)."""
    from measures import facets
    from measures.templatetags import cards

    reads = []
    real = facets.cards_of

    def reading(ids):
        reads.append(list(ids))
        return real(ids)

    monkeypatch.setattr(facets, "cards_of", reading)
    monkeypatch.setattr(cards, "cards_of", reading)
    return reads


def test_a_list_made_anew_takes_its_unchanged_cards_from_the_cache(
    measures, edit, card_reads, settings
):
    assert not cached(visit(FIRST))
    assert card_reads == [[measures[0].pk, measures[1].pk]]
    edit(measures[3], title="Ö sist i listan")  # the list's content moves; A and B do not
    card_reads.clear()
    page = visit(FIRST)
    assert not cached(page) and card_reads == []
    settings.PORTAL_LIST_CACHE = False
    assert page.content == visit(FIRST).content
    settings.PORTAL_LIST_CACHE = True
    # A card whose measure changed is made anew, alone.
    edit(measures[1], summary="Nu med cykelverkstad")
    card_reads.clear()
    page = visit(FIRST)
    assert card_reads == [[measures[1].pk]]
    assert "Nu med cykelverkstad" in page.content.decode()


def test_free_places_running_out_show_on_the_card(
    measures, editor_client, django_capture_on_commit_callbacks
):
    measure = Measure.objects.get(pk=measures[0].pk)
    assert measure.places_available != 0
    assert "Fullt just nu" not in visit(FIRST).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            f"/hantera/insatser/{measure.slug}/platser/",
            {"places_available": 0, "version": measure.version},
        )
    assert response.status_code == 302
    assert "Fullt just nu" in visit(FIRST).content.decode()


def test_a_visitors_stored_cards_are_never_shown_to_a_case_officer_or_back(measures, client):
    from tests.factories import member

    Measure.objects.filter(pk=measures[0].pk).update(places_available=7)
    get_index(catalogue_key())  # nothing recorded: the same index, stamps and all
    assert "Lediga platser finns" in visit(FIRST).content.decode()
    client.force_login(member("handlaggare", "bromolla"))
    officer = client.get(FIRST).content.decode()
    assert "7 lediga platser" in officer and "Lediga platser finns" not in officer
    assert "7 lediga platser" not in visit(FIRST).content.decode()
