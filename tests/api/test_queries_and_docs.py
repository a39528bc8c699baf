"""The list reads the catalogue index, not the rows: the same queries for 5 and 50 measures.
The documentation page runs under the site's CSP with Swagger UI from the portal's own files."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from measures.models import CatalogueState
from tests.factories import LocationFactory, MeasureFactory


def queries_for(client, url, total):
    assert client.get(url).json()["count"] == total  # builds the index, fills the caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/measures/?page_size=5",
        "/api/v1/measures/?kommun=osby&q=insats&sort=titel&page_size=5",
        "/api/v1/measures/?page=2&page_size=2",
    ],
)
def test_the_list_costs_the_same_queries_for_5_and_50_measures(client, db, terms, url):
    def add(count):
        for _ in range(count):
            measure = MeasureFactory(
                target_groups=[terms["malgrupp"]["nyanlanda"]],
                languages=[terms["sprak"]["ar"]],
            )
            LocationFactory(measure=measure)
        CatalogueState.bump(rebuild=True)  # what the commits would do

    add(5)
    few = queries_for(client, url, 5)
    add(45)
    many = queries_for(client, url, 50)

    # catalogue version, its change's time, the page's measures, and five prefetches
    # (categories, target groups, needs, languages, locations).
    assert few == many == 8


def test_the_docs_page_has_no_inline_script_or_style_and_the_sites_csp(client, db):
    response = client.get("/api/v1/docs/")
    html = response.content.decode()

    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "<style" not in html
    assert "<script>" not in html
    assert "cdn" not in html.lower()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in html
    script = client.get("/api/v1/docs/?script=")
    assert script.status_code == 200
    assert script["Content-Type"].startswith("application/javascript")
    assert "/api/v1/schema/" in script.content.decode()


def test_the_schema_describes_every_endpoint(client, db):
    schema = client.get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()

    assert schema["openapi"].startswith("3.")
    assert set(schema["paths"]) >= {
        "/api/v1/measures/",
        "/api/v1/measures/{slug}/",
        "/api/v1/municipalities/",
        "/api/v1/units/",
        "/api/v1/projects/",
        "/api/v1/categories/",
        "/api/v1/measure-types/",
        "/api/v1/target-groups/",
        "/api/v1/needs/",
        "/api/v1/languages/",
    }
    measure_list = schema["paths"]["/api/v1/measures/"]["get"]
    assert {p["name"] for p in measure_list["parameters"]} >= {"kommun", "q", "page", "page_size"}
    assert measure_list["description"]
    assert schema["components"]["securitySchemes"]["apiToken"]["scheme"] == "bearer"


@pytest.mark.parametrize(
    "url", ["/api/v1/finns-inte/", "/api/v1/measures/x%0Ay/", "/api/v1/units/null/"]
)
def test_other_addresses_under_the_api_are_json_404(client, db, url):
    response = client.get(url)

    assert response.status_code == 404
    assert response.json()["detail"]
