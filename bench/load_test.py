"""Load test: readers page and filter the list while editors write; no errors, no lost update.

    .venv/bin/python bench/load_test.py [--size 10000] [--seconds 60] [--idle-seconds 20]
                                        [--cache on|off]

Readers (wrk, READ_CONNECTIONS clients) page and filter the public list (the `list` and
`list_filters` URL sets): first `idle_seconds` with nobody writing, then `seconds` while EDITORS
editors, logged in like a browser, write to POOL measures of one municipality. Each editor picks
its actions at random (seeded): the full edit form (a unique `schedule` marker), the quick "free
places" form on the dashboard, or publish / unpublish from the edit page; one editor also imports
a small CSV of new measures once (upload, preview, confirm, and a replay of the confirmation that
must be refused). Every write claims the version its page showed: a stale one is refused (409 for
the edit form, a redirect with "Någon annan har ändrat …" for the small forms) and tried again
from a fresh page.

Afterwards the measures' history (`Measure.history`) must hold, for every write answered as
saved, exactly one row at the version it started from + 1 with that write's effect and nothing
else changed, no other row, and the measure's current state equal to its last row; the imported
measures exist once each. Any 5xx, read error or unexpected answer fails it. The summary, with
the list's p95 idle and during the writes, is printed and written into bench/results.md,
replacing an earlier one.

make bench runs it after the benchmark; alone, it builds or reuses the bench database itself.
"""

import argparse
import collections
import csv
import dataclasses
import datetime
import html
import http.cookiejar
import io
import json
import math
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

EDITORS = 8
POOL = 8  # measures the editors share: few enough that they collide now and then
MUNICIPALITY = "osby"
# A fresh password each run: the bench editors' accounts are reset at every setup() below.
PASSWORD = secrets.token_urlsafe(18)
READ_CONNECTIONS = 4  # one per wrk thread, so rotate.lua times every request
IDLE_SECONDS = int(os.environ.get("BENCH_LOAD_TEST_IDLE_SECONDS", "20"))
# After the writes: saved changes whose visibility in every worker's list is measured
# (bench/probes.py), cycling through a title change, unpublishing and publishing.
PROBES = int(os.environ.get("BENCH_PROBES", "6"))
# How often an editor picks each action; the CSV import is done once, by IMPORT_EDITOR.
ACTIONS = {"form": 4, "places": 4, "status": 2}
IMPORT_EDITOR = EDITORS
IMPORT_AT = 0.3  # share of the write phase gone when the import starts
IMPORT_ROWS = 3
IMPORT_TITLE = "Bench import"  # imported measures' titles start with this; removed afterwards
RETRIES = 3  # tries of one action after a stale answer, each from a fresh page
# Seconds an editor spends between two saves (reading the next measure, typing): a person
# saving all the time, not a script hammering the server. "0,0" measures the hammering (each
# editor's next save starts as soon as the last one is answered: 8 of them then keep the three
# workers busy on their own, and the readers queue behind them whatever the index costs).
PAUSE = tuple(float(x) for x in os.environ.get("BENCH_EDITOR_PAUSE", "2,4").split(","))
TIMEOUT = 30
SECTION = "## Load test"
KINDS = {
    "form": "edit form (`schedule` marker)",
    "places": "quick free places (dashboard)",
    "status": "publish / unpublish",
    "import": "CSV import (preview + confirm)",
}
STALE = "Någon annan har ändrat"
SUCCESS = {
    "places": "är uppdaterade",
    "publicerad": "Insatsen är publicerad",
    "utkast": "Insatsen är ett utkast igen",
    "import": "Importen är klar",
}
TRACKED = ("schedule", "places_available", "status")  # what the writes change
EFFECT = {"form": "schedule", "places": "places_available", "status": "status"}


class FormParser(HTMLParser):
    """What a browser would submit from the forms posting to `action`.

    `fields` holds every such form's fields together (a page with one such form), `forms` each
    form's on its own (the edit page has a form per status button).
    """

    def __init__(self, action: str):
        super().__init__(convert_charrefs=True)
        self.action = action
        self.inside = False
        self.fields: list[tuple[str, str]] = []
        self.forms: list[list[tuple[str, str]]] = []
        self.select = None  # [name, multiple, options, selected]
        self.option = None  # [value or None, text, selected]
        self.textarea = None  # [name, text]

    def add(self, name: str, value: str) -> None:
        self.fields.append((name, value))
        self.forms[-1].append((name, value))

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = urllib.parse.urlsplit(attrs.get("action") or "").path == self.action
            if self.inside:
                self.forms.append([])
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
                    self.add(name, attrs.get("value") or "on")
                return
            self.add(name, attrs.get("value") or "")
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
            for value in selected:
                self.add(name, value)
            self.select = None
        elif tag == "textarea" and self.textarea is not None:
            name, text = self.textarea
            # Browsers drop the one newline that follows <textarea>.
            self.add(name, text[1:] if text.startswith("\n") else text)
            self.textarea = None


def forms_in(page: str, action: str) -> list[list[tuple[str, str]]]:
    parser = FormParser(action)
    parser.feed(page)
    return parser.forms


@dataclasses.dataclass
class Attempt:
    editor: int
    kind: str  # form, places, status, import
    slug: str
    value: str  # the write's effect: schedule marker, places, status; the import's titles
    started_from: int  # the version the editor's page showed (0: none)
    outcome: str = "error"  # saved, stale (nothing written), refused (by a rule), error
    status: int = 0  # the write's HTTP answer; 0: none
    seconds: float = 0.0  # the write request's time
    detail: str = ""


@dataclasses.dataclass
class Answer:
    status: int
    body: str
    location: str = ""


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a 302 is an answer to look at, not to follow


class Browser:
    """One editor's session: cookies, CSRF token, no redirects followed unless asked."""

    def __init__(self, base: str, jar: http.cookiejar.CookieJar | None = None):
        self.base = base
        self.jar = jar if jar is not None else http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), NoRedirect()
        )

    def send(self, path, data=None, *, body=None, content_type=None) -> Answer:
        if data is not None:
            body = urllib.parse.urlencode(data).encode()
        request = urllib.request.Request(self.base + path, data=body)
        if content_type:
            request.add_header("Content-Type", content_type)
        try:
            with self.opener.open(request, timeout=TIMEOUT) as response:
                return Answer(response.status, response.read().decode(errors="replace"))
        except urllib.error.HTTPError as error:
            location = error.headers.get("Location", "") if error.headers else ""
            return Answer(error.code, error.read().decode(errors="replace"), location)

    def follow(self, answer: Answer) -> Answer:
        """The page a redirect leads to (one step), as the browser would show it next."""
        if answer.status not in {301, 302, 303} or not answer.location:
            raise RuntimeError(f"expected a redirect, got {answer.status}")
        target = urllib.parse.urlsplit(answer.location)
        return self.send(target.path + (f"?{target.query}" if target.query else ""))

    def form(self, path: str) -> tuple[int, list[tuple[str, str]]]:
        answer = self.send(path)
        forms = forms_in(answer.body, path)
        return answer.status, forms[0] if forms else []

    def log_in(self, username: str) -> None:
        path = "/konto/logga-in/"
        _status, fields = self.form(path)
        fields = [(k, v) for k, v in fields if k not in {"username", "password"}]
        fields += [("username", username), ("password", PASSWORD)]
        answer = self.send(path, fields)
        if answer.status != 302:
            raise RuntimeError(f"log-in of {username} answered {answer.status}")


def replace(fields, name, value):
    return [(k, v) for k, v in fields if k != name] + [(name, value)]


def field(fields, name) -> str:
    return next((v for k, v in fields if k == name), "")


def form_errors(page: str) -> str:
    """The error messages a refused form shows (Bootstrap's invalid-feedback and alerts)."""
    found = re.findall(r'class="(?:invalid-feedback|alert alert-danger)[^"]*"[^>]*>(.*?)<', page)
    return "; ".join(html.unescape(t).strip() for t in found if t.strip())[:300] or "no message"


def page_messages(page: str) -> list[str]:
    """The messages (django.contrib.messages) a page shows, as base.html renders them."""
    found = re.findall(r'<div class="alert alert-\w+" role="status">(.*?)</div>', page, re.S)
    return [html.unescape(re.sub(r"<[^>]+>", "", text)).strip() for text in found]


def outcome_of(page: Answer, success: str) -> tuple[str, str]:
    """(saved | stale | refused | error, detail) from the messages of the page a form led to."""
    shown = page_messages(page.body)
    if page.status != 200:
        return "error", f"the page after the redirect answered {page.status}"
    if any(STALE in text for text in shown):
        return "stale", ""
    if any(success in text for text in shown):
        return "saved", ""
    if shown:
        return "refused", "; ".join(shown)[:300]
    return "error", "no message after the redirect"


def version_of(fields) -> int:
    value = field(fields, "version")
    if not value.isdigit():
        raise RuntimeError("the page has no version")
    return int(value)


# The editors' actions: each reads a page as a browser would, posts, and says what happened.


def save_form(browser, measure, rng, marker) -> Attempt:
    slug = measure["slug"]
    path = f"/hantera/insatser/{slug}/andra/"
    attempt = Attempt(0, "form", slug, marker, 0)
    got, fields = browser.form(path)
    if got != 200 or not fields:
        raise RuntimeError(f"edit form of {slug} answered {got}")
    attempt.started_from = version_of(fields)
    fields = replace(fields, "schedule", marker)
    time.sleep(rng.uniform(0, 0.2))  # the editor types
    started = time.perf_counter()
    answer = browser.send(path, fields)
    attempt.seconds = time.perf_counter() - started
    attempt.status = answer.status
    if answer.status == 302:
        attempt.outcome = "saved"
    elif answer.status == 409:
        attempt.outcome = "stale"
    elif answer.status == 200:
        attempt.outcome, attempt.detail = "refused", form_errors(answer.body)
    else:
        attempt.detail = f"the save answered {answer.status}"
    return attempt


def save_places(browser, measure, rng, _marker) -> Attempt:
    slug = measure["slug"]
    action = f"/hantera/insatser/{slug}/platser/"
    # The dashboard as the editor would find the measure on it: searched by its title.
    query = urllib.parse.urlencode({"kommun": MUNICIPALITY, "q": measure["title"]})
    page = browser.send(f"/hantera/?{query}")
    forms = forms_in(page.body, action)
    if page.status != 200 or not forms:
        raise RuntimeError(f"the dashboard answered {page.status} without {slug}'s places form")
    fields = forms[0]
    # No more than the measure's capacity: the edit form would refuse more.
    value = str(rng.randint(0, measure["capacity"] if measure["capacity"] is not None else 999))
    attempt = Attempt(0, "places", slug, value, version_of(fields))
    fields = replace(fields, "places_available", value)
    time.sleep(rng.uniform(0, 0.1))
    started = time.perf_counter()
    answer = browser.send(action, fields)
    attempt.seconds = time.perf_counter() - started
    attempt.status = answer.status
    if answer.status != 302:
        attempt.detail = f"the quick update answered {answer.status}"
        return attempt
    attempt.outcome, attempt.detail = outcome_of(browser.follow(answer), SUCCESS["places"])
    return attempt


def save_status(browser, measure, rng, _marker) -> Attempt:
    slug = measure["slug"]
    path = f"/hantera/insatser/{slug}/andra/"
    action = f"/hantera/insatser/{slug}/status/"
    page = browser.send(path)
    # The edit page shows "Publicera" for a draft and "Gör till utkast" for a published one.
    forms = [f for f in forms_in(page.body, action) if field(f, "status") in SUCCESS]
    if page.status != 200 or len(forms) != 1:
        raise RuntimeError(f"edit page of {slug} answered {page.status}, {len(forms)} forms")
    fields = forms[0]
    attempt = Attempt(0, "status", slug, field(fields, "status"), version_of(fields))
    time.sleep(rng.uniform(0, 0.1))
    started = time.perf_counter()
    answer = browser.send(action, fields)
    attempt.seconds = time.perf_counter() - started
    attempt.status = answer.status
    if answer.status != 302:
        attempt.detail = f"the status change answered {answer.status}"
        return attempt
    attempt.outcome, attempt.detail = outcome_of(browser.follow(answer), SUCCESS[attempt.value])
    return attempt


ACTION = {"form": save_form, "places": save_places, "status": save_status}


def multipart(fields, file_field, filename, content: bytes) -> tuple[bytes, str]:
    boundary = f"----bench{secrets.token_hex(12)}"
    parts = []
    for name, value in fields:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
        )
    head = "".join(parts) + (
        f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; '
        f'filename="{filename}"\r\nContent-Type: text/csv\r\n\r\n'
    )
    body = head.encode() + content + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def import_csv(browser, run_id) -> tuple[Attempt, int]:
    """Export, make IMPORT_ROWS new measures of its first row, preview, confirm, replay.

    (the confirmation's attempt, the replay's status: 409 expected).
    """
    titles = [f"{IMPORT_TITLE} {run_id} #{n}" for n in range(1, IMPORT_ROWS + 1)]
    attempt = Attempt(IMPORT_EDITOR, "import", "", "|".join(titles), 0)
    export = browser.send(f"/hantera/export.csv?kommun={MUNICIPALITY}")
    rows = list(csv.reader(io.StringIO(export.body.lstrip("\ufeff")), delimiter=";"))
    if export.status != 200 or len(rows) < 2:
        raise RuntimeError(f"the export answered {export.status} with {len(rows)} lines")
    header, template = rows[0], dict(zip(rows[0], rows[1], strict=True))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for title in titles:
        # No slug: a new measure; a draft, whatever the exported measure is.
        row = {**template, "slug": "", "titel": title, "status": "utkast"}
        row["dagar_och_tider"] = title
        writer.writerow(row[name] for name in header)
    path = f"/hantera/import/?kommun={MUNICIPALITY}"
    page = browser.send(path)
    forms = forms_in(page.body, "/hantera/import/")
    if page.status != 200 or not forms:
        raise RuntimeError(f"the import page answered {page.status}")
    body, content_type = multipart(forms[0], "fil", "bench.csv", out.getvalue().encode())
    preview = browser.send(path, body=body, content_type=content_type)
    confirm = [f for f in forms_in(preview.body, "/hantera/import/") if field(f, "token")]
    if preview.status != 200 or not confirm:
        raise RuntimeError(
            f"the preview answered {preview.status} without a confirmation: "
            f"{form_errors(preview.body)}"
        )
    started = time.perf_counter()
    answer = browser.send(path, confirm[0])
    attempt.seconds = time.perf_counter() - started
    attempt.status = answer.status
    if answer.status == 302:
        attempt.outcome, attempt.detail = outcome_of(browser.follow(answer), SUCCESS["import"])
    elif answer.status == 409:
        attempt.outcome, attempt.detail = "stale", form_errors(answer.body)
    else:
        attempt.detail = f"the confirmation answered {answer.status}: {form_errors(answer.body)}"
    # The back button and a second click: the same confirmation once more must write nothing.
    replay = browser.send(path, confirm[0]).status
    return attempt, replay


def editor(number, browser, pool, start, deadline, run_id, record, results):
    rng = random.Random(number)
    import_at = start + IMPORT_AT * (deadline - start) if number == IMPORT_EDITOR else None

    def import_due():
        return import_at is not None and time.monotonic() >= import_at

    sequence = 0
    while time.monotonic() < deadline or import_at is not None:
        if import_due() or (import_at is not None and time.monotonic() >= deadline):
            import_at = None  # once, even if this editor's other actions ran late
            try:
                attempt, replay = import_csv(browser, run_id)
            except (OSError, RuntimeError, ValueError, csv.Error) as error:
                attempt, replay = Attempt(number, "import", "", "", 0, detail=str(error)), 0
            results["import_replay"] = replay
            record(attempt)
            continue
        kind = rng.choices(list(ACTIONS), weights=list(ACTIONS.values()))[0]
        measure = rng.choice(pool)
        for _try in range(1 + RETRIES):
            sequence += 1
            marker = f"bench {run_id} e{number} #{sequence}"
            try:
                attempt = ACTION[kind](browser, measure, rng, marker)
            except (OSError, RuntimeError) as error:
                attempt = Attempt(number, kind, measure["slug"], "", 0, detail=str(error))
            attempt.editor = number
            record(attempt)
            if attempt.outcome != "stale" or time.monotonic() >= deadline or import_due():
                break
        time.sleep(rng.uniform(*PAUSE))


# Before and after: accounts, the shared measures, the check.


def normalise(slugs) -> None:
    """Each shared measure published, with a contact and no more free places than places.

    Done through the versioned save, so the history stays a chain: before the run (leftovers of
    an interrupted one) and after it (so the benchmark's catalogue is all published again).
    """
    from django.db import transaction

    from core.versioning import claim_version
    from measures.models import Measure

    for slug in slugs:
        with transaction.atomic():
            measure = Measure.objects.select_for_update().get(slug=slug)
            wanted = {}
            if not measure.contact_name:
                wanted["contact_name"] = "Bench Redaktör"
            if not (measure.contact_phone or measure.contact_email):
                wanted["contact_email"] = "bench@example.org"
            if measure.status != Measure.Status.PUBLISHED:
                wanted["status"] = Measure.Status.PUBLISHED
            capacity, places = measure.capacity, measure.places_available
            if capacity is not None and places is not None and places > capacity:
                wanted["places_available"] = capacity
            if wanted:
                claim_version(Measure, measure, measure.version)
                for name, value in wanted.items():
                    setattr(measure, name, value)
                measure.save()


def remove_imported() -> int:
    """Delete the measures a load test imported, so the bench database keeps its size."""
    from measures.models import Measure

    imported = Measure.objects.filter(
        municipality__slug=MUNICIPALITY, title__startswith=f"{IMPORT_TITLE} "
    )
    return imported.delete()[1].get("measures.Measure", 0)


def setup(slugs_wanted: int, editors: int) -> tuple[list[dict], dict, int]:
    """Editor accounts (redaktör in MUNICIPALITY) and the shared measures.

    (the measures, {slug: their state now}, the history's top).
    """
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
    remove_imported()
    measures = (
        Measure.objects.filter(municipality__slug=MUNICIPALITY)
        .exclude(title__startswith=f"{IMPORT_TITLE} ")
        .order_by("pk")
    )
    slugs = list(measures.values_list("slug", flat=True)[:slugs_wanted])
    if not slugs:
        raise SystemExit(f"No measures in {MUNICIPALITY} to edit.")
    normalise(slugs)
    pool = list(
        Measure.objects.filter(slug__in=slugs)
        .order_by("pk")
        .values("slug", "title", "capacity", "version", *TRACKED)
    )
    if len({m["title"] for m in pool}) != len(pool):
        raise SystemExit("The shared measures need distinct titles (the dashboard finds them).")
    before = {m["slug"]: m for m in pool}
    top = Measure.history.order_by("-history_id").values_list("history_id", flat=True).first()
    return pool, before, top or 0


def check_measure(slug, attempts, before, history_top) -> list[str]:
    """The history is the chain of the saved writes, each from its own version, nothing lost."""
    from measures.models import Measure

    problems = []
    measure = Measure.objects.filter(slug=slug).values("id", "version", *TRACKED).get()
    saved = [a for a in attempts if a.slug == slug and a.outcome == "saved"]
    by_version = collections.defaultdict(list)
    for attempt in saved:
        by_version[attempt.started_from].append(attempt)
    for version, same in sorted(by_version.items()):
        if len(same) > 1:
            problems.append(
                f"{slug}: {len(same)} writes answered as saved from version {version} "
                f"({', '.join(f'{a.kind} {a.value!r}' for a in same)}): a lost update"
            )
    rows = list(
        Measure.history.filter(id=measure["id"], history_id__gt=history_top)
        .order_by("history_id")
        .values("version", "history_type", *TRACKED)
    )
    state = {name: before[slug][name] for name in TRACKED}
    version = before[slug]["version"]
    for row in rows:
        if row["version"] != version + 1:
            problems.append(
                f"{slug}: history row at version {row['version']} follows version {version}"
            )
        writers = by_version.get(row["version"] - 1, [])
        if not writers:
            others = [
                a for a in attempts if a.slug == slug and a.started_from == row["version"] - 1
            ]
            problems.append(
                f"{slug}: version {row['version']} was written by no write answered as saved "
                f"(from that version: {[(a.kind, a.value, a.outcome) for a in others]})"
            )
        else:
            writer = writers[0]
            state = {**state, EFFECT[writer.kind]: coerce(writer.kind, writer.value)}
            got = {name: row[name] for name in TRACKED}
            if got != state:
                wrong = {
                    name: (got[name], state[name]) for name in TRACKED if got[name] != state[name]
                }
                problems.append(
                    f"{slug}: version {row['version']} ({writer.kind} {writer.value!r}) holds "
                    f"{wrong} (found, expected): a write lost or undone"
                )
        state = {name: row[name] for name in TRACKED}
        version = row["version"]
    written = {row["version"] for row in rows}
    for attempt in saved:
        if attempt.started_from + 1 not in written:
            problems.append(
                f"{slug}: {attempt.kind} {attempt.value!r} from version {attempt.started_from} "
                "was answered as saved but is not in the history: a lost update"
            )
    current = {name: measure[name] for name in ("version", *TRACKED)}
    if current != {"version": version, **state}:
        problems.append(
            f"{slug}: holds {current}, but its history ends at {{'version': {version}, {state}}}"
        )
    return problems


def coerce(kind, value):
    return int(value) if kind == "places" else value


def check_import(attempts, replay) -> list[str]:
    from measures.models import Measure

    imports = [a for a in attempts if a.kind == "import"]
    if len(imports) != 1:
        return [f"{len(imports)} CSV imports were attempted, not one"]
    attempt = imports[0]
    if attempt.outcome != "saved":
        return [f"the CSV import was not saved: {attempt.outcome} {attempt.detail}"]
    problems = []
    for title in attempt.value.split("|"):
        count = Measure.objects.filter(municipality__slug=MUNICIPALITY, title=title).count()
        if count != 1:
            problems.append(f"imported measure {title!r} exists {count} times")
    if replay != 409:
        problems.append(f"the replayed import confirmation answered {replay}, not 409")
    return problems


def verify(attempts, before, history_top, replay) -> dict:
    measures = []
    for slug in before:
        measures += check_measure(slug, attempts, before, history_top)
    imported = check_import(attempts, replay)
    return {"measures": measures, "import": imported, "problems": measures + imported}


def log_slice(log: Path, since: int) -> str:
    """gunicorn's access log (format in gunicorn.conf.py) from byte `since` on."""
    with open(log, "rb") as file:
        file.seek(since)
        return file.read().decode(errors="replace")


def server_side(text: str) -> dict:
    """5xx answers, and the server's own time (ms) of the list's GETs, in a slice of the log."""
    matches = filter(None, map(harness.ACCESS_LINE.search, text.splitlines()))
    times = sorted(
        float(match[3]) * 1000
        for match in matches
        if match[1] == "/insatser/" or match[1].startswith("/insatser/?")
    )
    return {"fivexx": len(re.findall(r'" 5\d\d ', text)), "list_ms": times}


def reader_urls(urls: Path) -> Path:
    """The list's pages and filters (url_sets.py's `list` and `list_filters`), shuffled."""
    paths = []
    for kind in ("list", "list_filters"):
        paths += [p for p in (urls / f"{kind}.txt").read_text().splitlines() if p]
    random.Random(1).shuffle(paths)
    out = urls / "load_test_list.txt"
    out.write_text("\n".join(paths) + "\n")
    return out


def run(
    *,
    size: int = 10_000,
    seconds: int = 60,
    cache: bool = True,
    idle: int = IDLE_SECONDS,
    probe_count: int = PROBES,
) -> tuple[bool, dict]:
    """(passed, the numbers and the summary for results.md)."""
    harness.stop_on_sigterm()
    database = harness.ensure_database(size)
    label = harness.size_label(size)
    urls = harness.DATA / "urls" / label
    if not (urls / "list_filters.txt").exists():
        subprocess.run(
            [sys.executable, str(harness.BENCH / "url_sets.py"), str(urls)],
            env=harness.django_env(database),
            check=True,
            stdout=subprocess.DEVNULL,
        )
    url_file = reader_urls(urls)
    os.environ.update(harness.django_env(database, cache=cache))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    sys.path.insert(0, str(harness.ROOT))
    import django

    django.setup()
    import probes  # needs Django

    pool, before, history_top = setup(POOL, EDITORS)
    probe_measure = probes.probe_measure()
    probes.restore(probe_measure["slug"], probe_measure["title"])
    visible = []
    run_id = datetime.datetime.now().strftime("%Y%m%d%H%M%S")
    if cache:
        harness.flush_cache()
    log = harness.DATA / f"gunicorn-load-test-{label}.log"
    log.unlink(missing_ok=True)
    attempts: list[Attempt] = []
    failures: list[str] = []
    lock = threading.Lock()
    reads: dict[str, dict] = {}
    served = {}
    results = {"import_replay": 0}

    def record(attempt):
        with lock:
            attempts.append(attempt)

    try:
        with harness.Server(database, cache=cache, log_path=log) as server:
            harness.log(
                f"load test: {idle} s idle, then {seconds} s of writes on {database}, cache "
                f"{'on' if cache else 'off'}, {READ_CONNECTIONS} list readers, {EDITORS} "
                f"editors on {len(pool)} measures"
            )
            browsers = {}
            for number in range(1, EDITORS + 1):
                browsers[number] = Browser(server.base)
                try:
                    browsers[number].log_in(f"bench-redaktor-{number}")
                except (OSError, RuntimeError) as error:
                    failures.append(f"log-in of editor {number}: {error}")
                    del browsers[number]
            paths = [p for p in url_file.read_text().splitlines() if p]
            warm = harness.first_pass(server.base, paths)  # each URL once: a warm cache
            failures += [f"warm-up {path} answered {st}" for path, st, _ms in warm if st != 200]

            def read(phase, length):
                reads[phase] = harness.wrk(
                    server.base,
                    url_file,
                    seconds=length,
                    connections=READ_CONNECTIONS,
                    threads=READ_CONNECTIONS,
                    raw=harness.DATA / "raw" / f"load-test-{label}-reads-{phase}.json",
                )

            offset = log.stat().st_size
            read("idle", idle)  # wrk runs at least 1 s
            served["idle"] = server_side(log_slice(log, offset))
            offset = log.stat().st_size
            load = os.getloadavg()[0]
            start = time.monotonic()
            deadline = start + seconds
            threads = [threading.Thread(target=read, args=("writes", seconds))] + [
                threading.Thread(
                    target=editor,
                    args=(n, b, pool, start, deadline, run_id, record, results),
                )
                for n, b in browsers.items()
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=seconds + (2 + RETRIES) * TIMEOUT + 30)
            if any(thread.is_alive() for thread in threads):
                failures.append("a reader or an editor did not finish")
            served["writes"] = server_side(log_slice(log, offset))
            # Then, with nobody else writing: how soon a saved change shows in every worker.
            prober = browsers.get(1)
            if prober and probe_count:
                failures += probes.warm_every_worker([server])
            for number in range(probe_count if prober else 0):
                kind = probes.KINDS[number % len(probes.KINDS)]
                try:
                    visible.append(
                        probes.run_probe(kind, prober, probe_measure, [server], detail=False)
                    )
                except (OSError, RuntimeError) as error:
                    failures.append(f"visibility probe {kind}: {error}")
            if visible:
                harness.log(f"load test: saved change visible after {visibility_line(visible)}")
            served["all"] = server_side(log_slice(log, 0))  # the log-ins and warm-up too
        checks = verify(attempts, before, history_top, results["import_replay"])
        failures += [problem for probe in visible for problem in probe["problems"]]
    finally:
        # Leave the bench database as the benchmark expects it: its size, all published.
        remove_imported()
        normalise(list(before))
        probes.restore(probe_measure["slug"], probe_measure["title"])
    raw = harness.DATA / "raw" / f"load-test-{label}-writes.json"
    raw.parent.mkdir(parents=True, exist_ok=True)
    raw.write_text(json.dumps([dataclasses.asdict(a) for a in attempts], indent=1))
    fivexx = {phase: side["fivexx"] for phase, side in served.items()}
    run_info = (seconds, idle, database, cache, len(paths), load, size)
    summary = summarise(attempts, failures, reads, served, checks, run_info, visible)
    print(summary)
    ok = passed(attempts, failures, reads, fivexx, checks)
    delays = [probe["delay"] for probe in visible]
    numbers = {
        "size": size,
        "cache": cache,
        "passed": ok,
        "summary": summary,
        "p95_idle_ms": reads["idle"]["latency_us"]["p95"] / 1000 if reads.get("idle") else None,
        "p95_writes_ms": (
            reads["writes"]["latency_us"]["p95"] / 1000 if reads.get("writes") else None
        ),
        "saved": tally(attempts)["saved"],
        "probes": visible,
        "visible_max_s": None if not delays or None in delays else max(delays),
    }
    return ok, numbers


def visibility_line(visible) -> str:
    """'0.21 s (title 0.21, unpublish 0.05, …)': the slowest probe, then each."""
    delays = [probe["delay"] for probe in visible]
    slowest = "never (see the problems)" if None in delays else f"{max(delays):.2f} s"
    each = ", ".join(
        f"{probe['kind']} " + ("–" if probe["delay"] is None else f"{probe['delay']:.2f}")
        for probe in visible
    )
    return f"{slowest} ({each})"


def read_errors(result: dict | None) -> int:
    if not result:
        return 1  # wrk never reported: count it as a failure
    errors = result["errors"]
    wrong = sum(count for status, count in result["statuses"].items() if status != "200")
    return wrong + errors["connect"] + errors["read"] + errors["write"] + errors["timeout"]


def tally(attempts, kind=None) -> collections.Counter:
    return collections.Counter(a.outcome for a in attempts if kind is None or a.kind == kind)


def passed(attempts, failures, reads, fivexx, checks) -> bool:
    counts = tally(attempts)
    every_kind_saved = all(tally(attempts, kind)["saved"] for kind in KINDS)
    phases_read = all(not read_errors(reads.get(phase)) for phase in ("idle", "writes"))
    return bool(
        every_kind_saved
        and not counts["refused"]
        and not counts["error"]
        and not failures
        and not any(fivexx.values())
        and phases_read
        and not checks["problems"]
    )


def percentile(values, share) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def server_percentiles(side) -> str:
    times = side["list_ms"] if side else []
    if not times:
        return "–"
    return f"{percentile(times, 0.5):.0f} / {percentile(times, 0.95):.0f}"


def section_title(size: int, cache: bool = True) -> str:
    return f"{SECTION}, {harness.spaced(size)} measures" + ("" if cache else ", cache off")


def summarise(attempts, failures, reads, served, checks, run_info, visible) -> str:
    seconds, idle, database, cache, url_count, load, size = run_info
    fivexx = {phase: side["fivexx"] for phase, side in served.items()}
    ok = passed(attempts, failures, reads, fivexx, checks)
    mark = {True: "✓", False: "✗"}
    lines = [
        section_title(size, cache),
        "",
        f"{datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M UTC}, `{database}`, cache "
        f"{'on (Redis)' if cache else 'off'}. {READ_CONNECTIONS} wrk clients page and filter the "
        f"public list (the `list` and `list_filters` URL sets, {url_count} URLs, each requested "
        f"once before) for {idle} s with nobody writing, then for {seconds} s while {EDITORS} "
        "editors "
        "(redaktör, logged in through `/konto/logga-in/`) write to the same "
        f"{POOL} measures in `{MUNICIPALITY}`: the edit form (a unique `schedule` marker), the "
        "dashboard's quick free places, publish / unpublish, and one CSV import of "
        f"{IMPORT_ROWS} new measures (export, preview, confirm, then the confirmation replayed). "
        f"Each editor pauses {PAUSE[0]:g}–{PAUSE[1]:g} s between saves (`BENCH_EDITOR_PAUSE`). "
        "Every write names the version its page showed; a stale one is refused and retried from "
        f"a fresh page (up to {RETRIES} times). Load average of the machine when the writes "
        f"began: {load:.1f} ({os.cpu_count()} cores).",
        "",
        f"| list reads | idle ({idle} s) | during writes ({seconds} s) |",
        "|---|---:|---:|",
    ]
    phases = [reads.get("idle"), reads.get("writes")]

    def cells(fmt):
        return " | ".join(fmt(r) if r else "–" for r in phases)

    lines += [
        "| requests (per s) | "
        + cells(lambda r: f"{r['requests']} ({r['requests'] / (r['duration_us'] / 1e6):.0f})")
        + " |",
        "| p50 ms | " + cells(lambda r: f"{r['latency_us']['p50'] / 1000:.1f}") + " |",
        "| **p95 ms** | " + cells(lambda r: f"**{r['latency_us']['p95'] / 1000:.1f}**") + " |",
        "| p99 ms | " + cells(lambda r: f"{r['latency_us']['p99'] / 1000:.1f}") + " |",
        "| max ms | " + cells(lambda r: f"{r['latency_us']['max'] / 1000:.0f}") + " |",
        "| server's own time p50 / p95 ms (gunicorn's log) | "
        + " | ".join(server_percentiles(served.get(p)) for p in ("idle", "writes"))
        + " |",
        "| errors (non-200, socket, timeout) | "
        + " | ".join(str(read_errors(r)) for r in phases)
        + " |",
        "| 5xx in gunicorn's log (readers and editors) | "
        + " | ".join(str(fivexx.get(p, "–")) for p in ("idle", "writes"))
        + " |",
        "",
        "| write | attempted | saved | stale (refused, nothing written) | refused otherwise "
        "| errors | p95 ms of the write |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for kind, label in KINDS.items():
        counts = tally(attempts, kind)
        times = [a.seconds * 1000 for a in attempts if a.kind == kind and a.status]
        p95 = f"{percentile(times, 0.95):.0f}" if times else "–"
        lines.append(
            f"| {label} | {sum(counts.values())} | {counts['saved']} | {counts['stale']} "
            f"| {counts['refused']} | {counts['error']} | {p95} |"
        )
    total = tally(attempts)
    lines.append(
        f"| all | {sum(total.values())} | {total['saved']} | {total['stale']} "
        f"| {total['refused']} | {total['error']} | |"
    )
    logins = sum(1 for failure in failures if failure.startswith("log-in"))
    lines += [
        "",
        f"- {mark[not total['refused'] and not total['error'] and not failures]} every write "
        f"answered as saved or stale ({total['refused']} refused, {total['error']} errors"
        + (f", {logins} editors could not log in" if logins else "")
        + ")",
        f"- {mark[not checks['measures']]} no lost update: for each measure every saved write "
        "started from its own version and has exactly one history row, at that version + 1, "
        "with its effect and nothing else changed; no other row; the measure holds its last row",
        f"- {mark[not checks['import']]} the CSV import's {IMPORT_ROWS} measures exist once "
        "each; its replayed confirmation was refused (409)",
        f"- {mark[not any(fivexx.values()) and all(not read_errors(r) for r in phases)]} zero "
        "5xx and zero read errors",
    ]
    if visible:
        lines += [
            f"- Saved change visible in every worker's list: {visibility_line(visible)}. After "
            f"the writes, with nobody else writing, {len(visible)} changes to one more "
            f"`{MUNICIPALITY}` measure (bench/probes.py: a new word in the title through the edit "
            "form, polled as a search for it; unpublish and publish, polled as the count of "
            f"`/insatser/?kommun={MUNICIPALITY}`), each polled by {harness.WORKERS + 1} clients "
            "until every gunicorn worker (told apart by its pid in the access log) answered "
            "with the change; the time is from the save's answer to the end of that worker's "
            "first fresh answer."
        ]
    lines += [
        "",
        f"Load test: {'passed' if ok else 'FAILED'}.",
    ]
    details = [
        f"{a.kind} {a.slug}: {a.outcome} {a.detail}"
        for a in attempts
        if a.outcome in {"refused", "error"}
    ]
    for problem in (failures + checks["problems"] + details)[:20]:
        lines.append(f"- {problem}")
    return "\n".join(lines) + "\n"


def write_section(summary: str) -> None:
    """Replace the section with the summary's heading in results.md (or add it at the end)."""
    text = harness.RESULTS.read_text() if harness.RESULTS.exists() else "# Benchmark results\n"
    heading = summary.split("\n", 1)[0]
    parts = re.split(r"(?m)^(?=## )", text)
    if any(part.split("\n", 1)[0] == heading for part in parts):
        parts = [summary + "\n" if part.split("\n", 1)[0] == heading else part for part in parts]
    else:
        parts[-1] = parts[-1].rstrip("\n") + "\n\n"
        parts.append(summary)
    harness.RESULTS.write_text("".join(parts).rstrip("\n") + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--idle-seconds", type=int, default=IDLE_SECONDS)
    parser.add_argument("--cache", choices=["on", "off"], default="on")
    parser.add_argument("--probes", type=int, default=PROBES)
    parser.add_argument(
        "--json", type=Path, help="write the numbers here (make bench) instead of results.md"
    )
    args = parser.parse_args()
    ok, numbers = run(
        size=args.size,
        seconds=args.seconds,
        cache=args.cache == "on",
        idle=args.idle_seconds,
        probe_count=args.probes,
    )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(numbers, indent=1))
    else:
        write_section(numbers["summary"])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
