"""Language and HTTP: Swedish by default, English texts where Portalen has them with
Accept-Language: en; the REST API's ETag and 304, open CORS for GET and the throttle apply to
/api/hsds/ too; the vendored spec files are served where the OpenAPI document's $refs find them."""

import json

from django.core.cache import cache

from hsds.views import SPEC
from tests.hsds.conftest import get_json


def test_swedish_by_default_and_english_texts_when_asked_for(client, catalogue, terms):
    url = f"/api/hsds/services/{catalogue['full'].uuid}"
    swedish = client.get(url)
    english = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert swedish["Content-Language"] == "sv" and english["Content-Language"] == "en"
    assert "Accept-Language" in english["Vary"]
    sv, en = swedish.json(), english.json()
    assert sv["description"].startswith("Du tränar på att arbeta i ett storkök.")
    assert en["description"] == "You train to work in a large kitchen."
    assert en["name"] == sv["name"] == "Arbetsträning i köket"  # no English title is kept
    assert en["url"].endswith(f"/en/insatser/{catalogue['full'].slug}/")
    category = terms["kategori"]["jobbinriktad"]
    by_term = {a["taxonomy_term"]["id"]: a["taxonomy_term"] for a in en["attributes"]}
    assert by_term[str(category.uuid)]["name"] == category.name_en
    assert by_term[str(category.uuid)]["language"] == "en"
    assert "Egen anmälan" in sv["application_process"]
    assert "Egen anmälan" not in en["application_process"]
    taxonomies = get_json(client, "/api/hsds/taxonomies", HTTP_ACCEPT_LANGUAGE="en")
    assert taxonomies["contents"][0]["name"] == "BIP category"
    error = get_json(client, "/api/hsds/services?page=x", status=400, HTTP_ACCEPT_LANGUAGE="en")
    assert error["detail"] == "page: “x” is not a whole number from 1 upwards."


def test_an_unchanged_answer_is_a_304_and_a_change_gives_a_new_etag(
    client, catalogue, django_capture_on_commit_callbacks
):
    url = "/api/hsds/services?full=true"
    first = client.get(url)
    assert first["ETag"] and first["Last-Modified"]
    assert "public" in first["Cache-Control"]
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    with django_capture_on_commit_callbacks(execute=True):  # the catalogue moves on at commit
        catalogue["plain"].title = "Praktik på lagret"
        catalogue["plain"].save()
    changed = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200 and changed["ETag"] != first["ETag"]
    assert "Praktik på lagret" in changed.content.decode()


def test_any_site_may_read_it_with_get_but_nothing_else(client, db):
    response = client.get("/api/hsds/taxonomies", HTTP_ORIGIN="https://example.org")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    refused = client.options(
        "/api/hsds/services",
        HTTP_ORIGIN="https://example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    assert refused.status_code == 403
    assert client.post("/api/hsds/services").status_code == 405


def test_the_throttle_counts_hsds_requests_as_api_requests(client, db, settings):
    cache.clear()
    settings.PORTAL_API_RATE_ANONYMOUS = "2/min"
    assert client.get("/api/hsds/taxonomies").status_code == 200
    assert client.get("/api/hsds/services").status_code == 200
    refused = client.get("/api/hsds/taxonomies")
    assert refused.status_code == 429 and refused["Retry-After"]
    cache.clear()


def test_the_vendored_openapi_document_and_schemas_are_served_unchanged(client, db):
    response = client.get("/api/hsds/openapi30.json")
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    served = json.loads(b"".join(response.streaming_content))
    assert served == json.loads((SPEC / "openapi30.json").read_text(encoding="utf-8"))
    assert served["paths"]["/services"]["get"]["responses"]["200"]
    schema = client.get("/api/hsds/service.json")
    assert json.loads(b"".join(schema.streaming_content))["required"] == ["id", "name", "status"]
    assert client.get("/api/hsds/secrets.json").status_code == 404
    readme = (SPEC / "README.md").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in readme and "279fd2eb3552c349bf698c07c00cc25f5fc8249b" in readme


def test_the_rest_apis_openapi_document_does_not_describe_hsds(client, db):
    document = client.get("/api/v1/schema/?format=json")
    assert document.status_code == 200
    text = document.content.decode()
    assert "/api/v1/measures/" in text and "/api/hsds" not in text
