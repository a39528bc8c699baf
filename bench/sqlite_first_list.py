"""The first list request on SQLite (the database of `make run`) at 20 000 measures.

    .venv/bin/python bench/sqlite_first_list.py [--size 20000] [--json OUT]

Builds (or reuses) bench/data/portal_bench_<size>.sqlite3 with the same generator as the
PostgreSQL bench databases, starts gunicorn on it with one worker and the cache off, and times
the first `GET /insatser/` of that fresh process (it builds the catalogue index, the Swedish
orders included), then a second one, then the first and a second free-text search (the word
index). Budget (issue 11): the first list under 1 s.
"""

import argparse
import contextlib
import json
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402 (after the path is set)

SIZE = 20_000
REQUESTS = [
    ("first list", "/insatser/"),
    ("second list", "/insatser/?sort=titel"),
    ("first search", "/insatser/?q=praktik"),
    ("second search", "/insatser/?q=svenska"),
]


def counts(path: Path) -> tuple[int, int] | None:
    if not path.exists():
        return None
    try:
        with contextlib.closing(sqlite3.connect(path)) as conn:
            measures = conn.execute("SELECT count(*) FROM measures_measure").fetchone()[0]
            places = conn.execute("SELECT count(*) FROM municipalities_municipality").fetchone()[0]
            return measures, places
    except sqlite3.Error:
        return None


def ensure(size: int) -> str:
    path = harness.DATA / f"portal_bench_{harness.size_label(size)}.sqlite3"
    url = f"sqlite:///{path}"
    harness.DATA.mkdir(parents=True, exist_ok=True)
    if counts(path) == (size, harness.MUNICIPALITIES):
        harness.manage(url, "migrate", "--noinput", "--verbosity", "0")
        harness.log(f"{path.name}: reusing")
        return url
    started = time.monotonic()
    for leftover in path.parent.glob(f"{path.name}*"):
        leftover.unlink()
    harness.log(f"{path.name}: creating")
    harness.manage(url, "migrate", "--noinput", "--verbosity", "0")
    harness.manage(
        url,
        "generate_measures",
        str(size),
        "--municipalities",
        str(harness.MUNICIPALITIES),
        "--seed",
        str(harness.SEED),
        quiet=True,
    )
    if counts(path) != (size, harness.MUNICIPALITIES):
        raise SystemExit(f"{path}: expected {size} measures, found {counts(path)}")
    harness.log(f"{path.name}: built in {time.monotonic() - started:.0f} s")
    return url


def run(size: int) -> dict:
    harness.stop_on_sigterm()
    url = ensure(size)
    log = harness.DATA / f"gunicorn-sqlite-{harness.size_label(size)}.log"
    log.unlink(missing_ok=True)
    result = {"size": size, "requests": {}, "problems": []}
    # Warm start off: the worker would otherwise build the index before answering at all, and
    # this measures what the first list costs a process that has none.
    with harness.Server(url, cache=False, log_path=log, workers=1, PORTAL_WARM_START="0") as server:
        for name, path in REQUESTS:
            started = time.perf_counter()
            status, _body, _type = harness.get(server.base + path, timeout=120)
            result["requests"][name] = time.perf_counter() - started
            if status != 200:
                result["problems"].append(f"{path} answered {status}")
    result["first_list_s"] = result["requests"]["first list"]
    result["passed"] = not result["problems"]
    harness.log(
        "SQLite, "
        + ", ".join(
            f"{name} {seconds * 1000:.0f} ms" for name, seconds in result["requests"].items()
        )
    )
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=SIZE)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    result = run(args.size)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=1))
    return 0 if result["passed"] else 1


if __name__ == "__main__":
    sys.exit(main())
