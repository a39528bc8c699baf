"""What the employer tests share: a valid form post."""

from employers.models import PlacementKind


def employer_form_data(employer=None, **overrides):
    """A POST for the employer form: a valid new employer, or `employer` as stored."""
    if employer is not None:
        data = {
            "name": employer.name,
            "org_number": employer.org_number,
            "sector": employer.sector,
            "industry": employer.industry,
            "town": employer.town,
            "placement_kinds": [kind.pk for kind in employer.placement_kinds.all()],
            "places_at_a_time": employer.places_at_a_time or "",
            "languages": [language.pk for language in employer.languages.all()],
            "accessibility_notes": employer.accessibility_notes,
            "hosted_measures": [measure.pk for measure in employer.hosted_measures.all()],
            "contact_name": employer.contact_name,
            "contact_phone": employer.contact_phone,
            "contact_email": employer.contact_email,
            "listing_consent": "on" if employer.listing_consent else "",
            "consent_date": employer.consent_date.isoformat() if employer.consent_date else "",
            "version": employer.version,
        }
    else:
        data = {
            "name": "Snickeriet i Osby AB (exempel)",
            "org_number": "556036-0793",
            "sector": "privat",
            "industry": "tillverkning",
            "town": "Osby",
            "placement_kinds": [PlacementKind.objects.get(slug="praktik").pk],
            "places_at_a_time": "2",
            "accessibility_notes": "Verkstaden ligger i markplan.",
            "contact_name": "Sven Snickare",
            "contact_phone": "040-628 04 60",
            "contact_email": "sven@snickeriet.example",
            "listing_consent": "on",
            "consent_date": "2026-01-15",
        }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
