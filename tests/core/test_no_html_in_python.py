"""HTML lives in templates, never in Python strings (docs: style.md, "Data is not code").

Python that marks a string safe (`mark_safe`, `format_html`, `format_html_join`, `SafeString`,
`@html_safe`) writes markup the templates' escaping never sees. Every Python file of the project
is read (its syntax tree, so a comment or docstring naming them does not count), and so is every
HTML template, for the filters and tags that print a value unescaped.
"""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Not the project's code: the virtualenv, build output, vendored static files.
SKIPPED_DIRECTORIES = {"build", "dist", "node_modules", "static", "__pycache__"}
MARKING_SAFE = {
    "mark_safe",
    "format_html",
    "format_html_join",
    "SafeString",
    "SafeText",
    "SafeData",
    "html_safe",
}
# File: why it may mark a string safe. Each entry must still need it (see the last test).
ALLOWED = {
    "measures/templatetags/structured_data.py": (
        "JSON-LD inside <script type=application/ld+json>: json.dumps output escaped as Django's "
        "json_script escapes it (<, > and & as \\u escapes), so it holds no markup and cannot "
        "end the element; json_script itself only writes type=application/json."
    ),
    "measures/templatetags/facets.py": (
        "Puts a facet's counts (integers) back between the pieces of includes/facet_options.html's "
        "own escaped output, split at an unguessable placeholder; it writes no markup of its own "
        "(tests/measures/test_facets.py: the same bytes as the template rendered whole)."
    ),
}
UNESCAPED_IN_TEMPLATES = re.compile(r"\|\s*safe(seq)?\b|{%\s*autoescape\s+off\s*%}")


def project_files(pattern: str) -> list[Path]:
    return sorted(
        path
        for path in ROOT.rglob(pattern)
        if not any(
            part.startswith(".") or part in SKIPPED_DIRECTORIES or part.endswith(".egg-info")
            for part in path.relative_to(ROOT).parts[:-1]
        )
    )


def names_marking_safe(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            name = node.id
        elif isinstance(node, ast.Attribute):
            name = node.attr
        elif isinstance(node, ast.alias):
            name = node.name.rsplit(".", 1)[-1]
        else:
            continue
        if name in MARKING_SAFE:
            found.add(name)
    return found


def marking_safe() -> dict[str, set[str]]:
    here = Path(__file__).resolve()
    return {
        str(path.relative_to(ROOT)): names
        for path in project_files("*.py")
        if path.resolve() != here and (names := names_marking_safe(path))
    }


def test_the_scan_reads_the_apps_and_the_tests():
    scanned = {str(path.relative_to(ROOT)) for path in project_files("*.py")}
    assert {"measures/filters.py", "guide/forms.py", "core/params.py"} <= scanned
    assert "tests/core/test_params.py" in scanned
    assert not [path for path in scanned if path.startswith((".venv/", "build/"))]


def test_the_scan_finds_markup_built_in_python(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from django.utils import html\n"
        "from django.utils.safestring import mark_safe as ms\n"
        "def badge(n):\n"
        "    # mark_safe in a comment does not count\n"
        "    return html.format_html('<b>{}</b>', n)\n"
    )
    assert names_marking_safe(sample) == {"mark_safe", "format_html"}


def test_no_python_outside_the_allowlist_builds_html():
    found = {path: names for path, names in marking_safe().items() if path not in ALLOWED}
    assert found == {}, "Move the markup into a template (templates/includes/ or partials/)."


def test_every_allowlist_entry_is_still_needed():
    assert set(ALLOWED) <= set(marking_safe())


def test_no_html_template_prints_a_value_unescaped():
    found = [
        str(path.relative_to(ROOT))
        for path in project_files("*.html")
        if UNESCAPED_IN_TEMPLATES.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []
