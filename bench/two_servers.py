"""Two app servers, one database, one Redis: a change saved on one shows on the other.

    .venv/bin/python bench/two_servers.py [--size 10000] [--probes 6] [--json OUT]

Starts two gunicorn instances (BENCH_WORKERS workers each) on two ports against the same bench
database and the same Redis, with the cache on, as docs/deployment.md describes N servers behind
a load balancer. An editor logs in on server A; the session must be valid on server B too
(sessions live in the database, read through Redis). Both servers' list and measure pages are
read first, so their caches hold the state before each change. Then, cycling (bench/probes.py):

- a new word in the probe measure's title, saved through A's edit form: polled on both servers
  as a search for the word (the list) and as the measure page showing the new title;
- unpublish, then publish, through A's status form: polled on both servers as the count of the
  municipality's list and as the measure page (404 while unpublished); once every worker shows
  it, each server's list of that municipality must show the database's count and every facet
  count the database gives (no stale page, no stale facet count).

The delay is from the save's answer on A to the last worker of either server showing the change
(budget: under 1 s). A change never shown (30 s), a worker going back to the old state, a facet
count unlike the database's or a session not shared fails the check. The probe measure is put
back as it was afterwards.
"""

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402 (after the path is set)
import load_test  # noqa: E402

PROBES = int(os.environ.get("BENCH_PROBES", "6"))


def session_shared(a_browser, b_base: str) -> bool:
    """Whether B takes A's session cookie: the dashboard answers 200, not a log-in redirect."""
    other = load_test.Browser(b_base, jar=a_browser.jar)
    return other.send("/hantera/").status == 200


def run(size: int, probe_count: int) -> dict:
    harness.stop_on_sigterm()
    database = harness.ensure_database(size)
    label = harness.size_label(size)
    os.environ.update(harness.django_env(database, cache=True))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    sys.path.insert(0, str(harness.ROOT))
    import django

    django.setup()
    import probes  # needs Django

    load_test.setup(load_test.POOL, 1)  # the editor's account (and the pool, normalised)
    measure = probes.probe_measure()
    probes.restore(measure["slug"], measure["title"])
    harness.flush_cache()
    logs = [harness.DATA / f"gunicorn-two-servers-{label}-{name}.log" for name in "ab"]
    for log in logs:
        log.unlink(missing_ok=True)
    result = {"size": size, "database": database, "probes": [], "problems": []}
    try:
        with (
            harness.Server(database, cache=True, log_path=logs[0]) as a,
            harness.Server(database, cache=True, log_path=logs[1]) as b,
        ):
            harness.log(f"two servers on {database}: A {a.base}, B {b.base}, one Redis")
            editor = load_test.Browser(a.base)
            editor.log_in("bench-redaktor-1")
            result["session_shared"] = session_shared(editor, b.base)
            if not result["session_shared"]:
                result["problems"].append("server B did not accept the session made on A")
            # Every worker of both servers has its index, and the caches the state before.
            warm = [
                f"/insatser/?kommun={load_test.MUNICIPALITY}",
                f"/insatser/{measure['slug']}/",
                "/insatser/",
            ]
            for server in (a, b):
                for _round in range(harness.WORKERS * 2):
                    for status in (st for _p, st, _ms in harness.first_pass(server.base, warm)):
                        if status != 200:
                            result["problems"].append(f"warming {server.base} answered {status}")
            result["problems"] += probes.warm_every_worker([a, b])
            for number in range(probe_count):
                kind = probes.KINDS[number % len(probes.KINDS)]
                try:
                    probe = probes.run_probe(kind, editor, measure, [a, b], detail=True)
                except (OSError, RuntimeError) as error:
                    result["problems"].append(f"{kind}: {error}")
                    continue
                result["probes"].append(probe)
                result["problems"] += probe["problems"]
                harness.log(
                    f"two servers, {kind}: visible everywhere after "
                    + ("never" if probe["delay"] is None else f"{probe['delay']:.2f} s")
                )
            fivexx = sum(load_test.server_side(log.read_text())["fivexx"] for log in logs)
            if fivexx:
                result["problems"].append(f"{fivexx} answers 5xx in the servers' logs")
    finally:
        probes.restore(measure["slug"], measure["title"])
    delays = [probe["delay"] for probe in result["probes"]]
    result["delay_max"] = None if not delays or None in delays else max(delays)
    checked = [c for probe in result["probes"] for c in probe["checked"]]
    result["page_polls"] = sum(c["polls"] for c in checked if c["what"] == "measure page")
    result["facet_polls"] = sum(c["polls"] for c in checked if c["what"] == "list facet counts")
    result["facets"] = max((probe.get("facets", 0) for probe in result["probes"]), default=0)
    result["stale"] = sum(c["stale"] for c in checked)
    result["passed"] = not result["problems"] and len(result["probes"]) == probe_count
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--probes", type=int, default=PROBES)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    result = run(args.size, args.probes)
    text = json.dumps(result, indent=1)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text)
    for problem in result["problems"]:
        harness.log(f"two servers: {problem}")
    harness.log(
        f"two servers: {'passed' if result['passed'] else 'FAILED'}, slowest change "
        + ("never" if result["delay_max"] is None else f"{result['delay_max']:.2f} s")
    )
    return 0 if result["passed"] else 1


if __name__ == "__main__":
    sys.exit(main())
