"""Visibility probes: an editor saves a change as a browser would, then the public pages are
polled until every worker (of every server) shows it (bench/visibility.py).

Three kinds of change, cycled, to one measure of MUNICIPALITY that the load test's editors leave
alone (the probe measure):

- `title`: the edit form adds a unique word to the title; polled: the list searching that word
  (`/insatser/?q=<word>`), fresh when the measure is found; and, on the two-server check, the
  measure page, fresh when it shows the new title;
- `unpublish` / `publish`: the status form; polled: the municipality's list
  (`/insatser/?kommun=<m>`), fresh when its heading's count is the database's after the save;
  on the two-server check also the measure page (404 once unpublished) and every facet count of
  that list compared with the database.

Needs Django set up (the database counts) and the editors' accounts (load_test.setup).
"""

import secrets
import time
from html.parser import HTMLParser

import harness
import load_test
import visibility
from load_test import MUNICIPALITY, field, forms_in, page_messages, replace, version_of

KINDS = ("title", "unpublish", "publish")
MARKER = "synlig"  # the probe's word: MARKER and 8 hex digits, one word


def warm_every_worker(servers) -> list[str]:
    """Give every worker of every server its catalogue index and its word index before a probe.

    Production workers have served searches long before an editor saves; a worker that never
    has builds its word index on its first search (seconds at 100 000 measures), which a probe
    would measure instead of the change reaching it. Each request searches a word of its own:
    the list's result is cached by what the filters understood (`poll=` is not among them), so
    one word would be searched once and then served from Redis to every other worker. As many
    go at once as a server has workers, several rounds, so that every worker gets some.
    Returns the problems (answers other than 200).
    """
    problems = []
    for server_number, server in enumerate(servers):
        paths = [
            f"/insatser/?q=praktik+varm{server_number}x{number}&poll=warm-{server_number}-{number}"
            for number in range(harness.WORKERS * 4)
        ]
        for path, status, _ms in harness.first_pass(server.base, paths, clients=harness.WORKERS):
            if status != 200:
                problems.append(f"warming {server.base}{path} answered {status}")
    return problems


def probe_measure() -> dict:
    """The MUNICIPALITY measure the probes change: the first one after the load test's pool."""
    from measures.models import Measure

    measures = (
        Measure.objects.filter(municipality__slug=MUNICIPALITY)
        .exclude(title__startswith=f"{load_test.IMPORT_TITLE} ")
        .order_by("pk")
    )
    measure = measures[load_test.POOL]
    return {"slug": measure.slug, "title": measure.title.split(f" {MARKER}")[0]}


def restore(slug: str, title: str) -> None:
    """The probe measure as it was: its own title; published, with a contact and no more free
    places than places, like the load test's measures (versioned saves)."""
    from django.db import transaction

    from core.versioning import claim_version
    from measures.models import Measure

    with transaction.atomic():
        measure = Measure.objects.select_for_update().get(slug=slug)
        if measure.title != title:
            claim_version(Measure, measure, measure.version)
            measure.title = title
            measure.save()
    load_test.normalise([slug])


def save_title(browser, slug: str, title: str) -> None:
    path = f"/hantera/insatser/{slug}/andra/"
    for _try in range(1 + load_test.RETRIES):
        got, fields = browser.form(path)
        if got != 200 or not fields:
            raise RuntimeError(f"the edit form of {slug} answered {got}")
        version_of(fields)
        answer = browser.send(path, replace(fields, "title", title))
        if answer.status == 302:
            return
        if answer.status != 409:
            raise RuntimeError(
                f"saving {slug}'s title answered {answer.status}: "
                f"{load_test.form_errors(answer.body)}"
            )
    raise RuntimeError(f"saving {slug}'s title was stale {1 + load_test.RETRIES} times")


def save_status(browser, slug: str, status: str) -> None:
    path = f"/hantera/insatser/{slug}/andra/"
    action = f"/hantera/insatser/{slug}/status/"
    for _try in range(1 + load_test.RETRIES):
        page = browser.send(path)
        forms = [f for f in forms_in(page.body, action) if field(f, "status") == status]
        if page.status != 200 or len(forms) != 1:
            raise RuntimeError(f"the edit page of {slug} has no form to make it {status}")
        answer = browser.send(action, forms[0])
        if answer.status != 302:
            raise RuntimeError(f"the status change of {slug} answered {answer.status}")
        shown = page_messages(browser.follow(answer).body)
        if any(load_test.SUCCESS[status] in text for text in shown):
            return
        if not any(load_test.STALE in text for text in shown):
            raise RuntimeError(f"the status change of {slug} said {shown}")
    raise RuntimeError(f"the status change of {slug} was stale {1 + load_test.RETRIES} times")


class FacetParser(HTMLParser):
    """The list page's numbers: the heading's count, and {(param, value): count} of the filter
    form (each checkbox, then the `facet-count` span of its label)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.heading = None
        self.counts: dict[tuple[str, str], int] = {}
        self._checkbox = None
        self._in_heading = False
        self._in_count = False
        self._text = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and (attrs.get("type") or "").lower() == "checkbox":
            self._checkbox = (attrs.get("name"), attrs.get("value"))
        elif tag == "span" and "facet-count" in (attrs.get("class") or "").split():
            self._in_count, self._text = True, ""
        elif attrs.get("id") == "results-heading":
            self._in_heading, self._text = True, ""
        elif tag == "span" and self._in_heading:
            self._finish_heading()

    def _finish_heading(self):
        digits = "".join(ch for ch in self._text if ch.isdigit())
        self.heading = int(digits) if digits else None
        self._in_heading = False

    def handle_data(self, data):
        if self._in_count or self._in_heading:
            self._text += data

    def handle_endtag(self, tag):
        if tag == "span" and self._in_count:
            self._in_count = False
            digits = "".join(ch for ch in self._text if ch.isdigit())
            if self._checkbox and digits:
                self.counts[self._checkbox] = int(digits)
            self._checkbox = None
        elif tag == "h1" and self._in_heading:
            self._finish_heading()


def list_numbers(body: str) -> FacetParser:
    parser = FacetParser()
    parser.feed(body)
    return parser


def database_numbers(municipality: str) -> tuple[int, dict]:
    """What `/insatser/?kommun=<municipality>` must show, counted by the database: the number of
    measures, and each facet's counts given the other filter (the municipality's own facet
    counts every municipality)."""
    from django.db.models import Count

    from measures.models import Measure

    public = Measure.objects.public()
    here = public.filter(municipality__slug=municipality)

    def counted(queryset, path):
        rows = queryset.values_list(path).annotate(n=Count("pk", distinct=True)).order_by()
        return {str(value): n for value, n in rows if value is not None}

    expected = {"kommun": counted(public, "municipality__slug")}
    for param, path in (
        ("typ", "measure_type__slug"),
        ("format", "format"),
        ("kategori", "categories__slug"),
        ("malgrupp", "target_groups__slug"),
        ("behov", "needs__slug"),
        ("sprak", "languages__slug"),
    ):
        expected[param] = counted(here, path)
    expected["oppen_for_andra"] = {"1": here.exclude(open_to_others=Measure.Openness.NO).count()}
    expected["ledig_plats"] = {"1": here.filter(places_available__gt=0).count()}
    return here.count(), expected


def facet_differences(shown: dict, expected: dict) -> list[str]:
    """Every facet count the page shows differently from the database (a missing option is 0)."""
    wrong = []
    for param, counts in expected.items():
        values = set(counts) | {value for name, value in shown if name == param}
        for value in sorted(values):
            page, database = shown.get((param, value), 0), counts.get(value, 0)
            if page != database:
                wrong.append(f"{param}={value}: page {page}, database {database}")
    return wrong


def run_probe(kind, browser, measure, servers, *, detail: bool) -> dict:
    """Save one change of `kind` through `browser`, then poll; the result as a dict.

    `delay`: seconds from the save's answer until every worker of every server showed the
    change in the list. With `detail` (the two-server check), once that is so, the measure page
    and (for a status change) the municipality's list with all its facet counts are polled on
    every worker again: each answer must already agree with the database (`stale` counts those
    that do not).
    """
    slug = measure["slug"]
    results = {"kind": kind, "problems": [], "checked": [], "stale": 0}
    after = []  # (what, path, Fresh): polled once the list shows the change
    if kind == "title":
        word = f"{MARKER}{secrets.token_hex(4)}"
        save_title(browser, slug, f"{measure['title']} {word}")
        saved_at = time.monotonic()
        link = f'href="/insatser/{slug}/"'
        found = visibility.Fresh(lambda status, body: link in body)
        listed = visibility.probe("title-list", servers, f"/insatser/?q={word}", found, saved_at)
        after.append(
            ("measure page", f"/insatser/{slug}/", visibility.Fresh(lambda st, body: word in body))
        )
    else:
        save_status(browser, slug, "utkast" if kind == "unpublish" else "publicerad")
        saved_at = time.monotonic()
        count, expected = database_numbers(MUNICIPALITY)
        path = f"/insatser/?kommun={MUNICIPALITY}"
        numbers = visibility.Fresh(lambda status, body: list_numbers(body).heading == count)
        listed = visibility.probe(f"{kind}-list", servers, path, numbers, saved_at)
        gone = kind == "unpublish"
        after.append(
            (
                "measure page",
                f"/insatser/{slug}/",
                visibility.Fresh(lambda status, body: (status == 404) == gone, accepts_404=True),
            )
        )
        results["facets"] = sum(len(counts) for counts in expected.values())

        def facets_agree(status, body):
            shown = list_numbers(body)
            return shown.heading == count and not facet_differences(shown.counts, expected)

        after.append(("list facet counts", path, visibility.Fresh(facets_agree)))
    results["problems"] += listed.problems
    results["delay"] = listed.delay
    results["per_worker"] = listed.per_worker
    results["polls"] = listed.polls
    for what, path, fresh in after if detail else []:
        checked = visibility.probe(
            f"{kind}-{what.split()[-1]}", servers, path, fresh, time.monotonic()
        )
        results["checked"].append({"what": what, "polls": checked.polls, "stale": checked.stale})
        results["stale"] += checked.stale
        results["problems"] += checked.problems
        if checked.stale:
            results["problems"].append(
                f"{kind}: {checked.stale} of {checked.polls} answers of the {what} were stale "
                "after the list showed the change on every worker"
            )
    return results
