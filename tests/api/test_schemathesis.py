"""Schemathesis against /api/v1/schema/ (issue 12): generated requests for every operation,
with a bounded number of examples each, through the Django WSGI app on the test database. No
answer is a server error, and every answer conforms to the OpenAPI document (status codes,
headers, bodies)."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from tests.factories import EmployerFactory, LocationFactory, MeasureFactory

EXAMPLES = 25


# Read through the app at collection time: the schema view touches no database. (Schemathesis'
# from_fixture does not work with pytest 9.)
schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", get_wsgi_application())
# A NUL byte anywhere is refused with 400 before any view (core/hostile_input.py, fuzzed in
# tests/core/test_fuzz.py); here the API's own answers are checked.
schema.config.generation.update(allow_x00=False)


@pytest.fixture
def connections_kept_open():
    """As Django's test client does: a request's end must not close the database connection,
    or the test's transaction (and on PostgreSQL the connection) is gone."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def catalogue(db, connections_kept_open, terms, osby, hassleholm):
    MeasureFactory(
        title="Arbetsträning i köket",
        municipality=osby,
        places_available=2,
        target_groups=[terms["malgrupp"]["nyanlanda"]],
    )
    LocationFactory(measure=MeasureFactory(title="Praktik på lager", municipality=hassleholm))
    # The employer register: one listed (the public sees it), one not (members only).
    EmployerFactory(name="Listade lagret AB")
    EmployerFactory(name="Olistade lagret AB", consent=False, municipality=hassleholm)


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_the_api_keeps_to_its_openapi_document(catalogue, case):
    case.call_and_validate()
