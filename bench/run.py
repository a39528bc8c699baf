"""`make bench`: how fast the public pages answer at 100 000 and 10 000 measures.

For each size it builds (or reuses) a PostgreSQL database of synthetic measures, serves it with
gunicorn on loopback and drives wrk from a second process against each page kind, over a
rotating set of at least 50 URLs, once with the list cache off and once with it on. It writes
bench/results.md (kept in the repository) and the raw wrk output under bench/data/ (not kept),
then runs the load test (bench/load_test.py), which appends its own section.

Environment (all optional):
    BENCH_SIZES=100000,10000   sizes to run, largest is judged against the budgets
    BENCH_SECONDS=15           length of each single-client run
    BENCH_LOAD_SECONDS=10      length of each throughput run (BENCH_CONNECTIONS clients)
    BENCH_CONNECTIONS=4        clients in the throughput run (0 skips it)
    BENCH_REBUILD=1            rebuild the databases even if they look right
    BENCH_LOAD_TEST=0          skip the load test; BENCH_LOAD_TEST_SECONDS=60 its length
    BENCH_API_PATH=/api/...    where the API list lives, once it exists
"""

import datetime
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402 (after the path is set)
import load_test  # noqa: E402

KINDS = {
    "ping": "`/ping` (reference, no database)",
    "list": "List, no filter",
    "list_filters": "List, 2–3 filters",
    "list_q": "List, free text (`q`)",
    "detail": "Measure page",
    "api": "API list",
}
MODES = {"off": False, "on": True}
API_CANDIDATES = ["/api/insatser/", "/api/v1/insatser/", "/api/measures/", "/api/v1/measures/"]
BUDGET_SIZE = 100_000
BUDGET_P95_MS = {"off": 100, "on": 20}
BUDGET_GROWTH = 3.0


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


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
        "date": datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "arch": platform.machine(),
        "cpu": cpu or platform.processor() or "unknown",
        "cores": os.cpu_count(),
        "memory": memory,
        "postgres": harness.postgres_version(),
        "python": platform.python_version(),
        "wrk": " ".join(wrk_version.split()[:2]),
    }


def probe_api(base: str, list_filters: Path, out: Path) -> tuple[Path | None, str]:
    """The API list's URL file if the API answers JSON somewhere, else None and why not."""
    candidates = [os.environ.get("BENCH_API_PATH", "")] + API_CANDIDATES
    tried = []
    for path in filter(None, candidates):
        status, _body, content_type = harness.get(base + path)
        if status == 200 and "json" in content_type:
            queries = [line.split("?", 1)[1] for line in list_filters.read_text().split()]
            out.write_text("".join(f"{path}?{query}\n" for query in queries))
            return out, f"`{path}`, with the 2–3 filter combinations"
        tried.append(f"`{path}` → {status}")
    return None, "not built yet (" + ", ".join(tried) + "); skipped"


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
    result = {"size": size, "database": database, "modes": {}, "api": ""}
    for mode, cache in MODES.items():
        if cache:
            harness.flush_cache()
        log = harness.DATA / f"gunicorn-{label}-cache-{mode}.log"
        log.unlink(missing_ok=True)
        rows = {}
        with harness.Server(database, cache=cache, log_path=log) as server:
            api_file, result["api"] = probe_api(
                server.base, urls / "list_filters.txt", urls / "api.txt"
            )
            harness.log(f"{label}, cache {mode}: serving on {server.base}; warming up")
            harness.wrk(server.base, urls / "mixed.txt", seconds=3)
            for kind in KINDS:
                url_file = api_file if kind == "api" else urls / f"{kind}.txt"
                if url_file is None:
                    continue
                distinct = len(url_file.read_text().split())
                raw = harness.DATA / "raw" / label / mode
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
                rows[kind] = {"urls": distinct, "single": single, "loaded": loaded}
                harness.log(f"{label}, cache {mode}, {kind}: {summary_line(single)}")
        result["modes"][mode] = rows
    return result


def rate(run: dict) -> float:
    return run["requests"] / (run["duration_us"] / 1e6) if run["duration_us"] else 0.0


def ms(run: dict, percentile: str) -> float:
    return run["latency_us"][percentile] / 1000


def bad_answers(run: dict | None) -> int:
    """Answers that were not 200, plus socket errors and timeouts."""
    if run is None:
        return 0
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
    ping = rows["ping"]
    loaded_head = f"req/s ({connections} clients) | × ping | " if connections else ""
    lines = [
        f"| page | URLs | requests | req/s (1 client) | p50 ms | p95 ms | p99 ms | × ping | "
        f"{loaded_head}errors |",
        "|---|---:|---:|---:|---:|---:|---:|---:|" + ("---:|---:|" if connections else "") + "---:|",
    ]
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
            f"{rate(single) / rate(ping['single']):.3f}",
        ]
        if connections:
            cells += [f"{rate(loaded):.1f}", f"{rate(loaded) / rate(ping['loaded']):.3f}"]
        cells.append(str(bad_answers(single) + bad_answers(loaded)))
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def budget_lines(result: dict) -> tuple[list[str], bool]:
    lines = [
        f"Single client, {result['size']:,} measures".replace(",", " ") + ": p95 under "
        f"{BUDGET_P95_MS['off']} ms with the cache off and under {BUDGET_P95_MS['on']} ms with it "
        "on, for every page.",
        "",
        "| page | p95 cache off | < 100 ms | p95 cache on | < 20 ms |",
        "|---|---:|:-:|---:|:-:|",
    ]
    met = True
    for kind in result["modes"]["off"]:
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
        f"{large['size']:,} against {small['size']:,} measures ({times:g}× the data)".replace(
            ",", " "
        )
        + f": the p95 may grow at most {BUDGET_GROWTH:g}×. (Throughput ratio: how many times "
        "fewer requests per second, single client.)",
        "",
        "| page | cache | p95 small | p95 large | p95 ratio | ≤ 3× | p50 ratio | req/s ratio |",
        "|---|---|---:|---:|---:|:-:|---:|---:|",
    ]
    met = True
    for mode in MODES:
        for kind in large["modes"][mode]:
            if kind not in small["modes"][mode]:
                continue
            big, little = large["modes"][mode][kind]["single"], small["modes"][mode][kind]["single"]
            ratio = ms(big, "p95") / ms(little, "p95")
            ok = ratio <= BUDGET_GROWTH or kind == "ping"
            met &= ok
            lines.append(
                f"| {KINDS[kind]} | {mode} | {ms(little, 'p95'):.1f} ms | {ms(big, 'p95'):.1f} ms "
                f"| {ratio:.2f} | {mark(ok)} | {ms(big, 'p50') / ms(little, 'p50'):.2f} "
                f"| {rate(little) / rate(big):.2f} |"
            )
    return lines, met


def markdown(meta: dict, results: list[dict], settings: dict) -> str:
    sizes = ", ".join(f"{r['size']:,}".replace(",", " ") for r in results)
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
        + ", rotating through the page's URLs (column URLs); requests ÷ URLs is how often each "
        "URL came round. Cache off: `PORTAL_LIST_CACHE=0`, no Redis. Cache on: "
        "`PORTAL_LIST_CACHE=1` and Redis, flushed before the server starts, so the first round "
        "of each URL misses. A 3 s warm-up over all URLs precedes each mode.",
        f"- API list: {results[0]['api']}.",
        "- × ping: the page's requests per second divided by `/ping`'s in the same run.",
        "",
    ]
    for result in results:
        for mode in MODES:
            size = f"{result['size']:,}".replace(",", " ")
            lines += [f"## {size} measures, cache {mode}", ""]
            lines += size_table(result, mode, settings["connections"])
            lines.append("")
    lines += ["## Budgets", ""]
    judged = [r for r in results if r["size"] == BUDGET_SIZE] or [max(results, key=size_of)]
    budget, budget_met = budget_lines(judged[0])
    if judged[0]["size"] != BUDGET_SIZE:
        lines += [f"(No {BUDGET_SIZE} run; judged at the largest size run instead.)", ""]
    lines += budget + ["", f"Latency budgets met: {'yes' if budget_met else 'no'}.", ""]
    if len(results) > 1:
        large = max(results, key=size_of)
        small = min(results, key=size_of)
        growth, growth_met = growth_lines(large, small)
        lines += ["## Growth", ""] + growth
        lines += ["", f"Growth budget met: {'yes' if growth_met else 'no'} (`/ping` not judged).", ""]
    return "\n".join(lines)


def size_of(result: dict) -> int:
    return result["size"]


def main() -> int:
    harness.stop_on_sigterm()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: apt-get install -y wrk (make bench does it)")
    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", "100000,10000").split(",") if s]
    settings = {
        "seconds": env_int("BENCH_SECONDS", 15),
        "load_seconds": env_int("BENCH_LOAD_SECONDS", 10),
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
    results = [run_size(size, **settings) for size in sizes]
    (harness.DATA / "results.json").write_text(
        json.dumps({"meta": meta, "settings": settings, "results": results}, indent=2)
    )
    harness.RESULTS.write_text(markdown(meta, results, settings))
    harness.log(f"wrote {harness.RESULTS.relative_to(harness.ROOT)}")
    failed = any(
        bad_answers(row["single"]) or bad_answers(row["loaded"])
        for result in results
        for rows in result["modes"].values()
        for row in rows.values()
    )
    if failed:
        harness.log("some requests failed: see the errors column and bench/data/gunicorn-*.log")
    if os.environ.get("BENCH_LOAD_TEST", "1") not in {"0", "no", "false"}:
        load_size = 10_000 if 10_000 in sizes else min(sizes)
        seconds = env_int("BENCH_LOAD_TEST_SECONDS", 60)
        failed |= not load_test.run(size=load_size, seconds=seconds)
    harness.log(f"done in {(time.monotonic() - started) / 60:.1f} min")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
