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
from .facets import IndexResult, index_result
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
    # Named for the class it stores (pickled): entries of an older layout are never read back.
    return cached(
        ("facets.IndexResult", key, filterset.data.urlencode()),
        lambda: index_result(filterset, get_index(key[:2])),
    )


def refusal(filterset: MeasureFilter) -> HttpResponseBadRequest | None:
    """400 with the list's notices, for outputs that have no page to show them on (a feed, a
    file): a mistyped filter would otherwise quietly deliver the whole catalogue."""
    if not filterset.notices:
        return None
    return HttpResponseBadRequest(
        "\n".join(str(notice) for notice in filterset.notices),
        content_type="text/plain; charset=utf-8",
    )
