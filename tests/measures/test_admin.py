"""The admin: every model registered, with working lists, search and autocompletes."""

import pytest
from django.contrib import admin
from django.urls import reverse

from measures.models import (
    Category,
    ErrorReport,
    Language,
    Location,
    Measure,
    MeasureType,
    Need,
    Project,
    TargetGroup,
)
from municipalities.models import Municipality, Unit
from tests.factories import MeasureFactory

MODELS = [
    Category,
    ErrorReport,
    Language,
    Location,
    Measure,
    MeasureType,
    Need,
    Project,
    TargetGroup,
    Municipality,
    Unit,
]


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_superuser(
        "portalstaff", "staff@example.org", "pw-123456!"
    )
    client.force_login(user)
    return client


def test_every_model_but_locations_is_registered_in_the_admin():
    registered = set(admin.site._registry)
    # Locations are edited inline on their measure.
    assert set(MODELS) - registered == {Location}


@pytest.mark.parametrize(
    "model", [m for m in MODELS if m is not Location], ids=lambda m: m.__name__
)
def test_changelists_load_with_search_and_filters(staff_client, db, model):
    MeasureFactory()
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    assert staff_client.get(url).status_code == 200
    assert staff_client.get(url, {"q": "osby"}).status_code == 200


def test_example_measures_carry_a_notice_in_the_admin(staff_client, db):
    example = MeasureFactory(is_example=True)
    url = reverse("admin:measures_measure_change", args=[example.pk])
    response = staff_client.get(url)
    assert response.status_code == 200
    assert "Det här är exempeldata" in response.content.decode()
    listing = staff_client.get(reverse("admin:measures_measure_changelist"))
    assert "Portalen innehåller exempeldata" in listing.content.decode()


def test_measure_form_offers_autocomplete_for_municipality_and_unit(staff_client, db):
    response = staff_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "measures",
            "model_name": "measure",
            "field_name": "municipality",
            "term": "Osb",
        },
    )
    assert response.status_code == 200
    assert [row["text"] for row in response.json()["results"]] == ["Osby"]


def test_anonymous_visitors_are_sent_to_the_admin_login(client, db):
    response = client.get(reverse("admin:measures_measure_changelist"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_a_staff_save_in_the_admin_makes_open_dashboard_pages_stale(rf, db, osby):
    from django.contrib import admin as django_admin

    from core.versioning import EditConflict
    from measures.admin import MeasureAdmin
    from measures.models import Measure
    from measures.services import measure_update_places
    from tests.factories import MeasureFactory, member

    measure = MeasureFactory(municipality=osby, places_available=3)
    seen_by_editor = measure.version
    staff_copy = Measure.objects.get(pk=measure.pk)
    staff_copy.places_available = 5
    request = rf.post("/")
    request.user = member("redaktor", "osby", username="osby-redaktor", is_superuser=True)
    MeasureAdmin(Measure, django_admin.site).save_model(request, staff_copy, None, True)

    with pytest.raises(EditConflict):
        measure_update_places(measure=measure, places_available=1, expected_version=seen_by_editor)
    measure.refresh_from_db()
    assert measure.places_available == 5
    assert measure.version == seen_by_editor + 1
