"""Fixtures for the guide's tests: the browser set-up is the one tests/browser uses."""

from tests.browser.conftest import (  # noqa: F401
    base_url,
    browser_context_args,
    browser_type_launch_args,
)
