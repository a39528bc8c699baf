"""The facet engine: the list's results, facet counts and order, computed on the catalogue index.

`index_result` takes what the FilterSet (filters.py) understood of a request and answers with
everything the list page shows: the ordered measure ids, each facet's options counted "given the
other selected filters", the two flags counted the same way, and "Menade du …?" suggestions
when free text found nothing. It works on the in-memory catalogue index (catalogue.py) and
gives the same measures, counts and order as the FilterSet's queryset would, without a
GROUP BY per facet. The result holds plain values, so it can be cached as is.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from .models import Measure
from .search import Suggestion, text_index


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    param: str
    label: str
    options: list[FacetOption]

    @property
    def selected_count(self):
        return sum(1 for option in self.options if option.selected)


@dataclass
class IndexResult:
    """The list page's work: ordered measure ids, facets and flag counts (cacheable as is)."""

    ids: list[int]
    facets: list[Facet]
    flags: list[FacetOption]
    suggestions: list[Suggestion] = field(default_factory=list)

    def measures(self):
        return MeasurePage(self.ids)


class MeasurePage(Sequence):
    """The ordered results as a sequence the Paginator can slice; a slice is a Cards."""

    def __init__(self, ids):
        self.ids = ids

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        return Cards(self.ids[key])


class Cards(Sequence):
    """One page of results: its ids at once, its measures (one query and a prefetch) only when
    something reads them, since a page whose cards are all in the cache needs none
    (templatetags/cards.py)."""

    def __init__(self, ids):
        self.ids = list(ids)
        self._measures = None

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, key):
        return self.measures()[key]

    def measures(self) -> list:
        """The public measures of the page, in its order."""
        if self._measures is None:
            self._measures = cards_of(self.ids)
        return self._measures


def cards_of(ids) -> list:
    """The public measures of `ids` with what a card shows, in the order of `ids`."""
    found = {m.pk: m for m in Measure.objects.public().filter(pk__in=ids).for_cards()}
    return [found[pk] for pk in ids if pk in found]


def filter_masks(filterset, index) -> dict:
    """{filter: mask of the measures of `index` it lets through}, for every filter the request
    sets except free text."""
    filterset.form.is_valid()  # the data was sanitised: every field that reaches here is valid
    cleaned = filterset.form.cleaned_data
    masks = {}
    for param in filterset.FACETS:
        if cleaned.get(param):
            values = (
                cleaned[param] if param == "format" else filterset.ids_for(param, cleaned[param])
            )
            masks[param] = index.mask_for(param, values)
    if cleaned.get("alder") is not None:
        masks["alder"] = index.age_mask(int(cleaned["alder"]))
    for param, column in _flags(index).items():
        if cleaned.get(param):
            masks[param] = column
    return masks


def touches(filterset, rows) -> bool:
    """Whether any measure of `rows` (a small index) can show in the list of `filterset`, as a
    result or in a count: one that fails at most one of its filters does (a facet counts the
    measures every other filter lets through). Free text is not judged here."""
    failed = np.zeros(rows.size, dtype=np.int64)
    for mask in filter_masks(filterset, rows).values():
        failed += ~mask
    return bool(np.any(failed <= 1))


def _flags(index) -> dict:
    return {"oppen_for_andra": index.open_to_others, "ledig_plats": index.free_places}


def index_result(filterset, index) -> IndexResult:
    """Everything the list page shows for `filterset` (a MeasureFilter), computed on `index`."""
    masks = filter_masks(filterset, index)
    relevance = None
    text = filterset.form.cleaned_data.get("q")
    if text:
        # The word index of the same catalogue: no query once it is built (search.py).
        hits = text_index(index).search(text)
        masks["q"] = np.zeros(index.size, dtype=bool)
        masks["q"][hits.positions] = True
        relevance = np.zeros(index.size, dtype=np.float64)
        relevance[hits.positions] = hits.relevance
    flags = _flags(index)

    def all_but(excluded):
        mask = np.ones(index.size, dtype=bool)
        for name, other in masks.items():
            if name != excluded:
                mask &= other
        return mask

    everything = all_but(None)
    facets = [
        _facet(filterset, param, index.count_by(param, all_but(param)))
        for param in filterset.FACETS
    ]
    flag_options = [
        FacetOption(
            param,
            str(filterset.filters[param].label),
            int(np.count_nonzero(all_but(param) & column)),
            param in filterset.data,
        )
        for param, column in flags.items()
    ]
    sort = filterset.sort if filterset.sort in filterset.SORTS else filterset.DEFAULT_SORT
    use_relevance = relevance if (text and sort == "relevans") else None
    ordered_ids = index.ids[index.ordered(sort, everything, use_relevance)]
    # Nothing found: "Menade du …?" with words that would find something here.
    suggestions = []
    if text and not len(ordered_ids):
        suggestions = text_index(index).suggest(text, within=all_but("q"))
    return IndexResult(ordered_ids.tolist(), facets, flag_options, suggestions)


def _facet(filterset, param, counts) -> Facet:
    selected = set(filterset.data.getlist(param))
    options = [
        FacetOption(
            option.value,
            option.label,
            counts.get(option.pk if option.pk is not None else option.value, 0),
            option.value in selected,
        )
        for option in filterset.vocabulary.options[param]
    ]
    # Options nobody can pick (no measures, not selected) would only be noise.
    options = [option for option in options if option.count or option.selected]
    return Facet(param, str(filterset.filters[param].label), options)
