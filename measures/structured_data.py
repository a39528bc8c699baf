"""schema.org data for search engines: a measure as a GovernmentService (JSON-LD).

Built as a plain dict from public fields only (never the contact person, price, referral
instructions or the exact number of free places); the template tag in
templatetags/structured_data.py serialises it with the same escaping as Django's json_script.
"""

from django.utils.translation import get_language

SCHEMA_ORG = "https://schema.org"


def government_service(measure, request) -> dict:
    """The measure's page as schema.org GovernmentService, labels in the visitor's language."""
    municipality = {
        "@type": "GovernmentOrganization",
        "name": measure.municipality.name,
        "url": request.build_absolute_uri(measure.municipality.get_absolute_url()),
    }
    provider = {
        "@type": "GovernmentOrganization",
        "name": measure.unit.name,
        "parentOrganization": municipality,
    }
    if measure.unit.phone:
        provider["telephone"] = measure.unit.phone
    if measure.unit.email:
        provider["email"] = measure.unit.email
    data = {
        "@context": SCHEMA_ORG,
        "@type": "GovernmentService",
        "name": measure.title,
        "description": measure.summary_for(get_language()),
        "url": request.build_absolute_uri(measure.get_absolute_url()),
        "serviceType": measure.measure_type.label,
        "category": [category.label for category in measure.categories.all()],
        "provider": provider,
        "areaServed": {"@type": "AdministrativeArea", "name": measure.municipality.name},
    }
    audience = _audience(measure)
    if audience:
        data["audience"] = audience
    return data


def _audience(measure) -> dict | None:
    """Who the measure is for: its target groups and age range, when it names any."""
    audience = {"@type": "PeopleAudience"}
    groups = [group.label for group in measure.target_groups.all()]
    if groups:
        audience["audienceType"] = ", ".join(groups)
    if measure.min_age is not None:
        audience["suggestedMinAge"] = measure.min_age
    if measure.max_age is not None:
        audience["suggestedMaxAge"] = measure.max_age
    return audience if len(audience) > 1 else None
