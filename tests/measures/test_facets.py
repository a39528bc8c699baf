"""The facet engine (measures/facets.py) and its checkboxes (templates/includes/facet_options.html).

The engine's counts and order against the database are held in test_catalogue_index.py and the
page's behaviour in test_list.py; here: what the engine returns on its own, and the exact HTML
the facet's template writes (the same bytes as before it moved out of Python).
"""

import pytest
from django.http import QueryDict
from django.template.loader import render_to_string

from measures.catalogue import catalogue_key, get_index
from measures.facets import Facet, FacetOption, IndexResult, index_result
from measures.filters import MeasureFilter
from measures.models import Measure
from measures.templatetags import facets as facet_tag
from tests.factories import MeasureFactory

ESCAPED = Facet(
    "projekt",
    "Projekt",
    [
        FacetOption("vagen", 'Vägen <framåt> & "vidare"', 12, True),
        FacetOption("x'y", "Plain", 0, False),
        FacetOption("tre", "count-0000 (3)", 3, False),
    ],
)


def test_facet_options_render_one_checkbox_per_line_escaped_and_ticked():
    facet = Facet(
        "projekt",
        "Projekt",
        [
            FacetOption("vagen", 'Vägen <framåt> & "vidare"', 12, True),
            FacetOption("x'y", "Plain", 0, False),
        ],
    )

    rendered = render_to_string("includes/facet_options.html", {"facet": facet})

    assert rendered == (
        '<div class="form-check"><input class="form-check-input" type="checkbox" '
        'name="projekt" value="vagen" id="id_projekt_vagen" checked><label '
        'class="form-check-label" for="id_projekt_vagen">Vägen &lt;framåt&gt; &amp; '
        '&quot;vidare&quot; <span class="facet-count">(12)</span></label></div>\n'
        '<div class="form-check"><input class="form-check-input" type="checkbox" '
        'name="projekt" value="x&#x27;y" id="id_projekt_x&#x27;y"><label '
        'class="form-check-label" for="id_projekt_x&#x27;y">Plain '
        '<span class="facet-count">(0)</span></label></div>'
    )


def test_a_facet_without_options_renders_nothing():
    assert render_to_string("includes/facet_options.html", {"facet": Facet("typ", "Typ", [])}) == ""


def recount(facet, counts):
    options = [
        FacetOption(o.value, o.label, n, o.selected)
        for o, n in zip(facet.options, counts, strict=True)
    ]
    return Facet(facet.param, facet.label, options)


@pytest.mark.parametrize("cache_on", [True, False])
@pytest.mark.parametrize("counts", [(12, 0, 3), (7, 1234567, 0), (0, 0, 0)])
def test_the_facet_tag_writes_what_the_template_writes(settings, cache_on, counts):
    settings.PORTAL_LIST_CACHE = cache_on
    facet = recount(ESCAPED, counts)
    expected = render_to_string("includes/facet_options.html", {"facet": facet})

    assert facet_tag.facet_options(facet) == expected
    assert facet_tag.facet_options(facet) == expected  # from the stored pieces, if stored


def test_the_facet_is_rendered_once_whatever_its_counts(settings, monkeypatch):
    settings.PORTAL_LIST_CACHE = True
    renders = []
    real = facet_tag.render_to_string
    monkeypatch.setattr(
        facet_tag, "render_to_string", lambda *a, **k: renders.append(a) or real(*a, **k)
    )
    outputs = [facet_tag.facet_options(recount(ESCAPED, (n, n + 1, 2 * n))) for n in range(5)]

    assert len(renders) == 1
    assert [f"({n + 1})" in output for n, output in enumerate(outputs)] == [True] * 5
    # Ticking another option is another facet.
    ticked = Facet("projekt", "Projekt", [FacetOption("x'y", "Plain", 1, True)])
    assert "checked" in facet_tag.facet_options(ticked) and len(renders) == 2


def test_a_template_that_does_not_show_each_count_as_text_is_rendered_whole(monkeypatch):
    """Pieces only work where each count is printed once; otherwise every facet is rendered."""
    monkeypatch.setattr(
        facet_tag,
        "render_to_string",
        lambda name, context: "".join(
            f"[{o.value}{'+' if o.count == 1 else ''}]" for o in context["facet"].options
        ),
    )
    facet = recount(ESCAPED, (1, 2, 1))

    assert facet_tag._pieces(facet) is None
    assert facet_tag.facet_options(facet) == "[vagen+][x'y][tre+]"


@pytest.mark.django_db
def test_index_result_gives_ids_facets_in_page_order_and_flags(osby, hassleholm):
    first = MeasureFactory(title="Arbetsträning", municipality=osby, places_available=2)
    second = MeasureFactory(title="Bageri", municipality=osby, open_to_others="nej")
    MeasureFactory(title="Cykelverkstad", municipality=hassleholm)
    MeasureFactory(title="Utkast", municipality=osby, status=Measure.Status.DRAFT)
    filterset = MeasureFilter(QueryDict("kommun=osby&kommun=bromolla&sort=titel"))

    result = index_result(filterset, get_index(catalogue_key()))

    assert isinstance(result, IndexResult)
    assert result.ids == [first.pk, second.pk]
    assert [facet.param for facet in result.facets] == MeasureFilter.FACETS
    [kommun] = [facet for facet in result.facets if facet.param == "kommun"]
    # Bromölla is selected with nothing in it: kept, so the visitor can untick it.
    assert {o.value: (o.count, o.selected) for o in kommun.options} == {
        "bromolla": (0, True),
        "hassleholm": (1, False),
        "osby": (2, True),
    }
    assert kommun.selected_count == 2
    assert {flag.value: flag.count for flag in result.flags} == {
        "oppen_for_andra": 1,
        "ledig_plats": 1,
    }
    assert result.suggestions == []


@pytest.mark.django_db
def test_a_page_of_the_result_is_read_in_its_order_with_one_query_and_a_prefetch(
    osby, django_assert_num_queries
):
    made = [MeasureFactory(title=f"Insats {n}", municipality=osby) for n in range(5)]
    result = IndexResult([m.pk for m in reversed(made)], [], [])

    # A slice knows its ids without a query (its cards may all be in the cache) ...
    with django_assert_num_queries(0):
        page = result.measures()[1:3]
        assert page.ids == [made[3].pk, made[2].pk] and len(page) == 2
    # ... and reads its measures when asked, once: 1 with municipality, unit and type, 1 their
    # categories.
    with django_assert_num_queries(2):
        assert [m.pk for m in page] == [made[3].pk, made[2].pk]
        assert page[0] == made[3] and page.measures() == [made[3], made[2]]
    assert len(result.measures()) == 5


def test_the_filters_options_are_read_once_per_index_and_again_when_a_term_changes(
    client, settings, terms, django_capture_on_commit_callbacks
):
    """The options live with the process's catalogue index: a saved measure (a patch) keeps
    them, a renamed term (a rebuild) reads them again, in each language."""
    settings.PORTAL_LIST_CACHE = False
    category = terms["kategori"]["jobbinriktad"]
    with django_capture_on_commit_callbacks(execute=True):  # a logged change to patch from
        measure = MeasureFactory(categories=[category])
    assert category.name in client.get("/insatser/").content.decode()
    vocabulary = get_index().vocabularies["sv"]

    measure.title = "Nytt namn"
    with django_capture_on_commit_callbacks(execute=True):  # the change log is written then
        measure.save()
    assert "Nytt namn" in client.get("/insatser/").content.decode()
    assert get_index().vocabularies["sv"] is vocabulary  # kept through the patch

    category.name = "Insatser mot jobb"
    with django_capture_on_commit_callbacks(execute=True):
        category.save()
    client.get("/insatser/")
    renamed = get_index().vocabularies["sv"]
    assert renamed is not vocabulary
    assert "Insatser mot jobb" in [option.label for option in renamed.options["kategori"]]
    # English has its own options, labelled in English.
    client.get("/en/insatser/")
    assert set(get_index().vocabularies) == {"sv", "en"}
