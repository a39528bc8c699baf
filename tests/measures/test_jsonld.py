"""schema.org JSON-LD on measure pages: a GovernmentService from public fields, safe whatever the
editor typed, and allowed by the Content-Security-Policy without an exception."""

import json
import re

import pytest
from django.urls import reverse

from tests.factories import MeasureFactory, UnitFactory
from tests.measures.test_internal_details import INTERNAL, LEAKS

pytestmark = pytest.mark.django_db

SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(response):
    """The page's JSON-LD blocks, parsed; each must sit in the <head>."""
    content = response.content.decode()
    head = content.split("</head>")[0]
    blocks = SCRIPT.findall(content)
    assert SCRIPT.findall(head) == blocks
    return [json.loads(block) for block in blocks]


def test_a_measure_page_describes_the_measure_as_a_government_service(client, terms):
    unit = UnitFactory(name="Arbetsmarknadsenheten Osby", phone="0479-52 80 00")
    measure = MeasureFactory(
        title="Kafé Linden",
        summary="Arbetsträning i kafé.",
        unit=unit,
        measure_type=terms["typ"]["arbetstraning"],
        categories=[terms["kategori"]["jobbinriktad"], terms["kategori"]["social"]],
        target_groups=[terms["malgrupp"]["unga-16-29"]],
        min_age=18,
        max_age=29,
    )

    response = client.get(measure.get_absolute_url())

    assert response.status_code == 200
    [data] = json_ld(response)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "GovernmentService"
    assert data["name"] == "Kafé Linden"
    assert data["description"] == "Arbetsträning i kafé."
    assert data["url"] == "http://testserver/insatser/kafe-linden/"
    assert data["serviceType"] == "Arbetsträning"
    assert data["category"] == ["Jobbinriktade insatser", "Sociala insatser"]
    assert data["provider"] == {
        "@type": "GovernmentOrganization",
        "name": "Arbetsmarknadsenheten Osby",
        "telephone": "0479-52 80 00",
        "email": unit.email,
        "parentOrganization": {
            "@type": "GovernmentOrganization",
            "name": "Osby",
            "url": "http://testserver/kommuner/osby/",
        },
    }
    assert data["areaServed"] == {"@type": "AdministrativeArea", "name": "Osby"}
    assert data["audience"] == {
        "@type": "PeopleAudience",
        "audienceType": "Unga 16–29 år",
        "suggestedMinAge": 18,
        "suggestedMaxAge": 29,
    }


def test_the_english_page_gives_english_labels_and_its_own_address(client, terms):
    measure = MeasureFactory(title="Kafé Linden", summary_en="Work training in a café.")

    [data] = json_ld(client.get(f"/en/insatser/{measure.slug}/"))

    assert data["url"] == "http://testserver/en/insatser/kafe-linden/"
    assert data["description"] == "Work training in a café."
    assert data["serviceType"] == terms["typ"]["arbetstraning"].name_en
    assert data["provider"]["parentOrganization"]["url"] == "http://testserver/en/kommuner/osby/"
    assert "audience" not in data


def test_a_hostile_title_cannot_leave_the_script_element(client):
    hostile = '</script><script>alert("x")</script><!-- & \'"'
    measure = MeasureFactory(title=hostile, summary="</SCRIPT ><img src=x onerror=alert(1)>")

    response = client.get(measure.get_absolute_url())

    content = response.content.decode()
    assert "<script>alert" not in content
    assert "<img src=x" not in content
    [data] = json_ld(response)
    assert data["name"] == hostile
    assert data["description"] == "</SCRIPT ><img src=x onerror=alert(1)>"


def test_no_internal_field_reaches_the_json_ld(client, editor_client):
    measure = MeasureFactory(title="Insats med interna uppgifter", **INTERNAL)

    # Logged in, the page shows the internal details; the JSON-LD stays public all the same.
    for who in (client, editor_client):
        [data] = json_ld(who.get(measure.get_absolute_url()))
        serialised = json.dumps(data, ensure_ascii=False)
        assert data["name"] == "Insats med interna uppgifter"
        for leak in [*LEAKS, "2026-03-09", "places", "price", "contact"]:
            assert leak not in serialised, leak


def test_the_content_security_policy_needs_no_exception_for_it(client):
    measure = MeasureFactory()

    response = client.get(measure.get_absolute_url())

    policy = response["Content-Security-Policy"]
    script_src = re.search(r"script-src ([^;]*)", policy).group(1).split()
    # Only our own files run; the JSON-LD block is data (a type browsers never execute).
    assert script_src == ["'self'"]
    content = response.content.decode()
    inline = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", content)
    assert inline == [' type="application/ld+json"']


def test_the_editors_preview_of_a_draft_carries_no_json_ld(editor_client):
    measure = MeasureFactory(status="utkast")

    response = editor_client.get(reverse("publishing:measure_preview", args=[measure.slug]))

    assert response.status_code == 200
    assert response.context["preview"]
    assert json_ld(response) == []
