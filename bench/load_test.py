"""Load test: mixed reads while editors save the same measures; no errors, no lost update.

    .venv/bin/python bench/load_test.py [--size 10000] [--seconds 60] [--cache off]

For `seconds`, wrk reads list and measure pages (bench/data/urls/<size>/mixed.txt) while
EDITORS editor threads, logged in like a browser, open the edit form of one of POOL measures of
one municipality, change `schedule` to a unique marker and save. A 409 (someone saved in
between) is reloaded and tried again, as the conflict page asks. Afterwards the database must
show every save that got its 302 in the measure's history, no save that did not, and each
measure holding the values of its last save. Any 5xx, read error or unexpected answer fails it.
The summary is printed and written into bench/results.md, replacing an earlier one.

make bench runs it after the benchmark; alone, it builds or reuses the bench database itself.
"""

import argparse
import collections
import dataclasses
import datetime
import http.cookiejar
import io
import os
import random
import re
import secrets
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402 (after the path is set)

EDITORS = 4
POOL = 8  # measures the editors share: few enough that they collide now and then
MUNICIPALITY = "osby"
# A fresh password each run: the bench editors' accounts are reset at every setup() below.
PASSWORD = secrets.token_urlsafe(18)
READ_CONNECTIONS = 4
RETRIES = 3  # tries of one edit after a 409, each with a fresh form
TIMEOUT = 30
SECTION = "## Load test"


class FormParser(HTMLParser):
    """What a browser would submit from the form posting to `action`."""

    def __init__(self, action: str):
        super().__init__(convert_charrefs=True)
        self.action = action
        self.inside = False
        self.fields: list[tuple[str, str]] = []
        self.select = None  # [name, multiple, options, selected]
        self.option = None  # [value or None, text, selected]
        self.textarea = None  # [name, text]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = urllib.parse.urlsplit(attrs.get("action") or "").path == self.action
            return
        if not self.inside or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = (attrs.get("type") or "text").lower()
            if kind in {"submit", "button", "image", "reset", "file"}:
                return
            if kind in {"checkbox", "radio"}:
                if "checked" in attrs:
                    self.fields.append((name, attrs.get("value") or "on"))
                return
            self.fields.append((name, attrs.get("value") or ""))
        elif tag == "select" and name:
            self.select = [name, "multiple" in attrs, [], []]
        elif tag == "option" and self.select is not None:
            self.option = [attrs.get("value"), "", "selected" in attrs]
        elif tag == "textarea" and name:
            self.textarea = [name, ""]

    def handle_data(self, data):
        if self.option is not None:
            self.option[1] += data
        elif self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "option" and self.option is not None:
            value, text, selected = self.option
            value = text.strip() if value is None else value
            self.select[2].append(value)
            if selected:
                self.select[3].append(value)
            self.option = None
        elif tag == "select" and self.select is not None:
            name, multiple, options, selected = self.select
            if not selected and not multiple and options:
                selected = options[:1]  # a single select always sends something
            self.fields.extend((name, value) for value in selected)
            self.select = None
        elif tag == "textarea" and self.textarea is not None:
            name, text = self.textarea
            # Browsers drop the one newline that follows <textarea>.
            self.fields.append((name, text[1:] if text.startswith("\n") else text))
            self.textarea = None


@dataclasses.dataclass
class Attempt:
    editor: int
    slug: str
    marker: str
    started_from: int
    status: int  # 302 saved, 409 conflict, 200 refused by the form, else an error; 0: no answer


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a 302 is the answer we want to see, not to follow


class Browser:
    """One editor's session: cookies, CSRF token, no redirects followed."""

    def __init__(self, base: str):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect()
        )

    def request(self, path: str, data: list[tuple[str, str]] | None = None) -> tuple[int, str]:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, data=body)
        try:
            with self.opener.open(request, timeout=TIMEOUT) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace")

    def form(self, path: str) -> tuple[int, list[tuple[str, str]]]:
        status, html = self.request(path)
        parser = FormParser(path)
        parser.feed(html)
        return status, parser.fields

    def log_in(self, username: str) -> None:
        path = "/konto/logga-in/"
        status, fields = self.form(path)
        fields = [(k, v) for k, v in fields if k not in {"username", "password"}]
        fields += [("username", username), ("password", PASSWORD)]
        status, _ = self.request(path, fields)
        if status != 302:
            raise RuntimeError(f"log-in of {username} answered {status}")


def replace(fields, name, value):
    return [(k, v) for k, v in fields if k != name] + [(name, value)]


def field(fields, name) -> str:
    return next((v for k, v in fields if k == name), "")


def form_errors(html: str) -> str:
    """The error messages a refused form shows (Bootstrap's invalid-feedback and alerts)."""
    found = re.findall(r'class="(?:invalid-feedback|alert alert-danger)[^"]*"[^>]*>(.*?)<', html)
    return "; ".join(text.strip() for text in found if text.strip())[:300] or "no message"


def editor(number, base, slugs, deadline, run_id, attempts, failures, lock):
    rng = random.Random(number)
    browser = Browser(base)
    try:
        browser.log_in(f"bench-redaktor-{number}")
    except (OSError, RuntimeError) as error:
        with lock:
            failures.append(f"log-in of editor {number}: {error}")
        return
    sequence = 0
    while time.monotonic() < deadline:
        slug = rng.choice(slugs)
        path = f"/hantera/insatser/{slug}/andra/"
        for _try in range(1 + RETRIES):
            sequence += 1
            marker = f"bench {run_id} e{number} #{sequence}"
            fields = []
            status = 0  # no answer, until the save gets one
            try:
                got, fields = browser.form(path)
                if got != 200 or not field(fields, "version"):
                    raise RuntimeError(f"edit form of {slug} answered {got}")
                fields = replace(fields, "schedule", marker)
                # A published measure needs a contact; the generated ones have none yet.
                if not field(fields, "contact_name"):
                    fields = replace(fields, "contact_name", "Bench Redaktör")
                if not field(fields, "contact_phone") and not field(fields, "contact_email"):
                    fields = replace(fields, "contact_email", "bench@example.org")
                time.sleep(rng.uniform(0, 0.2))  # the editor types
                status, html = browser.request(path, fields)
                if status == 200:
                    raise RuntimeError(f"the form refused the save: {form_errors(html)}")
            except (OSError, RuntimeError) as error:
                with lock:
                    failures.append(f"editor {number}, {slug}: {error}")
            with lock:
                attempts.append(
                    Attempt(number, slug, marker, int(field(fields, "version") or 0), status)
                )
            if status != 409 or time.monotonic() >= deadline:
                break


def setup(slugs_wanted: int, editors: int) -> tuple[list[str], int]:
    """Editor accounts (redaktör in MUNICIPALITY) and the shared measures; the history's top."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from measures.models import Measure

    for number in range(1, editors + 1):
        username = f"bench-redaktor-{number}"
        call_command(
            "add_member",
            username,
            MUNICIPALITY,
            "redaktor",
            email=f"{username}@example.org",
            password=PASSWORD,
            interactive=False,
            stdout=io.StringIO(),
            stderr=io.StringIO(),
        )
        user = get_user_model().objects.get(username=username)
        user.set_password(PASSWORD)  # an account left from an older run
        user.save(update_fields=["password"])
    measures = Measure.objects.public().filter(municipality__slug=MUNICIPALITY).order_by("pk")
    slugs = list(measures.values_list("slug", flat=True)[:slugs_wanted])
    if not slugs:
        raise SystemExit(f"No public measures in {MUNICIPALITY} to edit.")
    top = Measure.history.order_by("-history_id").values_list("history_id", flat=True).first()
    return slugs, top or 0


def verify(attempts: list[Attempt], slugs: list[str], history_top: int, run_id: str) -> dict:
    """Every save in the history exactly once, nothing else, each measure at its last save."""
    from measures.models import Measure

    problems = []
    for slug in slugs:
        measure = Measure.objects.get(slug=slug)
        saves = sorted(
            (a for a in attempts if a.slug == slug and a.status == 302),
            key=lambda a: a.started_from,
        )
        rows = list(
            Measure.history.filter(id=measure.pk, history_id__gt=history_top)
            .order_by("history_id")
            .values_list("schedule", "version")
        )
        ours = [(schedule, version) for schedule, version in rows if run_id in schedule]
        recorded = collections.Counter(schedule for schedule, _ in ours)
        for save in saves:
            if recorded[save.marker] != 1:
                problems.append(
                    f"{slug}: save {save.marker!r} is in the history {recorded[save.marker]} times"
                )
        unanswered = set(recorded) - {save.marker for save in saves}
        for marker in sorted(unanswered):
            problems.append(f"{slug}: {marker!r} was written but its editor got no 302")
        versions = [save.started_from for save in saves]
        if len(set(versions)) != len(versions):
            problems.append(f"{slug}: two saves started from the same version (a lost update)")
        if [schedule for schedule, _ in ours] != [save.marker for save in saves]:
            problems.append(f"{slug}: the history's order differs from the saves' versions")
        if saves:
            last = saves[-1]
            if measure.schedule != last.marker or measure.version != last.started_from + 1:
                problems.append(
                    f"{slug}: holds {measure.schedule!r} (version {measure.version}), but the "
                    f"last save was {last.marker!r} from version {last.started_from}"
                )
    return {"problems": problems}


def server_errors(log: Path, since: int) -> int:
    """5xx answers in gunicorn's access log (format in gunicorn.conf.py) after byte `since`."""
    with open(log, "rb") as file:
        file.seek(since)
        text = file.read().decode(errors="replace")
    return len(re.findall(r'" 5\d\d ', text))


def run(*, size: int = 10_000, seconds: int = 60, cache: bool = True) -> bool:
    harness.stop_on_sigterm()
    database = harness.ensure_database(size)
    label = harness.size_label(size)
    urls = harness.DATA / "urls" / label
    if not (urls / "mixed.txt").exists():
        subprocess.run(
            [sys.executable, str(harness.BENCH / "url_sets.py"), str(urls)],
            env=harness.django_env(database),
            check=True,
            stdout=subprocess.DEVNULL,
        )
    os.environ.update(harness.django_env(database, cache=cache))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    sys.path.insert(0, str(harness.ROOT))
    import django

    django.setup()
    slugs, history_top = setup(POOL, EDITORS)
    run_id = datetime.datetime.now().strftime("%Y%m%d%H%M%S")
    if cache:
        harness.flush_cache()
    log = harness.DATA / f"gunicorn-load-test-{label}.log"
    log.unlink(missing_ok=True)
    attempts: list[Attempt] = []
    failures: list[str] = []
    lock = threading.Lock()
    reads = {}
    with harness.Server(database, cache=cache, log_path=log) as server:
        harness.log(
            f"load test: {seconds} s on {database}, cache {'on' if cache else 'off'}, "
            f"{READ_CONNECTIONS} read clients, {EDITORS} editors on {len(slugs)} measures"
        )
        started_at = log.stat().st_size
        deadline = time.monotonic() + seconds

        def read():
            reads.update(
                harness.wrk(
                    server.base,
                    urls / "mixed.txt",
                    seconds=seconds,
                    connections=READ_CONNECTIONS,
                    threads=2,
                    raw=harness.DATA / "raw" / "load-test-reads.json",
                )
            )

        threads = [threading.Thread(target=read)] + [
            threading.Thread(
                target=editor,
                args=(n, server.base, slugs, deadline, run_id, attempts, failures, lock),
            )
            for n in range(1, EDITORS + 1)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=seconds + 2 * TIMEOUT + 30)
        fivexx = server_errors(log, started_at)
    checks = verify(attempts, slugs, history_top, run_id)
    summary = summarise(attempts, failures, reads, fivexx, checks, seconds, database, cache)
    print(summary)
    write_section(summary)
    return summary_passed(attempts, failures, reads, fivexx, checks)


def read_errors(reads: dict) -> int:
    if not reads:
        return 1  # wrk never reported: count it as a failure
    errors = reads["errors"]
    wrong = sum(count for status, count in reads["statuses"].items() if status != "200")
    return wrong + errors["connect"] + errors["read"] + errors["write"] + errors["timeout"]


def logins_failed(failures) -> int:
    return sum(1 for failure in failures if failure.startswith("log-in"))


def tally(attempts):
    counts = collections.Counter(a.status for a in attempts)
    saved, conflicts, refused = counts[302], counts[409], counts[200]
    errors = len(attempts) - saved - conflicts - refused
    return saved, conflicts, refused, errors


def summary_passed(attempts, failures, reads, fivexx, checks) -> bool:
    saved, _conflicts, refused, errors = tally(attempts)
    return bool(
        saved
        and not refused
        and not errors
        and not failures
        and not fivexx
        and not read_errors(reads)
        and not checks["problems"]
    )


def summarise(attempts, failures, reads, fivexx, checks, seconds, database, cache) -> str:
    saved, conflicts, refused, errors = tally(attempts)
    passed = summary_passed(attempts, failures, reads, fivexx, checks)
    mark = {True: "✓", False: "✗"}
    lines = [
        SECTION,
        "",
        f"{datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M UTC}, `{database}`, cache "
        f"{'on (Redis)' if cache else 'off'}, {seconds} s: {READ_CONNECTIONS} wrk clients read "
        "list and measure pages (the URL sets of every page kind, mixed) while "
        f"{EDITORS} editors, logged in through `/konto/logga-in/`, open the edit "
        f"form of one of {POOL} measures in `{MUNICIPALITY}`, change `schedule` to a unique "
        "marker and save; a 409 is reloaded and tried again.",
        "",
        "| | |",
        "|---|---:|",
    ]
    if reads:
        rate = reads["requests"] / (reads["duration_us"] / 1e6)
        lat = reads["latency_us"]
        lines += [
            f"| reads | {reads['requests']} ({rate:.1f}/s) |",
            f"| read latency p50 / p95 / p99 | {lat['p50'] / 1000:.0f} / {lat['p95'] / 1000:.0f}"
            f" / {lat['p99'] / 1000:.0f} ms |",
        ]
    lines += [
        f"| read errors (non-200, socket, timeout) | {read_errors(reads)} |",
        f"| saves attempted | {len(attempts)} |",
        f"| saved (302) | {saved} |",
        f"| conflicts (409, reloaded and retried) | {conflicts} |",
        f"| refused by the form (200) | {refused} |",
        f"| errors (5xx, other answer, no answer) | {errors} |",
        f"| editors who could not log in | {logins_failed(failures)} |",
        f"| 5xx in gunicorn's log | {fivexx} |",
        "",
        f"- {mark[not refused and not errors and not failures]} every save accounted for: "
        f"{saved} + {conflicts} + {refused} = {saved + conflicts + refused} of {len(attempts)}",
        f"- {mark[not checks['problems']]} every 302 in the measure's history exactly once, "
        "nothing else written, each measure holding its last save (no lost update)",
        f"- {mark[not fivexx and not read_errors(reads)]} zero 5xx and zero read errors",
        "",
        f"Load test: {'passed' if passed else 'FAILED'}.",
    ]
    for problem in (failures + checks["problems"])[:20]:
        lines.append(f"- {problem}")
    return "\n".join(lines) + "\n"


def write_section(summary: str) -> None:
    text = harness.RESULTS.read_text() if harness.RESULTS.exists() else "# Benchmark results\n"
    text = text.split(f"\n{SECTION}\n")[0].rstrip("\n")
    harness.RESULTS.write_text(f"{text}\n\n{summary}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--cache", choices=["on", "off"], default="on")
    args = parser.parse_args()
    return 0 if run(size=args.size, seconds=args.seconds, cache=args.cache == "on") else 1


if __name__ == "__main__":
    sys.exit(main())
