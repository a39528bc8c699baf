"""Every role × every action on employers × own and other municipality, anonymous included.

Osby is "own"; the other-municipality roles belong to Hässleholm (as in
tests/publishing/test_permission_matrix.py, whose login helpers these are). Expected: 200/302
allowed; 403 refused (every member may know an employer exists, from the search); "login" = a
redirect to the log-in page. Where an action must not happen, nothing changed.
"""

import pytest

from employers.models import Employer
from tests.employers.helpers import employer_form_data
from tests.factories import EmployerFactory
from tests.publishing.test_permission_matrix import ROLES, check, login

EDITORS_OK = {"redaktor", "administrator", "staff"}
MEMBERS = {
    "handlaggare",
    "redaktor",
    "administrator",
    "other_redaktor",
    "other_administrator",
    "staff",
}


def expected_for(role, allowed_code):
    if role == "anonymous":
        return "login"
    return allowed_code if role in EDITORS_OK else 403


@pytest.fixture
def employer(osby):
    return EmployerFactory(
        municipality=osby,
        name="Osbys Verkstad AB",
        consent=False,
        contact_name="Karin Kontaktsson",
    )


@pytest.mark.parametrize("role", ROLES)
def test_search_shows_unlisted_employers_and_contacts_to_members_only(client, employer, role):
    login(client, role)
    response = client.get("/arbetsgivare/")

    assert response.status_code == 200
    assert ("Osbys Verkstad AB" in response.content.decode()) is (role in MEMBERS)


@pytest.mark.parametrize("role", ROLES)
def test_employer_page_with_internal_details(client, employer, role):
    login(client, role)
    response = client.get(f"/arbetsgivare/{employer.pk}/")

    check(response, 200 if role in MEMBERS else 404)
    if role in MEMBERS:
        html = response.content.decode()
        assert "Karin Kontaktsson" in html
        assert employer.org_number in html


@pytest.mark.parametrize("role", ROLES)
def test_dashboard_list(client, employer, role):
    login(client, role)
    response = client.get("/hantera/arbetsgivare/?kommun=osby")

    check(response, expected_for(role, 200))
    if role in EDITORS_OK:
        assert "Osbys Verkstad AB" in response.content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_create(client, osby, role):
    login(client, role)
    response = client.post("/hantera/arbetsgivare/ny/?kommun=osby", employer_form_data())

    check(response, expected_for(role, 302))
    created = Employer.objects.filter(municipality=osby, org_number="556036-0793").exists()
    assert created is (role in EDITORS_OK)


@pytest.mark.parametrize("role", ROLES)
def test_edit(client, employer, role):
    login(client, role)
    response = client.post(
        f"/hantera/arbetsgivare/{employer.pk}/andra/",
        employer_form_data(employer, name="Kapad AB"),
    )

    check(response, expected_for(role, 302))
    employer.refresh_from_db()
    assert (employer.name == "Kapad AB") is (role in EDITORS_OK)


@pytest.mark.parametrize("role", ROLES)
def test_edit_page(client, employer, role):
    login(client, role)
    response = client.get(f"/hantera/arbetsgivare/{employer.pk}/andra/")

    check(response, expected_for(role, 200))


@pytest.mark.parametrize("role", ROLES)
def test_verify(client, employer, role):
    Employer.objects.filter(pk=employer.pk).update(last_verified=None)
    login(client, role)
    response = client.post(
        f"/hantera/arbetsgivare/{employer.pk}/bekrafta/", {"version": employer.version}
    )

    check(response, expected_for(role, 302))
    employer.refresh_from_db()
    assert (employer.last_verified is not None) is (role in EDITORS_OK)


@pytest.mark.parametrize("role", ROLES)
def test_delete(client, employer, role):
    login(client, role)
    response = client.post(
        f"/hantera/arbetsgivare/{employer.pk}/ta-bort/", {"version": employer.version}
    )

    check(response, expected_for(role, 302))
    assert Employer.objects.filter(pk=employer.pk).exists() is (role not in EDITORS_OK)


@pytest.mark.parametrize("role", ROLES)
def test_history(client, employer, role):
    login(client, role)
    response = client.get(f"/hantera/arbetsgivare/{employer.pk}/historik/")

    check(response, expected_for(role, 200))


@pytest.mark.parametrize("role", ROLES)
def test_another_municipalitys_employer(client, hassleholm, role):
    """Seen from Osby's roles: Hässleholm's employer. Only Hässleholm's editors and staff edit."""
    theirs = EmployerFactory(municipality=hassleholm, name="Hässleholms AB")
    login(client, role)
    response = client.post(
        f"/hantera/arbetsgivare/{theirs.pk}/andra/", employer_form_data(theirs, name="Kapad AB")
    )

    allowed = role in {"other_redaktor", "other_administrator", "staff"}
    if role == "anonymous":
        check(response, "login")
    else:
        check(response, 302 if allowed else 403)
    theirs.refresh_from_db()
    assert (theirs.name == "Kapad AB") is allowed


@pytest.mark.parametrize("role", ROLES)
def test_creating_in_another_municipality(client, hassleholm, role):
    login(client, role)
    response = client.post("/hantera/arbetsgivare/ny/?kommun=hassleholm", employer_form_data())

    allowed = role in {"other_redaktor", "other_administrator", "staff"}
    if role == "anonymous":
        check(response, "login")
    else:
        check(response, 302 if allowed else 403)
    created = Employer.objects.filter(municipality=hassleholm).exists()
    assert created is allowed


@pytest.mark.parametrize("role", ROLES)
def test_deleting_another_municipalitys_employer(client, hassleholm, role):
    theirs = EmployerFactory(municipality=hassleholm)
    login(client, role)
    response = client.post(
        f"/hantera/arbetsgivare/{theirs.pk}/ta-bort/", {"version": theirs.version}
    )

    allowed = role in {"other_redaktor", "other_administrator", "staff"}
    if role == "anonymous":
        check(response, "login")
    else:
        check(response, 302 if allowed else 403)
    assert Employer.objects.filter(pk=theirs.pk).exists() is not allowed
