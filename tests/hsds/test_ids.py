"""Permanent ids (issue 12): every exported record has a UUID that never changes once
published: not when it is edited, restored or loaded again by load_demo; a copy gets its own;
the history carries it; the seeded municipalities and terms have the same id everywhere."""

import uuid

from django.core.management import call_command

from measures.models import Category, Location, Measure
from municipalities.models import Municipality, Unit
from tests.factories import LocationFactory, MeasureFactory
from tests.hsds.conftest import get_json
from tests.publishing.helpers import measure_form_data

CONTACT = {"contact_name": "Anna Lindqvist", "contact_phone": "040-628 04 11"}
# municipalities 0007 and measures 0018 derive the seeded records' ids from this namespace.
SEED_NAMESPACE = uuid.UUID("80caf482-966a-4376-95be-7466791f0e70")


def test_every_exported_model_has_a_unique_permanent_id(catalogue):
    for model in [Measure, Location, Unit, Municipality, Category]:
        ids = list(model.objects.values_list("uuid", flat=True))
        assert None not in ids and len(ids) == len(set(ids)), model


def test_editing_a_measure_in_the_dashboard_keeps_its_id(editor_client, osby, client):
    measure = MeasureFactory(municipality=osby, title="Gammal titel", **CONTACT)
    place = LocationFactory(measure=measure)
    before = measure.uuid

    response = editor_client.post(
        f"/hantera/insatser/{measure.slug}/andra/", measure_form_data(measure, title="Ny titel")
    )

    measure.refresh_from_db()
    assert response.status_code == 302
    assert measure.title == "Ny titel" and measure.uuid == before
    assert set(measure.history.values_list("uuid", flat=True)) == {before}
    body = get_json(client, f"/api/hsds/services/{before}")
    assert body["name"] == "Ny titel"
    assert body["service_at_locations"][0]["id"] == str(place.uuid)


def test_restoring_an_earlier_version_keeps_the_id(editor_client, osby):
    measure = MeasureFactory(municipality=osby, title="Första titeln", **CONTACT)
    before = measure.uuid
    editor_client.post(
        f"/hantera/insatser/{measure.slug}/andra/", measure_form_data(measure, title="Andra")
    )
    first = measure.history.order_by("history_date", "history_id").first()
    measure.refresh_from_db()

    editor_client.post(
        f"/hantera/insatser/{measure.slug}/historik/{first.history_id}/aterstall/",
        {"version": measure.version},
    )

    measure.refresh_from_db()
    assert measure.title == "Första titeln" and measure.uuid == before


def test_a_copy_is_a_new_record_with_ids_of_its_own(editor_client, osby):
    measure = MeasureFactory(municipality=osby, title="Trädgårdslaget", **CONTACT)
    place = LocationFactory(measure=measure)

    response = editor_client.post(
        f"/hantera/insatser/{measure.slug}/kopiera/", {"version": measure.version}
    )

    copy = Measure.objects.exclude(pk=measure.pk).get()
    assert response.status_code == 302
    assert copy.uuid != measure.uuid
    assert copy.locations.get().uuid != place.uuid
    measure.refresh_from_db()
    assert measure.locations.get().uuid == place.uuid


def test_the_history_page_does_not_list_the_id_as_a_change(editor_client, osby):
    measure = MeasureFactory(municipality=osby, **CONTACT)
    editor_client.post(
        f"/hantera/insatser/{measure.slug}/andra/", measure_form_data(measure, title="Ändrad")
    )
    html = editor_client.get(f"/hantera/insatser/{measure.slug}/historik/").content.decode()
    assert "Ändrad" in html
    assert "Beständigt id" not in html and str(measure.uuid) not in html


def test_load_demo_again_keeps_every_id(db):
    call_command("load_demo", verbosity=0)
    measures = dict(Measure.objects.values_list("slug", "uuid"))
    places = sorted(Location.objects.values_list("measure__slug", "pk", "uuid"))
    units = dict(Unit.objects.values_list("name", "uuid"))
    assert measures and places and units

    call_command("load_demo", verbosity=0)

    assert dict(Measure.objects.values_list("slug", "uuid")) == measures
    assert sorted(Location.objects.values_list("measure__slug", "pk", "uuid")) == places
    assert dict(Unit.objects.values_list("name", "uuid")) == units


def test_the_seeded_municipalities_and_terms_have_the_same_id_in_every_installation(db):
    osby = Municipality.objects.get(kommunkod="1273")
    assert osby.uuid == uuid.uuid5(SEED_NAMESPACE, "municipality:1273")
    category = Category.objects.get(slug="jobbinriktad")
    assert category.uuid == uuid.uuid5(SEED_NAMESPACE, "category:jobbinriktad")


def test_derived_records_have_ids_as_stable_as_their_owners(client, catalogue):
    url = f"/api/hsds/services/{catalogue['full'].uuid}"
    first = get_json(client, url)
    catalogue["full"].title = "Arbetsträning i storköket"
    catalogue["full"].save()
    again = get_json(client, url)

    def ids(service):
        return (
            [a["id"] for a in service["attributes"]],
            [language["id"] for language in service["languages"]],
            [sal["location"]["id"] for sal in service["service_at_locations"]],
        )

    assert again["name"] == "Arbetsträning i storköket"
    assert ids(again) == ids(first)
    assert len(set(ids(first)[0])) == len(first["attributes"])


def test_importing_a_csv_file_over_a_measure_keeps_its_id(editor_client, osby, terms):
    from tests.publishing.test_csv import IMPORT_URL, confirm, csv_upload, new_row, preview

    measure = MeasureFactory(
        municipality=osby,
        title="Returbutiken",
        categories=[terms["kategori"]["jobbinriktad"]],
        **CONTACT,
    )
    before = measure.uuid
    row = {
        **new_row(measure.unit), "slug": measure.slug, "titel": "Returbutiken i Osby",
        "status": "publicerad", "kontakt_namn": "Anna Lindqvist",
        "kontakt_telefon": "040-628 04 11",
    }  # fmt: skip

    response = confirm(editor_client, preview(editor_client, csv_upload([row])), IMPORT_URL)

    measure.refresh_from_db()
    assert response.status_code == 302
    assert measure.title == "Returbutiken i Osby" and measure.uuid == before
