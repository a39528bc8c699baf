"""The list's work, shared by every output of it: the page (views.measure_list), the Atom feed
(feeds.py), the files (exports.py) and the API (api.views).

One FilterSet reads the parameters and the facet engine answers on the catalogue index; both
are cached under the catalogue version and the language, so the page, the feed, the files and
the API give the same measures in the same order from one cache entry.
"""

from django.http import HttpResponseBadRequest
from django.utils.translation import get_language

from core.cache import cached

from .catalogue import catalogue_key, get_index
from .facets import IndexResult, index_result, touches
from .filters import MeasureFilter, Vocabulary
from .models import Measure


def list_key(request, version=None) -> tuple:
    """(catalogue version…, language): labels in the cached work are in the visitor's language.

    The version is the one the page cache already read for this request when there is one.
    """
    version = version or getattr(request, "catalogue_key", None) or catalogue_key()
    return (*version, get_language())


def list_vocabulary(key) -> Vocabulary:
    """The filters' options in the key's language, kept with this process's catalogue index:
    read once per rebuild instead of seven queries (300 municipalities) on every request."""
    vocabularies = get_index(key[:2]).vocabularies
    language = key[2]
    if language not in vocabularies:
        vocabularies[language] = Vocabulary.load()
    return vocabularies[language]


def list_filterset(request, key) -> MeasureFilter:
    return MeasureFilter(
        request.GET,
        queryset=Measure.objects.public(),
        request=request,
        vocabulary=list_vocabulary(key),
    )


def list_result(filterset: MeasureFilter, key) -> IndexResult:
    index = get_index(key[:2])
    # Which page is asked for changes nothing in the result: the pages share one entry.
    data = filterset.data.copy()
    data.pop("page", None)
    # Named for the class it stores (pickled): entries of an older layout are never read back.
    return cached(
        ("facets.IndexResult", result_scope(index, filterset.data), key[2], data.urlencode()),
        lambda: index_result(filterset, index),
    )


def result_scope(index, params) -> tuple:
    """What a list's result depends on: the index's content key (what lists without free text
    show, moved only by changes to it), or its whole key when the list searches text (the
    measures' texts are not in the content key)."""
    if _searches(params):
        return index.key
    return (index.content, index.key[1])


class ListPages:
    """The cached list page (core.cache.cached_for_visitors' `scope`), kept while what it shows
    is unchanged.

    A stored page carries the content key it was made at and the ids and stamps of its cards.
    It is served while the stamps are still the index's (a card's summary or places are not in
    the content key) and, when the content has moved on since, while none of the measures
    changed meanwhile could show in this list (facets.touches): a publication in another
    municipality leaves a filtered list as it was. Free text is judged on the whole catalogue
    version instead (the texts are not in the content key).
    """

    def key(self, request) -> tuple:
        index = request.list_index = get_index(request.catalogue_key)
        return index.key if _searches(request.GET) else ("lists", index.key[1])

    def token(self, request) -> tuple | None:
        shown = getattr(request, "list_shows", None)
        if shown is None:  # the view did not get as far as a page of cards
            return None
        index = request.list_index
        return (index.content, tuple(shown), index.stamps_of(shown))

    def check(self, request, token) -> tuple | None:
        """The token to keep the stored page under, or None when it must be made anew."""
        if token is None:
            return None
        content, shown, stamps = token
        index = request.list_index
        if index.stamps_of(shown) != stamps:
            return None
        if content == index.content:
            return token
        changed = index.changed_since(content)
        if changed is None:
            return None
        filterset = list_filterset(request, list_key(request))
        if any(touches(filterset, rows) for rows in changed):
            return None
        return (index.content, shown, stamps)


def _searches(params) -> bool:
    return bool(params.get("q", "").strip())


def refusal(filterset: MeasureFilter) -> HttpResponseBadRequest | None:
    """400 with the list's notices, for outputs that have no page to show them on (a feed, a
    file): a mistyped filter would otherwise quietly deliver the whole catalogue."""
    if not filterset.notices:
        return None
    return HttpResponseBadRequest(
        "\n".join(str(notice) for notice in filterset.notices),
        content_type="text/plain; charset=utf-8",
    )
