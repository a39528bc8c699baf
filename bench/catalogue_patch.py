"""Times the catalogue index on a bench database: a full build against a patch.

    DJANGO_DEBUG=1 DATABASE_URL=postgres://…/portal_bench_100k \
        .venv/bin/python bench/catalogue_patch.py

Builds the index and its word index as a fresh process would, then saves 1 and 10 measures
(their titles, through the ordinary save, so the change log names them), and times the patch
that brings the index up to date, the first search after it, and a full build of the same
catalogue for comparison. Each save is undone at the end (again through the log). Prints
medians of three runs in milliseconds.
"""

import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")

import django  # noqa: E402

django.setup()

from django.db import transaction  # noqa: E402

from measures import catalogue  # noqa: E402
from measures.catalogue import build_index, catalogue_key, patch_index  # noqa: E402
from measures.models import CatalogueState, Measure  # noqa: E402
from measures.search import text_index  # noqa: E402

RUNS = 3


def timed(work):
    started = time.perf_counter()
    result = work()
    return result, (time.perf_counter() - started) * 1000


def save_titles(measures, suffix):
    with transaction.atomic():  # one change in the log, naming every measure
        for measure in measures:
            measure.title = measure.title.removesuffix(" (ändrad)") + suffix
            measure.save(update_fields=["title"])


def main():
    rng = random.Random(1)
    # A database filled by generate_measures starts the log with a rebuild: the index is read
    # whole at that change, and patched from there.
    CatalogueState.bump(rebuild=True)
    key = catalogue_key()
    index, build_ms = timed(lambda: build_index(key))
    _text, words_ms = timed(lambda: text_index(index))
    _hits, search_ms = timed(lambda: text_index(index).search("praktik svenska"))
    print(f"measures {index.size}")
    print(f"full build {build_ms:.0f} ms, word index build {words_ms:.0f} ms")
    print(f"search before any change {search_ms:.1f} ms")
    public = list(Measure.objects.public().order_by("pk").values_list("pk", flat=True))
    for count in (1, 10):
        patches, searches, builds = [], [], []
        for _run in range(RUNS):
            chosen = list(Measure.objects.filter(pk__in=rng.sample(public, count)))
            save_titles(chosen, " (ändrad)")
            new_key = catalogue_key()
            changed = catalogue._changes_since(index, new_key)
            assert changed is not None and len(changed) == count, changed
            patched, patch_ms = timed(lambda: patch_index(index, new_key, changed))  # noqa: B023
            _hits, after_ms = timed(lambda: text_index(patched).search("ändrad"))  # noqa: B023
            _fresh, full_ms = timed(lambda: build_index(new_key))  # noqa: B023
            patches.append(patch_ms)
            searches.append(after_ms)
            builds.append(full_ms)
            index = patched
            save_titles(chosen, "")
            back_key = catalogue_key()
            index = patch_index(index, back_key, catalogue._changes_since(index, back_key))
        print(
            f"{count} changed: patch {statistics.median(patches):.0f} ms "
            f"(catalogue and word index), first search after it "
            f"{statistics.median(searches):.1f} ms, full build {statistics.median(builds):.0f} ms"
        )


if __name__ == "__main__":
    main()
