"""An in-memory index of the public catalogue, for the list page's filters, facets and order.

Counting every facet "given the other filters" with SQL costs one GROUP BY per facet over the
whole catalogue (70–200 ms each at 100 000 measures). Here each process keeps the public
measures as numpy columns instead: a filter is a boolean mask, a facet count is a bincount or a
matrix product over the masks of the other filters, and an order is a precomputed permutation.
All facets of a request cost a few milliseconds whatever the size.

The index follows the catalogue's change log (CatalogueState, CatalogueChange): a request reads
the current (version, counter), one small query. An index a few changes behind reads only the
measures those changes name and is patched: their rows are taken out, those still public put
back in, and each order gets them by binary search. The whole catalogue is read again only when
the index is missing, the date moved on (visibility windows), the log no longer reaches back to
the index, a change was not about measures alone (a municipality, a term, the thesaurus), or the
changes name more than 1 % of the measures. Free text is matched on a word index of the same
catalogue (search.py), patched along; its matches are one more mask here.

Each index also carries a digest of what lists show (`content`: a hash per measure, summed),
the same in every process holding the same catalogue. The list's cached results and pages are
keyed by it (listing.py), so a change that leaves every list as it was (a schedule, a contact,
free places that stay free) is patched in without moving it: only the stamps change, and with
them the cached pages showing that measure.

The Swedish orders come from a Python sort key computed once per title (core/collation.py),
the same order as PostgreSQL's ICU collation, so SQLite needs no comparator per comparison.

A build reads the catalogue in seven queries, a patch in six small ones, each from one snapshot
(see `_snapshot`), so a measure published or unpublished meanwhile is in all of them or in none.
"""

import bisect
import contextlib
import dataclasses
import datetime
import hashlib
import threading
from dataclasses import dataclass, field

import numpy as np
from django.db import connections, transaction
from django.db.models import F, TextField
from django.db.models.functions import Cast
from django.utils import timezone

from core.collation import cached_sort_key, swedish_sort_key
from municipalities.models import Municipality

from .models import CatalogueChange, CatalogueState, Measure

NO_AGE_LOW, NO_AGE_HIGH = -1, 10_000
FOREIGN_KEYS = {"kommun": "municipality_id", "typ": "measure_type_id", "projekt": "project_id"}
MANY = {
    "kategori": (Measure.categories.through, "category_id"),
    "malgrupp": (Measure.target_groups.through, "targetgroup_id"),
    "behov": (Measure.needs.through, "need_id"),
    "sprak": (Measure.languages.through, "language_id"),
}
FORMATS = list(Measure.Format.values)
COLUMNS = (
    "pk",
    "municipality_id",
    "measure_type_id",
    "project_id",
    "format",
    "open_to_others",
    "places_available",
    "min_age",
    "max_age",
    "published",
    "title",
    "updated",
)
# A patch costs some 25 ms at 100 000 measures (splicing the columns) plus some 3 ms per
# changed measure (reading it, four binary searches on Swedish keys, its words); a build some
# 40 µs per measure. So a change naming more than 1 % of the catalogue (a large import) is
# read whole, as quick or quicker; up to PATCH_MIN measures are always patched.
PATCH_SHARE = 100
PATCH_MIN = 100
EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
ONE_MICROSECOND = datetime.timedelta(microseconds=1)
IN_CHUNK = 500  # ids per IN (...) list


KEEP_CHANGES = 32


@dataclass(frozen=True)
class ContentChange:
    """One patch that changed `content` from `before` to `after`: the changed measures' rows
    before (`old`) and after (`new`, those still public), each as a small index."""

    before: tuple
    after: tuple
    old: "CatalogueIndex"
    new: "CatalogueIndex"


@dataclass
class CatalogueIndex:
    key: tuple  # ((version, counter), date): the catalogue change it holds
    ids: np.ndarray  # measure ids, ascending; position i describes ids[i]
    codes: dict  # param -> (term ids array, int32 code per measure or -1)
    matrices: dict  # param -> (term ids array, bool matrix terms × measures)
    min_age: np.ndarray
    max_age: np.ndarray
    open_to_others: np.ndarray
    free_places: np.ndarray
    orders: dict  # sort name -> positions in that order
    title_rank: np.ndarray
    titles: np.ndarray  # object array of the titles, for placing a changed one
    published: np.ndarray  # microseconds since 1970 (int64), -1 for never
    # Each measure's updated_at in microseconds: the same in every process for the same row,
    # so a cached list page can tell whether a card it shows has changed (listing.ListPages).
    stamps: np.ndarray
    # A 64-bit hash per measure of what lists without free text show of it (the columns above
    # but the stamps, and its terms), and `content`, their sum: a digest of the whole index
    # that any process holding the same catalogue computes alike, however it got there. The
    # cached results and pages are keyed by it, so a change that left the lists as they were
    # (a schedule, a summary, free places that stay free) leaves them valid.
    # With it, the last change that was not about measures alone (a term, a municipality: the
    # labels and the municipality order), as (number, version), None when the log holds none.
    row_hashes: np.ndarray
    content: tuple
    # municipality id -> its place in Swedish name order (all municipalities)
    municipality_places: dict = field(repr=False)
    # The word index of the texts (search.py's WordIndex), built on the first search and
    # patched along with this index; `text` is the search bound to this index.
    words: object = field(default=None, repr=False, compare=False)
    text: object = field(default=None, repr=False, compare=False)
    # language -> the list filters' options (listing.list_vocabulary), made on first use. They
    # change only with a rebuild (a term, municipality or project), so a patch keeps them.
    vocabularies: dict = field(default_factory=dict, repr=False, compare=False)
    # The last KEEP_CHANGES changes of `content` that patches made, oldest first: which rows
    # changed, so a cached list can tell whether they touch it (listing.ListPages).
    changes: tuple = field(default=(), repr=False, compare=False)

    @property
    def size(self) -> int:
        return len(self.ids)

    @property
    def counter(self) -> int:
        return self.key[0][1]

    def _lookup(self, measure_ids) -> tuple[np.ndarray, np.ndarray]:
        """(a position per id, whether the id is there at all)."""
        wanted = np.asarray(list(measure_ids), dtype=np.int64)
        if self.size == 0:
            return np.zeros(len(wanted), dtype=np.int64), np.zeros(len(wanted), dtype=bool)
        found = np.clip(np.searchsorted(self.ids, wanted), 0, self.size - 1)
        return found, self.ids[found] == wanted

    def positions_of(self, measure_ids) -> np.ndarray:
        """Positions of the given ids (ids not in the index are dropped)."""
        found, present = self._lookup(measure_ids)
        return found[present]

    def changed_since(self, content) -> list | None:
        """The rows changed between `content` and this index's (small indexes of the old and
        the new rows of each change), or None when this index cannot tell."""
        if content == self.content:
            return []
        found = []
        for change in reversed(self.changes):
            if change.after != (self.content if not found else found[-1].before):
                return None
            found.append(change)
            if change.before == content:
                return [rows for change in found for rows in (change.old, change.new)]
        return None

    def stamps_of(self, measure_ids) -> tuple:
        """The stamps of the given measures, -1 for one not in the index."""
        found, present = self._lookup(measure_ids)
        if not self.size:
            return (-1,) * len(found)
        return tuple(np.where(present, self.stamps[found], -1).tolist())

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

    # The sort keys of one position, for placing it in each order.

    def title_key(self, position) -> tuple:
        return (cached_sort_key(self.titles[position]), int(self.ids[position]))

    def sort_key(self, sort: str, position) -> tuple:
        if sort == "nyast":
            # Newest first; never-published last; then the newest id.
            return (-int(self.published[position]), -int(self.ids[position]))
        if sort == "kommun":
            terms, codes = self.codes["kommun"]
            municipality = int(terms[codes[position]])
            return (self.municipality_places[municipality], *self.title_key(position))
        if sort == "relevans":
            # Without free text "relevans" means: free places first, then title.
            return (not self.free_places[position], *self.title_key(position))
        return self.title_key(position)


@dataclass
class _Columns:
    """The raw columns of some public measures, by ascending id: what an index is made of."""

    ids: np.ndarray
    foreign: dict  # param -> int64 term id per measure (-1: none)
    format: np.ndarray  # int32 index into FORMATS (-1: unknown)
    open_to_others: np.ndarray
    free_places: np.ndarray
    min_age: np.ndarray
    max_age: np.ndarray
    published: np.ndarray
    stamps: np.ndarray
    titles: np.ndarray
    pairs: dict  # param -> (measure ids, term ids), int64 arrays

    def shown(self) -> list[np.ndarray]:
        """The columns a list shows of each measure (besides its id and terms): all but the
        stamps. Titles as they are; row_hashes hashes them."""
        return [
            *(self.foreign[param] for param in FOREIGN_KEYS),
            self.format,
            self.open_to_others,
            self.free_places,
            self.min_age,
            self.max_age,
            self.published,
            self.titles,
        ]

    def row_hashes(self) -> np.ndarray:
        """A 64-bit hash per measure of everything but its stamp (CatalogueIndex.content)."""
        hashes = _mix(self.ids.view(np.uint64))
        *columns, titles = self.shown()
        columns.append(
            np.fromiter(
                (_text_hash(title) for title in titles.tolist()),
                dtype=np.uint64,
                count=len(self.ids),
            )
        )
        for salt, column in enumerate(columns, start=1):
            hashes = _mix(hashes ^ _mix(_as_uint64(column) + np.uint64(salt)))
        for salt, param in enumerate(sorted(self.pairs), start=len(columns) + 1):
            measures, terms = self.pairs[param]
            # The sum over its terms: the same whatever order they were read in.
            summed = np.zeros(len(self.ids), dtype=np.uint64)
            np.add.at(summed, np.searchsorted(self.ids, measures), _mix(_as_uint64(terms)))
            hashes = _mix(hashes ^ _mix(summed + np.uint64(salt)))
        return hashes

    @classmethod
    def from_rows(cls, rows, pairs) -> "_Columns":
        size = len(rows)
        ids = _column(rows, 0, np.int64, 0)
        format_index = {value: i for i, value in enumerate(FORMATS)}
        titles = np.empty(size, dtype=object)
        titles[:] = [row[10] for row in rows]
        present = {}
        for param, (measures, terms) in pairs.items():
            keep = np.isin(measures, ids)  # measures the first query did not see
            present[param] = (measures[keep], terms[keep])
        return cls(
            ids=ids,
            foreign={
                "kommun": _column(rows, 1, np.int64, -1),
                "typ": _column(rows, 2, np.int64, -1),
                "projekt": _column(rows, 3, np.int64, -1),
            },
            format=np.fromiter(
                (format_index.get(row[4], -1) for row in rows), dtype=np.int32, count=size
            ),
            open_to_others=np.fromiter(
                (row[5] != Measure.Openness.NO for row in rows), dtype=bool, count=size
            ),
            free_places=_column(rows, 6, np.int64, 0) > 0,
            min_age=_column(rows, 7, np.int32, NO_AGE_LOW),
            max_age=_column(rows, 8, np.int32, NO_AGE_HIGH),
            published=_microseconds([row[9] for row in rows]),
            stamps=_microseconds([row[11] for row in rows]),
            titles=titles,
            pairs=present,
        )


def _as_uint64(column) -> np.ndarray:
    return np.asarray(column).astype(np.int64).view(np.uint64)


def _mix(values: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser on each value: every bit of the input moves every bit of the
    output (numpy's unsigned arithmetic wraps around, as the function wants)."""
    values = (values ^ (values >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    values = (values ^ (values >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return values ^ (values >> np.uint64(31))


def _text_hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")


def _digest(row_hashes: np.ndarray) -> int:
    return int(row_hashes.sum(dtype=np.uint64))


def _microseconds(moments) -> np.ndarray:
    """Microseconds since 1970 of datetimes, or of SQLite's UTC text, -1 for none."""
    if any(isinstance(moment, str) for moment in moments):
        parsed = np.array(moments, dtype="datetime64[us]")
        return np.where(np.isnat(parsed), -1, parsed.astype(np.int64))
    return np.fromiter(
        ((moment - EPOCH) // ONE_MICROSECOND if moment else -1 for moment in moments),
        dtype=np.int64,
        count=len(moments),
    )


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


def _assemble(
    key, columns: _Columns, municipality_places, orders, title_rank, epoch=None
) -> CatalogueIndex:
    """An index of `columns` with the given orders (facet codes and matrices worked out)."""
    size = len(columns.ids)
    codes = {param: _dense_codes(column) for param, column in columns.foreign.items()}
    codes["format"] = (np.asarray(FORMATS, dtype=object), columns.format)
    matrices = {}
    for param, (measures, terms_of) in columns.pairs.items():
        terms = np.unique(terms_of) if len(terms_of) else np.zeros(0, dtype=np.int64)
        matrix = np.zeros((len(terms), size), dtype=bool)
        if len(terms_of):
            matrix[np.searchsorted(terms, terms_of), np.searchsorted(columns.ids, measures)] = True
        matrices[param] = (terms, matrix)
    return CatalogueIndex(
        key=key,
        ids=columns.ids,
        codes=codes,
        matrices=matrices,
        min_age=columns.min_age,
        max_age=columns.max_age,
        open_to_others=columns.open_to_others,
        free_places=columns.free_places,
        orders=orders,
        title_rank=title_rank,
        titles=columns.titles,
        published=columns.published,
        stamps=columns.stamps,
        row_hashes=(row_hashes := columns.row_hashes()),
        content=(epoch, _digest(row_hashes)),
        municipality_places=municipality_places,
    )


def _inverse(order) -> np.ndarray:
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    return rank


def _full_orders(columns: _Columns, municipality_places) -> tuple[dict, np.ndarray]:
    """Every order, sorted from scratch: one Swedish key per title, computed once."""
    keys = [swedish_sort_key(title) for title in columns.titles.tolist()]
    # sorted() is stable and the positions ascend with the ids: equal titles by id.
    by_title = np.asarray(sorted(range(len(keys)), key=keys.__getitem__), dtype=np.int64)
    title_rank = _inverse(by_title)
    places = np.fromiter(
        (municipality_places.get(m, len(municipality_places)) for m in columns.foreign["kommun"]),
        dtype=np.int64,
        count=len(columns.ids),
    )
    orders = {
        "titel": by_title,
        # Municipality name (Swedish order), then title.
        "kommun": np.lexsort((title_rank, places)),
        # Newest first; never-published last; then the newest id.
        "nyast": np.lexsort((-columns.ids, -columns.published)),
        # Without free text "relevans" means: free places first, then title.
        "relevans": np.lexsort((title_rank, ~columns.free_places)),
    }
    return orders, title_rank


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


def _read(measure_ids=None) -> _Columns:
    """The public measures (those of `measure_ids` only, when given): one query for the rows,
    four for the many-to-many facets."""
    public = Measure.objects.public()
    if measure_ids is None:
        rows = _fetch(_with_moments(public).order_by("pk").values_list(*COLUMNS))
        pairs = {
            param: _pairs(through.objects.filter(measure__in=public), column)
            for param, (through, column) in MANY.items()
        }
        return _Columns.from_rows(rows, pairs)
    chunks = [measure_ids[i : i + IN_CHUNK] for i in range(0, len(measure_ids), IN_CHUNK)]
    rows = sorted(
        row
        for chunk in chunks
        for row in _fetch(_with_moments(public).filter(pk__in=chunk).values_list(*COLUMNS))
    )
    found = [row[0] for row in rows]
    found_chunks = [found[i : i + IN_CHUNK] for i in range(0, len(found), IN_CHUNK)]
    pairs = {}
    for param, (through, column) in MANY.items():
        parts = [_pairs(through.objects.filter(measure_id__in=c), column) for c in found_chunks]
        pairs[param] = tuple(
            np.concatenate([part[i] for part in parts]) if parts else np.zeros(0, np.int64)
            for i in (0, 1)
        )
    return _Columns.from_rows(rows, pairs)


def _with_moments(queryset):
    """`published` and `updated`: published_at and updated_at as the driver gives them, except
    on SQLite, where they are the stored UTC text: its driver would parse each value in Python
    (a sixth of a build there), numpy parses them all at once (`_microseconds`)."""
    if connections[queryset.db].vendor == "sqlite":
        return queryset.annotate(
            published=Cast("published_at", TextField()), updated=Cast("updated_at", TextField())
        )
    return queryset.annotate(published=F("published_at"), updated=F("updated_at"))


def _fetch(queryset) -> list[tuple]:
    """The rows of a values_list query as the database driver gives them: Django's per-row
    converters cost more than the query (a third of a build on SQLite)."""
    compiler = queryset.query.get_compiler(queryset.db)
    sql, params = compiler.as_sql()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _pairs(queryset, column) -> tuple[np.ndarray, np.ndarray]:
    rows = _fetch(queryset.values_list("measure_id", column))
    pairs = np.asarray(rows, dtype=np.int64).reshape(-1, 2)
    return pairs[:, 0].copy(), pairs[:, 1].copy()


def _municipality_places() -> dict:
    """{municipality id: place in Swedish name order}, for every municipality."""
    names = Municipality.objects.values_list("pk", "name")
    ordered = sorted(names, key=lambda row: (swedish_sort_key(row[1]), row[0]))
    return {pk: place for place, (pk, _name) in enumerate(ordered)}


def build_index(key) -> CatalogueIndex:
    """Read the whole public catalogue into columns (seven queries, one snapshot)."""
    with _snapshot(Measure.objects.db):
        columns = _read()
        places = _municipality_places()
        epoch = _last_rebuild(key)
    orders, title_rank = _full_orders(columns, places)
    return _assemble(key, columns, places, orders, title_rank, epoch)


def _last_rebuild(key):
    """(number, version) of the last change up to `key` that was not about measures alone."""
    (_version, counter), _date = key
    return (
        CatalogueChange.objects.filter(rebuild=True, number__lte=counter)
        .order_by("-number")
        .values_list("number", "version")
        .first()
    )


def patch_index(index: CatalogueIndex, key, measure_ids) -> CatalogueIndex:
    """A new index: `index` with `measure_ids` read again (five small queries, one snapshot;
    a sixth for their texts when `index` has a word index).

    Each of those measures is taken out, and put back in if it is public now; every other
    measure keeps its row and its place in each order, and the changed ones are placed by
    binary search with the same keys a full build sorts by. Columns are spliced (np.delete,
    np.insert: a copy each, no sort), so a patch costs a few milliseconds plus the queries.
    `index` itself is left as it is: requests still using it are not disturbed."""
    from .search import patch_words, read_texts  # search.py reads this module

    measure_ids = sorted({int(pk) for pk in measure_ids})
    with _snapshot(Measure.objects.db):
        fresh = _read(measure_ids)
        texts = read_texts(fresh.ids.tolist()) if index.words is not None else None
    removed = index.positions_of(measure_ids)  # ascending, as the ids are
    words = patch_words(index.words, measure_ids, texts) if index.words is not None else None
    old = _columns_at(index, removed)
    if _same_content(old, fresh):
        # Nothing a list without free text shows has changed (an edit of the schedule, the
        # summary, free places that stay free): the columns and orders are shared, only the
        # changed measures' stamps (and words) are new.
        stamps = index.stamps.copy()
        stamps[removed] = fresh.stamps
        return dataclasses.replace(index, key=key, stamps=stamps, words=words, text=None)
    kept_ids = np.delete(index.ids, removed)
    at = np.searchsorted(kept_ids, fresh.ids)  # where each fresh row goes among the kept

    def splice(column, values):
        return np.insert(np.delete(column, removed), at, values)

    codes = {
        param: _spliced_codes(*index.codes[param], removed, at, fresh.foreign[param])
        for param in FOREIGN_KEYS
    }
    codes["format"] = (index.codes["format"][0], splice(index.codes["format"][1], fresh.format))
    patched = CatalogueIndex(
        key=key,
        ids=splice(index.ids, fresh.ids),
        codes=codes,
        matrices={
            param: _spliced_matrix(*index.matrices[param], removed, at, fresh, param)
            for param in MANY
        },
        min_age=splice(index.min_age, fresh.min_age),
        max_age=splice(index.max_age, fresh.max_age),
        open_to_others=splice(index.open_to_others, fresh.open_to_others),
        free_places=splice(index.free_places, fresh.free_places),
        orders={},
        title_rank=np.zeros(0, dtype=np.int64),
        titles=splice(index.titles, fresh.titles),
        published=splice(index.published, fresh.published),
        stamps=splice(index.stamps, fresh.stamps),
        row_hashes=(row_hashes := splice(index.row_hashes, fresh.row_hashes())),
        # A patch never crosses a change of terms or municipalities (_changes_since).
        content=(index.content[0], _digest(row_hashes)),
        municipality_places=index.municipality_places,
    )
    # Old position -> new: the kept ones shift by the removed before and the added before.
    kept = np.delete(np.arange(index.size), removed)
    moved = np.full(index.size, -1, dtype=np.int64)
    moved[kept] = np.arange(len(kept)) + np.searchsorted(at, np.arange(len(kept)), side="right")
    added_at = at + np.arange(len(at))
    for sort, order in index.orders.items():
        staying = moved[order]
        staying = staying[staying >= 0]

        def key_of(position, sort=sort):
            return patched.sort_key(sort, position)

        added = sorted(added_at.tolist(), key=key_of)
        places = [bisect.bisect_left(staying, key_of(p), key=key_of) for p in added]
        patched.orders[sort] = np.insert(staying, places, added).astype(np.int64)
    patched.title_rank = _inverse(patched.orders["titel"])
    patched.vocabularies = index.vocabularies
    patched.words = words
    change = ContentChange(index.content, patched.content, _rows_index(old), _rows_index(fresh))
    patched.changes = (*index.changes, change)[-KEEP_CHANGES:]
    return patched


def _rows_index(columns: _Columns) -> CatalogueIndex:
    """A small index of a few rows, to test filters on (no orders)."""
    return _assemble(None, columns, {}, {}, np.zeros(0, dtype=np.int64))


def _columns_at(index: CatalogueIndex, positions) -> _Columns:
    """The index's rows at `positions` (ascending) as the columns they were made of."""
    ids = index.ids[positions]
    foreign = {}
    for param in FOREIGN_KEYS:
        terms, codes = index.codes[param]
        picked = codes[positions]
        foreign[param] = np.where(
            picked >= 0, terms[np.maximum(picked, 0)] if len(terms) else -1, -1
        ).astype(np.int64)
    pairs = {}
    for param, (terms, matrix) in index.matrices.items():
        rows, columns = np.nonzero(matrix[:, positions])
        order = np.lexsort((terms[rows], columns))  # by measure, as a read gives them
        pairs[param] = (ids[columns][order].astype(np.int64), terms[rows][order].astype(np.int64))
    return _Columns(
        ids=ids,
        foreign=foreign,
        format=index.codes["format"][1][positions],
        open_to_others=index.open_to_others[positions],
        free_places=index.free_places[positions],
        min_age=index.min_age[positions],
        max_age=index.max_age[positions],
        published=index.published[positions],
        stamps=index.stamps[positions],
        titles=index.titles[positions],
        pairs=pairs,
    )


def _same_content(old: _Columns, new: _Columns) -> bool:
    """Whether two reads of the same measures hold the same in every column but the stamps:
    the same measures public, with the same terms, flags, ages, dates and titles."""
    if not np.array_equal(old.ids, new.ids):
        return False
    if not all(a.tolist() == b.tolist() for a, b in zip(old.shown(), new.shown(), strict=True)):
        return False
    return all(
        set(zip(*(a.tolist() for a in old.pairs[param]), strict=True))
        == set(zip(*(a.tolist() for a in new.pairs[param]), strict=True))
        for param in MANY
    )


def _spliced_codes(terms, codes, removed, at, added):
    """(terms, codes) with rows `removed` out and rows with term ids `added` in at `at`; as
    `_dense_codes` would give them from scratch (terms nobody has any more dropped)."""
    present = added[added >= 0]
    all_terms = np.union1d(terms, present).astype(terms.dtype if len(terms) else np.int64)
    if len(all_terms) != len(terms):
        renumber = np.searchsorted(all_terms, terms).astype(np.int32)
        codes = np.where(codes >= 0, renumber[np.maximum(codes, 0)], -1).astype(np.int32)
    added_codes = np.where(added >= 0, np.searchsorted(all_terms, added), -1).astype(np.int32)
    codes = np.insert(np.delete(codes, removed), at, added_codes)
    used = np.bincount(codes[codes >= 0], minlength=len(all_terms)) > 0
    if not used.all():
        renumber = (np.cumsum(used) - 1).astype(np.int32)
        codes = np.where(codes >= 0, renumber[np.maximum(codes, 0)], -1).astype(np.int32)
        all_terms = all_terms[used]
    return all_terms, codes


def _spliced_matrix(terms, matrix, removed, at, fresh: _Columns, param):
    """(terms, matrix) with columns `removed` out and the fresh measures' columns in at `at`;
    as a build would give them (rows of terms nobody has any more dropped)."""
    measures, term_ids = fresh.pairs[param]
    all_terms = np.union1d(terms, term_ids).astype(np.int64)
    if len(all_terms) != len(terms):
        grown = np.zeros((len(all_terms), matrix.shape[1]), dtype=bool)
        grown[np.searchsorted(all_terms, terms)] = matrix
        matrix = grown
    columns = np.zeros((len(all_terms), len(fresh.ids)), dtype=bool)
    columns[np.searchsorted(all_terms, term_ids), np.searchsorted(fresh.ids, measures)] = True
    matrix = np.insert(np.delete(matrix, removed, axis=1), at, columns, axis=1)
    used = matrix.any(axis=1)
    if not used.all():
        matrix, all_terms = matrix[used], all_terms[used]
    return all_terms, matrix


_lock = threading.Lock()
_current: CatalogueIndex | None = None


def catalogue_key() -> tuple:
    """What the index depends on: the catalogue's (version, counter) and today's date (one
    small query)."""
    return (CatalogueState.current(), timezone.localdate().isoformat())


def _changes_since(index: CatalogueIndex, key):
    """The measures changed between `index` and `key`, or None if only a build will do."""
    (version, counter), date = key
    (own_version, own_counter), own_date = index.key
    if date != own_date or counter <= own_counter or own_counter == 0:
        return None
    changes = list(
        CatalogueChange.objects.filter(number__gte=own_counter, number__lte=counter)
        .order_by("number")
        .values_list("number", "version", "rebuild", "measures")
    )
    if (
        len(changes) != counter - own_counter + 1  # pruned, or a database started anew
        or changes[0][:2] != (own_counter, own_version)  # not the history this index saw
        or changes[-1][:2] != (counter, version)
        or any(rebuild for _n, _v, rebuild, _m in changes[1:])
    ):
        return None
    measure_ids = {pk for *_rest, measures in changes[1:] for pk in measures}
    limit = max(PATCH_MIN, index.size // PATCH_SHARE)
    return measure_ids if len(measure_ids) <= limit else None


def _is_ahead(index: CatalogueIndex, key) -> bool:
    """Whether `index` holds a later change than `key` of the same history: another thread
    moved it on after this request read the key. One query, only then."""
    (_version, counter), date = key
    (own_version, own_counter), own_date = index.key
    if date != own_date or own_counter <= counter:
        return False
    return CatalogueChange.objects.filter(number=own_counter, version=own_version).exists()


def get_index(key=None) -> CatalogueIndex:
    """This process's index, brought up to `key` (patched, or rebuilt) first if need be.

    The new index replaces the old one whole, under a lock: a request that has the old one
    keeps using it, unchanged, until it is done."""
    global _current
    key = key or catalogue_key()
    index = _current
    if index is not None and index.key == key:
        return index
    with _lock:
        index = _current
        if index is None:
            _current = build_index(key)
        elif index.key != key and not _is_ahead(index, key):
            changed = _changes_since(index, key)
            _current = build_index(key) if changed is None else patch_index(index, key, changed)
        return _current
