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
import re
import threading
from dataclasses import dataclass
from functools import reduce

import numpy as np
import snowballstemmer

from .catalogue import get_index
from .models import Measure, SearchTerm
from .text import clean_text_input, fold

WORD = re.compile(r"[^\W_]+")
# The texts searched: the title, the summaries (Swedish, easy Swedish, English) and the
# description, weighed 1, 0.4 and 0.2 (PostgreSQL's default weights for A, B and C).
TITLE, SUMMARIES, DESCRIPTION = "title", ("summary", "summary_easy", "summary_en"), "description"
FIELD_CODES = np.asarray([0, 1, 2], dtype=np.int64)
WEIGHTS = np.asarray([1.0, 0.4, 0.2])
BUILD_CHUNK = 2000  # measures read into words at a time
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
    terms: np.ndarray | None  # the measures of its types, needs and categories (bool)


@dataclass
class Hits:
    positions: np.ndarray  # places in the catalogue index, ascending
    relevance: np.ndarray  # one per position


@dataclass(frozen=True)
class Suggestion:
    query: str
    language: str  # "sv" or "en": what the page marks it as


class TextIndex:
    """The word index of one catalogue version (see the module docstring)."""

    def __init__(self, size, rows, phrases):
        """`rows`: (catalogue position, title, summaries, description);
        `phrases`: [(phrase, (Meaning, language))].

        Python touches each distinct word once; each occurrence is handled by the regular
        expression engine, dict lookups through `map` and numpy, in chunks of rows so the
        strings of one chunk only are alive at a time."""
        self.size = size
        self.ids: dict[str, int] = {}  # folded word -> its id, its place in `words`
        self.words: list[str] = []  # folded
        self.shown: list[str] = []  # as first written (case-folded, with å, ä and ö)
        token_ids: dict[str, int] = {}  # every case-folded spelling -> the folded word's id
        keys = []
        for start in range(0, len(rows), BUILD_CHUNK):
            chunk = rows[start : start + BUILD_CHUNK]
            tokens, counts = [], []
            for _position, *texts in chunk:
                for text in texts:
                    found = set(WORD.findall(text.casefold())) if text else ()
                    tokens.extend(found)
                    counts.append(len(found))
            for token in {token for token in set(tokens) if token not in token_ids}:
                folded = fold(token)
                if folded not in self.ids:
                    self.ids[folded] = len(self.words)
                    self.words.append(folded)
                    self.shown.append(token)
                token_ids[token] = self.ids[folded]
            word = np.fromiter(map(token_ids.__getitem__, tokens), np.int64, len(tokens))
            places = np.asarray([row[0] for row in chunk], dtype=np.int64)
            position = np.repeat(np.repeat(places, len(FIELD_CODES)), counts)
            field = np.repeat(np.tile(FIELD_CODES, len(chunk)), counts)
            # One number per occurrence: word, then measure, then field (title first).
            keys.append((word << 34) | (position << 2) | field)
        keys = np.sort(np.concatenate(keys)) if keys else np.zeros(0, dtype=np.int64)
        # One entry per word and measure: its best field.
        first = np.ones(len(keys), dtype=bool)
        first[1:] = (keys[1:] >> 2) != (keys[:-1] >> 2)
        keys = keys[first]
        self.positions = ((keys >> 2) & 0xFFFFFFFF).astype(np.int32)
        self.fields = (keys & 3).astype(np.int8)
        self.starts = np.searchsorted(keys >> 34, np.arange(len(self.words) + 1))
        self.lengths = np.fromiter((len(w) for w in self.words), np.int32, len(self.words))
        self.alphabetical = sorted(self.words)  # for the words that begin with a stem
        self.word_stems: dict[int, str] = {}  # filled as searches need them
        self.grams = Grams(self.words)
        self.phrase_list = [(phrase, language) for phrase, (_m, language) in phrases]
        self.phrase_folded = [fold(" ".join(words_of(phrase))) for phrase, _l in self.phrase_list]
        self.phrase_grams = Grams(self.phrase_folded)
        self.phrases = {
            tuple(folded.split()): meaning
            for folded, (_phrase, (meaning, _language)) in zip(
                self.phrase_folded, phrases, strict=True
            )
        }

    def stem_of(self, words: list[int]) -> list[str]:
        """The stems of vocabulary words, worked out the first time a search needs them: the
        stemmer costs some 30 µs a word, seconds for a whole vocabulary."""
        missing = [word for word in words if word not in self.word_stems]
        if missing:
            for word, stem in zip(missing, stems([self.shown[w] for w in missing]), strict=True):
                self.word_stems[word] = stem
        return [self.word_stems[word] for word in words]

    def same_stem(self, stem: str) -> list[int]:
        """Vocabulary words whose stem is `stem`. Snowball's Swedish stemmer only removes
        endings, so they all begin with it, and an ending is at most a few letters."""
        start = bisect.bisect_left(self.alphabetical, stem)
        end = bisect.bisect_left(self.alphabetical, stem + "\U0010ffff")
        candidates = [
            self.ids[word]
            for word in self.alphabetical[start:end]
            if len(word) <= len(stem) + LONGEST_ENDING
        ]
        return [
            word
            for word, its_stem in zip(candidates, self.stem_of(candidates), strict=True)
            if its_stem == stem
        ]

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
                meaning = self.phrases.get(tuple(folded[start : start + length]))
                if meaning is not None:
                    yield tokens[start : start + length], meaning
                    start += length
                    break
            else:
                yield [tokens[start]], None
                start += 1

    def unit_scores(self, words, meaning) -> np.ndarray:
        scores = self.all_of(words, typos=meaning is None)
        if meaning is not None:
            for alternative in meaning.words:
                scores = np.maximum(scores, self.all_of(alternative, typos=False))
            if meaning.terms is not None:
                scores = np.maximum(scores, meaning.terms * TERM)
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
            positions = [self.positions[self.starts[w] : self.starts[w + 1]] for w in matches]
            values = [
                WEIGHTS[self.fields[self.starts[w] : self.starts[w + 1]]] * score
                for w, score in matches.items()
            ]
            np.maximum.at(scores, np.concatenate(positions), np.concatenate(values))
        return scores

    def expand(self, token: str, *, typos: bool = True) -> dict[int, float]:
        """{vocabulary word: score} for one query word (see the module docstring)."""
        folded = fold(token)
        matches: dict[int, float] = {}
        same = self.ids.get(folded)
        if same is not None:
            matches[same] = SAME
        for word in self.same_stem(stems([token])[0]):
            matches.setdefault(word, SAME_STEM)
        if len(folded) >= MIN_PART:
            inner = {folded[i : i + 3] for i in range(len(folded) - 2)}
            for word in self.grams.containing(inner).tolist():
                if self.is_part(folded, word):
                    matches.setdefault(word, PART_OF)
        if not matches and typos and len(folded) >= MIN_TYPO:
            matches = {word: score for word, score in self.typos_of(folded)}
        return matches

    def is_part(self, folded: str, word: int) -> bool:
        """Whether `folded` begins or ends the compound `word` ("körkort" → "körkortsteori",
        "praktik" → "yrkespraktiken"). Not anywhere inside: "sprak" is no part of
        "yrkespraktik"."""
        whole = self.words[word]
        return (
            whole.startswith(folded)
            or whole.endswith(folded)
            or self.stem_of([word])[0].endswith(folded)
        )

    def typos_of(self, folded: str):
        """(word, score) for the vocabulary words one edit (two if long) from `folded`."""
        limit = 2 if len(folded) >= LONG_WORD else 1
        for word, distance in self.near(folded, limit):
            yield word, ONE_EDIT if distance == 1 else TWO_EDITS

    def near(self, folded: str, limit: int):
        """(word, edits) for the vocabulary words 1 to `limit` edits from `folded`."""
        grams = trigrams(folded)
        shared = self.grams.shared(grams)
        # An edit changes at most three of a word's trigrams, a swap four.
        needed = np.maximum(np.maximum(len(grams), self.grams.counts) - 4 * limit, 1)
        close = (shared >= needed) & (np.abs(self.lengths - len(folded)) <= limit)
        candidates = np.flatnonzero(close)
        candidates = candidates[np.argsort(-shared[candidates], kind="stable")][:TYPO_CANDIDATES]
        for word in candidates.tolist():
            distance = edits(folded, self.words[word], limit)
            if 0 < distance <= limit:
                yield word, distance

    # "Menade du …?"

    def suggest(self, text: str, within: np.ndarray) -> list[Suggestion]:
        """Up to SUGGESTIONS queries near `text` that find something among `within` (the
        measures the other filters leave): the whole query against the thesaurus phrases, and
        each word that finds nothing against the vocabulary. Nearest first: fewest edits,
        then most trigrams in common."""
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
        similarity = self.phrase_grams.similarity(folded)
        for entry, (phrase, language) in enumerate(self.phrase_list):
            distance = edits(folded, self.phrase_folded[entry], limit)
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
            similarity = self.grams.similarity(word_folded)
            near = dict(self.near(word_folded, limit))
            alike = np.flatnonzero(similarity >= SIMILAR)
            alike = alike[np.argsort(-similarity[alike], kind="stable")][:SUGGESTION_CANDIDATES]
            for word in set(near) | set(alike.tolist()):
                replaced = " ".join([*tokens[:place], self.shown[word], *tokens[place + 1 :]])
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


def load_text_index(index) -> TextIndex:
    """Build the word index for the catalogue `index`: two queries (the public measures'
    texts, the thesaurus)."""
    rows = list(
        Measure.objects.public().order_by("pk").values_list("pk", TITLE, *SUMMARIES, DESCRIPTION)
    )
    pks = np.asarray([row[0] for row in rows], dtype=np.int64)
    places = np.clip(np.searchsorted(index.ids, pks), 0, max(index.size - 1, 0))
    # A measure published after the catalogue index was built is left out, as it is there.
    known = (index.ids[places] == pks).tolist() if index.size else [False] * len(rows)
    placed = [
        (place, title, "\n".join(summaries), description)
        for place, (_pk, title, *summaries, description), keep in zip(
            places.tolist(), rows, known, strict=True
        )
        if keep
    ]
    return TextIndex(index.size, placed, load_thesaurus(index))


def load_thesaurus(index) -> list:
    """[(phrase, (Meaning, language))], rows of one phrase merged."""
    merged: dict[tuple, tuple] = {}
    columns = ("phrase", "language", "words", "measure_type_id", "need_id", "category_id")
    for phrase, language, words, kind, need, category in SearchTerm.objects.values_list(*columns):
        key = tuple(fold(word) for word in words_of(phrase))
        if not key:
            continue
        shown = " ".join(phrase.split())
        alternatives = [words_of(part) for part in words.split(",") if words_of(part)]
        terms = np.zeros(index.size, dtype=bool)
        for param, term in (("typ", kind), ("behov", need), ("kategori", category)):
            if term is not None:
                terms |= index.mask_for(param, [term])
        if key in merged:  # the same phrase in Swedish and in English
            shown, (meaning, language) = merged[key]
            meaning.words.extend(alternatives)
            if terms.any():
                meaning.terms = terms if meaning.terms is None else meaning.terms | terms
        else:
            meaning = Meaning(alternatives, terms if terms.any() else None)
        merged[key] = (shown, (meaning, language))
    return list(merged.values())


_lock = threading.Lock()


def text_index(index) -> TextIndex:
    """The word index of the catalogue `index`, built on the first search of its version."""
    if index.text is None:
        with _lock:
            if index.text is None:
                index.text = load_text_index(index)
    return index.text


def find(text: str):
    """(measure ids, relevance) of the public measures matching `text`."""
    index = get_index()
    hits = text_index(index).search(text)
    return index.ids[hits.positions], hits.relevance
