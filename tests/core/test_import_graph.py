"""Dependencies run one way (issue 11): the project package `portal` (settings, urls, wsgi) may
import any app; the shared `core` app imports none; `municipalities` knows nothing of measures;
and no two apps import each other, directly or round a longer loop.

Every import statement counts, at module level or inside a function, read from the source.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = [
    "core",
    "accounts",
    "municipalities",
    "measures",
    "publishing",
    "guide",
    "inquiries",
    "shortlists",
    "insight",
    "samverkan",
    "api",
    "employers",
    "hsds",
]
PROJECT = "portal"
# The layers, bottom up: an app may import only apps below it.
ALLOWED = {
    "core": set(),
    "municipalities": {"core"},
    "accounts": {"core", "municipalities"},
    "measures": {"core", "municipalities"},
    "shortlists": {"core", "municipalities", "measures"},
    "guide": {"core", "municipalities", "measures"},
    "publishing": {"core", "municipalities", "measures", "accounts"},
    "inquiries": {"core", "municipalities", "measures", "accounts", "shortlists"},
    "insight": {"core", "municipalities", "measures"},
    "samverkan": {"core", "municipalities", "accounts"},
    # The API lists the employer register too (api/views.py EmployerList).
    "api": {"core", "municipalities", "measures", "accounts", "employers"},
    # HSDS reuses the API's conditional GET, throttling and JSON 404 (api.views.ReadOnlyView).
    "hsds": {"core", "municipalities", "measures", "api"},
    "employers": {"core", "municipalities", "measures", "accounts", "publishing"},
}


def imported_packages(package: str) -> dict[str, set[str]]:
    """{imported top-level package: files importing it} for one package, migrations included."""
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.split(".")[0], set()).add(str(path.relative_to(ROOT)))
    return found


def internal_imports(package: str) -> dict[str, set[str]]:
    known = set(APPS) | {PROJECT}
    return {
        name: files
        for name, files in imported_packages(package).items()
        if name in known and name != package
    }


def test_every_app_on_disk_is_in_the_layers():
    on_disk = {path.parent.name for path in ROOT.glob("*/apps.py") if path.parent.name != PROJECT}
    assert on_disk == set(APPS) == set(ALLOWED)


@pytest.mark.parametrize("app", APPS)
def test_app_imports_only_the_layers_below_it(app):
    wrong = {
        name: sorted(files)
        for name, files in internal_imports(app).items()
        if name not in ALLOWED[app]
    }
    assert wrong == {}, f"{app} imports {wrong}"


def test_core_imports_no_domain_app_and_municipalities_no_measures():
    assert set(internal_imports("core")) == set()
    assert "measures" not in internal_imports("municipalities")


def test_no_app_imports_the_project_package():
    offenders = {app: sorted(internal_imports(app).get(PROJECT, ())) for app in APPS}
    assert {app: files for app, files in offenders.items() if files} == {}


def test_the_checker_sees_imports_inside_functions(tmp_path, monkeypatch):
    """A function-level import counts as much as one at the top of a file."""
    package = tmp_path / "somepkg"
    package.mkdir()
    (package / "mod.py").write_text("def f():\n    from measures.models import Measure\n")
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    assert imported_packages("somepkg") == {"measures": {"somepkg/mod.py"}}
