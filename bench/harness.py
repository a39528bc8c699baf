"""What the benchmark and the load test share: bench databases, a gunicorn server, wrk runs.

Everything listens on and talks to loopback only. Nothing here touches the development database
or any database but the `portal_bench_*` ones it creates.
"""

import concurrent.futures
import contextlib
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import psycopg2
from psycopg2 import errors, sql

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
DATA = BENCH / "data"  # raw output: wrk JSON, URL lists, server logs (not committed)
RESULTS = BENCH / "results.md"
LUA = BENCH / "wrk" / "rotate.lua"
BIN = Path(sys.executable).parent

PG_HOST = os.environ.get("BENCH_PG_HOST", "127.0.0.1")
PG_PORT = os.environ.get("BENCH_PG_PORT", "5432")
PG_USER = os.environ.get("BENCH_PG_USER", "postgres")
MUNICIPALITIES = 300
SEED = 1
# The cache-on runs use their own Redis database, flushed before each server start.
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/13")
WORKERS = int(os.environ.get("BENCH_WORKERS", "3"))


# The worker's process id last (`<1234>`): the visibility probes tell the workers apart by it.
ACCESS_LOG_FORMAT = '%(h)s %(t)s "%(m)s %(U)s?%(q)s" %(s)s %(b)s %(L)ss %(p)s'
ACCESS_LINE = re.compile(r'"GET (\S+?)\??" (\d{3}) \S+ ([\d.]+)s(?: <(\d+)>)?$')


def log(message: str) -> None:
    print(f"bench: {message}", flush=True)


def spaced(number: int) -> str:
    """100 000, as Swedish (and SI) write it."""
    return f"{number:,}".replace(",", "\u202f")


def size_label(size: int) -> str:
    return f"{size // 1000}k" if size >= 1000 and size % 1000 == 0 else str(size)


def database_name(size: int) -> str:
    return f"portal_bench_{size_label(size)}"


def database_url(name: str) -> str:
    return f"postgres://{PG_USER}@{PG_HOST}:{PG_PORT}/{name}"


def django_env(database: str, *, cache: bool = False, **extra: str) -> dict[str, str]:
    """The environment of manage.py and gunicorn: production-like, bench-only secret key.

    `database` is a bench database's name, or a whole database URL (the SQLite check).
    """
    env = os.environ.copy()
    # Nothing from the caller's shell may switch on HTTPS redirects, a cache or the manifest.
    for name in ("REDIS_URL", "PORTAL_LIST_CACHE", "DJANGO_HTTPS", "DJANGO_STATIC_MANIFEST"):
        env.pop(name, None)
    env.update(
        DATABASE_URL=database if "://" in database else database_url(database),
        DJANGO_SECRET_KEY="bench-only-key-never-used-elsewhere",
        DJANGO_DEBUG="0",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,localhost",
        EMAIL_URL="locmem:",
        PORTAL_LIST_CACHE="1" if cache else "0",
        # wrk asks from one address far faster than any client may: measure the API, not its
        # throttle (api/throttling.py).
        PORTAL_API_RATE_ANONYMOUS="100000000/min",
    )
    if cache:
        env["REDIS_URL"] = REDIS_URL
    env.update(extra)
    return env


def manage(database: str, *args: str, quiet: bool = False) -> None:
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=django_env(database),
        check=True,
        stdout=subprocess.DEVNULL if quiet else None,
    )


def _connect(database: str):
    return psycopg2.connect(host=PG_HOST, port=PG_PORT, user=PG_USER, dbname=database)


def _counts(database: str) -> tuple[int, int] | None:
    """(measures, municipalities) in a bench database, or None if it has no such tables."""
    try:
        with contextlib.closing(_connect(database)) as conn, conn.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM measures_measure")
            measures = cursor.fetchone()[0]
            cursor.execute("SELECT count(*) FROM municipalities_municipality")
            return measures, cursor.fetchone()[0]
    except (errors.UndefinedTable, psycopg2.OperationalError):
        return None


def _exists(database: str) -> bool:
    with contextlib.closing(_connect("postgres")) as conn, conn.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database])
        return cursor.fetchone() is not None


def _recreate(database: str) -> None:
    conn = _connect("postgres")
    conn.autocommit = True
    try:
        with conn.cursor() as cursor:
            name = sql.Identifier(database)
            cursor.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
            cursor.execute(sql.SQL("CREATE DATABASE {}").format(name))
    finally:
        conn.close()


def ensure_database(size: int) -> str:
    """`portal_bench_<size>` migrated and holding exactly `size` synthetic measures.

    An existing database with the right counts is reused (after `migrate`, so new migrations
    apply); BENCH_REBUILD=1 always rebuilds.
    """
    name = database_name(size)
    rebuild = os.environ.get("BENCH_REBUILD", "") in {"1", "true", "yes"}
    if not rebuild and _exists(name):
        try:
            manage(name, "migrate", "--noinput", "--verbosity", "0")
        except subprocess.CalledProcessError:
            log(f"{name}: migrate failed on the existing database; rebuilding it")
        else:
            if _counts(name) == (size, MUNICIPALITIES):
                log(f"{name}: reusing ({size} measures, {MUNICIPALITIES} municipalities)")
                return name
            log(f"{name}: counts are {_counts(name)}, not ({size}, {MUNICIPALITIES}); rebuilding")
    started = time.monotonic()
    log(f"{name}: creating")
    _recreate(name)
    manage(name, "migrate", "--noinput", "--verbosity", "0")
    manage(
        name,
        "generate_measures",
        str(size),
        "--municipalities",
        str(MUNICIPALITIES),
        "--seed",
        str(SEED),
    )
    conn = _connect(name)
    conn.autocommit = True
    try:
        with conn.cursor() as cursor:
            # Fresh statistics, so the planner sees the real table sizes from the first request.
            cursor.execute("VACUUM ANALYZE")
    finally:
        conn.close()
    if _counts(name) != (size, MUNICIPALITIES):
        raise SystemExit(f"{name}: expected {size} measures, found {_counts(name)}")
    log(f"{name}: built in {time.monotonic() - started:.0f} s")
    return name


def postgres_version() -> str:
    with contextlib.closing(_connect("postgres")) as conn, conn.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return cursor.fetchone()[0]


def flush_cache() -> None:
    import redis  # a dependency of the project (the production cache)

    redis.Redis.from_url(REDIS_URL).flushdb()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str, timeout: float = 10) -> tuple[int, bytes, str]:
    """(status, body, content type) of a GET; HTTP errors are answers, not exceptions."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        return error.code, error.read(), error.headers.get("Content-Type", "")


class Server:
    """gunicorn with the project's gunicorn.conf.py, in its own process group on loopback."""

    def __init__(
        self, database: str, *, cache: bool, log_path: Path, workers: int = WORKERS, **extra: str
    ):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = django_env(
            database,
            cache=cache,
            GUNICORN_BIND=f"127.0.0.1:{self.port}",
            GUNICORN_WORKERS=str(workers),
            GUNICORN_ACCESS_LOG="-",
            **extra,
        )
        self.log_path = log_path
        self.process = None

    def __enter__(self):
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = open(self.log_path, "ab")  # noqa: SIM115 (closed in __exit__)
        self.process = subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                "--config",
                "gunicorn.conf.py",
                # No worker recycling: at /healthz's thousands of requests a second it would restart
                # a worker every second or two and measure Django's start-up, not the page.
                "--max-requests",
                "0",
                # The query string too (production leaves it out): the URLs here are synthetic,
                # and it tells which URLs are slow.
                "--access-logformat",
                ACCESS_LOG_FORMAT,
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            self._wait_until_healthy()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def worker_pids(self) -> set[int]:
        """The process ids of gunicorn's workers (the master's children)."""
        pid = self.process.pid
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        return {int(child) for child in children}

    def _wait_until_healthy(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"gunicorn exited with {self.process.returncode}: {self.log_path}")
            with contextlib.suppress(OSError):
                if get(f"{self.base}/healthz", timeout=2)[0] == 200:
                    # Every worker boots on its own; give the others a moment to join.
                    time.sleep(1.5)
                    return
            time.sleep(0.25)
        raise SystemExit(f"gunicorn did not answer /healthz within {timeout:.0f} s")

    def __exit__(self, *exc):
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.process = None
        self._log.close()
        return False


def server_times(log_path: Path) -> dict[str, list[float]]:
    """{path and query: server times in ms} of the GETs in a server log (ACCESS_LOG_FORMAT)."""
    times: dict[str, list[float]] = {}
    for line in log_path.read_text(errors="replace").splitlines():
        match = ACCESS_LINE.search(line)
        if match:
            times.setdefault(match[1], []).append(float(match[3]) * 1000)
    return times


def first_pass(base: str, paths: list[str], clients: int = 2) -> list[tuple[str, int, float]]:
    """Every path requested once, `clients` at a time: [(path, status, ms)] (fills a cache)."""

    def one(path):
        started = time.perf_counter()
        try:
            status = get(base + path, timeout=60)[0]
        except OSError:
            status = 0
        return path, status, (time.perf_counter() - started) * 1000

    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        return list(pool.map(one, paths))


def stop_on_sigterm() -> None:
    """Turn SIGTERM and SIGHUP into SystemExit so `finally` and `with` blocks stop the server."""

    def handler(signum, frame):
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGHUP, handler)


def wrk(
    base: str,
    url_file: Path,
    *,
    seconds: float,
    connections: int = 1,
    threads: int = 1,
    raw: Path | None = None,
) -> dict:
    """One wrk run rotating through `url_file`; the JSON that rotate.lua's done() prints."""
    command = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{max(1, round(seconds))}s",
        "--timeout",
        "30s",
        "-s",
        str(LUA),
        base,
        "--",
        str(url_file),
    ]
    if connections == threads:
        command.append("exact")  # one connection per thread: time every request (rotate.lua)
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    lines = [line for line in result.stdout.splitlines() if line.startswith("BENCHJSON ")]
    if result.returncode != 0 or not lines:
        raise SystemExit(f"wrk failed ({result.returncode}): {result.stderr or result.stdout}")
    data = json.loads(lines[-1].removeprefix("BENCHJSON "))
    if raw is not None:
        raw.parent.mkdir(parents=True, exist_ok=True)
        raw.write_text(json.dumps({"command": command, **data}, indent=2))
    return data
