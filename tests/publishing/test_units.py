"""Units in the dashboard: list, create, edit, conflicts and who may do what."""

import pytest

from measures.models import Measure
from municipalities.models import Unit
from tests.factories import MeasureFactory, UnitFactory, member


def unit_form_data(unit=None, **overrides):
    """What the unit form posts, filled in from `unit` (or a new unit's values)."""
    data = {
        "name": unit.name if unit else "Kompetensa",
        "description": unit.description if unit else "Vägledning och arbetsträning.",
        "street_address": unit.street_address if unit else "Storgatan 1",
        "postcode": unit.postcode if unit else "283 31",
        "town": unit.town if unit else "Osby",
        "phone": unit.phone if unit else "0479-52 80 00",
        "email": unit.email if unit else "kompetensa@osby.example",
        "website": unit.website if unit else "",
        "version": unit.version if unit else "",
    }
    data.update(overrides)
    return data


def test_unit_list_shows_the_municipalitys_units_with_contact_details_and_measure_counts(
    editor_client, osby, hassleholm
):
    unit = UnitFactory(
        municipality=osby,
        name="Kompetensa",
        street_address="Storgatan 1",
        postcode="283 31",
        town="Osby",
        phone="0479-52 80 00",
        email="kompetensa@osby.example",
    )
    MeasureFactory(municipality=osby, unit=unit)
    MeasureFactory(municipality=osby, unit=unit, status=Measure.Status.DRAFT)
    UnitFactory(municipality=osby, name="Arbetsmarknadsenheten")
    UnitFactory(municipality=hassleholm, name="Hässleholms enhet")

    response = editor_client.get("/hantera/enheter/?kommun=osby")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Enheter i Osby" in html
    assert "Storgatan 1, 283 31 Osby" in html
    assert "0479-52 80 00" in html and "kompetensa@osby.example" in html
    assert f'href="/hantera/enheter/{unit.pk}/andra/"' in html
    assert "Hässleholms enhet" not in html
    counts = {u.name: u.measure_count for u in response.context["units"]}
    assert counts == {"Arbetsmarknadsenheten": 0, "Kompetensa": 2}


def test_unit_list_without_units_invites_the_editor_to_add_one(editor_client, osby):
    response = editor_client.get("/hantera/enheter/?kommun=osby")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Kommunen har inga enheter i portalen ännu." in html
    assert 'href="/hantera/enheter/ny/?kommun=osby"' in html
    assert not Unit.objects.filter(municipality=osby).exists()


def test_unit_list_reads_the_units_and_their_counts_in_one_query(
    editor_client, osby, django_assert_num_queries
):
    for n in range(3):
        MeasureFactory(municipality=osby, unit=UnitFactory(municipality=osby, name=f"Enhet {n}"))

    # 1 session, 2 user, 3 the user's roles, 4 the dashboard's municipalities,
    # 5 any example data (site context processor), 6 the units with their measure counts.
    with django_assert_num_queries(6):
        response = editor_client.get("/hantera/enheter/?kommun=osby")

    assert response.status_code == 200
    assert response.content.decode().count("/andra/") == 3
    assert Unit.objects.filter(municipality=osby).count() == 3


@pytest.mark.parametrize("role", ["redaktor", "administrator"])
def test_editors_and_administrators_create_a_unit_with_one_history_record(client, osby, role):
    person = member(role, "osby")
    client.force_login(person)

    response = client.post("/hantera/enheter/ny/?kommun=osby", unit_form_data())

    unit = Unit.objects.get(name="Kompetensa")
    assert response.status_code == 302
    assert response["Location"] == "/hantera/enheter/?kommun=osby"
    assert unit.municipality == osby
    assert unit.town == "Osby" and unit.version == 1
    assert [(r.history_type, r.history_user) for r in unit.history.all()] == [("+", person)]
    page = client.get(response["Location"]).content.decode()
    assert "Enheten ”Kompetensa” är sparad." in page


def test_unit_form_errors_are_shown_next_to_their_fields(editor_client, osby):
    UnitFactory(municipality=osby, name="Kompetensa")
    data = unit_form_data(name="kompetensa", phone="ring mig", email="inte-en-adress")

    response = editor_client.post("/hantera/enheter/ny/?kommun=osby", data)

    html = response.content.decode()
    assert response.status_code == 200
    for field, message in [
        ("name", "Kommunen har redan en enhet med det namnet."),
        ("phone", "Skriv ett telefonnummer med siffror"),
        ("email", "e-postadress"),
    ]:
        assert f'id="error_1_id_{field}"' in html, field
        assert message.lower() in html.lower(), message
    assert "Formuläret innehåller fel" in html
    assert 'value="ring mig"' in html
    assert Unit.objects.filter(municipality=osby).count() == 1


def test_editor_edits_a_unit_and_each_save_leaves_one_history_record(editor_client, editor, osby):
    unit = UnitFactory(municipality=osby, name="Kompetensa", phone="0479-52 80 00")

    page = editor_client.get(f"/hantera/enheter/{unit.pk}/andra/")
    response = editor_client.post(
        f"/hantera/enheter/{unit.pk}/andra/", unit_form_data(unit, phone="0479-52 80 99")
    )

    unit.refresh_from_db()
    assert page.status_code == 200
    assert 'name="version" value="1"' in page.content.decode()
    assert response.status_code == 302
    assert response["Location"] == "/hantera/enheter/?kommun=osby"
    assert unit.phone == "0479-52 80 99"
    assert unit.version == 2
    records = list(unit.history.order_by("history_id"))
    assert [(r.history_type, r.version, r.phone) for r in records] == [
        ("+", 1, "0479-52 80 00"),
        ("~", 2, "0479-52 80 99"),
    ]
    assert records[-1].history_user == editor
    assert (
        "Ändringarna i ”Kompetensa” är sparade."
        in editor_client.get(response["Location"]).content.decode()
    )


def test_the_second_of_two_concurrent_unit_saves_is_refused_with_a_conflict(client, osby):
    first, second = member("redaktor", "osby"), member("redaktor", "osby")
    unit = UnitFactory(municipality=osby, name="Kompetensa", description="Gammal text")
    opened_by_both = unit_form_data(unit)

    client.force_login(first)
    saved = client.post(
        f"/hantera/enheter/{unit.pk}/andra/", {**opened_by_both, "description": "Första"}
    )
    client.force_login(second)
    refused = client.post(
        f"/hantera/enheter/{unit.pk}/andra/",
        {**opened_by_both, "name": "Kompetensa Osby", "description": "Andra personens text"},
    )

    html = refused.content.decode()
    unit.refresh_from_db()
    assert saved.status_code == 302
    assert refused.status_code == 409
    assert "Någon annan har ändrat enheten medan du arbetade" in html
    assert f"{first.username} sparade ändringar" in html
    assert "Andra personens text" in html  # the second person's input is kept
    assert 'value="Kompetensa Osby"' in html and "Ändra ”Kompetensa”" in html
    assert "Gammal text" in html and "Första" in html  # what changed in between
    assert 'name="version" value="2"' in html
    assert (unit.name, unit.description) == ("Kompetensa", "Första")
    assert unit.version == 2
    assert unit.history.count() == 2

    # Saving the kept form again overwrites, knowingly.
    overwritten = client.post(
        f"/hantera/enheter/{unit.pk}/andra/",
        {**opened_by_both, "description": "Andra personens text", "version": 2},
    )

    unit.refresh_from_db()
    assert overwritten.status_code == 302
    assert unit.description == "Andra personens text"
    assert unit.version == 3
    assert unit.history.count() == 3


def test_editor_cannot_see_or_edit_another_municipalitys_unit(editor_client, hassleholm):
    unit = UnitFactory(municipality=hassleholm, name="Hässleholms enhet", phone="0451-26 70 00")

    page = editor_client.get(f"/hantera/enheter/{unit.pk}/andra/")
    response = editor_client.post(
        f"/hantera/enheter/{unit.pk}/andra/", unit_form_data(unit, phone="0479-00 00 00")
    )

    unit.refresh_from_db()
    assert page.status_code == 403
    assert response.status_code == 403
    assert "0479-00 00 00" not in response.content.decode()
    assert unit.phone == "0451-26 70 00"
    assert unit.version == 1
    assert unit.history.count() == 1


def test_editor_cannot_list_or_create_units_in_another_municipality(editor_client, hassleholm):
    listing = editor_client.get("/hantera/enheter/?kommun=hassleholm")
    created = editor_client.post("/hantera/enheter/ny/?kommun=hassleholm", unit_form_data())

    assert listing.status_code == 403
    assert created.status_code == 403
    assert "Kompetensa" not in created.content.decode()
    assert not Unit.objects.filter(name="Kompetensa").exists()


def test_case_officer_may_not_manage_units(client, osby):
    unit = UnitFactory(municipality=osby, name="Kompetensa", phone="0479-52 80 00")
    client.force_login(member("handlaggare", "osby"))

    responses = [
        client.get("/hantera/enheter/?kommun=osby"),
        client.post("/hantera/enheter/ny/?kommun=osby", unit_form_data(name="Ny enhet")),
        client.post(f"/hantera/enheter/{unit.pk}/andra/", unit_form_data(unit, phone="1234567")),
    ]

    unit.refresh_from_db()
    assert [r.status_code for r in responses] == [403, 403, 403]
    assert unit.phone == "0479-52 80 00"
    assert not Unit.objects.filter(name="Ny enhet").exists()


def test_anonymous_visitor_is_sent_to_the_login_page(client, osby):
    unit = UnitFactory(municipality=osby, name="Kompetensa", phone="0479-52 80 00")

    responses = {
        "/hantera/enheter/?kommun=osby": client.get("/hantera/enheter/?kommun=osby"),
        "/hantera/enheter/ny/?kommun=osby": client.post(
            "/hantera/enheter/ny/?kommun=osby", unit_form_data(name="Ny enhet")
        ),
        f"/hantera/enheter/{unit.pk}/andra/": client.post(
            f"/hantera/enheter/{unit.pk}/andra/", unit_form_data(unit, phone="1234567")
        ),
    }

    for path, response in responses.items():
        assert response.status_code == 302, path
        assert response["Location"].startswith("/konto/logga-in/?next="), path
    unit.refresh_from_db()
    assert unit.phone == "0479-52 80 00"
    assert not Unit.objects.filter(name="Ny enhet").exists()


def test_unknown_unit_is_a_404(editor_client):
    assert editor_client.get("/hantera/enheter/999999/andra/").status_code == 404
