"""Fixtures for the HSDS tests: a small public catalogue with records that must not appear, and
a validator built from the vendored HSDS 3.0 OpenAPI document and schemas (hsds/spec/)."""

import datetime
import json
from functools import cache
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

import hsds
from measures.models import Measure
from tests.api.test_fields import SECRETS  # internal values: none may appear in HSDS
from tests.factories import LocationFactory, MeasureFactory, ProjectFactory, UnitFactory

SPEC = Path(hsds.__file__).resolve().parent / "spec"
OPENAPI = "openapi30.json"


@pytest.fixture(autouse=True)
def generous_api_rates(settings):
    """The tests ask many times from one address."""
    settings.PORTAL_API_RATE_ANONYMOUS = "100000/min"
    settings.PORTAL_API_RATE_MEMBER = "100000/min"


@cache
def registry() -> Registry:
    """Every vendored file under its own name, so the OpenAPI document's relative $refs
    ("service.json") and its own ("#/components/schemas/Page") resolve."""
    return Registry().with_resources(
        (
            path.name,
            Resource.from_contents(
                json.loads(path.read_text(encoding="utf-8")),
                default_specification=DRAFT202012,
            ),
        )
        for path in SPEC.glob("*.json")
    )


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


@cache
def validator_for(path: str) -> Draft202012Validator:
    """The validator of an operation's 200 answer as the OpenAPI document declares it."""
    ref = f"{OPENAPI}#/" + _pointer(
        "paths", path, "get", "responses", "200", "content", "application/json", "schema"
    )
    return Draft202012Validator(
        {"$ref": ref}, registry=registry(), format_checker=Draft202012Validator.FORMAT_CHECKER
    )


@cache
def schema_validator(name: str) -> Draft202012Validator:
    """The validator of one compiled schema (`service_at_location.json` …)."""
    return Draft202012Validator(
        {"$ref": name}, registry=registry(), format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def assert_valid(validator, body) -> None:
    errors = [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in validator.iter_errors(body)
    ]
    assert errors == []


@pytest.fixture
def catalogue(db, terms, osby, hassleholm):
    """Three public measures (one with everything filled in), one draft, one archived and one
    outside its visibility window."""
    project = ProjectFactory(name="Within", project_number="2017/00127")
    full = MeasureFactory(
        title="Arbetsträning i köket",
        summary="Du tränar på att arbeta i ett storkök.",
        summary_en="You train to work in a large kitchen.",
        summary_easy="Du lagar mat och diskar.",
        municipality=osby,
        places_available=3,
        capacity=9,
        min_age=18,
        max_age=64,
        hours_per_week=20,
        duration_weeks=12,
        schedule="mån–tors 8–12",
        intake=Measure.Intake.DATED,
        next_start=datetime.date(2030, 1, 7),
        other_municipality_terms="Efter överenskommelse mellan kommunerna.",
        self_referral=True,
        referral_by_af=True,
        project=project,
        categories=[terms["kategori"]["jobbinriktad"], terms["kategori"]["halsorelaterad"]],
        target_groups=[terms["malgrupp"]["nyanlanda"]],
        needs=[terms["behov"]["svenska"]],
        languages=[terms["sprak"]["sv"], terms["sprak"]["ar"]],
        **SECRETS,
    )
    LocationFactory(
        measure=full,
        name="Köket",
        latitude="56.380000",
        longitude="14.000000",
        wheelchair_accessible=True,
    )
    LocationFactory(measure=full, street_address="Västra Storgatan 5", postcode="28331")
    other_unit = UnitFactory(municipality=hassleholm, name="Jobbcentrum", phone="0451-26 80 00")
    plain = MeasureFactory(
        title="Praktik på lager",
        municipality=hassleholm,
        unit=other_unit,
        measure_type=terms["typ"]["praktik"],
    )
    LocationFactory(measure=plain, town="Hässleholm", postcode="281 31")
    MeasureFactory(title="Studie- och yrkesvägledning", municipality=osby, places_available=0)
    hidden = [
        MeasureFactory(title="Utkast som inte syns", status=Measure.Status.DRAFT, **SECRETS),
        MeasureFactory(title="Arkiverad insats", status=Measure.Status.ARCHIVED),
        MeasureFactory(
            title="Insats som visas senare",
            visible_from=datetime.date.today() + datetime.timedelta(days=30),
        ),
    ]
    for measure in hidden:
        LocationFactory(measure=measure, street_address="Dold gata 9")
    return {"full": full, "plain": plain, "hidden": hidden, "other_unit": other_unit}


def get_json(client, url, status=200, **headers):
    response = client.get(url, **headers)
    assert response.status_code == status, response.content[:500]
    return response.json()
