"""Schemathesis with Open Referral's HSDS 3.0 OpenAPI document (the vendored copy in
hsds/spec/) against /api/hsds/ (issue 12): generated requests for every operation, a bounded
number of examples each, through the Django WSGI app on the test database. No answer is a server
error, and no answer breaks the document's schemas. (The document declares only the 200 answers;
the 400 and 404 answers to the fuzzed parameters are checked for being JSON in test_params.py.)
"""

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from hsds.taxonomies import TAXONOMIES
from hsds.views import SPEC

# As Django's test client does: a request's end must not close the database connection.
from tests.api.test_schemathesis import connections_kept_open  # noqa: F401
from tests.factories import LocationFactory, MeasureFactory, UnitFactory

EXAMPLES = 20

schema = schemathesis.openapi.from_path(SPEC / "openapi30.json")
schema.app = get_wsgi_application()
schema.config.update(base_url="http://testserver/api/hsds")
# A NUL byte anywhere is refused with 400 before any view (core/hostile_input.py).
schema.config.generation.update(allow_x00=False)


@pytest.fixture
def catalogue(db, terms, osby, hassleholm, settings):
    settings.PORTAL_API_RATE_ANONYMOUS = "100000/min"
    measure = MeasureFactory(
        title="Arbetsträning i köket",
        municipality=osby,
        places_available=2,
        target_groups=[terms["malgrupp"]["nyanlanda"]],
        languages=[terms["sprak"]["ar"]],
    )
    place = LocationFactory(measure=measure, wheelchair_accessible=False)
    LocationFactory(
        measure=MeasureFactory(
            title="Praktik på lager",
            municipality=hassleholm,
            unit=UnitFactory(municipality=hassleholm),
        )
    )
    return measure, place


@pytest.mark.usefixtures("connections_kept_open")
@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_the_hsds_api_keeps_to_open_referrals_openapi_document(catalogue, case):
    case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])


@pytest.mark.usefixtures("connections_kept_open")
def test_schemathesis_finds_the_single_records_it_cannot_guess_valid(catalogue, terms, osby):
    """Random ids only reach the 404s: here each single-record operation is called with the id
    of a real record, and its answer checked by schemathesis against the document."""
    measure, place = catalogue
    ids = {
        "/services/{id}": measure.uuid,
        "/service_at_locations/{id}": place.uuid,
        "/organizations/{id}": measure.unit.uuid,
        "/taxonomy_terms/{id}": terms["kategori"]["social"].uuid,
    }
    ids["/taxonomies/{id}"] = TAXONOMIES[0].id
    for path, record_id in [*ids.items(), ("/organizations/{id}", osby.uuid)]:
        case = schema[path]["GET"].Case(path_parameters={"id": str(record_id)})
        response = case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])
        assert response.status_code == 200, path
