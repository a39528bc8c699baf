"""How long a saved change takes to show in every gunicorn worker's list (and on every server).

A probe is: save a change (the caller does, through a form), then poll a public URL from several
clients at once on every server until each of the server's workers has answered with the change,
as `fresh(body)` tells. Every poll carries its own `poll=<tag>.<n>` parameter: it makes each one a
miss of the anonymous page cache (whose key is the whole URL), and it finds the poll's line in
gunicorn's access log, which names the worker (`<pid>`, bench/harness.py ACCESS_LOG_FORMAT).

Per worker the delay is from the save's answer to the end of the first fresh answer that worker
gave (an upper bound: it includes that request's own time). A worker that answered fresh and then
stale again ("flapping") is reported as a problem, and so is one not fresh within TIMEOUT
(30 s, `BENCH_PROBE_TIMEOUT`).
"""

import dataclasses
import itertools
import os
import threading
import time
import urllib.parse

import harness

# Seconds a probe waits for every worker to show the change: far beyond the budget (1 s), so
# only a change that never shows fails; a slow one is a missed budget, reported.
TIMEOUT = float(os.environ.get("BENCH_PROBE_TIMEOUT", "30"))
CHECK_EVERY = 0.05


@dataclasses.dataclass
class Poll:
    server: int
    number: int
    started: float
    ended: float
    status: int
    fresh: bool


@dataclasses.dataclass
class Probe:
    kind: str
    delay: float | None  # seconds until every worker of every server showed it; None: never
    per_worker: dict  # "server:pid" -> seconds (None: never fresh)
    polls: int
    stale: int  # answers without the change
    problems: list


class LogReader:
    """{poll number: worker pid} of one probe's polls, read from a server log as it grows."""

    def __init__(self, log_path, tag: str):
        self.path = log_path
        self.offset = log_path.stat().st_size
        self.marker = f"poll={tag}."
        self.pid_of: dict[int, int] = {}

    def update(self) -> dict[int, int]:
        with open(self.path, "rb") as file:
            file.seek(self.offset)
            text = file.read()
        complete = text.rfind(b"\n") + 1  # a line still being written waits for the next read
        self.offset += complete
        for line in text[:complete].decode(errors="replace").splitlines():
            if self.marker not in line:
                continue
            match = harness.ACCESS_LINE.search(line)
            if match and match[4]:
                query = urllib.parse.urlsplit(match[1]).query
                for name, value in urllib.parse.parse_qsl(query):
                    if name == "poll" and value.startswith(self.marker[5:]):
                        self.pid_of[int(value.rsplit(".", 1)[1])] = int(match[4])
        return self.pid_of


def probe(kind, servers, path, fresh, saved_at, *, clients=None, timeout=TIMEOUT) -> Probe:
    """Poll `path` on every server until each worker answered fresh; see the module docstring.

    `servers`: harness.Server objects; `saved_at`: time.monotonic() when the save was answered.
    """
    tag = f"{kind}{int(saved_at * 1000) % 10**9}"
    readers = [LogReader(server.log_path, tag) for server in servers]
    polls: list[Poll] = []
    lock = threading.Lock()
    stop = threading.Event()
    counter = itertools.count(1)
    separator = "&" if "?" in path else "?"

    def poller(number_of_server, server):
        while not stop.is_set():
            number = next(counter)
            started = time.monotonic()
            try:
                status, body, _type = harness.get(
                    f"{server.base}{path}{separator}poll={tag}.{number}", timeout=30
                )
            except OSError:
                status, body = 0, b""
            ended = time.monotonic()
            ok = status == 200 or (status == 404 and fresh.accepts_404)
            poll = Poll(
                number_of_server, number, started, ended, status, bool(ok and fresh(status, body))
            )
            with lock:
                polls.append(poll)

    threads = []
    for number, server in enumerate(servers):
        count = clients or harness.WORKERS + 1
        threads += [threading.Thread(target=poller, args=(number, server)) for _ in range(count)]
    for thread in threads:
        thread.start()
    pids = [server.worker_pids() for server in servers]
    deadline = saved_at + timeout
    try:
        while time.monotonic() < deadline:
            time.sleep(CHECK_EVERY)
            if _everyone_fresh(readers, pids, polls, lock):
                break
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    time.sleep(0.2)  # gunicorn writes a request's log line after its answer
    return _judge(kind, readers, pids, polls, saved_at)


def _by_worker(readers, polls):
    """{(server, pid): [Poll, ...] in the order they ended}."""
    workers = {}
    for number, reader in enumerate(readers):
        pid_of = reader.update()
        for poll in sorted(polls, key=lambda p: p.ended):
            if poll.server == number and poll.number in pid_of:
                workers.setdefault((number, pid_of[poll.number]), []).append(poll)
    return workers


def _everyone_fresh(readers, pids, polls, lock) -> bool:
    with lock:
        snapshot = list(polls)
    workers = _by_worker(readers, snapshot)
    for number, wanted in enumerate(pids):
        for pid in wanted:
            seen = workers.get((number, pid))
            if not seen or not seen[-1].fresh:
                return False
    return True


def _judge(kind, readers, pids, polls, saved_at) -> Probe:
    workers = _by_worker(readers, polls)
    per_worker, problems = {}, []
    for number, wanted in enumerate(pids):
        for pid in sorted(wanted):
            seen = workers.get((number, pid), [])
            first = next((i for i, poll in enumerate(seen) if poll.fresh), None)
            name = f"{number}:{pid}"
            if first is None:
                per_worker[name] = None
                problems.append(
                    f"{kind}: server {number + 1}, worker {pid} did not show the change "
                    f"within {TIMEOUT:g} s ({len(seen)} answers)"
                )
                continue
            per_worker[name] = seen[first].ended - saved_at
            if any(not poll.fresh for poll in seen[first:]):
                problems.append(
                    f"{kind}: server {number + 1}, worker {pid} showed the change, then the old "
                    "state again"
                )
    errors = [p for p in polls if p.status not in {200, 404}]
    if errors:
        statuses = sorted({poll.status for poll in errors})
        problems.append(f"{kind}: {len(errors)} polls answered {statuses}")
    delays = list(per_worker.values())
    delay = None if not delays or None in delays else max(delays)
    stale = sum(1 for poll in polls if not poll.fresh)
    return Probe(kind, delay, per_worker, len(polls), stale, problems)


class Fresh:
    """A predicate on (status, body) for `probe`; accepts_404 when a 404 may be the change."""

    def __init__(self, test, accepts_404: bool = False):
        self.test = test
        self.accepts_404 = accepts_404

    def __call__(self, status, body) -> bool:
        return self.test(status, body.decode(errors="replace"))
