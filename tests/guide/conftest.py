"""Fixtures for the guide's tests: the browser set-up is the one tests/browser uses."""

import pytest
from django.core.management import call_command
from django.db import transaction

from tests.browser.conftest import (  # noqa: F401
    base_url,
    browser_context_args,
    browser_type_launch_args,
)
from tests.guide.helpers import restore_seeds


@pytest.fixture(scope="module")
def demo_catalogue(django_db_setup, django_db_blocker):
    """The example catalogue (`manage.py load_demo`), loaded once per module, rolled back after.

    Loading takes seconds, so each test's own transaction nests inside this one, as with
    TestCase.setUpTestData. Only for modules whose tests use `db`, not `transactional_db`.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        restore_seeds()
        call_command("load_demo", verbosity=0)
        yield
        transaction.set_rollback(True)


@pytest.fixture
def catalogue(demo_catalogue, db):
    """The example catalogue inside the test's transaction."""
