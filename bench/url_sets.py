"""The URLs each benchmarked page is requested over, drawn from a bench database.

    DATABASE_URL=... python bench/url_sets.py OUT_DIR

writes one file of paths per page kind (list.txt, list_filters.txt, list_q.txt, detail.txt,
healthz.txt, ping.txt, insight.txt) and mixed.txt (every URL but the references, shuffled) for the
warm-up.
Each file holds at least MINIMUM distinct URLs, so a cache that remembers one URL cannot carry a
result. The choice is seeded: the same database gives the same files.
"""

import collections
import os
import random
import re
import sys
import unicodedata
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MINIMUM = 50
SEED = 1
LIST = "/insatser/"
AGES = [16, 17, 18, 19, 20, 22, 25, 28, 30, 35, 45, 55, 60]
SORTS = ["relevans", "nyast", "titel", "kommun"]
# Words a visitor would not search for (the full-text configuration drops most of them anyway).
STOP_WORDS = {"och", "för", "att", "med", "som", "på", "av", "till", "det", "den", "en", "ett"}
WORD = re.compile(r"[^\W\d_]{3,}")


def vocabulary():
    """Every filter's values as the list's URLs spell them (slugs, ages, flags)."""
    from measures.models import Category, Language, Measure, MeasureType, Need, TargetGroup
    from municipalities.models import Municipality

    def slugs(model):
        return list(model.objects.order_by("pk").values_list("slug", flat=True))

    return {
        "kommun": slugs(Municipality),
        "kategori": slugs(Category),
        "typ": slugs(MeasureType),
        "malgrupp": slugs(TargetGroup),
        "behov": slugs(Need),
        "sprak": slugs(Language),
        "alder": [str(age) for age in AGES],
        "format": list(Measure.Format.values),
        "oppen_for_andra": ["1"],
        "ledig_plats": ["1"],
    }


def distinct(generate, wanted: int, attempts: int = 10_000) -> list[str]:
    urls = []
    seen = set()
    for _ in range(attempts):
        url = generate()
        if url not in seen:
            seen.add(url)
            urls.append(url)
            if len(urls) == wanted:
                break
    return urls


def path(query: list[tuple[str, str]]) -> str:
    return f"{LIST}?{urlencode(query)}" if query else LIST


def unfiltered_urls(pages: int = 15) -> list[str]:
    """No filter: the first pages in every sort order (a visitor browsing the whole list)."""
    urls = [LIST]
    for sort in SORTS:
        for page in range(1, pages + 1):
            query = [("sort", sort)] if sort != "relevans" else []
            if page > 1:
                query.append(("page", str(page)))
            urls.append(path(query))
    return list(dict.fromkeys(urls))


def filter_urls(terms, rng, wanted: int) -> list[str]:
    """Two or three filters at once; now and then two values of one filter (either matches)."""
    params = list(terms)
    multi = {"kommun", "kategori", "typ", "malgrupp", "behov", "sprak", "format"}

    def generate():
        query = []
        for param in rng.sample(params, rng.choice([2, 3])):
            values = terms[param]
            count = 2 if param in multi and len(values) > 2 and rng.random() < 0.2 else 1
            query.extend((param, value) for value in rng.sample(values, count))
        return path(query)

    return distinct(generate, wanted)


def fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search_words(rng, sample_size: int = 2000) -> list[str]:
    """Words of measure titles and summaries, most common first.

    Words in nearly every measure are left out: in the synthetic catalogue they are the
    generator's boilerplate ("syntetisk", "exempelinsats"), which no visitor searches for.
    """
    from measures.models import Measure

    ids = list(Measure.objects.public().values_list("pk", flat=True))
    sample = rng.sample(ids, min(sample_size, len(ids)))
    texts = Measure.objects.filter(pk__in=sample).values_list("title", "summary")
    documents = 0
    counts = collections.Counter()
    for title, summary in texts:
        documents += 1
        counts.update({word.lower() for word in WORD.findall(f"{title} {summary}")})
    return [
        word
        for word, count in counts.most_common()
        if word not in STOP_WORDS and count < 0.9 * documents
    ]


def misspell(word: str, rng) -> str:
    """What a hurried visitor types: no å/ä/ö, or one letter dropped or swapped."""
    folded = fold(word)
    if folded != word and rng.random() < 0.6:
        return folded
    if len(word) < 5:
        return word + word[-1]
    i = rng.randrange(1, len(word) - 2)
    if rng.random() < 0.5:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def text_urls(terms, rng, wanted: int) -> list[str]:
    """Free text: single words, misspellings, two-word searches, and a word with one filter."""
    words = search_words(rng)
    if not words:
        raise SystemExit("No words to search for: the database has no public measures.")
    filters = [param for param in terms if param not in {"oppen_for_andra", "ledig_plats"}]

    def generate():
        roll = rng.random()
        word = rng.choice(words)
        if roll < 0.35:
            return path([("q", word)])
        if roll < 0.55:
            return path([("q", misspell(word, rng))])
        if roll < 0.8:
            return path([("q", f"{word} {rng.choice(words)}")])
        param = rng.choice(filters)
        return path([("q", word), (param, rng.choice(terms[param]))])

    return distinct(generate, wanted)


def detail_urls(rng, wanted: int) -> list[str]:
    from measures.models import Measure

    slugs = list(Measure.objects.public().values_list("slug", flat=True))
    return [f"/insatser/{slug}/" for slug in rng.sample(slugs, min(wanted, len(slugs)))]


def build(out: Path) -> dict[str, int]:
    rng = random.Random(SEED)
    terms = vocabulary()
    sets = {
        # The references: /healthz (one SELECT 1, and Redis with the cache on) and /ping
        # (nothing); both ignore the query string, which only keeps wrk's URLs apart.
        "healthz": [f"/healthz?n={n}" for n in range(1, MINIMUM + 1)],
        "ping": [f"/ping?n={n}" for n in range(1, MINIMUM + 1)],
        "list": unfiltered_urls(),
        "list_filters": filter_urls(terms, rng, 150),
        "list_q": text_urls(terms, rng, 100),
        "detail": detail_urls(rng, 300),
        # One page; the query string (ignored) keeps wrk's URLs apart, as for the references.
        "insight": [f"/statistik/?n={n}" for n in range(1, MINIMUM + 1)],
    }
    for kind, urls in sets.items():
        if len(urls) < MINIMUM:
            raise SystemExit(f"Only {len(urls)} distinct URLs for {kind}; {MINIMUM} are needed.")
    mixed = [url for kind, urls in sets.items() if kind not in {"healthz", "ping"} for url in urls]
    rng.shuffle(mixed)
    sets["mixed"] = mixed
    out.mkdir(parents=True, exist_ok=True)
    for kind, urls in sets.items():
        (out / f"{kind}.txt").write_text("\n".join(urls) + "\n")
    return {kind: len(urls) for kind, urls in sets.items()}


def main() -> None:
    import django

    if len(sys.argv) != 2:
        raise SystemExit("usage: python bench/url_sets.py OUT_DIR")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    django.setup()
    for kind, count in build(Path(sys.argv[1])).items():
        print(f"{kind}: {count} URLs")


if __name__ == "__main__":
    main()
