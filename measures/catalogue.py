"""An in-memory index of the public catalogue, for the list page's filters, facets and order.

Counting every facet "given the other filters" with SQL costs one GROUP BY per facet over the
whole catalogue (70–200 ms each at 100 000 measures). Here each process keeps the public
measures as numpy columns instead: a filter is a boolean mask, a facet count is a bincount or a
matrix product over the masks of the other filters, and an order is a precomputed permutation.
All facets of a request cost a few milliseconds whatever the size.

The index is rebuilt when the catalogue version (CatalogueState, bumped by every change) or the
date (visibility windows) moves on. Free text is matched on a word index of the same catalogue
(search.py), the same on both databases; its matches are one more mask here.

The build reads the catalogue in seven queries, all from one snapshot (see `_snapshot`), so a
measure published or unpublished meanwhile is in all of them or in none.
"""

import contextlib
import datetime
import threading
from dataclasses import dataclass, field

import numpy as np
from django.db import connections, transaction
from django.utils import timezone

from core.collation import Swedish

from .models import CatalogueState, Measure

NO_AGE_LOW, NO_AGE_HIGH = -1, 10_000
FOREIGN_KEYS = {"kommun": "municipality_id", "typ": "measure_type_id", "projekt": "project_id"}
MANY = {
    "kategori": (Measure.categories.through, "category_id"),
    "malgrupp": (Measure.target_groups.through, "targetgroup_id"),
    "behov": (Measure.needs.through, "need_id"),
    "sprak": (Measure.languages.through, "language_id"),
}
FORMATS = list(Measure.Format.values)


@dataclass
class CatalogueIndex:
    key: tuple
    ids: np.ndarray  # measure ids, ascending; position i describes ids[i]
    codes: dict  # param -> (term ids array, int32 code per measure or -1)
    matrices: dict  # param -> (term ids array, bool matrix terms × measures)
    min_age: np.ndarray
    max_age: np.ndarray
    open_to_others: np.ndarray
    free_places: np.ndarray
    orders: dict  # sort name -> positions in that order
    title_rank: np.ndarray
    # The word index for free text (search.py), built on this version's first search.
    text: object = field(default=None, repr=False, compare=False)

    @property
    def size(self) -> int:
        return len(self.ids)

    def positions_of(self, measure_ids) -> np.ndarray:
        """Positions of the given ids (ids not in the index are dropped)."""
        wanted = np.asarray(list(measure_ids), dtype=np.int64)
        found = np.searchsorted(self.ids, wanted)
        found = np.clip(found, 0, max(self.size - 1, 0))
        if self.size == 0:
            return np.zeros(0, dtype=np.int64)
        return found[self.ids[found] == wanted]

    # Masks for one filter each.

    def mask_for(self, param, values) -> np.ndarray:
        if param in self.codes:
            terms, codes = self.codes[param]
            wanted = np.flatnonzero(np.isin(terms, np.asarray(values)))
            return np.isin(codes, wanted)
        if param in self.matrices:
            terms, matrix = self.matrices[param]
            rows = np.flatnonzero(np.isin(terms, np.asarray(values)))
            return matrix[rows].any(axis=0) if len(rows) else np.zeros(self.size, dtype=bool)
        raise KeyError(param)

    def age_mask(self, age: int) -> np.ndarray:
        return (self.min_age <= age) & (self.max_age >= age)

    # Counting.

    def count_by(self, param, mask) -> dict:
        """{term id: number of masked measures having it} for one facet."""
        if param in self.codes:
            terms, codes = self.codes[param]
            picked = codes[mask]
            counts = np.bincount(picked[picked >= 0], minlength=len(terms))[: len(terms)]
        else:
            terms, matrix = self.matrices[param]
            counts = np.count_nonzero(matrix & mask, axis=1)
        # .tolist() turns numpy integers (and the format strings) into plain Python values.
        return {term: int(n) for term, n in zip(terms.tolist(), counts.tolist(), strict=True) if n}

    def ordered(self, sort: str, mask, relevance=None) -> np.ndarray:
        """Positions of masked measures in the requested order."""
        if relevance is not None:
            chosen = np.flatnonzero(mask)
            # Highest relevance first, then Swedish title order, then id.
            order = np.lexsort((self.ids[chosen], self.title_rank[chosen], -relevance[chosen]))
            return chosen[order]
        order = self.orders[sort]
        return order[mask[order]]


def _dense_codes(array):
    """(sorted distinct ids, code per row) for an id column where -1 means none."""
    terms = np.unique(array[array >= 0])
    codes = np.full(len(array), -1, dtype=np.int32)
    present = array >= 0
    codes[present] = np.searchsorted(terms, array[present])
    return terms, codes


def _column(rows, index, dtype, null):
    return np.fromiter(
        (null if row[index] is None else row[index] for row in rows), dtype=dtype, count=len(rows)
    )


def _rank(ids, ordered_ids) -> np.ndarray:
    """rank[i] = place of ids[i] in `ordered_ids` (an order the database worked out).

    Ids the order lacks come last, by id, and ids that are not in `ids` are left out: without a
    snapshot (see `_snapshot`) the two queries may disagree, and that must not be an error.
    """
    ordered = np.asarray(list(ordered_ids), dtype=np.int64)
    ordered = ordered[np.isin(ordered, ids)]
    ordered = np.concatenate([ordered, ids[~np.isin(ids, ordered)]])
    rank = np.empty(len(ids), dtype=np.int64)
    rank[np.searchsorted(ids, ordered)] = np.arange(len(ids))
    return rank


@contextlib.contextmanager
def _snapshot(using):
    """One consistent view of the database for every query inside.

    PostgreSQL: a REPEATABLE READ READ ONLY transaction; every query sees the database as it was
    at the first one, and it takes no locks, so writers never wait for it. SET TRANSACTION must
    be the first statement of the transaction, so this only works when the block opens it.
    SQLite: one transaction is already a snapshot. In WAL mode a reader keeps seeing the database
    as of its first read; with a rollback journal its shared lock keeps writers from committing
    until it ends.
    Inside someone else's transaction (ATOMIC_REQUESTS, tests) the outer isolation level stands:
    a READ COMMITTED transaction has no snapshot, so the build copes with queries that disagree.
    """
    connection = connections[using]
    if connection.in_atomic_block:
        yield
        return
    with transaction.atomic(using=using):
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        yield


def build_index(key) -> CatalogueIndex:
    """Read the public catalogue into columns: 1 query for the measures, 2 for the Swedish
    orders (the database sorts faster than Python), 4 for the many-to-many facets, all from
    one snapshot of the database."""
    with _snapshot(Measure.objects.db):
        return _build_index(key)


def _build_index(key) -> CatalogueIndex:
    public = Measure.objects.public()
    rows = list(
        public.order_by("pk").values_list(
            "pk",
            "municipality_id",
            "measure_type_id",
            "project_id",
            "format",
            "open_to_others",
            "places_available",
            "min_age",
            "max_age",
            "published_at",
        )
    )
    ids = _column(rows, 0, np.int64, 0)
    size = len(ids)
    codes = {
        "kommun": _dense_codes(_column(rows, 1, np.int64, -1)),
        "typ": _dense_codes(_column(rows, 2, np.int64, -1)),
        "projekt": _dense_codes(_column(rows, 3, np.int64, -1)),
    }
    format_index = {value: i for i, value in enumerate(FORMATS)}
    codes["format"] = (
        np.asarray(FORMATS, dtype=object),
        np.fromiter((format_index.get(row[4], -1) for row in rows), dtype=np.int32, count=size),
    )
    matrices = {}
    for param, (through, column) in MANY.items():
        pairs = np.asarray(
            through.objects.filter(measure__in=public).values_list("measure_id", column),
            dtype=np.int64,
        ).reshape(-1, 2)
        pairs = pairs[np.isin(pairs[:, 0], ids)]  # measures the first query did not see
        terms = np.unique(pairs[:, 1]) if len(pairs) else np.zeros(0, dtype=np.int64)
        matrix = np.zeros((len(terms), size), dtype=bool)
        if len(pairs):
            matrix[np.searchsorted(terms, pairs[:, 1]), np.searchsorted(ids, pairs[:, 0])] = True
        matrices[param] = (terms, matrix)

    title_rank = _rank(ids, public.order_by(Swedish("title"), "pk").values_list("pk", flat=True))
    municipality_rank = _rank(
        ids,
        public.order_by(Swedish("municipality__name"), "municipality_id", "pk").values_list(
            "pk", flat=True
        ),
    )
    free_places = _column(rows, 6, np.int64, 0) > 0
    epoch = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
    published = np.fromiter(
        ((row[9] - epoch).total_seconds() if row[9] else -1.0 for row in rows),
        dtype=np.float64,
        count=size,
    )
    orders = {
        "titel": np.argsort(title_rank, kind="stable"),
        # Municipality name (Swedish order), then title.
        "kommun": np.lexsort((title_rank, _municipality_groups(municipality_rank, codes))),
        # Newest first; never-published last; then the newest id.
        "nyast": np.lexsort((-ids, -published)),
        # Without free text "relevans" means: free places first, then title.
        "relevans": np.lexsort((ids, title_rank, ~free_places)),
    }
    return CatalogueIndex(
        key=key,
        ids=ids,
        codes=codes,
        matrices=matrices,
        min_age=_column(rows, 7, np.int32, NO_AGE_LOW),
        max_age=_column(rows, 8, np.int32, NO_AGE_HIGH),
        open_to_others=np.fromiter(
            (row[5] != Measure.Openness.NO for row in rows), dtype=bool, count=size
        ),
        free_places=free_places,
        orders=orders,
        title_rank=title_rank,
    )


def _municipality_groups(municipality_rank, codes):
    """Each measure's municipality as its place in Swedish name order (one number per name)."""
    _terms, municipality_codes = codes["kommun"]
    # The first measure (in name order) of each municipality gives that municipality's place.
    order = np.argsort(municipality_rank, kind="stable")
    first_seen = {}
    for position in order.tolist():
        first_seen.setdefault(int(municipality_codes[position]), len(first_seen))
    return np.fromiter(
        (first_seen[int(code)] for code in municipality_codes.tolist()),
        dtype=np.int64,
        count=len(municipality_codes),
    )


_lock = threading.Lock()
_current: CatalogueIndex | None = None


def catalogue_key() -> tuple:
    """What the index depends on: the catalogue version and today's date (one small query)."""
    return (CatalogueState.current(), timezone.localdate().isoformat())


def get_index(key=None) -> CatalogueIndex:
    """This process's index, rebuilt first if the catalogue changed since it was built."""
    global _current
    key = key or catalogue_key()
    index = _current
    if index is not None and index.key == key:
        return index
    with _lock:
        if _current is None or _current.key != key:
            _current = build_index(key)
        return _current
