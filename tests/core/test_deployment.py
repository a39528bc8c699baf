"""Production readiness: `check --deploy`, the secret key, /healthz, security headers, secrets."""

import os
import re
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.db import OperationalError

PROJECT = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "k" * 10 + "Zx9!q-Lm3#vR8@tY2%wE6&uI1*oP5^aS4(dF7)gH0_jK",
    "DJANGO_ALLOWED_HOSTS": "portalen.example.se",
    "DJANGO_HTTPS": "1",
    "DJANGO_STATIC_MANIFEST": "1",
    "DATABASE_URL": "sqlite:///:memory:",
}


def manage(*args, env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_gives_no_warnings_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "DJANGO_SECRET_KEY"}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_health_check_answers_200_when_the_database_answers(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert response["Cache-Control"] == "no-store"


def test_health_check_answers_503_when_the_database_is_unreachable(client, db):
    with mock.patch("core.health.connection.cursor", side_effect=OperationalError("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "fel"


def test_health_check_answers_any_host_name(client, db):
    """A load balancer probes by IP address; host validation must not turn it away."""
    assert client.get("/healthz", HTTP_HOST="10.0.0.5").status_code == 200


def test_health_check_includes_the_cache_when_one_is_shared(client, db, settings):
    settings.REDIS_URL = "redis://127.0.0.1:6379/15"
    with mock.patch("core.health.check_cache", return_value=False):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["cache"] == "fel"


def test_pages_carry_a_strict_content_security_policy(client, db):
    response = client.get("/insatser/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


# Data blocks the browser never runs (JSON-LD, json_script's application/json) are not scripts.
INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>"
)


def test_templates_hold_no_inline_script_or_style():
    offenders = []
    templates = [*PROJECT.glob("templates/**/*.html"), *PROJECT.glob("*/templates/**/*.html")]
    assert len(templates) > 50
    for template in templates:
        text = template.read_text(encoding="utf-8")
        if INLINE_SCRIPT.search(text) or re.search(r"<style\b|\sstyle=", text):
            offenders.append(str(template.relative_to(PROJECT)))
        if re.search(r"\son[a-z]+=", text):
            offenders.append(f"{template.relative_to(PROJECT)} (event handler attribute)")
    assert offenders == []


@pytest.mark.parametrize(
    ("tag", "inline"),
    [
        ("<script>", True),
        ('<script type="module">', True),
        ('<script type="text/javascript">', True),
        ('<script type="application/ld+json">', False),
        ('<script id="chart-data" type="application/json">', False),
        ('<script src="/static/x.js" defer>', False),
    ],
)
def test_only_data_blocks_and_files_count_as_safe_scripts(tag, inline):
    assert bool(INLINE_SCRIPT.search(tag)) is inline


PRIVATE_KEY = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")
HARD_CODED_SECRET = re.compile(
    r"""(?i)\b(password|passwd|secret_key|api_key|token)\s*=\s*["'][^"'\s]{8,}["']"""
)


def tracked_files():
    result = subprocess.run(["git", "ls-files"], cwd=PROJECT, capture_output=True, text=True)
    if result.returncode != 0:  # not a git checkout: read the tree instead
        return [p for p in PROJECT.rglob("*") if p.is_file() and ".venv" not in p.parts]
    return [PROJECT / name for name in result.stdout.splitlines()]


def test_no_private_keys_or_hard_coded_passwords_in_the_repository():
    offenders = []
    for path in tracked_files():
        if path.suffix in {".png", ".mo", ".ico", ".woff2"} or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        if PRIVATE_KEY.search(text):
            offenders.append(f"{path.name}: private key")
        # Tests and the development key may hold throw-away values; application code never.
        relative = path.relative_to(PROJECT).as_posix()
        if relative.startswith(("tests/", "pyproject.toml", ".ci/")):
            continue
        for match in HARD_CODED_SECRET.finditer(text):
            offenders.append(f"{relative}: {match.group(0)[:40]}")
    assert offenders == []


def test_session_and_csrf_cookies_are_secure_over_https(settings):
    assert settings.SESSION_COOKIE_HTTPONLY is True
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT)",
        env=PRODUCTION_ENV,
    )
    assert result.stdout.strip().splitlines()[-1] == "True True True", result.stderr


def test_ping_answers_without_touching_the_database(client, db, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/ping")
    assert response.status_code == 200 and response.content == b"ok"
