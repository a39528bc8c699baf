"""HSDS 3.0 records built from Portalen's models: plain dicts of public fields only.

Nothing internal is read here: not the contact person, not the exact free places or capacity,
not the referral instructions, not the price for other municipalities. Keys without a value are
left out (HSDS's optional fields take no null), apart from the ones HSDS requires.

Records Portalen does not store on their own (a service's language, schedule and attributes, a
place's location and address, a unit's phone) get ids derived from their owner's permanent id
with uuid5, so they are as stable as the owner's.
"""

import uuid

from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.i18n import language_of, localized
from measures.models import Location, Measure

from .taxonomies import EXTENSION, EXTENSION_TERMS, TAXONOMY_VERSION, taxonomy_of

COUNTRY = "SE"
STATUS = "active"  # every measure the public may see is running; others are not exported


def derived(owner: uuid.UUID, kind: str) -> str:
    return str(uuid.uuid5(owner, kind))


def _compact(record: dict, *, keep=()) -> dict:
    """Without the keys whose value is None or empty text, except those HSDS requires."""
    return {
        key: value
        for key, value in record.items()
        if key in keep or (value is not None and value != "")
    }


def _absolute(request, path: str) -> str:
    return request.build_absolute_uri(path)


# Taxonomies and terms


def taxonomy(entry) -> dict:
    return {
        "id": str(entry.id),
        "name": entry.texts.in_language("name"),
        "description": entry.texts.in_language("description"),
        "version": TAXONOMY_VERSION,
    }


def _once_per_request(request, key, build):
    """`build()`, made once per request: a page of services names the same terms many times."""
    made = request.__dict__.setdefault("_hsds_records", {})
    if key not in made:
        made[key] = build()
    return made[key]


def term(request, stored) -> dict:
    """A stored term (a BIP category, measure type, target group or need)."""
    key = (stored._meta.model_name, stored.pk)
    return _once_per_request(request, key, lambda: _term(request, stored))


def _term(request, stored) -> dict:
    owner = taxonomy_of(stored)
    return _compact(
        {
            "id": str(stored.uuid),
            "code": stored.slug,
            "name": stored.label,
            "description": stored.description_label,
            "taxonomy": owner.texts.in_language("name"),
            "taxonomy_id": str(owner.id),
            "language": language_of(stored, "name"),
            "term_uri": _absolute(
                request, f"{reverse('measures:list')}?{owner.list_parameter}={stored.slug}"
            ),
        },
        keep={"description"},
    )


def extension_term(entry) -> dict:
    return {
        "id": str(entry.id),
        "code": entry.code,
        "name": entry.texts.in_language("name"),
        "description": entry.texts.in_language("description"),
        "taxonomy": EXTENSION.texts.in_language("name"),
        "taxonomy_id": str(EXTENSION.id),
        "language": "en" if get_language() == "en" and entry.texts.name_en else "sv",
    }


# Attributes: a stored term on a service, or a fact of Portalen's extension taxonomy.


def _attribute(owner: uuid.UUID, entity: str, name: str, **fields) -> dict:
    return {
        "id": derived(owner, f"attribute:{name}"),
        "link_id": str(owner),
        "link_entity": entity,
        **fields,
    }


def term_attribute(request, owner: uuid.UUID, stored) -> dict:
    return _attribute(
        owner,
        "service",
        str(stored.uuid),
        link_type=taxonomy_of(stored).code,
        taxonomy_term_id=str(stored.uuid),
        taxonomy_term=term(request, stored),
    )


def fact(request, owner: uuid.UUID, code: str, value, *, entity="service", several=False) -> dict:
    entry = EXTENSION_TERMS[code]
    name = f"{entry.id}:{value}" if several else str(entry.id)
    return _attribute(
        owner,
        entity,
        name,
        link_type=EXTENSION.code,
        taxonomy_term_id=str(entry.id),
        taxonomy_term=_once_per_request(request, code, lambda: extension_term(entry)),
        value=str(value).lower() if isinstance(value, bool) else str(value),
    )


def _facts(request, measure: Measure) -> list[dict]:
    owner = measure.uuid
    facts = [
        fact(request, owner, "municipality", measure.municipality.kommunkod),
        fact(request, owner, "open_to_others", measure.open_to_others),
        fact(request, owner, "format", measure.format),
        fact(request, owner, "intake", measure.intake),
    ]
    optional = {
        "other_municipality_terms": measure.other_municipality_terms,
        "hours_per_week": measure.hours_per_week,
        "duration_weeks": measure.duration_weeks,
        "next_start": measure.next_start.isoformat() if measure.next_start else None,
        "has_free_places": (
            None if measure.places_available is None else measure.places_available > 0
        ),
        "summary_easy": measure.summary_easy,
        "esf_project": _project(measure.project),
        "is_example": True if measure.is_example else None,
    }
    facts += [
        fact(request, owner, code, value)
        for code, value in optional.items()
        if value not in (None, "")
    ]
    routes = [
        ("handlaggare", measure.referral_by_case_officer),
        ("af", measure.referral_by_af),
        ("egen", measure.self_referral),
    ]
    facts += [
        fact(request, owner, "referral", code, several=True) for code, given in routes if given
    ]
    return facts


def _project(project) -> str | None:
    if project is None:
        return None
    return f"{project.name} ({project.project_number})" if project.project_number else project.name


# Places


def _address(owner: uuid.UUID, place, county: str) -> dict:
    return {
        "id": derived(owner, "address"),
        "location_id": derived(owner, "location"),
        "address_1": place.street_address,
        "city": place.town,
        "state_province": county,
        "postal_code": place.postcode,
        "country": COUNTRY,
        "address_type": "physical",
    }


def location(place: Location, county: str) -> dict:
    """The HSDS location of a place where a measure is given."""
    owner = place.uuid
    accessibility = []
    if place.wheelchair_accessible is not None:
        accessibility.append(
            {
                "id": derived(owner, "accessibility:wheelchair"),
                "location_id": derived(owner, "location"),
                "description": str(
                    Location._meta.get_field("wheelchair_accessible").verbose_name
                ).capitalize(),
                "details": _("Ja") if place.wheelchair_accessible else _("Nej"),
            }
        )
    return _compact(
        {
            "id": derived(owner, "location"),
            "location_type": "physical",
            "name": place.name,
            "latitude": float(place.latitude) if place.latitude is not None else None,
            "longitude": float(place.longitude) if place.longitude is not None else None,
            "addresses": [_address(owner, place, county)],
            "accessibility": accessibility,
        }
    )


def service_at_location(place: Location, measure: Measure, *, service: dict) -> dict:
    return {
        "id": str(place.uuid),
        "service_id": str(measure.uuid),
        "location_id": derived(place.uuid, "location"),
        "location": location(place, measure.municipality.county),
        "service": service,
    }


# Organizations: the municipalities, with their units as children.


def municipality(request, stored, *, full: bool = False) -> dict:
    record = _compact(
        {
            "id": str(stored.uuid),
            "name": stored.name,
            "description": localized(stored, "presentation"),
            "website": stored.website,
            "uri": _absolute(request, stored.get_absolute_url()),
        },
        keep={"description"},
    )
    if full:
        record["organization_identifiers"] = [
            {
                "id": derived(stored.uuid, "identifier:kommunkod"),
                "organization_id": str(stored.uuid),
                "identifier_scheme": "SE-SCB",
                "identifier_type": "kommunkod",
                "identifier": stored.kommunkod,
            }
        ]
        # A municipality provides its measures through its units: see the units' services.
        record["services"] = []
    return record


def unit(request, stored, *, full: bool = False, services=()) -> dict:
    record = _compact(
        {
            "id": str(stored.uuid),
            "name": stored.name,
            "description": localized(stored, "description"),
            "email": stored.email,
            "website": stored.website,
            "parent_organization_id": str(stored.municipality.uuid),
        },
        keep={"description"},
    )
    if full:
        owner = stored.uuid
        record["phones"] = (
            [{"id": derived(owner, "phone"), "organization_id": str(owner), "number": stored.phone}]
            if stored.phone
            else []
        )
        record["locations"] = (
            [
                {
                    "id": derived(owner, "location"),
                    "location_type": "physical",
                    "organization_id": str(owner),
                    "name": stored.name,
                    "addresses": [_address(owner, stored, stored.municipality.county)],
                }
            ]
            if stored.street_address and stored.town
            else []
        )
        record["attributes"] = (
            [fact(request, owner, "is_example", True, entity="organization")]
            if stored.is_example
            else []
        )
        record["services"] = list(services)
    return record


# Services: the measures.


def _description(measure: Measure) -> str:
    text = localized(measure, "summary")
    if language_of(measure, "summary") == "sv" and measure.description:
        text = f"{text}\n\n{measure.description}"
    return text


def brief(uuid_value, title: str) -> dict:
    """What HSDS requires of a service, and no more."""
    return {"id": str(uuid_value), "name": title, "status": STATUS}


def service_brief(measure: Measure) -> dict:
    return brief(measure.uuid, measure.title)


def service_minimal(measure: Measure) -> dict:
    """`minimal=true`: the id and the time of the last change (and the required name, status)."""
    return {**service_brief(measure), "last_modified": measure.updated_at.isoformat()}


def service(request, measure: Measure, *, full: bool) -> dict:
    """A measure as an HSDS service: its one-to-one fields, and with `full` everything nested."""
    ages = measure.min_age is not None or measure.max_age is not None
    record = _compact(
        {
            **service_brief(measure),
            "organization_id": str(measure.unit.uuid),
            "description": _description(measure),
            "url": _absolute(request, measure.get_absolute_url()),
            "application_process": ", ".join(str(route) for route in measure.referral_routes),
            "eligibility_description": str(measure.age_range_label) if ages else None,
            "minimum_age": measure.min_age,
            "maximum_age": measure.max_age,
            "assured_date": measure.last_verified.isoformat() if measure.last_verified else None,
            "alert": str(Measure._meta.get_field("is_example").help_text)
            if measure.is_example
            else None,
            "last_modified": measure.updated_at.isoformat(),
            "organization": unit(request, measure.unit),
        }
    )
    if not full:
        return record
    owner = measure.uuid
    terms = [
        *measure.categories.all(),
        measure.measure_type,
        *measure.target_groups.all(),
        *measure.needs.all(),
    ]
    record["languages"] = [
        {
            "id": derived(owner, f"language:{language.uuid}"),
            "service_id": str(owner),
            "name": language.label,
            "code": language.slug,
        }
        for language in measure.languages.all()
    ]
    record["schedules"] = (
        [
            {
                "id": derived(owner, "schedule"),
                "service_id": str(owner),
                "description": measure.schedule,
            }
        ]
        if measure.schedule
        else []
    )
    brief = service_brief(measure)
    record["service_at_locations"] = [
        service_at_location(place, measure, service=brief) for place in measure.locations.all()
    ]
    record["attributes"] = [term_attribute(request, owner, stored) for stored in terms] + _facts(
        request, measure
    )
    return record
