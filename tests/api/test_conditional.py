"""Conditional GET: every API answer has an ETag and a Last-Modified, a matching
If-None-Match or a later If-Modified-Since gets 304 without a body, and a change to the
catalogue gives a new ETag."""

import datetime

import pytest
from django.utils.http import http_date

from measures.models import CatalogueState
from tests.factories import MeasureFactory

URLS = [
    "/api/v1/measures/",
    "/api/v1/measures/?kommun=osby&sort=titel",
    "/api/v1/municipalities/",
    "/api/v1/units/",
    "/api/v1/projects/",
    "/api/v1/categories/",
]


@pytest.fixture
def measure(db):
    return MeasureFactory(title="Arbetsträning i köket")


@pytest.mark.parametrize("url", URLS)
def test_a_matching_etag_is_answered_304_without_a_body(client, measure, url):
    first = client.get(url)

    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])

    assert first.status_code == 200
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]


def test_the_detail_answers_304_too(client, measure):
    url = f"/api/v1/measures/{measure.slug}/"
    etag = client.get(url)["ETag"]

    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert client.head(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert client.get(url, HTTP_IF_NONE_MATCH='"something-else"').status_code == 200


def test_if_modified_since_at_or_after_last_modified_is_304_and_before_it_200(client, measure):
    first = client.get("/api/v1/measures/")
    last_modified = first["Last-Modified"]
    earlier = http_date(
        datetime.datetime.strptime(last_modified, "%a, %d %b %Y %H:%M:%S GMT")
        .replace(tzinfo=datetime.UTC)
        .timestamp()
        - 3600
    )

    assert client.get("/api/v1/measures/", HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304
    assert client.get("/api/v1/measures/", HTTP_IF_MODIFIED_SINCE=earlier).status_code == 200


def test_a_change_to_the_catalogue_gives_a_new_etag_and_a_full_answer(client, measure):
    url = "/api/v1/measures/"
    before = client.get(url)

    measure.title = "Arbetsträning i bageriet"
    measure.save()
    CatalogueState.bump([measure.pk])  # what the commit of the save would do
    after = client.get(url, HTTP_IF_NONE_MATCH=before["ETag"])

    assert after.status_code == 200
    assert after["ETag"] != before["ETag"]
    assert after.json()["results"][0]["title"] == "Arbetsträning i bageriet"


def test_the_etag_differs_between_public_and_internal_answers(client, measure, api_token):
    _row, token = api_token
    public = client.get("/api/v1/measures/")["ETag"]

    internal = client.get(
        "/api/v1/measures/", HTTP_AUTHORIZATION=f"Bearer {token}", HTTP_IF_NONE_MATCH=public
    )

    assert internal.status_code == 200
    assert internal["ETag"] != public
    assert "internal" in internal.json()["results"][0]


def test_anonymous_answers_may_be_cached_briefly_and_internal_ones_only_privately(
    client, measure, api_token
):
    _row, token = api_token
    public = client.get("/api/v1/measures/")
    internal = client.get("/api/v1/measures/", HTTP_AUTHORIZATION=f"Bearer {token}")

    assert "public" in public["Cache-Control"]
    assert "private" in internal["Cache-Control"]
    assert "public" not in internal["Cache-Control"]
    for vary in ["Accept-Language", "Authorization", "Cookie"]:
        assert vary in public["Vary"]
