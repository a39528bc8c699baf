"""Free-text search of the public catalogue: one engine, so SQLite and PostgreSQL find the same.

Beside the facet index (catalogue.py) each process keeps, per catalogue version, a word index of
the public measures' texts, built on the first search of that version (two queries):

- the vocabulary: every word of a title, a summary (Swedish, easy Swedish, English) or a
  description, case- and accent-folded ("Arbetsträning" → "arbetstraning"), with its Swedish
  stem (Snowball, the algorithm of PostgreSQL's `swedish` configuration) and its trigrams;
- for each word the measures that have it, weighted by where: title 1, summaries 0.4,
  description 0.2 (PostgreSQL's default weights for A, B and C);
- the search thesaurus (SearchTerm): phrases in Swedish and English and the measure types,
  needs, categories or Swedish words each stands for.

A word of the query matches a vocabulary word that is the same (score 1), has the same stem
("kursen" → "kurser", 0.9) or is a compound that begins or ends with it ("körkort" →
"körkortsteori", "praktik" → "yrkespraktiken"; 0.8). Only a word that
matches none of those is read as a typo and matches the words one edit away, two for words of
eight letters or more ("praktk" → "praktik", "svneska" → "svenska"; 0.6 and 0.5). A thesaurus
phrase in the query ("work training") matches its own words, its Swedish words and the measures
of its terms (0.5). Every word or phrase of the query must match; a measure's relevance is the
sum, over them, of the best match times the weight of the field it is in. The work is done over
the vocabulary and with numpy over the measures, never in Python per measure, so a search costs
a few milliseconds whatever the size of the catalogue.

When nothing is found, `suggest` offers the nearest vocabulary words and thesaurus phrases by
trigram similarity (pg_trgm's measure, computed here) that would find something.
"""

import bisect
import copy
import re
import threading
from dataclasses import dataclass
from functools import reduce

import numpy as np
import snowballstemmer

from core.params import clean_text_input

from .catalogue import get_index
from .models import Measure, SearchTerm
from .text import fold

WORD = re.compile(r"[^\W_]+")
# The texts searched: the title, the summaries (Swedish, easy Swedish, English) and the
# description, weighed 1, 0.4 and 0.2 (PostgreSQL's default weights for A, B and C).
TITLE, SUMMARIES, DESCRIPTION = "title", ("summary", "summary_easy", "summary_en"), "description"
FIELD_CODES = np.asarray([0, 1, 2], dtype=np.int64)
WEIGHTS = np.asarray([1.0, 0.4, 0.2])
BUILD_CHUNK = 2000  # measures read into words at a time
COMPACT = 1000  # documents in the delta (or 2 % of all) before it is merged into the base
LONGEST_ENDING = 7  # letters the Swedish stemmer may remove ("heterna", "arnas" …)
SAME, SAME_STEM, PART_OF, ONE_EDIT, TWO_EDITS = 1.0, 0.9, 0.8, 0.6, 0.5
# A measure found only because its type, need or category is what a thesaurus phrase means.
TERM = 0.5
MIN_PART = 3  # a query word this long or longer is also found in compounds
MIN_TYPO = 4  # a shorter word is never read as a typo: too many words are one edit away
LONG_WORD = 8  # from this length two edits still count as a typo
TYPO_CANDIDATES = 200  # words sharing the most trigrams, checked for their edit distance
MAX_QUERY_WORDS = 12
MAX_PHRASE_WORDS = 5
SIMILAR = 0.3  # pg_trgm's default similarity threshold, for "Menade du …?"
SUGGESTIONS = 3
SUGGESTION_CANDIDATES = 10  # nearest words by trigrams, per word that finds nothing
SUGGESTED_WORDS = 3  # words of one query that get suggestions
SUGGESTION_TRIES = 20  # candidate queries searched, nearest first, to find SUGGESTIONS that work


def words_of(text) -> list[str]:
    """The words of `text`, case-folded (å, ä and ö kept for the stemmer)."""
    return WORD.findall(clean_text_input(text or "").casefold())


_stemmer = snowballstemmer.stemmer("swedish")
_stemmer_lock = threading.Lock()  # a Snowball stemmer keeps state while it works


def stems(words: list[str]) -> list[str]:
    """Each word's Swedish stem, accent-folded."""
    with _stemmer_lock:
        stemmed = _stemmer.stemWords(words)
    return [fold(stem) for stem in stemmed]


def trigrams(word: str) -> set[str]:
    """pg_trgm's trigrams of one folded word: padded with two spaces before and one after."""
    padded = f"  {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def edits(a: str, b: str, limit: int) -> int:
    """Edits from `a` to `b` (insert, delete, replace, swap two neighbours), or limit + 1 once
    it is sure to be more than `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before, previous = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], before[j - 2] + 1)
        if min(row) > limit:
            return limit + 1
        before, previous = previous, row
    return previous[-1]


def gram_codes(grams) -> np.ndarray:
    """Each trigram as one number (three code points of 21 bits), sorted."""
    codes = [(ord(a) << 42) | (ord(b) << 21) | ord(c) for a, b, c in grams]
    return np.unique(np.asarray(codes, dtype=np.int64))


class Grams:
    """Trigram → entries having it, for a list of folded strings (pg_trgm's GIN, in memory).

    Built with numpy from all the entries' characters at once: a Python loop per word and
    trigram would cost seconds at 100 000 words."""

    def __init__(self, entries: list[str]):
        owners, words = [], []
        for number, entry in enumerate(entries):
            for word in entry.split():
                owners.append(number)
                words.append(word)
        self.size = len(entries)
        lengths = np.fromiter((len(word) + 3 for word in words), np.int64, len(words))
        chars = np.frombuffer(
            "".join(f"  {word} " for word in words).encode("utf-32-le"), dtype=np.uint32
        ).astype(np.int64)
        per_word = lengths - 2  # trigrams of "  word "
        firsts = np.repeat(np.cumsum(lengths) - lengths, per_word)
        offsets = np.arange(per_word.sum()) - np.repeat(np.cumsum(per_word) - per_word, per_word)
        at = firsts + offsets
        codes = (chars[at] << 42) | (chars[at + 1] << 21) | chars[at + 2]
        entry = np.repeat(np.asarray(owners, dtype=np.int64), per_word)
        order = np.lexsort((entry, codes))
        codes, entry = codes[order], entry[order]
        first = np.ones(len(codes), dtype=bool)
        first[1:] = (codes[1:] != codes[:-1]) | (entry[1:] != entry[:-1])
        codes, entry = codes[first], entry[first]
        self.keys, starts = np.unique(codes, return_index=True)
        self.starts = np.append(starts, len(codes))
        self.members = entry.astype(np.int32)
        self.counts = np.bincount(entry, minlength=self.size)

    def _postings(self, grams) -> list[np.ndarray]:
        codes = gram_codes(grams)
        places = np.clip(np.searchsorted(self.keys, codes), 0, max(len(self.keys) - 1, 0))
        if not len(self.keys):
            return [np.zeros(0, np.int32) for _code in codes]
        return [
            self.members[self.starts[place] : self.starts[place + 1]]
            if self.keys[place] == code
            else np.zeros(0, np.int32)
            for place, code in zip(places.tolist(), codes.tolist(), strict=True)
        ]

    def shared(self, grams) -> np.ndarray:
        """For every entry, how many of `grams` it has."""
        found = self._postings(grams)
        if not found:
            return np.zeros(self.size, dtype=np.int64)
        return np.bincount(np.concatenate(found), minlength=self.size)

    def containing(self, grams) -> np.ndarray:
        """Entries having every one of `grams`."""
        found = sorted(self._postings(grams), key=len)
        return reduce(np.intersect1d, found) if found else np.zeros(0, np.int32)

    def similarity(self, text: str) -> np.ndarray:
        """pg_trgm's similarity of `text` to every entry: trigrams shared / trigrams in all."""
        grams = set().union(*(trigrams(word) for word in text.split()))
        shared = self.shared(grams)
        return shared / np.maximum(len(grams) + self.counts - shared, 1)


@dataclass
class Meaning:
    """What one thesaurus phrase stands for."""

    words: list[list[str]]  # alternatives, each one or more words that must all be found
    terms: list[tuple[str, int]]  # (facet, term id): the measures of its types, needs, categories


@dataclass
class Hits:
    positions: np.ndarray  # places in the catalogue index, ascending
    relevance: np.ndarray  # one per position


@dataclass(frozen=True)
class Suggestion:
    query: str
    language: str  # "sv" or "en": what the page marks it as


NO_DOCS = np.zeros(0, dtype=np.int32)
NO_FIELDS = np.zeros(0, dtype=np.int8)


class Postings:
    """Word → the documents having it, each with its best field: one set of documents.

    `keys` hold one number per word and document: word, then document, then field (title
    first), sorted, so each word's documents are one slice."""

    def __init__(self, keys: np.ndarray, vocabulary_size: int):
        self.docs = ((keys >> 2) & 0xFFFFFFFF).astype(np.int32)
        self.fields = (keys & 3).astype(np.int8)
        self.starts = np.searchsorted(keys >> 34, np.arange(vocabulary_size + 1))

    def of(self, word: int) -> tuple[np.ndarray, np.ndarray]:
        if word + 1 >= len(self.starts):
            return NO_DOCS, NO_FIELDS
        start, end = self.starts[word], self.starts[word + 1]
        return self.docs[start:end], self.fields[start:end]

    def keys(self) -> np.ndarray:
        words = np.repeat(np.arange(len(self.starts) - 1, dtype=np.int64), np.diff(self.starts))
        return (words << 34) | (self.docs.astype(np.int64) << 2) | self.fields


def among(values: np.ndarray, wanted) -> np.ndarray:
    """Which of `values` (small non-negative integers: documents, measure ids) are in
    `wanted`: one lookup a value in a table (np.isin makes a pass over `values` per wanted
    value, 100 ms for ten over a million postings)."""
    wanted = np.asarray(wanted, dtype=np.int64)
    if not len(values) or not len(wanted):
        return np.zeros(len(values), dtype=bool)
    size = int(values.max()) + 1
    table = np.zeros(size, dtype=bool)
    table[wanted[(wanted >= 0) & (wanted < size)]] = True
    return table[values]


def _unique_keys(keys) -> np.ndarray:
    """Sorted, one per word and document: its best field."""
    keys = np.sort(keys)
    first = np.ones(len(keys), dtype=bool)
    first[1:] = (keys[1:] >> 2) != (keys[:-1] >> 2)
    return keys[first]


class WordIndex:
    """The words of the public measures' texts, and the thesaurus (see the module docstring).

    Documents are numbered as read; `doc_ids` gives each one's measure. A change never alters
    a WordIndex (requests may be searching it): `patched` gives a new one that shares what did
    not change. A changed measure's document is marked dead and the measure gets a new one in
    a small `delta` beside the `base`; the vocabulary only grows, and a word counts only while
    some live document has it (`live`), so every search sees exactly the vocabulary and
    documents a fresh build would. When the delta grows past COMPACT documents the two are
    merged into a new base, in numpy."""

    def __init__(self, rows, phrases):
        """`rows`: (measure id, title, summaries, description), by ascending id;
        `phrases`: [(phrase, (Meaning, language))]."""
        self.ids: dict[str, int] = {}  # folded word -> its id, its place in `words`
        self.words: list[str] = []  # folded
        self.shown: list[str] = []  # as first written (case-folded, with å, ä and ö)
        self.doc_ids = np.asarray([row[0] for row in rows], dtype=np.int64)
        self.alive = np.ones(len(rows), dtype=bool)
        keys = self._read(rows, 0)
        self.base = Postings(keys, len(self.words))
        self.base_words = len(self.words)
        self.delta: Postings | None = None
        self.delta_keys = np.zeros(0, dtype=np.int64)
        self.live = np.bincount(keys >> 34, minlength=len(self.words)).astype(np.int32)
        self.lengths = np.fromiter((len(w) for w in self.words), np.int32, len(self.words))
        self.alphabetical = sorted(self.words)  # for the words that begin with a stem
        self.word_stems: dict[int, str] = {}  # filled as searches need them
        self.base_grams = Grams(self.words)
        self.delta_grams: Grams | None = None
        self.phrase_list = [(phrase, language) for phrase, (_m, language) in phrases]
        self.phrase_folded = [fold(" ".join(words_of(phrase))) for phrase, _l in self.phrase_list]
        self.phrase_grams = Grams(self.phrase_folded)
        self.phrases = {
            tuple(folded.split()): meaning
            for folded, (_phrase, (meaning, _language)) in zip(
                self.phrase_folded, phrases, strict=True
            )
        }

    def _read(self, rows, first_doc: int) -> np.ndarray:
        """The unique keys of `rows` as documents first_doc, first_doc + 1 …, adding their
        new words to the vocabulary.

        Python touches each distinct word once; each occurrence is handled by the regular
        expression engine, dict lookups through `map` and numpy, in chunks of rows so the
        strings of one chunk only are alive at a time."""
        token_ids: dict[str, int] = {}  # every case-folded spelling -> the folded word's id
        keys = []
        for start in range(0, len(rows), BUILD_CHUNK):
            chunk = rows[start : start + BUILD_CHUNK]
            tokens, counts = [], []
            for _pk, *texts in chunk:
                for text in texts:
                    found = set(WORD.findall(text.casefold())) if text else ()
                    tokens.extend(found)
                    counts.append(len(found))
            # Sorted: the spelling shown for a word does not depend on the order of a set.
            for token in sorted({token for token in tokens if token not in token_ids}):
                folded = fold(token)
                if folded not in self.ids:
                    self.ids[folded] = len(self.words)
                    self.words.append(folded)
                    self.shown.append(token)
                token_ids[token] = self.ids[folded]
            word = np.fromiter(map(token_ids.__getitem__, tokens), np.int64, len(tokens))
            docs = np.arange(first_doc + start, first_doc + start + len(chunk), dtype=np.int64)
            doc = np.repeat(np.repeat(docs, len(FIELD_CODES)), counts)
            field = np.repeat(np.tile(FIELD_CODES, len(chunk)), counts)
            keys.append((word << 34) | (doc << 2) | field)
        return _unique_keys(np.concatenate(keys)) if keys else np.zeros(0, dtype=np.int64)

    # A change.

    def patched(self, measure_ids, rows) -> "WordIndex":
        """A new WordIndex in which the documents of `measure_ids` are dead and `rows` (the
        texts of those of them that are public now, as for __init__) are new documents."""
        new = copy.copy(self)
        dead = np.flatnonzero(self.alive & among(self.doc_ids, list(measure_ids)))
        new.alive = self.alive.copy()
        new.alive[dead] = False
        new.live = self.live.copy()
        if len(dead):
            in_base = np.flatnonzero(among(self.base.docs, dead))
            words = np.searchsorted(self.base.starts, in_base, side="right") - 1
            in_delta = self.delta_keys[among((self.delta_keys >> 2) & 0xFFFFFFFF, dead)]
            np.subtract.at(new.live, np.concatenate([words, in_delta >> 34]), 1)
        if rows:
            new.ids, new.words, new.shown = dict(self.ids), list(self.words), list(self.shown)
            keys = new._read(rows, len(self.doc_ids))
            added = new.words[len(self.words) :]
            new.doc_ids = np.concatenate([self.doc_ids, [row[0] for row in rows]])
            new.alive = np.concatenate([new.alive, np.ones(len(rows), dtype=bool)])
            new.live = np.concatenate([new.live, np.zeros(len(added), dtype=np.int32)])
            new.live += np.bincount(keys >> 34, minlength=len(new.words)).astype(np.int32)
            if added:
                new.lengths = np.concatenate(
                    [self.lengths, np.fromiter(map(len, added), np.int32, len(added))]
                )
                new.alphabetical = list(self.alphabetical)
                for word in added:
                    bisect.insort(new.alphabetical, word)
                new.delta_grams = Grams(new.words[self.base_words :])
        else:
            keys = np.zeros(0, dtype=np.int64)
        still = self.delta_keys[new.alive[(self.delta_keys >> 2) & 0xFFFFFFFF]]
        new.delta_keys = np.sort(np.concatenate([still, keys]))
        new.delta = Postings(new.delta_keys, len(new.words))
        delta_docs = len(np.unique((new.delta_keys >> 2) & 0xFFFFFFFF))
        if delta_docs > max(COMPACT, len(new.doc_ids) // 50) or len(dead) > len(new.doc_ids) // 4:
            new._compact()
        return new

    def _compact(self):
        """Merge the delta into the base and drop the dead documents (numpy only)."""
        alive = np.flatnonzero(self.alive)
        renumber = np.full(len(self.doc_ids), -1, dtype=np.int64)
        renumber[alive] = np.arange(len(alive))
        keys = np.concatenate([self.base.keys(), self.delta_keys])
        docs = (keys >> 2) & 0xFFFFFFFF
        keys = keys[self.alive[docs]]
        docs = renumber[(keys >> 2) & 0xFFFFFFFF]
        keys = np.sort((keys & ~np.int64(0xFFFFFFFF << 2)) | (docs << 2))
        self.doc_ids = self.doc_ids[alive]
        self.alive = np.ones(len(alive), dtype=bool)
        self.base = Postings(keys, len(self.words))
        self.base_words = len(self.words)
        self.base_grams = Grams(self.words)
        self.delta, self.delta_keys, self.delta_grams = None, np.zeros(0, dtype=np.int64), None

    # The vocabulary.

    def postings(self, word: int) -> tuple[np.ndarray, np.ndarray]:
        docs, fields = self.base.of(word)
        if self.delta is not None:
            more_docs, more_fields = self.delta.of(word)
            if len(more_docs):
                return np.concatenate([docs, more_docs]), np.concatenate([fields, more_fields])
        return docs, fields

    def gram_counts(self) -> np.ndarray:
        if self.delta_grams is None:
            return self.base_grams.counts
        return np.concatenate([self.base_grams.counts, self.delta_grams.counts])

    def shared_grams(self, grams) -> np.ndarray:
        """For every word, how many of `grams` it has."""
        if self.delta_grams is None:
            return self.base_grams.shared(grams)
        return np.concatenate([self.base_grams.shared(grams), self.delta_grams.shared(grams)])

    def containing(self, grams) -> np.ndarray:
        """Words having every one of `grams`."""
        found = self.base_grams.containing(grams)
        if self.delta_grams is not None:
            more = self.delta_grams.containing(grams).astype(np.int64) + self.base_words
            found = np.concatenate([found.astype(np.int64), more])
        return found

    def similarity(self, text: str) -> np.ndarray:
        """pg_trgm's similarity of `text` to every word."""
        if self.delta_grams is None:
            return self.base_grams.similarity(text)
        return np.concatenate([self.base_grams.similarity(text), self.delta_grams.similarity(text)])

    def is_live(self, word: int) -> bool:
        return bool(self.live[word] > 0)

    def stem_of(self, words: list[int]) -> list[str]:
        """The stems of vocabulary words, worked out the first time a search needs them: the
        stemmer costs some 30 µs a word, seconds for a whole vocabulary."""
        missing = [word for word in words if word not in self.word_stems]
        if missing:
            for word, stem in zip(missing, stems([self.shown[w] for w in missing]), strict=True):
                self.word_stems[word] = stem
        return [self.word_stems[word] for word in words]

    def same_stem(self, stem: str) -> list[int]:
        """Live vocabulary words whose stem is `stem`. Snowball's Swedish stemmer only removes
        endings, so they all begin with it, and an ending is at most a few letters."""
        start = bisect.bisect_left(self.alphabetical, stem)
        end = bisect.bisect_left(self.alphabetical, stem + "\U0010ffff")
        candidates = [
            self.ids[word]
            for word in self.alphabetical[start:end]
            if len(word) <= len(stem) + LONGEST_ENDING and self.live[self.ids[word]] > 0
        ]
        return [
            word
            for word, its_stem in zip(candidates, self.stem_of(candidates), strict=True)
            if its_stem == stem
        ]

    def nearest(self, candidates: np.ndarray, closeness: np.ndarray, limit: int) -> list[int]:
        """The `limit` candidates of highest closeness; ties by the word, so the choice does
        not depend on the order words came into the vocabulary."""
        ranked = sorted(candidates.tolist(), key=lambda w: (-closeness[w], self.words[w]))
        return ranked[:limit]


class TextSearch:
    """The word index searched for one catalogue index: each live document's measure at its
    place in that index."""

    def __init__(self, words: WordIndex, index):
        self.words = words
        self.index = index
        self.size = index.size
        places = np.clip(np.searchsorted(index.ids, words.doc_ids), 0, max(index.size - 1, 0))
        found = words.alive & (index.ids[places] == words.doc_ids if index.size else False)
        self.doc_places = np.where(found, places, -1)
        self._terms: dict[tuple, np.ndarray] = {}

    # Matching.

    def search(self, text: str) -> Hits:
        """The measures matching every word or thesaurus phrase of `text`, with relevance."""
        tokens = words_of(text)[:MAX_QUERY_WORDS]
        found = np.ones(self.size, dtype=bool) if tokens else np.zeros(self.size, dtype=bool)
        relevance = np.zeros(self.size)
        for words, meaning in self.units(tokens):
            scores = self.unit_scores(words, meaning)
            found &= scores > 0
            relevance += scores
        positions = np.flatnonzero(found)
        # Rounded: the database orders by these numbers too, and must see the same ties.
        return Hits(positions, np.round(relevance[positions], 6))

    def units(self, tokens):
        """The query as (words, Meaning or None): the longest thesaurus phrases first."""
        folded = [fold(token) for token in tokens]
        start = 0
        while start < len(tokens):
            for length in range(min(MAX_PHRASE_WORDS, len(tokens) - start), 0, -1):
                meaning = self.words.phrases.get(tuple(folded[start : start + length]))
                if meaning is not None:
                    yield tokens[start : start + length], meaning
                    start += length
                    break
            else:
                yield [tokens[start]], None
                start += 1

    def term_mask(self, meaning: Meaning) -> np.ndarray:
        """The measures of a phrase's types, needs and categories, in this catalogue index."""
        key = tuple(meaning.terms)
        if key not in self._terms:
            mask = np.zeros(self.size, dtype=bool)
            for param, term in meaning.terms:
                mask |= self.index.mask_for(param, [term])
            self._terms[key] = mask
        return self._terms[key]

    def unit_scores(self, words, meaning) -> np.ndarray:
        scores = self.all_of(words, typos=meaning is None)
        if meaning is not None:
            for alternative in meaning.words:
                scores = np.maximum(scores, self.all_of(alternative, typos=False))
            if meaning.terms:
                scores = np.maximum(scores, self.term_mask(meaning) * TERM)
        return scores

    def all_of(self, words, *, typos) -> np.ndarray:
        """Measures having every one of `words`; a phrase scores the mean of its words."""
        total = np.zeros(self.size)
        found = np.ones(self.size, dtype=bool)
        for word in words:
            scores = self.word_scores(word, typos=typos)
            found &= scores > 0
            total += scores
        return np.where(found, total / max(len(words), 1), 0.0)

    def word_scores(self, token: str, *, typos: bool = True) -> np.ndarray:
        scores = np.zeros(self.size)
        matches = self.expand(token, typos=typos)
        if matches:
            places, values = [], []
            for word, score in matches.items():
                docs, fields = self.words.postings(word)
                places.append(self.doc_places[docs])
                values.append(WEIGHTS[fields] * score)
            places, values = np.concatenate(places), np.concatenate(values)
            live = places >= 0
            np.maximum.at(scores, places[live], values[live])
        return scores

    def expand(self, token: str, *, typos: bool = True) -> dict[int, float]:
        """{live vocabulary word: score} for one query word (see the module docstring)."""
        vocabulary = self.words
        folded = fold(token)
        matches: dict[int, float] = {}
        same = vocabulary.ids.get(folded)
        if same is not None and vocabulary.is_live(same):
            matches[same] = SAME
        for word in vocabulary.same_stem(stems([token])[0]):
            matches.setdefault(word, SAME_STEM)
        if len(folded) >= MIN_PART:
            inner = {folded[i : i + 3] for i in range(len(folded) - 2)}
            for word in vocabulary.containing(inner).tolist():
                if vocabulary.is_live(word) and self.is_part(folded, word):
                    matches.setdefault(word, PART_OF)
        if not matches and typos and len(folded) >= MIN_TYPO:
            matches = {word: score for word, score in self.typos_of(folded)}
        return matches

    def is_part(self, folded: str, word: int) -> bool:
        """Whether `folded` begins or ends the compound `word` ("körkort" → "körkortsteori",
        "praktik" → "yrkespraktiken"). Not anywhere inside: "sprak" is no part of
        "yrkespraktik"."""
        whole = self.words.words[word]
        return (
            whole.startswith(folded)
            or whole.endswith(folded)
            or self.words.stem_of([word])[0].endswith(folded)
        )

    def typos_of(self, folded: str):
        """(word, score) for the vocabulary words one edit (two if long) from `folded`."""
        limit = 2 if len(folded) >= LONG_WORD else 1
        for word, distance in self.near(folded, limit):
            yield word, ONE_EDIT if distance == 1 else TWO_EDITS

    def near(self, folded: str, limit: int):
        """(word, edits) for the live vocabulary words 1 to `limit` edits from `folded`."""
        vocabulary = self.words
        grams = trigrams(folded)
        shared = vocabulary.shared_grams(grams)
        # An edit changes at most three of a word's trigrams, a swap four.
        needed = np.maximum(np.maximum(len(grams), vocabulary.gram_counts()) - 4 * limit, 1)
        close = (
            (shared >= needed)
            & (np.abs(vocabulary.lengths - len(folded)) <= limit)
            & (vocabulary.live > 0)
        )
        for word in vocabulary.nearest(np.flatnonzero(close), shared, TYPO_CANDIDATES):
            distance = edits(folded, vocabulary.words[word], limit)
            if 0 < distance <= limit:
                yield word, distance

    # "Menade du …?"

    def suggest(self, text: str, within: np.ndarray) -> list[Suggestion]:
        """Up to SUGGESTIONS queries near `text` that find something among `within` (the
        measures the other filters leave): the whole query against the thesaurus phrases, and
        each word that finds nothing against the vocabulary. Nearest first: fewest edits,
        then most trigrams in common."""
        vocabulary = self.words
        tokens = words_of(text)[:MAX_QUERY_WORDS]
        if not tokens:
            return []
        candidates: dict[str, tuple] = {}

        def offer(query, language, distance, similarity):
            rank = (distance, -round(float(similarity), 6), query)
            if query not in candidates or rank < candidates[query][0]:
                candidates[query] = (rank, language)

        folded = fold(" ".join(tokens))
        limit = suggestion_edits(folded)
        similarity = vocabulary.phrase_grams.similarity(folded)
        for entry, (phrase, language) in enumerate(vocabulary.phrase_list):
            distance = edits(folded, vocabulary.phrase_folded[entry], limit)
            if distance <= limit or similarity[entry] >= SIMILAR:
                offer(phrase, language, distance, similarity[entry])
        unfound, place = [], 0
        for words, meaning in self.units(tokens):
            if meaning is None and not self.expand(words[0]):
                unfound.append(place)
            place += len(words)
        for place in unfound[:SUGGESTED_WORDS]:
            token = tokens[place]
            word_folded = fold(token)
            limit = suggestion_edits(word_folded)
            similarity = vocabulary.similarity(word_folded)
            near = dict(self.near(word_folded, limit))
            alike = np.flatnonzero((similarity >= SIMILAR) & (vocabulary.live > 0))
            alike = vocabulary.nearest(alike, similarity, SUGGESTION_CANDIDATES)
            for word in set(near) | set(alike):
                replaced = " ".join([*tokens[:place], vocabulary.shown[word], *tokens[place + 1 :]])
                offer(replaced, "sv", near.get(word, limit + 1), similarity[word])
        suggestions, results = [], set()
        asked = " ".join(tokens)
        ranked = sorted(candidates.items(), key=lambda candidate: candidate[1][0])
        for query, (_rank, language) in ranked[:SUGGESTION_TRIES]:
            if query == asked:
                continue
            positions = self.search(query).positions
            found = positions[within[positions]].tobytes()
            # Two suggestions with the same result ("internship", "internships"): the nearer.
            if found and found not in results:
                results.add(found)
                suggestions.append(Suggestion(query, language))
                if len(suggestions) == SUGGESTIONS:
                    break
        return suggestions


def suggestion_edits(folded: str) -> int:
    """How many edits away a suggestion may be: one more than a typo the search forgives."""
    return 3 if len(folded) >= LONG_WORD else 2


TEXT_COLUMNS = ("pk", TITLE, *SUMMARIES, DESCRIPTION)


def _text_rows(rows):
    return [
        (pk, title, "\n".join(summaries), description)
        for pk, title, *summaries, description in rows
    ]


def read_texts(measure_ids) -> list:
    """The texts of the public measures among `measure_ids`, as WordIndex reads them."""
    rows = []
    for start in range(0, len(measure_ids), 500):
        chunk = measure_ids[start : start + 500]
        rows += Measure.objects.public().filter(pk__in=chunk).values_list(*TEXT_COLUMNS)
    return _text_rows(sorted(rows))


def patch_words(words: WordIndex, measure_ids, texts) -> WordIndex:
    """`words` with the measures `measure_ids` read again (see WordIndex.patched)."""
    return words.patched(measure_ids, texts)


def load_words(index) -> WordIndex:
    """Build the word index for the catalogue `index`: two queries (the public measures'
    texts, the thesaurus)."""
    rows = list(Measure.objects.public().order_by("pk").values_list(*TEXT_COLUMNS))
    # A measure published after the catalogue index was built is left out, as it is there.
    pks = np.asarray([row[0] for row in rows], dtype=np.int64)
    known = np.isin(pks, index.ids).tolist()
    placed = [row for row, keep in zip(_text_rows(rows), known, strict=True) if keep]
    return WordIndex(placed, load_thesaurus())


def load_thesaurus() -> list:
    """[(phrase, (Meaning, language))], rows of one phrase merged."""
    merged: dict[tuple, tuple] = {}
    columns = ("phrase", "language", "words", "measure_type_id", "need_id", "category_id")
    for phrase, language, words, kind, need, category in SearchTerm.objects.values_list(*columns):
        key = tuple(fold(word) for word in words_of(phrase))
        if not key:
            continue
        shown = " ".join(phrase.split())
        alternatives = [words_of(part) for part in words.split(",") if words_of(part)]
        terms = [
            (param, term)
            for param, term in (("typ", kind), ("behov", need), ("kategori", category))
            if term is not None
        ]
        if key in merged:  # the same phrase in Swedish and in English
            shown, (meaning, language) = merged[key]
            meaning.words.extend(alternatives)
            meaning.terms.extend(term for term in terms if term not in meaning.terms)
        else:
            meaning = Meaning(alternatives, terms)
        merged[key] = (shown, (meaning, language))
    return list(merged.values())


_lock = threading.Lock()


def text_index(index) -> TextSearch:
    """The free-text search of the catalogue `index`: its word index is built on the first
    search, then patched along with the catalogue index (catalogue.patch_index)."""
    if index.text is None:
        with _lock:
            if index.text is None:
                if index.words is None:
                    index.words = load_words(index)
                index.text = TextSearch(index.words, index)
    return index.text


def warm_up() -> None:
    """Build this process's catalogue index and its word index now, before a visitor needs
    them: a new gunicorn worker (portal/wsgi.py) would otherwise make its first list wait for
    the index (1 s at 100 000 measures) and its first search for the words (4 s)."""
    text_index(get_index())


def find(text: str):
    """(measure ids, relevance) of the public measures matching `text`."""
    index = get_index()
    hits = text_index(index).search(text)
    return index.ids[hits.positions], hits.relevance
