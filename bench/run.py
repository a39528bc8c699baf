"""`make bench`: how fast the public pages answer at 100 000 and 10 000 measures, in one run.

For each size it builds (or reuses) a PostgreSQL database of synthetic measures, serves it with
gunicorn on loopback and drives wrk from a second process against each page kind, over a
rotating set of at least 50 URLs, once with the list cache off and once with it on, `/healthz`
being the reference. Then, per size, each in its own process (each sets Django up for its
database): the free-text engines compared (search_compare.py), two servers on one database and
one Redis (two_servers.py) and the load test twice, with the cache off (the list's own work)
and on (with its visibility probes; load_test.py); and once, the first list on SQLite at
20 000 measures (sqlite_first_list.py). It writes bench/results.md (kept in the repository;
the issue-11 budgets first) and the raw output under bench/data/ (not kept).

Environment (all optional):
    BENCH_QUICK=1              a smoke run: 10 000 measures only, every step short
    BENCH_SIZES=100000,10000   sizes to run, largest is judged against the budgets
    BENCH_SECONDS=15           length of each single-client run
    BENCH_LOAD_SECONDS=10      length of each throughput run (BENCH_CONNECTIONS clients)
    BENCH_CONNECTIONS=4        clients in the throughput run (0 skips it)
    BENCH_REBUILD=1            rebuild the databases even if they look right
    BENCH_LOAD_TEST=0          skip the load test; BENCH_LOAD_TEST_SECONDS=60 its length,
                               BENCH_LOAD_TEST_IDLE_SECONDS=20 its idle phase
    BENCH_PROBES=6             visibility probes in the load test and the two-server check
    BENCH_TWO_SERVERS=0        skip the two-server check
    BENCH_SEARCH_COMPARE=0     skip the comparison of free-text engines;
                               BENCH_SEARCH_ROUNDS=3 times each query is run per engine
    BENCH_SQLITE=0             skip the SQLite check; BENCH_SQLITE_SIZE=20000 its size
    BENCH_API_PATH=/api/...    where the API list lives, once it exists

make bench fails on errors (a request not answered 200, a failed load test or two-server check,
a step that crashed), never on a missed budget.
"""

import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402 (after the path is set)

KINDS = {
    "healthz": "`/healthz` (reference: `SELECT 1`, Redis with the cache on)",
    "ping": "`/ping` (no database)",
    "list": "List, no filter",
    "list_filters": "List, 2–3 filters",
    "list_q": "List, free text (`q`)",
    "detail": "Measure page",
    "insight": "Statistics (`/statistik/`)",
    "api_list": "API list, no filter",
    "api": "API list, 2–3 filters",
    "api_detail": "API measure",
}
API_KINDS = {"api_list": "list", "api": "list_filters", "api_detail": "detail"}
MODES = {"off": False, "on": True}
API_CANDIDATES = ["/api/insatser/", "/api/v1/insatser/", "/api/measures/", "/api/v1/measures/"]
WARM_UP_SECONDS = 8
REFERENCES = {"healthz", "ping"}
BUDGET_SIZE = 100_000
BUDGET_P95_MS = {"off": 100, "on": 20}
BUDGET_GROWTH = 3.0
QUICK = os.environ.get("BENCH_QUICK", "") in {"1", "true", "yes"}


def env_int(name: str, default: int, quick: int | None = None) -> int:
    """The variable's value, else the default (or, in a quick run, `quick`)."""
    value = os.environ.get(name, "").strip()
    if value:
        return int(value)
    return quick if QUICK and quick is not None else default


def enabled(name: str) -> bool:
    return os.environ.get(name, "1") not in {"0", "no", "false"}


def machine() -> dict:
    cpu = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory = ""
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal"):
            memory = f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"
    wrk_version = subprocess.run(["wrk", "--version"], capture_output=True, text=True).stdout
    return {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "arch": platform.machine(),
        "cpu": cpu or platform.processor() or "unknown",
        "cores": os.cpu_count(),
        "memory": memory,
        "postgres": harness.postgres_version(),
        "python": platform.python_version(),
        "wrk": " ".join(wrk_version.split()[:2]),
    }


def probe_api(base: str, urls: Path) -> tuple[dict, str]:
    """The API's URL files if the API answers JSON somewhere ({kind: file}), and what they are.

    The same requests as the pages': the unfiltered list's pages and orders, the 2–3 filter
    combinations, and the 300 measures (their slugs)."""
    candidates = [os.environ.get("BENCH_API_PATH", "")] + API_CANDIDATES
    tried = []
    for path in filter(None, candidates):
        status, _body, content_type = harness.get(base + path)
        if status == 200 and "json" in content_type:
            files = {}
            for kind, page_kind in API_KINDS.items():
                lines = []
                for line in (urls / f"{page_kind}.txt").read_text().split():
                    if page_kind == "detail":
                        slug = line.rstrip("/").rsplit("/", 1)[1]
                        lines.append(f"{path}{slug}/")
                    else:
                        query = line.split("?", 1)[1] if "?" in line else ""
                        lines.append(f"{path}?{query}" if query else path)
                files[kind] = urls / f"{kind}.txt"
                files[kind].write_text("".join(f"{line}\n" for line in lines))
            return files, (
                f"`{path}`: the unfiltered list's pages and orders, the 2–3 filter combinations "
                "and the 300 measures of the pages' sets"
            )
        tried.append(f"`{path}` → {status}")
    return {}, "not built yet (" + ", ".join(tried) + "); skipped"


def run_size(size: int, seconds: int, load_seconds: int, connections: int) -> dict:
    database = harness.ensure_database(size)
    label = harness.size_label(size)
    urls = harness.DATA / "urls" / label
    subprocess.run(
        [sys.executable, str(harness.BENCH / "url_sets.py"), str(urls)],
        env=harness.django_env(database),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    result = {"size": size, "database": database, "modes": {}, "api": "", "load": {}}
    for mode, cache in MODES.items():
        if cache:
            harness.flush_cache()
        log = harness.DATA / f"gunicorn-{label}-cache-{mode}.log"
        log.unlink(missing_ok=True)
        rows = {}
        result["load"][mode] = os.getloadavg()[0]
        with harness.Server(database, cache=cache, log_path=log) as server:
            api_files, result["api"] = probe_api(server.base, urls)
            harness.log(f"{label}, cache {mode}: serving on {server.base}; warming up")
            # Every worker builds its own in-process state on its first requests: warm them
            # all, so the runs measure the steady state (the warm-up's own figures are kept).
            warm_up = harness.wrk(
                server.base,
                urls / "mixed.txt",
                seconds=WARM_UP_SECONDS,
                connections=harness.WORKERS,
                raw=harness.DATA / "raw" / label / mode / "warm-up.json",
            )
            if cache:
                harness.flush_cache()  # so each page's first pass meets an empty cache
            for kind in KINDS:
                url_file = api_files.get(kind) if kind in API_KINDS else urls / f"{kind}.txt"
                if url_file is None:
                    continue
                paths = url_file.read_text().split()
                raw = harness.DATA / "raw" / label / mode
                cold = None
                if cache and kind not in REFERENCES:
                    # Every URL once, so the measured runs see a warm cache; these first
                    # requests are the cost after each change to the catalogue.
                    cold = harness.first_pass(server.base, paths)
                single = harness.wrk(
                    server.base, url_file, seconds=seconds, raw=raw / f"{kind}-c1.json"
                )
                loaded = None
                if connections:
                    loaded = harness.wrk(
                        server.base,
                        url_file,
                        seconds=load_seconds,
                        connections=connections,
                        threads=min(2, connections),
                        raw=raw / f"{kind}-c{connections}.json",
                    )
                rows[kind] = {"urls": len(paths), "single": single, "loaded": loaded, "cold": cold}
                harness.log(f"{label}, cache {mode}, {kind}: {summary_line(single)}")
        result["modes"][mode] = rows
        result.setdefault("warm_up", {})[mode] = warm_up
        if not cache:
            result["server_times"] = harness.server_times(log)
    result["url_sets"] = {
        kind: (urls / f"{kind}.txt").read_text().split()
        for kind in KINDS
        if (urls / f"{kind}.txt").exists()
    }
    return result


def rate(run: dict) -> float:
    return run["requests"] / (run["duration_us"] / 1e6) if run["duration_us"] else 0.0


def ms(run: dict, percentile: str) -> float:
    return run["latency_us"][percentile] / 1000


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] if ordered else 0.0


def bad_answers(run: dict | list | None) -> int:
    """Answers that were not 200, plus socket errors and timeouts."""
    if run is None:
        return 0
    if isinstance(run, list):  # a first pass: [(path, status, ms)]
        return sum(1 for _path, status, _ms in run if status != 200)
    errors = run["errors"]
    wrong = sum(count for status, count in run["statuses"].items() if status != "200")
    return wrong + errors["connect"] + errors["read"] + errors["write"] + errors["timeout"]


def summary_line(run: dict) -> str:
    return (
        f"{rate(run):.1f} req/s, p50 {ms(run, 'p50'):.1f} ms, p95 {ms(run, 'p95'):.1f} ms, "
        f"p99 {ms(run, 'p99'):.1f} ms, {bad_answers(run)} errors"
    )


def mark(ok: bool) -> str:
    return "✓" if ok else "✗"


def size_table(result: dict, mode: str, connections: int) -> list[str]:
    rows = result["modes"][mode]
    reference = rows["healthz"]
    cold = mode == "on"
    head = ["page", "URLs", "requests", "req/s (1 client)", "p50 ms", "p95 ms", "p99 ms"]
    head += ["max ms", "× healthz"]
    if connections:
        head += [f"req/s ({connections} clients)", "× healthz"]
    if cold:
        head += ["first pass p50 ms", "first pass p95 ms"]
    head.append("errors")
    lines = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    for kind, row in rows.items():
        single, loaded = row["single"], row["loaded"]
        cells = [
            KINDS[kind],
            str(row["urls"]),
            str(single["requests"]),
            f"{rate(single):.1f}",
            f"{ms(single, 'p50'):.1f}",
            f"{ms(single, 'p95'):.1f}",
            f"{ms(single, 'p99'):.1f}",
            f"{ms(single, 'max'):.0f}",
            f"{rate(single) / rate(reference['single']):.3f}",
        ]
        if connections:
            cells += [f"{rate(loaded):.1f}", f"{rate(loaded) / rate(reference['loaded']):.3f}"]
        if cold:
            times = [elapsed for _path, _status, elapsed in row["cold"] or []]
            cells += (
                [f"{percentile(times, 50):.1f}", f"{percentile(times, 95):.1f}"]
                if times
                else ["–", "–"]
            )
        cells.append(str(bad_answers(single) + bad_answers(loaded) + bad_answers(row["cold"])))
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def budget_lines(result: dict) -> tuple[list[str], bool]:
    lines = [
        f"Single client, {spaced(result['size'])} measures: p95 under "
        f"{BUDGET_P95_MS['off']} ms with the cache off and under {BUDGET_P95_MS['on']} ms with it "
        "on, for every page.",
        "",
        "| page | p95 cache off | < 100 ms | p95 cache on | < 20 ms |",
        "|---|---:|:-:|---:|:-:|",
    ]
    met = True
    for kind in result["modes"]["off"]:
        if kind in REFERENCES:
            continue
        cells = [KINDS[kind]]
        for mode in MODES:
            p95 = ms(result["modes"][mode][kind]["single"], "p95")
            ok = p95 < BUDGET_P95_MS[mode]
            met &= ok
            cells += [f"{p95:.1f} ms", mark(ok)]
        lines.append("| " + " | ".join(cells) + " |")
    return lines, met


def growth_lines(large: dict, small: dict) -> tuple[list[str], bool]:
    times = large["size"] / small["size"]
    lines = [
        f"{spaced(large['size'])} against {spaced(small['size'])} measures ({times:g}× the data)"
        f": the p95 may grow at most {BUDGET_GROWTH:g}×. (Throughput ratio: how many times "
        "fewer requests per second, single client.)",
        "",
        "| page | cache | p95 small | p95 large | p95 ratio | ≤ 3× | p50 ratio | req/s ratio |",
        "|---|---|---:|---:|---:|:-:|---:|---:|",
    ]
    met = True
    for mode in MODES:
        for kind in large["modes"][mode]:
            if kind not in small["modes"][mode] or kind in REFERENCES:
                continue
            big, little = large["modes"][mode][kind]["single"], small["modes"][mode][kind]["single"]
            ratio = ms(big, "p95") / ms(little, "p95")
            ok = ratio <= BUDGET_GROWTH
            met &= ok
            lines.append(
                f"| {KINDS[kind]} | {mode} | {ms(little, 'p95'):.1f} ms | {ms(big, 'p95'):.1f} ms "
                f"| {ratio:.2f} | {mark(ok)} | {ms(big, 'p50') / ms(little, 'p50'):.2f} "
                f"| {rate(little) / rate(big):.2f} |"
            )
    return lines, met


def markdown(meta: dict, results: list[dict], settings: dict, extra: dict) -> str:
    sizes = " and ".join(spaced(r["size"]) for r in results)
    lines = [
        "# Benchmark results",
        "",
        "Written by `make bench` (bench/run.py); the method is in bench/README.md. Raw wrk output "
        "lies in bench/data/ (not committed).",
        "",
        f"- Date: {meta['date']}",
        f"- Machine: {meta['arch']}, {meta['cpu']}, {meta['cores']} cores, {meta['memory']} "
        "(wrk, gunicorn and PostgreSQL share these cores)",
        f"- PostgreSQL {meta['postgres']}, Python {meta['python']}, {meta['wrk']}, gunicorn with "
        f"gunicorn.conf.py and {harness.WORKERS} sync workers, DEBUG off",
        f"- Measures: {sizes} synthetic (`generate_measures N --municipalities "
        f"{harness.MUNICIPALITIES} --seed {harness.SEED}`), all published, over "
        f"{harness.MUNICIPALITIES} municipalities (the six real ones and generated ones)",
        f"- Each page: {settings['seconds']} s with one client (`wrk -t1 -c1`)"
        + (
            f", then {settings['load_seconds']} s with {settings['connections']} "
            f"(`wrk -t2 -c{settings['connections']}`)"
            if settings["connections"]
            else ""
        )
        + ", rotating through the page's URLs (column URLs; requests ÷ URLs is how often each "
        "came round). Latency percentiles are of every single-client request as timed by "
        "rotate.lua (without wrk's coordinated-omission correction, kept in the raw data). "
        f"Each mode starts with a warm-up of {WARM_UP_SECONDS} s, one client per worker.",
        "- Cache off: `PORTAL_LIST_CACHE=0`, no Redis. Cache on: `PORTAL_LIST_CACHE=1` and "
        "Redis (flushed before the server starts and after the warm-up); before its runs "
        "each page's URLs are requested once, two at a time (first pass: the cost of a miss, "
        "as after every change to the catalogue), so the measured runs show the cache warm.",
        f"- API list: {results[0]['api']}.",
        "- × healthz: the page's requests per second divided by `/healthz`'s in the same run "
        "(the load balancer's probe: one `SELECT 1`, and a Redis write and read with the cache "
        "on); `/ping` answers without touching the database, for comparison.",
        "",
    ]
    if QUICK:
        lines += [
            "**A quick run (`BENCH_QUICK=1`): short, for a smoke test, not for judging.**",
            "",
        ]
    budget_rows, budget_count, budget_met = issue_budgets(results, extra)
    lines += ["## Issue 11 budgets", ""] + budget_rows
    lines += ["", f"Met: {budget_met} of {budget_count}.", ""]
    api_rows, api_count, api_met = api_budgets(results)
    lines += ["## Issue 12 budgets (the API and the statistics)", ""] + api_rows
    lines += ["", f"Met: {api_met} of {api_count}.", ""]
    for result in results:
        for mode in MODES:
            lines += [f"## {spaced(result['size'])} measures, cache {mode}", ""]
            if mode in result.get("load", {}):
                lines += [
                    f"Load average of the machine when this mode began: "
                    f"{result['load'][mode]:.1f} ({os.cpu_count()} cores).",
                    "",
                ]
            lines += size_table(result, mode, settings["connections"])
            warm_up = result["warm_up"][mode]
            lines += [
                "",
                f"Warm-up ({WARM_UP_SECONDS} s, {harness.WORKERS} clients, all URLs mixed): "
                f"{warm_up['requests']} requests, p50 {ms(warm_up, 'p50'):.0f} ms, max "
                f"{ms(warm_up, 'max'):.0f} ms, {bad_answers(warm_up)} errors.",
                "",
            ]
    largest = max(results, key=size_of)
    lines += ["## Slowest URLs", ""] + slowest_lines(largest) + [""]
    lines += ["## Budgets", ""]
    judged = [r for r in results if r["size"] == BUDGET_SIZE] or [max(results, key=size_of)]
    budget, budget_met = budget_lines(judged[0])
    if judged[0]["size"] != BUDGET_SIZE:
        lines += [f"(No {spaced(BUDGET_SIZE)} run: judged at the largest size run instead.)", ""]
    lines += budget + ["", f"Latency budgets met: {'yes' if budget_met else 'no'}.", ""]
    if len(results) > 1:
        large = max(results, key=size_of)
        small = min(results, key=size_of)
        growth, growth_met = growth_lines(large, small)
        lines += ["## Growth", ""] + growth
        lines += [
            "",
            f"Growth budget met: {'yes' if growth_met else 'no'} (the references not judged).",
            "",
        ]
    for result in sorted(results, key=size_of):
        compared = extra.get("search", {}).get(result["size"])
        if compared:
            lines += [compared["markdown"].rstrip("\n"), ""]
    for result in sorted(results, key=size_of):
        servers = extra.get("two_servers", {}).get(result["size"])
        if servers:
            lines += two_server_lines(servers) + [""]
    sqlite = extra.get("sqlite")
    if sqlite:
        lines += sqlite_lines(sqlite) + [""]
    for result in sorted(results, key=size_of):
        for key in ("load_test_off", "load_test"):
            loaded = extra.get(key, {}).get(result["size"])
            if loaded:
                lines += [loaded["summary"].rstrip("\n"), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def budget_row(what: str, size: int | None, value: str, budget: str, ok: bool | None) -> str:
    where = spaced(size) if size else "–"
    return f"| {what} | {where} | {value} | {budget} | {'–' if ok is None else mark(ok)} |"


def seconds_or_never(value) -> str:
    return "never" if value is None else f"{value:.2f} s"


def issue_budgets(results: list[dict], extra: dict) -> tuple[list[str], int, int]:
    """The budgets of issue 11, one row per budget and size: (lines, budgets, met)."""
    lines = [
        "Each row: what was measured, at how many measures, the value, the budget and whether "
        "it is met (– where the step did not run). Free text: single client, cache off, over "
        "the `list_q` URLs (common and rare words, typos, two words, a word with a filter); "
        "measure page: anonymous, cache on, its requests per second divided by `/healthz`'s.",
        "",
        "| budget | measures | measured | budget | met |",
        "|---|---:|---:|---|:-:|",
    ]
    judged = []

    def add(what, size, value, budget, ok):
        lines.append(budget_row(what, size, value, budget, ok))
        if ok is not None:
            judged.append(ok)

    by_size = {result["size"]: result for result in results}
    for size in sorted(by_size):
        text = by_size[size]["modes"]["off"]["list_q"]["single"]
        add(
            "Free text (list with `q`, cache off): p95",
            size,
            f"{ms(text, 'p95'):.1f} ms",
            "< 100 ms",
            ms(text, "p95") < 100,
        )
        add(
            "Free text: slowest request (1 client)",
            size,
            f"{ms(text, 'max'):.0f} ms",
            "≤ 300 ms",
            ms(text, "max") <= 300,
        )
    if len(by_size) > 1:
        small, large = by_size[min(by_size)], by_size[max(by_size)]
        ratio = ms(large["modes"]["off"]["list_q"]["single"], "p95") / ms(
            small["modes"]["off"]["list_q"]["single"], "p95"
        )
        add(
            f"Free text: p95 growth from {spaced(small['size'])}",
            large["size"],
            f"{ratio:.2f}×",
            "≤ 3×",
            ratio <= BUDGET_GROWTH,
        )
    for size in sorted(by_size):
        rows = by_size[size]["modes"]["on"]
        detail, reference = rows["detail"], rows["healthz"]
        single = rate(detail["single"]) / rate(reference["single"])
        add(
            "Measure page (anonymous, cache on): req/s × healthz, 1 client",
            size,
            f"{single:.3f}",
            "≥ 0.25",
            single >= 0.25,
        )
        if detail["loaded"] and reference["loaded"]:
            loaded = rate(detail["loaded"]) / rate(reference["loaded"])
            add(
                "Measure page: req/s × healthz, several clients",
                size,
                f"{loaded:.3f}",
                "≥ 0.25",
                loaded >= 0.25,
            )
        p95 = ms(detail["single"], "p95")
        add("Measure page (cache on): p95", size, f"{p95:.1f} ms", "< 10 ms", p95 < 10)
    for size in sorted(by_size):
        for key, what, judged_here in (
            ("load_test_off", "the list's own work (cache off)", True),
            ("load_test", "as served (cache on: stored pages idle, see below)", False),
        ):
            loaded = extra.get(key, {}).get(size)
            row = f"Writes: list p95 with 8 editors saving ÷ idle p95, {what}"
            if not loaded or not loaded.get("p95_idle_ms") or not loaded.get("p95_writes_ms"):
                add(row, size, "not run", "≤ 2×" if judged_here else "–", None)
                continue
            ratio = loaded["p95_writes_ms"] / loaded["p95_idle_ms"]
            add(
                row,
                size,
                f"{ratio:.2f}× ({loaded['p95_writes_ms']:.0f} / {loaded['p95_idle_ms']:.0f} ms)",
                "≤ 2×" if judged_here else "–",
                ratio <= 2 if judged_here else None,
            )
        loaded = extra.get("load_test", {}).get(size)
        if not loaded:
            continue
        visible = loaded.get("visible_max_s")
        add(
            f"Writes: saved change in every worker's list (slowest of {len(loaded['probes'])})",
            size,
            seconds_or_never(visible),
            "< 1 s",
            None if not loaded["probes"] else visible is not None and visible < 1,
        )
    for size in sorted(by_size):
        servers = extra.get("two_servers", {}).get(size)
        if not servers:
            add(
                "Two servers: saved on A, in every worker's list on A and B",
                size,
                "not run",
                "< 1 s",
                None,
            )
            continue
        delay = servers["delay_max"]
        add(
            f"Two servers: saved on A, in every worker's list on A and B (slowest of "
            f"{len(servers['probes'])})",
            size,
            seconds_or_never(delay),
            "< 1 s",
            delay is not None and delay < 1,
        )
        add(
            "Two servers: stale measure pages or facet counts after that",
            size,
            f"{servers['stale']} of {servers['page_polls'] + servers['facet_polls']}",
            "0",
            servers["stale"] == 0 and not servers["problems"],
        )
    sqlite = extra.get("sqlite")
    if sqlite:
        first = sqlite["first_list_s"]
        add(
            "SQLite (`make run`): first list of a fresh process",
            sqlite["size"],
            f"{first * 1000:.0f} ms",
            "< 1 s",
            first < 1,
        )
    return lines, len(judged), sum(judged)


API_BUDGETS_MS = {"api_list": 100, "api": 100, "api_detail": 30, "insight": 100}


def api_budgets(results: list[dict]) -> tuple[list[str], int, int]:
    """The API's and the statistics page's budgets of issue 12 (cache off, single client):
    (lines, budgets, met)."""
    lines = [
        "Single client, list cache off (`PORTAL_LIST_CACHE=0`, no Redis), over the same "
        "requests as the pages': p95 of the API list unfiltered and with 2–3 filters under "
        "100 ms, of one measure under 30 ms; the statistics page (`/statistik/`, which caches "
        "its figures per catalogue version when the cache is on) under 100 ms even uncached.",
        "",
        "| budget | measures | measured | budget | met |",
        "|---|---:|---:|---|:-:|",
    ]
    judged = []
    for result in sorted(results, key=size_of):
        rows = result["modes"]["off"]
        for kind, budget in API_BUDGETS_MS.items():
            if kind not in rows:
                lines.append(
                    budget_row(
                        f"{KINDS[kind]}: p95", result["size"], "not run", f"< {budget} ms", None
                    )
                )
                continue
            p95 = ms(rows[kind]["single"], "p95")
            judged.append(p95 < budget)
            lines.append(
                budget_row(
                    f"{KINDS[kind]}: p95",
                    result["size"],
                    f"{p95:.1f} ms",
                    f"< {budget} ms",
                    p95 < budget,
                )
            )
    return lines, len(judged), sum(judged)


def two_server_lines(servers: dict) -> list[str]:
    lines = [
        f"## Two servers, {spaced(servers['size'])} measures",
        "",
        "Two gunicorn instances (A and B, "
        f"{harness.WORKERS} workers each) on `{servers['database']}` and one Redis, cache on "
        "(bench/two_servers.py). An editor logged in on A; B "
        + ("accepted" if servers.get("session_shared") else "**did not accept**")
        + " that session. Each change was saved through A's forms; both servers were then "
        "polled until every worker showed it in the list; then the measure page and (status "
        "changes) the municipality's list with every facet count, compared with the database, "
        "on every worker of both servers.",
        "",
        "| change | in every list, A and B | polls | measure page: stale / polls "
        "| facet counts: stale / polls |",
        "|---|---:|---:|---:|---:|",
    ]
    for probe in servers["probes"]:
        checked = {c["what"]: c for c in probe["checked"]}

        def cell(what, checked=checked):
            c = checked.get(what)
            return f"{c['stale']} / {c['polls']}" if c else "–"

        lines.append(
            f"| {probe['kind']} | {seconds_or_never(probe['delay'])} | {probe['polls']} "
            f"| {cell('measure page')} | {cell('list facet counts')} |"
        )
    if servers.get("facets"):
        lines += ["", f"Each facet-count poll compares {servers['facets']} counts and the total."]
    lines += [
        "",
        f"Two-server check: {'passed' if servers['passed'] else 'FAILED'}.",
    ]
    lines += [f"- {problem}" for problem in servers["problems"][:20]]
    return lines


def sqlite_lines(sqlite: dict) -> list[str]:
    requests = ", ".join(
        f"{name} {seconds * 1000:.0f} ms" for name, seconds in sqlite["requests"].items()
    )
    return [
        f"## SQLite, {spaced(sqlite['size'])} measures",
        "",
        "The database of `make run`: one gunicorn worker, cache off, a fresh process "
        "(bench/sqlite_first_list.py; the database is generated once into bench/data/). "
        f"{requests}.",
    ] + [f"- {problem}" for problem in sqlite["problems"]]


def size_of(result: dict) -> int:
    return result["size"]


spaced = harness.spaced


def slowest_lines(result: dict, count: int = 3) -> list[str]:
    """The slowest URLs of each page kind by median server time, cache off."""
    times = result.get("server_times", {})
    lines = [
        f"Cache off, {spaced(result['size'])} measures; median of gunicorn's own request time "
        "over every request to the URL in that mode (warm-up, 1 client and "
        "several clients), so it leaves out the network and wrk.",
        "",
        "| page | URL | requests | median ms | max ms |",
        "|---|---|---:|---:|---:|",
    ]
    for kind, paths in result["url_sets"].items():
        if kind in REFERENCES:
            continue
        measured = [(statistics.median(times[p]), p) for p in paths if times.get(p)]
        for median, path in sorted(measured, reverse=True)[:count]:
            lines.append(
                f"| {KINDS[kind]} | `{urllib.parse.unquote_plus(path)}` | {len(times[path])} "
                f"| {median:.0f} | {max(times[path]):.0f} |"
            )
    return lines


def step(script: str, out: Path, *args: str) -> tuple[bool, dict | None]:
    """Run bench/<script> in its own process with `--json out`: (it succeeded, its numbers)."""
    out.unlink(missing_ok=True)
    command = [sys.executable, str(harness.BENCH / script), *args, "--json", str(out)]
    returncode = subprocess.run(command, cwd=harness.ROOT, check=False).returncode
    numbers = json.loads(out.read_text()) if out.exists() else None
    if returncode != 0:
        harness.log(f"{script} {' '.join(args)} failed ({returncode})")
    return returncode == 0 and numbers is not None, numbers


def run_steps(size: int, extra: dict) -> bool:
    """The steps after the page runs, for one size; False if one failed."""
    ok = True
    label = harness.size_label(size)
    steps = harness.DATA / "steps"
    probes = str(env_int("BENCH_PROBES", 6, 3))
    if enabled("BENCH_SEARCH_COMPARE"):
        urls = harness.DATA / "urls" / label / "list_q.txt"
        rounds = str(env_int("BENCH_SEARCH_ROUNDS", 3, 1))
        good, numbers = step(
            "search_compare.py",
            steps / f"search-{label}.json",
            "--size",
            str(size),
            "--urls",
            str(urls),
            "--rounds",
            rounds,
        )
        ok &= good
        extra.setdefault("search", {})[size] = numbers
    if enabled("BENCH_TWO_SERVERS"):
        good, numbers = step(
            "two_servers.py",
            steps / f"two-servers-{label}.json",
            "--size",
            str(size),
            "--probes",
            probes,
        )
        ok &= good
        extra.setdefault("two_servers", {})[size] = numbers
    if enabled("BENCH_LOAD_TEST"):
        # Twice: with the cache off, the list's own work idle and during the writes (the
        # budget); then with the cache on, as served, with the visibility probes.
        for cache, key, probe_count in (("off", "load_test_off", "0"), ("on", "load_test", probes)):
            good, numbers = step(
                "load_test.py",
                steps / f"load-test-{label}-cache-{cache}.json",
                "--size",
                str(size),
                "--cache",
                cache,
                "--seconds",
                str(env_int("BENCH_LOAD_TEST_SECONDS", 60, 10)),
                "--idle-seconds",
                str(env_int("BENCH_LOAD_TEST_IDLE_SECONDS", 20, 5)),
                "--probes",
                probe_count,
            )
            ok &= good
            extra.setdefault(key, {})[size] = numbers
    return ok


def main() -> int:
    harness.stop_on_sigterm()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: apt-get install -y wrk (make bench does it)")
    default_sizes = "10000" if QUICK else "100000,10000"
    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", default_sizes).split(",") if s]
    settings = {
        "seconds": env_int("BENCH_SECONDS", 15, 3),
        "load_seconds": env_int("BENCH_LOAD_SECONDS", 10, 2),
        "connections": env_int("BENCH_CONNECTIONS", 4),
    }
    started = time.monotonic()
    harness.DATA.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "manage.py", "compile_translations"],
        cwd=harness.ROOT,
        env=harness.django_env("postgres"),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    meta = machine()
    results, extra, steps_ok = [], {}, True
    for size in sizes:
        results.append(run_size(size, **settings))
        steps_ok &= run_steps(size, extra)
    if enabled("BENCH_SQLITE"):
        good, extra["sqlite"] = step(
            "sqlite_first_list.py",
            harness.DATA / "steps" / "sqlite.json",
            "--size",
            str(env_int("BENCH_SQLITE_SIZE", 20_000)),
        )
        steps_ok &= good
    (harness.DATA / "results.json").write_text(
        json.dumps(
            {"meta": meta, "settings": settings, "results": results, "extra": extra}, indent=2
        )
    )
    harness.RESULTS.write_text(markdown(meta, results, settings, extra))
    harness.log(f"wrote {harness.RESULTS.relative_to(harness.ROOT)}")
    failed = any(
        bad_answers(row["single"]) or bad_answers(row["loaded"]) or bad_answers(row["cold"])
        for result in results
        for rows in result["modes"].values()
        for row in rows.values()
    ) or any(bad_answers(run) for result in results for run in result["warm_up"].values())
    if failed:
        harness.log("some requests failed: see the errors column and bench/data/gunicorn-*.log")
    if not steps_ok:
        harness.log("a step failed: see its section in bench/results.md and the output above")
    harness.log(f"done in {(time.monotonic() - started) / 60:.1f} min")
    return 1 if failed or not steps_ok else 0


if __name__ == "__main__":
    sys.exit(main())
