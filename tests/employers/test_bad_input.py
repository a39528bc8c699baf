"""Bad input to the employer form: each gets a clear message, a 4xx, and changes nothing.

Personal identity numbers are refused in every free-text field (and never shown back); the
organisation number field is exempt (a sole trader's is a personnummer).
"""

import pytest

from employers.models import Employer
from tests.employers.helpers import employer_form_data
from tests.factories import EmployerFactory

pytestmark = pytest.mark.django_db

PERSONAL_NUMBER = "19811218-9876"
FREE_TEXT = ["name", "town", "accessibility_notes", "contact_name"]


@pytest.mark.parametrize("field", FREE_TEXT)
def test_a_personal_number_in_free_text_is_refused_and_not_shown_back(editor_client, field):
    response = editor_client.post(
        "/hantera/arbetsgivare/ny/?kommun=osby",
        employer_form_data(**{field: f"Fråga efter {PERSONAL_NUMBER} på plats"}),
    )

    html = response.content.decode()
    assert response.status_code == 400
    assert "Texten verkar innehålla ett personnummer" in html
    assert "811218" not in html
    assert not Employer.objects.exists()


@pytest.mark.parametrize("field", FREE_TEXT)
def test_a_personal_number_in_an_edit_changes_nothing(editor_client, field):
    employer = EmployerFactory(name="Orört AB")
    before = {name: getattr(employer, name) for name in FREE_TEXT}

    response = editor_client.post(
        f"/hantera/arbetsgivare/{employer.pk}/andra/",
        employer_form_data(employer, **{field: PERSONAL_NUMBER}),
    )

    employer.refresh_from_db()
    assert response.status_code == 400
    assert {name: getattr(employer, name) for name in FREE_TEXT} == before


def test_a_sole_traders_personal_number_is_accepted_as_organisation_number(editor_client):
    response = editor_client.post(
        "/hantera/arbetsgivare/ny/?kommun=osby",
        employer_form_data(name="Eriks Firma", org_number="8112189876"),
    )

    assert response.status_code == 302
    employer = Employer.objects.get()
    assert employer.org_number == "811218-9876"
    assert employer.is_sole_trader


@pytest.mark.parametrize(
    ("field", "limit"),
    [("name", 200), ("town", 100), ("accessibility_notes", 1000), ("contact_name", 200)],
)
def test_an_overlong_text_is_refused_with_the_limit(editor_client, field, limit):
    response = editor_client.post(
        "/hantera/arbetsgivare/ny/?kommun=osby",
        employer_form_data(**{field: "x" * (limit + 1)}),
    )

    html = response.content.decode()
    assert response.status_code == 400
    assert f"som mest {limit} tecken" in html
    assert not Employer.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"placement_kinds": []}, "Välj minst en typ av plats"),
        ({"sector": "kosmisk"}, "Välj ett giltigt alternativ"),
        ({"industry": "rymdfart"}, "Välj ett giltigt alternativ"),
        ({"places_at_a_time": "1000"}, "mindre än eller lika med 999"),
        ({"places_at_a_time": "-1"}, "större än eller lika med 0"),
        ({"contact_email": "inte-en-adress"}, "giltig e-postadress"),
        ({"contact_phone": "ring mig"}, "Skriv ett telefonnummer med siffror"),
        ({"consent_date": "i förrgår"}, "giltigt datum"),
        ({"placement_kinds": ["999999"]}, "Välj ett giltigt alternativ"),
        ({"name": ""}, "Detta fält måste fyllas i"),
    ],
)
def test_other_bad_values_are_refused_with_a_message(editor_client, overrides, message):
    response = editor_client.post(
        "/hantera/arbetsgivare/ny/?kommun=osby", employer_form_data(**overrides)
    )

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Employer.objects.exists()


def test_a_forged_post_to_another_municipalitys_employer_changes_nothing(editor_client, hassleholm):
    theirs = EmployerFactory(municipality=hassleholm, name="Deras AB")

    edit = editor_client.post(
        f"/hantera/arbetsgivare/{theirs.pk}/andra/", employer_form_data(theirs, name="Kapad")
    )
    verify = editor_client.post(
        f"/hantera/arbetsgivare/{theirs.pk}/bekrafta/", {"version": theirs.version}
    )
    delete = editor_client.post(
        f"/hantera/arbetsgivare/{theirs.pk}/ta-bort/", {"version": theirs.version}
    )

    assert (edit.status_code, verify.status_code, delete.status_code) == (403, 403, 403)
    theirs.refresh_from_db()
    assert theirs.name == "Deras AB"
    assert theirs.version == 1


def test_an_unknown_employer_is_a_404(editor_client):
    assert editor_client.get("/hantera/arbetsgivare/999999/andra/").status_code == 404
    assert editor_client.get("/arbetsgivare/999999/").status_code == 404


def test_a_municipality_the_editor_does_not_edit_is_refused(editor_client):
    response = editor_client.get("/hantera/arbetsgivare/?kommun=hassleholm")

    assert response.status_code == 403


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 5000},
        {"q": "\x00nul"},
        {"bransch": "\x00"},
        {"page": "abc"},
        {"sort": "'; drop table"},
        {"plats": ["praktik"] * 100},
    ],
)
def test_hostile_search_parameters_never_break_the_list(client, db, params):
    response = client.get("/arbetsgivare/", params)

    assert response.status_code in {200, 400}
