"""Helpers for guide tests: requests, and what a visitor reads on the pages."""

import html
import re
from importlib import import_module
from urllib.parse import urlencode

from django.apps import apps


def text(response) -> str:
    return html.unescape(response.content.decode())


def hidden_fields(response) -> list[tuple[str, str]]:
    """The (name, value) pairs a step's form carries on, in page order."""
    form = re.search(r'<form method="get".*?</form>', response.content.decode(), re.S).group()
    found = re.findall(r'<input type="hidden" name="([^"]*)" value="([^"]*)">', form)
    return [(name, html.unescape(value)) for name, value in found]


def submission(response, **answer) -> str:
    """The address a browser goes to when the step's form is sent with `answer` filled in.

    Fields go in page order, as a browser sends them: the hidden ones, and the answer where
    the step's own input stands. A list is several ticked boxes; no value leaves it empty.
    """
    page = response.content.decode()
    form = re.search(r'<form method="get" action="([^"]*)".*?</form>', page, re.S)
    fields, answered = [], False
    for tag in re.findall(r"<input [^>]*>", form.group()):
        name = re.search(r'name="([^"]*)"', tag).group(1)
        if 'type="hidden"' in tag:
            value = re.search(r'value="([^"]*)"', tag).group(1)
            fields.append((name, html.unescape(value)))
        elif not answered:
            answered = True
            values = answer.get(name, [])
            for value in values if isinstance(values, list) else [values]:
                fields.append((name, value))
    return f"{html.unescape(form.group(1))}?{urlencode(fields)}"


def checked(response) -> list[str]:
    """Values of the radio buttons and checkboxes that are ticked."""
    return re.findall(r'value="([^"]*)" id="[^"]*" checked>', response.content.decode())


def link(response, label: str) -> str:
    """The href of the link whose text starts with `label`."""
    match = re.search(
        r'<a[^>]*href="([^"]*)"[^>]*>\s*' + re.escape(label), response.content.decode()
    )
    assert match, f"no link {label!r}"
    return html.unescape(match.group(1))


def titles(response, group: str) -> list[str]:
    """Titles of the measures in one group ("fits" or "may-fit"), in page order."""
    section = re.search(rf'id="{group}">(.*?)</ul>', response.content.decode(), re.S)
    if section is None:
        return []
    found = re.findall(r'<h3 class="h5 card-title"[^>]*><a [^>]*>([^<]*)</a>', section.group(1))
    return [html.unescape(title) for title in found]


def reason(response, title: str) -> str:
    """The reason line on the card of the measure titled `title`."""
    page = text(response)
    card = page[page.index(f">{title}</a>") :]
    match = re.search(r'class="guide-reason">.*?</span>([^<]*)</p>', card, re.S)
    return match.group(1).strip()


def row_counts() -> dict:
    """Rows in every table, to show that a request stored nothing."""
    return {model: model._default_manager.count() for model in apps.get_models()}


def restore_seeds():
    """Put back the migration-seeded municipalities and taxonomies (the seeds are idempotent).

    A transactional test flushes every table, and serialized_rollback restores them only when
    the test runs on the connection the test database was serialized on. Once Playwright's event
    loop runs, Django hands the test a new connection object (connections are context-local), so
    after another test module's database tests the restore is silently skipped and the tables
    stay empty after a flush.
    """
    for module in [
        "municipalities.migrations.0002_seed_members",
        "municipalities.migrations.0006_seed_english",
        "measures.migrations.0002_seed_taxonomies",
        "measures.migrations.0012_seed_english",
    ]:
        import_module(module).seed(apps, None)
