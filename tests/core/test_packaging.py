"""A wheel built from the tree holds every app (issue 11): it installs into an empty folder and
every app, its migrations and its data import from there, far from the repository."""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.core.test_import_graph import APPS, PROJECT

ROOT = Path(__file__).resolve().parents[2]


def source_copy(where: Path) -> Path:
    """The tracked files as they are in the work tree (setuptools leaves build/ where it builds)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (where / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, where / name)
    return where


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    source = source_copy(tmp_path_factory.mktemp("source"))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(source)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (built,) = out.glob("portalen-*.whl")
    return built


def test_the_wheel_holds_every_app_with_its_migrations_and_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for package in [PROJECT, *APPS]:
        assert f"{package}/__init__.py" in names, package
    for app in ["accounts", "inquiries", "measures", "municipalities", "publishing", "shortlists"]:
        assert any(name.startswith(f"{app}/migrations/0001_") for name in names), app
    assert "measures/data/demo.json" in names
    # HSDS: the taxonomies it publishes and the spec it serves (/api/hsds/openapi30.json).
    assert {
        "hsds/data/taxonomies.json",
        "hsds/spec/openapi30.json",
        "hsds/spec/service.json",
    } <= names
    assert not any(name.startswith(("tests/", "bench/")) for name in names)


def test_every_app_imports_from_the_installed_wheel_outside_the_repository(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "-t", str(target), wheel],
        check=True,
        capture_output=True,
        timeout=300,
    )
    script = (
        "import importlib, sys\n"
        f"names = {[PROJECT, *APPS]!r}\n"
        "for name in names:\n"
        "    module = importlib.import_module(name)\n"
        "    assert module.__file__.startswith(sys.argv[1]), (name, module.__file__)\n"
        "import django\n"
        "django.setup()\n"
        "from django.apps import apps\n"
        "for name in names[1:]:\n"
        "    config = apps.get_app_config(name)\n"
        "    assert config.path.startswith(sys.argv[1]), (name, config.path)\n"
        "import portal.urls  # every app's views, forms and models\n"
        "print('ok', len(names))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(target)],
        cwd=tmp_path,  # not the repository: nothing may come from the work tree
        env={
            "PYTHONPATH": str(target),
            "DJANGO_SETTINGS_MODULE": "portal.settings",
            "DJANGO_DEBUG": "1",
            "PATH": "/usr/bin:/bin",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ok {len(APPS) + 1}"
