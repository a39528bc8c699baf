"""The access log cannot be forged: encoded line breaks in a path stay inside their one line.

The test starts gunicorn with the project's own gunicorn.conf.py (its log format and logger)
in front of a tiny WSGI app, sends raw requests whose paths hold encoded CR, LF, escape and
Unicode line separators, and reads the log file back.
"""

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.access_log import escape

ROOT = Path(__file__).resolve().parents[2]
APP = """
def app(environ, start_response):
    start_response("404 Not Found", [("Content-Type", "text/plain")])
    return [b"nothing here"]
"""
FORGED = '127.0.0.6 [28/Nov/2026:10:00:00 +0000] "GET /hantera/ HTTP/1.1" 200'


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def raw_get(port, target):
    with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
        conn.sendall(f"GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        while conn.recv(4096):
            pass


@pytest.fixture
def gunicorn_log(tmp_path):
    (tmp_path / "tinyapp.py").write_text(APP)
    log = tmp_path / "access.log"
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--config",
            str(ROOT / "gunicorn.conf.py"),
            "--chdir",
            str(tmp_path),
            "--pythonpath",
            str(ROOT),
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--access-logfile",
            str(log),
            "tinyapp:app",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield port, log
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_encoded_line_breaks_in_the_path_cannot_start_a_forged_line(gunicorn_log):
    port, log = gunicorn_log
    encoded = FORGED.replace(" ", "%20").replace('"', "%22")
    targets = [
        f"/a%0A{encoded}",
        f"/b%0D%0A{encoded}",
        f"/c%E2%80%A8{encoded}",  # U+2028 LINE SEPARATOR
        "/d%1B%5B2J",  # a terminal escape sequence
        "/ok",
    ]
    for target in targets:
        raw_get(port, target)
    deadline = time.monotonic() + 10
    while len(log.read_text().splitlines()) < len(targets) and time.monotonic() < deadline:
        time.sleep(0.1)

    lines = log.read_text().splitlines()
    assert len(lines) == len(targets), lines  # one request, one line
    assert not any(line.startswith("127.0.0.6") for line in lines)
    assert "/a\\x0a127.0.0.6" in lines[0]
    assert "/b\\x0d\\x0a127.0.0.6" in lines[1]
    assert "/c\\u2028127.0.0.6" in lines[2]
    assert "\x1b" not in log.read_text()
    assert '"GET /ok" 404' in lines[4]


@pytest.mark.parametrize(
    ("raw", "logged"),
    [
        ("/insatser/", "/insatser/"),
        ("/a\nb", "/a\\x0ab"),
        ("/a\r\nb", "/a\\x0d\\x0ab"),
        ('/a"b', '/a"b'),  # gunicorn itself escapes the quote
        ("/a\\x0ab", "/a\\\\x0ab"),  # a literal backslash cannot fake an escape
        ("/å\u0085\u2029", "/å\\x85\\u2029"),
    ],
)
def test_each_value_is_escaped_to_one_unambiguous_line(raw, logged):
    assert escape(raw) == logged
