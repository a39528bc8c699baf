"""Free-text search engines side by side, on the same queries: "measure before choosing".

    .venv/bin/python bench/search_compare.py [--size 10000] [--urls list_q.txt] [--rounds 3]
                                             [--json OUT]

Every engine answers what the list needs of free text: all the public measures that match (the
facets count them) and the first page of 20 in order of relevance, with the query's filter
(if any) applied. The filter's measures are worked out before the clock starts (the catalogue
index does that in the list, the same for every engine); the clock covers the text search, the
filter and the ranking. The queries are the `list_q` URL set of the benchmark (url_sets.py):
common and rarer words of the catalogue, misspelt words, two words, a word with a filter.

- **app**: the word index the list uses now (measures/search.py): per process and catalogue
  version, in numpy; stems, compounds, typos (1–2 edits) and the thesaurus.
- **pg-bounded**: PostgreSQL full text done differently: `websearch_to_tsquery('swedish', …)`
  over the `search_document` column (GIN index, migration 0004) for the matching ids, then
  `ts_rank` over a bounded candidate set only (the first CANDIDATES matches the filter
  leaves); a query that finds nothing tries its unknown words' nearest lexemes from a trigram
  word list (`ts_stat` of the documents, GIN `gin_trgm_ops`, built once here as a temporary
  table).
- **pg-rank-all**: the approach before measures/search.py: the same full-text match, every
  match ranked by `ts_rank`; with fewer than 20 matches, trigram word similarity over the
  titles added (`<%`).
- **tantivy**: an embedded tantivy index (BM25, Swedish stemmer, ASCII folding), built here in
  memory from the same texts; exact terms and compound beginnings first, and only when that
  finds nothing, fuzzy terms (1 edit, 2 from eight letters). Only if the `tantivy` package can
  be imported or installed into bench/data/pylib (never a project dependency); else skipped.

Reported per engine: build time, p50 / p95 / max over every query and round, the same by kind
of query, queries that found nothing, and how far each engine's results agree with the app's.
"""

import argparse
import importlib
import json
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402 (after the path is set)

PAGE = 20
CANDIDATES = 1000  # pg-bounded ranks at most this many matches
FEW_TEXT_HITS = 20  # pg-rank-all adds trigram title matches below this many hits
PYLIB = harness.DATA / "pylib"  # where tantivy is installed for the bench only
PUBLIC = (
    "status = 'publicerad' AND (visible_from IS NULL OR visible_from <= current_date) "
    "AND (visible_until IS NULL OR visible_until >= current_date)"
)
FILTERS = {
    "kommun": "municipality__slug__in",
    "typ": "measure_type__slug__in",
    "kategori": "categories__slug__in",
    "malgrupp": "target_groups__slug__in",
    "behov": "needs__slug__in",
    "sprak": "languages__slug__in",
    "format": "format__in",
}
ENGINES = {
    "app": "App's word index (measures/search.py, now)",
    "pg-bounded": "PostgreSQL `websearch_to_tsquery`, bounded ranking, trigram word list",
    "pg-rank-all": "PostgreSQL, every match ranked (before measures/search.py)",
    "tantivy": "tantivy, embedded (BM25, Swedish stemmer, fuzzy terms)",
}
KINDS = ["word", "typo", "two words", "word + filter"]
WORD = re.compile(r"[^\W_]+")


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def queries_from(url_file: Path) -> list[dict]:
    """[{text, filters: {param: [values]}, url}] from list URLs."""
    found = []
    for url in url_file.read_text().split():
        params = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
        text = " ".join(params.pop("q", [""]))
        filters = {k: v for k, v in params.items() if k not in {"sort", "page"}}
        found.append({"text": text, "filters": filters, "url": url})
    return found


def filter_positions(index, filters) -> "np.ndarray | None":  # noqa: F821
    """The catalogue positions the query's filter leaves (None: no filter)."""
    import numpy as np

    from measures.models import Measure

    if not filters:
        return None
    queryset = Measure.objects.public()
    for param, values in filters.items():
        if param in FILTERS:
            queryset = queryset.filter(**{FILTERS[param]: values})
        elif param == "alder":
            queryset = queryset.for_age(int(values[0]))
        elif param == "oppen_for_andra":
            queryset = queryset.open_to_others()
        elif param == "ledig_plats":
            queryset = queryset.with_free_places()
        else:
            raise SystemExit(f"search_compare: unknown filter {param}")
    wanted = np.zeros(index.size, dtype=bool)
    wanted[index.positions_of(queryset.values_list("pk", flat=True).distinct())] = True
    return wanted


class App:
    """measures/search.py: the word index of the catalogue index."""

    def __init__(self, index):
        from measures import search

        self.index = index
        started = time.perf_counter()
        self.text = search.text_index(index) if hasattr(search, "text_index") else None
        if self.text is None:
            search.find("bygg")  # builds it, whatever the module calls it
        self.find = search.find
        self.build = time.perf_counter() - started

    def search(self, text, wanted):
        import numpy as np

        index = self.index
        if self.text is not None:
            hits = self.text.search(text)
            positions, relevance = hits.positions, hits.relevance
        else:
            ids, relevance = self.find(text)
            positions = index.positions_of(ids)
        if wanted is not None:
            keep = wanted[positions]
            positions, relevance = positions[keep], relevance[keep]
        # Relevance, then the Swedish title order, as the list shows them.
        order = np.lexsort((index.title_rank[positions], -relevance))[:PAGE]
        return index.ids[positions], index.ids[positions[order]].tolist()


class Postgres:
    """A psycopg2 connection to the bench database, and the catalogue's ids for positions."""

    def __init__(self, database, index):
        import psycopg2

        self.index = index
        self.conn = psycopg2.connect(
            host=harness.PG_HOST, port=harness.PG_PORT, user=harness.PG_USER, dbname=database
        )
        self.conn.autocommit = True
        self.cursor = self.conn.cursor()

    def positions(self, ids):
        import numpy as np

        return self.index.positions_of(np.asarray(ids, dtype=np.int64))

    def filtered(self, ids, wanted):
        """The ids the filter leaves, in their order."""
        if wanted is None or not ids:
            return ids
        import numpy as np

        ids = np.asarray(ids, dtype=np.int64)
        places = np.clip(np.searchsorted(self.index.ids, ids), 0, self.index.size - 1)
        return ids[wanted[places] & (self.index.ids[places] == ids)].tolist()


class PgBounded(Postgres):
    def __init__(self, database, index):
        super().__init__(database, index)
        started = time.perf_counter()
        documents = f"SELECT search_document FROM measures_measure WHERE {PUBLIC}"
        self.cursor.execute(
            "CREATE TEMPORARY TABLE bench_words AS SELECT word FROM ts_stat(%s)", [documents]
        )
        self.cursor.execute("CREATE INDEX ON bench_words USING gin (word gin_trgm_ops)")
        self.cursor.execute("CREATE UNIQUE INDEX ON bench_words (word)")
        self.cursor.execute("ANALYZE bench_words")
        self.build = time.perf_counter() - started

    def matching(self, tsquery_sql, argument):
        self.cursor.execute(
            f"SELECT id FROM measures_measure WHERE {PUBLIC} AND search_document @@ {tsquery_sql}",
            [argument],
        )
        return [row[0] for row in self.cursor.fetchall()]

    def near_query(self, text):
        """A tsquery (as text for to_tsquery('simple')) with each word's lexeme, or, for a word
        that is in no document, its nearest lexemes by trigrams; None if nothing is near."""
        parts = []
        for word in WORD.findall(text.lower()):
            self.cursor.execute(
                "SELECT lexeme, EXISTS (SELECT 1 FROM bench_words WHERE word = lexeme) "
                "FROM unnest(tsvector_to_array(to_tsvector('swedish', %s))) AS lexeme",
                [word],
            )
            for lexeme, known in self.cursor.fetchall():
                if known:
                    parts.append(f"'{lexeme}'")
                    continue
                self.cursor.execute(
                    "SELECT word FROM bench_words WHERE word %% %s ORDER BY word <-> %s LIMIT 3",
                    [lexeme, lexeme],
                )
                near = [row[0] for row in self.cursor.fetchall()]
                if not near:
                    return None
                parts.append("(" + " | ".join(f"'{w}'" for w in near) + ")")
        return " & ".join(parts) if parts else None

    def search(self, text, wanted):
        query = "websearch_to_tsquery('swedish', %s)"
        ids = self.filtered(self.matching(query, text), wanted)
        if not ids:
            near = self.near_query(text)
            if near:
                query = "to_tsquery('simple', %s)"
                text = near
                ids = self.filtered(self.matching(query, near), wanted)
        if not ids:
            return [], []
        self.cursor.execute(
            "SELECT id FROM measures_measure WHERE id = ANY(%s) "
            f"ORDER BY ts_rank(search_document, {query}) DESC, id LIMIT {PAGE}",
            [ids[:CANDIDATES], text],
        )
        return ids, [row[0] for row in self.cursor.fetchall()]


class PgRankAll(Postgres):
    build = 0.0

    def search(self, text, wanted):
        query = "websearch_to_tsquery('swedish', %s)"
        self.cursor.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM measures_measure WHERE {PUBLIC} "
            f"AND search_document @@ {query} LIMIT {FEW_TEXT_HITS}) AS enough",
            [text],
        )
        if self.cursor.fetchone()[0] >= FEW_TEXT_HITS:
            self.cursor.execute(
                f"SELECT id FROM measures_measure WHERE {PUBLIC} AND search_document @@ {query} "
                f"ORDER BY ts_rank(search_document, {query}) DESC, id",
                [text, text],
            )
        else:
            self.cursor.execute(
                f"SELECT id FROM measures_measure WHERE {PUBLIC} "
                f"AND (search_document @@ {query} OR %s <%% title) "
                f"ORDER BY ts_rank(search_document, {query}) + word_similarity(%s, title) DESC, id",
                [text, text, text, text],
            )
        ids = self.filtered([row[0] for row in self.cursor.fetchall()], wanted)
        return ids, ids[:PAGE]


def import_tantivy():
    """The tantivy module, installed into bench/data/pylib if need be; (module, note)."""
    if str(PYLIB) not in sys.path:
        sys.path.append(str(PYLIB))
    try:
        import tantivy

        return tantivy, f"tantivy {tantivy.__version__}"
    except ImportError:
        pass
    if os.environ.get("BENCH_TANTIVY", "1") in {"0", "no", "false"}:
        return None, "skipped (BENCH_TANTIVY=0)"
    harness.log(f"installing tantivy into {PYLIB.relative_to(harness.ROOT)} (bench only)")
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--target", str(PYLIB), "tantivy"],
        capture_output=True,
        text=True,
        check=False,
    )
    sys.path_importer_cache.pop(str(PYLIB), None)  # the folder may not have existed before
    importlib.invalidate_caches()
    try:
        import tantivy

        return tantivy, f"tantivy {tantivy.__version__}"
    except ImportError:
        reason = (installed.stderr or installed.stdout).strip().splitlines()[-1:] or ["?"]
        return None, f"skipped: the tantivy package could not be installed ({reason[0]})"


class Tantivy:
    FIELDS = {"title": 1.0, "summaries": 0.4, "description": 0.2}  # as the app weighs them

    def __init__(self, tantivy, index, texts):
        self.t = tantivy
        self.index = index
        started = time.perf_counter()
        analyzer = (
            tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
            .filter(tantivy.Filter.remove_long(40))
            .filter(tantivy.Filter.lowercase())
            .filter(tantivy.Filter.stemmer("swedish"))
            .filter(tantivy.Filter.ascii_fold())
            .build()
        )
        builder = tantivy.SchemaBuilder()
        for name in self.FIELDS:
            builder.add_text_field(name, tokenizer_name="sv", index_option="freq")
        self.schema = builder.build()
        self.tantivy_index = tantivy.Index(self.schema)  # in memory
        self.tantivy_index.register_tokenizer("sv", analyzer)
        self.analyzer = analyzer
        writer = self.tantivy_index.writer(heap_size=300_000_000, num_threads=1)
        # Document i is catalogue position i: one segment, added in order.
        for pk in index.ids.tolist():
            title, summaries, description = texts.get(pk, ("", "", ""))
            writer.add_document(
                tantivy.Document(
                    title=title or "", summaries=summaries or "", description=description or ""
                )
            )
        writer.commit()
        writer.wait_merging_threads()
        self.tantivy_index.reload()
        self.searcher = self.tantivy_index.searcher()
        if self.searcher.num_segments != 1:
            raise SystemExit(f"tantivy: {self.searcher.num_segments} segments, expected 1")
        self.build = time.perf_counter() - started

    def query(self, text, fuzzy):
        t = self.t
        words = []
        for word in WORD.findall(text):
            tokens = self.analyzer.analyze(word)
            if not tokens:
                continue
            token = tokens[0]
            per_field = []
            for field, boost in self.FIELDS.items():
                if fuzzy:
                    distance = 2 if len(token) >= 8 else 1
                    query = t.Query.fuzzy_term_query(self.schema, field, token, distance, True)
                else:
                    exact = t.Query.term_query(self.schema, field, token)
                    begins = t.Query.fuzzy_term_query(self.schema, field, token, 0, True, True)
                    query = t.Query.boolean_query(
                        [(t.Occur.Should, exact), (t.Occur.Should, begins)]
                    )
                per_field.append((t.Occur.Should, t.Query.boost_query(query, boost)))
            words.append((t.Occur.Must, t.Query.boolean_query(per_field)))
        return t.Query.boolean_query(words) if words else None

    def search(self, text, wanted):
        import numpy as np

        for fuzzy in (False, True):
            query = self.query(text, fuzzy)
            if query is None:
                return [], []
            hits = self.searcher.search(query, limit=self.index.size).hits
            if hits:
                break
        positions = np.fromiter((address.doc for _score, address in hits), np.int64, len(hits))
        if wanted is not None:
            positions = positions[wanted[positions]]
        found = self.index.ids[positions]
        return found, found[:PAGE].tolist()


def public_texts() -> dict:
    """{measure id: (title, summaries, description)} of the public measures."""
    from measures.models import Measure

    rows = Measure.objects.public().values_list(
        "pk", "title", "summary", "summary_easy", "summary_en", "description"
    )
    return {pk: (title, "\n".join(filter(None, s)), d) for pk, title, *s, d in rows}


def vocabulary_of(texts: dict) -> set:
    """Every word of the texts, case- and accent-folded."""
    from measures.text import fold

    words = set()
    for parts in texts.values():
        words.update(WORD.findall(" ".join(filter(None, parts)).lower()))
    return {fold(word) for word in words}


def kind_of(query, vocabulary) -> str:
    """word, typo (a word in no text: misspelt), two words, or word + filter."""
    from measures.text import fold

    if query["filters"]:
        return "word + filter"
    words = WORD.findall(query["text"].lower())
    if len(words) > 1:
        return "two words"
    return "word" if words and fold(words[0]) in vocabulary else "typo"


def jaccard(a, b) -> float:
    a, b = set(a), set(b)
    return len(a & b) / len(a | b) if a | b else 1.0


def run(size: int, url_file: Path, rounds: int) -> dict:
    database = harness.ensure_database(size)
    os.environ.update(harness.django_env(database, cache=False))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    sys.path.insert(0, str(harness.ROOT))
    import django

    django.setup()
    from measures.catalogue import get_index

    index = get_index()
    queries = queries_from(url_file)
    for query in queries:
        query["wanted"] = filter_positions(index, query["filters"])
    engines, notes = {}, {}
    engines["app"] = App(index)
    engines["pg-bounded"] = PgBounded(database, index)
    engines["pg-rank-all"] = PgRankAll(database, index)
    texts = public_texts()
    tantivy, notes["tantivy"] = import_tantivy()
    if tantivy is not None:
        engines["tantivy"] = Tantivy(tantivy, index, texts)
    vocabulary = vocabulary_of(texts)
    for query in queries:
        query["kind"] = kind_of(query, vocabulary)
    harness.log(
        f"search compare, {size} measures, {len(queries)} queries × {rounds}: "
        + ", ".join(f"{name} built in {engine.build:.1f} s" for name, engine in engines.items())
    )
    times = {name: [] for name in engines}
    answers = {name: {} for name in engines}
    for _round in range(rounds):
        for number, query in enumerate(queries):
            for name, engine in engines.items():
                started = time.perf_counter()
                answers[name][number] = engine.search(query["text"], query["wanted"])
                times[name].append((number, (time.perf_counter() - started) * 1000))
    result = {"size": size, "queries": len(queries), "rounds": rounds, "notes": notes}
    result["engines"] = {}
    for name in engines:
        samples = [ms for _n, ms in times[name]]
        by_kind = {
            kind: percentile([ms for n, ms in times[name] if queries[n]["kind"] == kind], 0.95)
            for kind in KINDS
        }
        found = answers[name]
        app = answers["app"]
        nothing = [n for n in found if len(found[n][0]) == 0]
        typos = [n for n in found if queries[n]["kind"] == "typo"]
        result["engines"][name] = {
            "build_s": engines[name].build,
            "p50": percentile(samples, 0.5),
            "p95": percentile(samples, 0.95),
            "max": max(samples),
            "mean": statistics.fmean(samples),
            "p95_by_kind": by_kind,
            "found_nothing": len(nothing),
            "nothing_for": [queries[n]["url"] for n in nothing][:20],
            "typos_found_nothing": sum(1 for n in typos if len(found[n][0]) == 0),
            # The measures found, compared with the app's: |both| / |either|, averaged.
            "same_matches_as_app": statistics.fmean(
                jaccard(
                    found[n][0].tolist() if hasattr(found[n][0], "tolist") else found[n][0],
                    app[n][0].tolist(),
                )
                for n in app
            ),
            "typos": len(typos),
            "slowest": queries[max(times[name], key=lambda sample: sample[1])[0]]["url"],
            # Of the app's first page, the share this engine also has on its first page.
            "top_overlap_with_app": statistics.fmean(
                len(set(found[n][1]) & set(app[n][1])) / len(app[n][1]) for n in app if app[n][1]
            ),
        }
    result["counts"] = {kind: sum(1 for q in queries if q["kind"] == kind) for kind in KINDS}
    # What bounding the ranking costs: of ranking every match's first page (same ts_rank), the
    # share the bounded ranking also puts on its first page.
    every, bounded = answers["pg-rank-all"], answers["pg-bounded"]
    result["bounded_vs_all"] = statistics.fmean(
        len(set(bounded[n][1]) & set(every[n][1])) / len(every[n][1])
        for n in every
        if every[n][1] and len(every[n][0]) == len(bounded[n][0])
    )
    result["markdown"] = markdown(result)
    return result


def markdown(result: dict) -> str:
    counts = ", ".join(f"{n} {kind}" for kind, n in result["counts"].items())
    lines = [
        f"## Free-text engines compared, {harness.spaced(result['size'])} measures",
        "",
        f"bench/search_compare.py: the {result['queries']} `list_q` queries ({counts}), each "
        f"{result['rounds']}× per engine, in one process, on the bench database; the time "
        "covers the matches, the filter and the first page of 20 by relevance (what the list "
        "needs of free text), not the page around it. Build: what the engine reads or builds "
        "once per catalogue version.",
        "",
        "| engine | build s | p50 ms | p95 ms | max ms | p95 word / typo / two words / word + "
        "filter ms | found nothing (of them typos) | same matches as the app | app's first "
        "page also on its first page |",
        "|---|---:|---:|---:|---:|---|---:|---:|---:|",
    ]
    for name, numbers in result["engines"].items():
        kinds = " / ".join(f"{numbers['p95_by_kind'][kind]:.1f}" for kind in KINDS)
        lines.append(
            f"| {ENGINES[name]} | {numbers['build_s']:.1f} | {numbers['p50']:.1f} "
            f"| {numbers['p95']:.1f} | {numbers['max']:.0f} | {kinds} "
            f"| {numbers['found_nothing']} ({numbers['typos_found_nothing']} of "
            f"{numbers['typos']}) | {numbers['same_matches_as_app']:.0%} "
            f"| {numbers['top_overlap_with_app']:.0%} |"
        )
    lines += [
        "",
        "Where both PostgreSQL engines found the same number of measures, the bounded ranking "
        f"(at most {CANDIDATES} candidates) put {result['bounded_vs_all']:.0%} of ranking "
        "every match's first page on its own first page. The app orders equal relevance by "
        "title, PostgreSQL by id and tantivy by BM25, so first pages differ between engines "
        "even where they find the same measures.",
    ]
    for name, note in result["notes"].items():
        if name not in result["engines"]:
            lines += ["", f"- {name}: {note}"]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--urls", type=Path, help="list URLs with q (default: the size's list_q)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    harness.stop_on_sigterm()
    urls = args.urls or harness.DATA / "urls" / harness.size_label(args.size) / "list_q.txt"
    if not urls.exists():
        database = harness.ensure_database(args.size)
        subprocess.run(
            [sys.executable, str(harness.BENCH / "url_sets.py"), str(urls.parent)],
            env=harness.django_env(database),
            check=True,
            stdout=subprocess.DEVNULL,
        )
    result = run(args.size, urls, args.rounds)
    print(result["markdown"])
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
