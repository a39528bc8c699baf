"""The organisation number: Luhn check digit (python-stdnum), length, normalisation to
NNNNNN-NNNN, unique within a municipality's register; each refusal says why and writes nothing."""

import pytest
from django.core.exceptions import ValidationError

from employers.models import Employer
from employers.orgnr import is_personal_number, normalise_org_number
from tests.employers.helpers import employer_form_data
from tests.factories import EmployerFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "typed",
    ["556036-0793", "5560360793", " 556036 0793 ", "16556036-0793", "165560360793"],
)
def test_a_valid_number_is_stored_as_six_digits_a_hyphen_and_four(typed):
    assert normalise_org_number(typed) == "556036-0793"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("556036-0794", "Kontrollsiffran stämmer inte"),
        ("556036-079", "Du skrev 9 siffror"),
        ("5560360793 1", "Du skrev 11 siffror"),
        ("556036–O793", "bara av siffror"),
        ("", "Du skrev 0 siffror"),
    ],
)
def test_an_invalid_number_is_refused_with_the_reason(typed, message):
    with pytest.raises(ValidationError) as refused:
        normalise_org_number(typed)
    assert message in refused.value.messages[0]


def test_a_sole_traders_number_is_a_personal_number_and_a_companys_is_not():
    assert is_personal_number("811218-9876")
    assert not is_personal_number("556036-0793")


def test_the_editor_is_told_of_a_wrong_check_digit_and_nothing_is_saved(editor_client):
    response = editor_client.post(
        "/hantera/arbetsgivare/ny/?kommun=osby", employer_form_data(org_number="556036-0794")
    )

    assert response.status_code == 400
    assert "Kontrollsiffran stämmer inte" in response.content.decode()
    assert not Employer.objects.exists()


def test_the_editor_is_told_of_a_wrong_length_and_nothing_is_saved(editor_client):
    response = editor_client.post(
        "/hantera/arbetsgivare/ny/?kommun=osby", employer_form_data(org_number="55603607")
    )

    assert response.status_code == 400
    assert "Ett organisationsnummer har tio siffror" in response.content.decode()
    assert not Employer.objects.exists()


@pytest.mark.parametrize("typed", ["5560360793", "16556036-0793", " 556036 - 0793 "])
def test_the_number_is_saved_normalised(editor_client, typed):
    response = editor_client.post(
        "/hantera/arbetsgivare/ny/?kommun=osby", employer_form_data(org_number=typed)
    )

    assert response.status_code == 302
    assert Employer.objects.get().org_number == "556036-0793"


def test_a_duplicate_in_the_same_register_is_refused_naming_the_other_employer(editor_client):
    EmployerFactory(name="Första Snickeriet AB", org_number="556036-0793")

    response = editor_client.post(
        "/hantera/arbetsgivare/ny/?kommun=osby",
        employer_form_data(name="Andra försöket AB", org_number="5560360793"),
    )

    assert response.status_code == 400
    html = response.content.decode()
    assert "Första Snickeriet AB har redan organisationsnumret 556036-0793" in html
    assert list(Employer.objects.values_list("name", flat=True)) == ["Första Snickeriet AB"]


def test_editing_an_employer_keeps_its_own_number_without_calling_it_a_duplicate(
    editor_client,
):
    employer = EmployerFactory(org_number="556036-0793")

    response = editor_client.post(
        f"/hantera/arbetsgivare/{employer.pk}/andra/",
        employer_form_data(employer, name="Nytt namn AB"),
    )

    assert response.status_code == 302
    employer.refresh_from_db()
    assert employer.name == "Nytt namn AB"


def test_another_municipality_may_register_the_same_employer(editor_client, hassleholm):
    EmployerFactory(municipality=hassleholm, org_number="556036-0793")

    response = editor_client.post("/hantera/arbetsgivare/ny/?kommun=osby", employer_form_data())

    assert response.status_code == 302
    assert Employer.objects.filter(org_number="556036-0793").count() == 2


def test_the_database_refuses_a_duplicate_too(osby):
    EmployerFactory(municipality=osby, org_number="556036-0793")

    with pytest.raises(Exception, match="(?i)unique"):
        EmployerFactory(municipality=osby, org_number="556036-0793")


def test_the_model_refuses_a_number_that_is_not_normalised(osby):
    employer = EmployerFactory.build(municipality=osby, org_number="5560360793")

    with pytest.raises(ValidationError) as refused:
        employer.full_clean(exclude=["placement_kinds"])
    assert "org_number" in refused.value.message_dict
