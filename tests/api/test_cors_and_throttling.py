"""CORS on /api/: any origin may GET and HEAD, never with credentials, and a preflight is
granted for GET only; the rest of the site sends no CORS header. Throttling answers 429."""

import pytest

from tests.factories import MeasureFactory

ORIGIN = "https://www.kommun.example"


@pytest.fixture
def measure(db):
    return MeasureFactory()


@pytest.mark.parametrize("url", ["/api/v1/measures/", "/api/v1/categories/", "/api/v1/schema/"])
def test_get_from_another_origin_is_allowed_without_credentials(client, measure, url):
    response = client.get(url, HTTP_ORIGIN=ORIGIN)

    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    assert "Access-Control-Allow-Credentials" not in response


def test_a_preflight_for_get_is_granted_for_the_conditional_headers(client, db):
    response = client.options(
        "/api/v1/measures/",
        HTTP_ORIGIN=ORIGIN,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="If-None-Match, Accept-Language",
    )

    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Access-Control-Allow-Methods"] == "GET, HEAD"
    assert "if-none-match" in response["Access-Control-Allow-Headers"]
    assert "Access-Control-Allow-Credentials" not in response


@pytest.mark.parametrize(
    ("method", "headers"),
    [("POST", ""), ("DELETE", ""), ("PUT", "content-type"), ("GET", "Authorization")],
)
def test_a_preflight_for_anything_else_is_refused(client, db, method, headers):
    response = client.options(
        "/api/v1/measures/",
        HTTP_ORIGIN=ORIGIN,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD=method,
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS=headers,
    )

    assert response.status_code == 403
    assert not [name for name in response.headers if name.lower().startswith("access-control")]


def test_a_post_from_another_origin_gets_no_cors_header(client, db):
    response = client.post("/api/v1/measures/", HTTP_ORIGIN=ORIGIN)

    assert response.status_code == 405
    assert "Access-Control-Allow-Origin" not in response


def test_pages_outside_the_api_send_no_cors_header(client, db):
    response = client.get("/insatser/", HTTP_ORIGIN=ORIGIN)

    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response


def test_an_anonymous_client_over_its_rate_gets_429_with_retry_after(client, db, settings):
    settings.PORTAL_API_RATE_ANONYMOUS = "3/min"

    answers = [client.get("/api/v1/categories/").status_code for _ in range(4)]
    other_address = client.get("/api/v1/categories/", REMOTE_ADDR="192.0.2.77")
    refused = client.get("/api/v1/categories/")

    assert answers == [200, 200, 200, 429]
    assert other_address.status_code == 200
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 60


def test_a_token_is_counted_on_its_own_not_by_address(client, db, settings, api_token):
    _row, token = api_token
    settings.PORTAL_API_RATE_ANONYMOUS = "1/min"
    settings.PORTAL_API_RATE_MEMBER = "2/min"
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}

    assert client.get("/api/v1/needs/").status_code == 200
    assert client.get("/api/v1/needs/").status_code == 429
    assert [client.get("/api/v1/needs/", **auth).status_code for _ in range(3)] == [200, 200, 429]
