"""The English UI is complete: every string in the code has an English translation.

The catalogue is extracted afresh from the code and templates (Django's makemessages, into a
temporary copy of locale/), so a string added without its English, or changed so that its old
translation no longer fits, fails here, not in front of an English-speaking visitor.
"""

import shutil
from pathlib import Path

import polib
import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "locale" / "en" / "LC_MESSAGES" / "django.po"
IGNORE = [".venv/*", "staticfiles/*", "test-results/*", "bench/*", "tests/*", "docs/*"]


@pytest.fixture
def fresh_catalogue(tmp_path, settings, monkeypatch):
    if not shutil.which("xgettext") or not shutil.which("msgmerge"):
        pytest.fail("GNU gettext is needed (apt-get install gettext); .ci/run installs it")
    target = tmp_path / "en" / "LC_MESSAGES"
    target.mkdir(parents=True)
    shutil.copy(CATALOGUE, target / "django.po")
    settings.LOCALE_PATHS = [str(tmp_path)]
    monkeypatch.chdir(ROOT)
    call_command(
        "makemessages", locale=["en"], ignore_patterns=IGNORE, no_obsolete=True, verbosity=0
    )
    return polib.pofile(str(target / "django.po"))


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
