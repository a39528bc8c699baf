"""Fixtures for the API's tests."""

import pytest

from api.models import ApiToken


@pytest.fixture(autouse=True)
def generous_api_rates(settings):
    """The tests ask many times from one address; only the throttling test sets a low rate."""
    settings.PORTAL_API_RATE_ANONYMOUS = "100000/min"
    settings.PORTAL_API_RATE_MEMBER = "100000/min"


@pytest.fixture
def api_token(db, osby):
    """(the row, the token) of an active API token of Osby's."""
    from tests.factories import member

    admin = member("administrator", "osby", username="osby-admin")
    return ApiToken.issue(municipality=osby, name="Kommunens webbplats", by=admin)
