"""Browser tests: Playwright drives Debian's Chromium (never a downloaded browser).

See ../shared/notes/browser-tests.md. `.ci/run` installs the `chromium` package when missing.
"""

from pathlib import Path

import pytest

CHROMIUM = "/usr/lib/chromium/chromium"
PROJECT = Path(__file__).resolve().parents[2]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": ["--disable-gpu", "--disable-quic"],
        # Chromium writes crash-report folders into $HOME unless told otherwise.
        "env": {
            "XDG_CONFIG_HOME": str(PROJECT / "test-results" / "chromium-config"),
            "HOME": str(PROJECT / "test-results"),
        },
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # Swedish visitors: the UI answers in Swedish (the browser's Accept-Language decides).
    return {**browser_context_args, "locale": "sv-SE"}


@pytest.fixture(scope="session")
def base_url(live_server):
    return live_server.url


@pytest.fixture
def login_as(context, live_server):
    """Log a user in for the browser by handing it a Django session cookie."""
    from django.test import Client

    def login(user):
        client = Client()
        client.force_login(user)
        cookie = client.cookies["sessionid"]
        context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": live_server.url}])
        return user

    return login
