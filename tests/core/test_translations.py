"""The English UI is complete: every string in the code has an English translation.

The catalogue is extracted afresh from the code and templates (Django's makemessages, into a
temporary copy of locale/), so a string added without its English, or changed so that its old
translation no longer fits, fails here, not in front of an English-speaking visitor.
"""

import ast
import shutil
from pathlib import Path

import polib
import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "locale" / "en" / "LC_MESSAGES" / "django.po"
IGNORE = [".venv/*", "staticfiles/*", "test-results/*", "bench/*", "tests/*", "docs/*"]
# The names xgettext reads as markers: its defaults, Django's, and portal's makemessages' `_lazy`.
MARKERS = {
    "_",
    "_lazy",
    "gettext",
    "gettext_lazy",
    "gettext_noop",
    "ngettext",
    "ngettext_lazy",
    "pgettext",
    "pgettext_lazy",
    "npgettext",
    "npgettext_lazy",
}


def source_view(where: Path) -> Path:
    """A folder of links to the project's code and templates, without its locale/.

    makemessages writes each file's strings to the locale folder of the directory it runs in
    when there is one, whatever LOCALE_PATHS says; run in the project itself it would rewrite the
    committed catalogue and leave the temporary copy untouched.
    """
    where.mkdir()
    for entry in ROOT.iterdir():
        if entry.name != "locale" and not entry.name.startswith("."):
            (where / entry.name).symlink_to(entry)
    return where


@pytest.fixture
def fresh_catalogue(tmp_path, settings, monkeypatch):
    if not shutil.which("xgettext") or not shutil.which("msgmerge"):
        pytest.fail("GNU gettext is needed (apt-get install gettext); .ci/run installs it")
    locale = tmp_path / "locale"
    target = locale / "en" / "LC_MESSAGES"
    target.mkdir(parents=True)
    # The copy without its source references: the extraction must put them back.
    copy = polib.pofile(str(CATALOGUE))
    for entry in copy:
        entry.occurrences = []
    copy.save(str(target / "django.po"))
    before = CATALOGUE.read_bytes()
    settings.LOCALE_PATHS = [str(locale)]
    monkeypatch.chdir(source_view(tmp_path / "source"))
    call_command(
        "makemessages",
        locale=["en"],
        ignore_patterns=IGNORE,
        no_obsolete=True,
        symlinks=True,
        verbosity=0,
    )
    assert CATALOGUE.read_bytes() == before, "the extraction must not touch the committed file"
    fresh = polib.pofile(str(target / "django.po"))
    # The extraction really ran: the copy names the files the strings come from again.
    assert all(entry.occurrences for entry in fresh if not entry.obsolete)
    return fresh


def describe(entry):
    return f"{entry.msgid!r} ({', '.join(f'{path}:{line}' for path, line in entry.occurrences)})"


def test_every_string_in_the_code_has_an_english_translation(fresh_catalogue):
    untranslated = [describe(entry) for entry in fresh_catalogue.untranslated_entries()]
    assert not untranslated, "No English for:\n" + "\n".join(untranslated)


def test_no_translation_is_a_guess_left_for_review(fresh_catalogue):
    fuzzy = [describe(entry) for entry in fresh_catalogue.fuzzy_entries()]
    assert not fuzzy, "Fuzzy (check and remove the flag):\n" + "\n".join(fuzzy)


def test_the_committed_catalogue_is_complete():
    catalogue = polib.pofile(str(CATALOGUE))
    assert catalogue.percent_translated() == 100
    assert not catalogue.fuzzy_entries()


def test_gettext_is_imported_only_under_names_makemessages_reads():
    """A string marked with a name xgettext does not know is never extracted: it passes the tests
    above and stays Swedish on /en/ (as the guide's questions once did, marked `_lazy`)."""
    unknown = []
    for path in ROOT.rglob("*.py"):
        relative = path.relative_to(ROOT)
        if relative.parts[0] in {".venv", "tests", "bench", "docs", "staticfiles"}:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "django.utils.translation":
                for alias in node.names:
                    if "gettext" in alias.name and (alias.asname or alias.name) not in MARKERS:
                        unknown.append(f"{relative}: {alias.name} as {alias.asname}")
    assert not unknown


def django_core_swedish() -> dict[str, str]:
    import django

    core = Path(django.__file__).parent / "conf" / "locale" / "sv" / "LC_MESSAGES" / "django.mo"
    return {entry.msgid: entry.msgstr for entry in polib.mofile(str(core)) if entry.msgid}


def test_django_s_own_swedish_wins_over_every_installed_app_s():
    """An installed library (Django REST framework) translating one of Django's messages its
    own way must not change what the forms say: locale/sv keeps Django's wording."""
    from django.apps import apps

    core = django_core_swedish()
    ours = {
        entry.msgid: entry.msgstr
        for entry in polib.pofile(str(ROOT / "locale/sv/LC_MESSAGES/django.po"))
    }
    clashes = {}
    for config in apps.get_app_configs():
        catalogue = Path(config.path) / "locale" / "sv" / "LC_MESSAGES" / "django.mo"
        if Path(config.path).parent == ROOT or not catalogue.exists():  # a library
            continue
        for entry in polib.mofile(str(catalogue)):
            if entry.msgid in core and entry.msgstr and entry.msgstr != core[entry.msgid]:
                clashes[entry.msgid] = core[entry.msgid]
    assert clashes, "no library clashes any more: locale/sv may go"
    assert {msgid: ours.get(msgid) for msgid in clashes} == clashes


def test_a_required_field_says_so_in_django_s_swedish():
    from django import forms
    from django.utils import translation

    class Form(forms.Form):
        name = forms.CharField()

    with translation.override("sv"):
        assert Form({}).errors["name"] == ["Detta fält måste fyllas i."]
