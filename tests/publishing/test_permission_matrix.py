"""Every role × every action × own and other municipality, anonymous included.

Each case asserts the status code and, where the action must not happen, that nothing changed.
Osby is "own"; the other-municipality roles belong to Hässleholm. Expected codes:
200/302 allowed; 403 forbidden on something the person may know exists; 404 on another
municipality's draft (its existence is not revealed); "login" = redirect to the log-in page.
"""

import pytest
from django.contrib.auth import get_user_model

from measures.models import Measure
from tests.factories import MeasureFactory, member
from tests.publishing.helpers import measure_form_data

ROLES = [
    "anonymous",
    "handlaggare",
    "redaktor",
    "administrator",
    "other_redaktor",
    "other_administrator",
    "staff",
]
CONTACT = {"contact_name": "Anna", "contact_phone": "040-628 04 11"}


def login(client, role):
    if role == "anonymous":
        return None
    if role == "staff":
        user = get_user_model().objects.create_superuser(
            "portalstaff", "staff@example.org", "x-123456!"
        )
    elif role.startswith("other_"):
        user = member(role.removeprefix("other_"), "hassleholm")
    else:
        user = member(role, "osby")
    client.force_login(user)
    return user


def check(response, expected):
    if expected == "login":
        assert response.status_code == 302, response.status_code
        assert response["Location"].startswith("/konto/logga-in/")
    else:
        assert response.status_code == expected, (response.status_code, expected)


EDITORS_OK = {"redaktor", "administrator", "staff"}


def expected_for(role, allowed_code, hidden=False):
    if role == "anonymous":
        return "login"
    if role in EDITORS_OK:
        return allowed_code
    return 404 if hidden else 403


@pytest.mark.parametrize("role", ROLES)
def test_view_internal_preview_of_a_draft(client, osby, role):
    draft = MeasureFactory(municipality=osby, status=Measure.Status.DRAFT)
    login(client, role)
    response = client.get(f"/hantera/insatser/{draft.slug}/forhandsgranska/")
    check(response, expected_for(role, 200, hidden=True))


@pytest.mark.parametrize("role", ROLES)
def test_create(client, osby, role):
    login(client, role)
    response = client.post(
        "/hantera/insatser/ny/?kommun=osby", measure_form_data(municipality=osby)
    )
    check(response, expected_for(role, 302))
    created = Measure.objects.filter(title="Arbetsträning i Returbutiken").exists()
    assert created is (role in EDITORS_OK)


@pytest.mark.parametrize("role", ROLES)
def test_edit(client, osby, role):
    measure = MeasureFactory(municipality=osby, title="Före", **CONTACT)
    login(client, role)
    response = client.post(
        f"/hantera/insatser/{measure.slug}/andra/", measure_form_data(measure, title="Efter")
    )
    check(response, expected_for(role, 302))
    measure.refresh_from_db()
    assert (measure.title == "Efter") is (role in EDITORS_OK)


@pytest.mark.parametrize("role", ROLES)
def test_publish_a_draft(client, osby, role):
    draft = MeasureFactory(municipality=osby, status=Measure.Status.DRAFT, **CONTACT)
    login(client, role)
    response = client.post(
        f"/hantera/insatser/{draft.slug}/status/", {"status": "publicerad", "version": 1}
    )
    check(response, expected_for(role, 302, hidden=True))
    draft.refresh_from_db()
    assert (draft.status == Measure.Status.PUBLISHED) is (role in EDITORS_OK)


@pytest.mark.parametrize("role", ROLES)
def test_archive(client, osby, role):
    measure = MeasureFactory(municipality=osby, **CONTACT)
    login(client, role)
    response = client.post(
        f"/hantera/insatser/{measure.slug}/status/", {"status": "arkiverad", "version": 1}
    )
    check(response, expected_for(role, 302))
    measure.refresh_from_db()
    assert (measure.status == Measure.Status.ARCHIVED) is (role in EDITORS_OK)


@pytest.mark.parametrize("role", ROLES)
def test_restore(client, osby, role):
    measure = MeasureFactory(municipality=osby, title="Original", **CONTACT)
    first = measure.history.order_by("-history_date", "-history_id").first()
    measure.title = "Ändrad"
    measure.save()
    login(client, role)
    response = client.post(
        f"/hantera/insatser/{measure.slug}/historik/{first.history_id}/aterstall/",
        {"version": measure.version},
    )
    check(response, expected_for(role, 302))
    measure.refresh_from_db()
    assert (measure.title == "Original") is (role in EDITORS_OK)


@pytest.mark.parametrize("role", ROLES)
def test_manage_members(client, osby, role):
    login(client, role)
    newcomer = member("handlaggare", "hassleholm", username="nykomling")
    response = client.post(
        "/hantera/medlemmar/?kommun=osby",
        {"action": "add", "kommun": "osby", "username": newcomer.username, "role": "redaktor"},
    )
    allowed = role in {"administrator", "staff"}
    if role == "anonymous":
        check(response, "login")
    elif allowed:
        assert response.status_code in {200, 302}
    else:
        check(response, 403)
    joined = newcomer.memberships.filter(municipality=osby).exists()
    assert joined is allowed


@pytest.mark.parametrize("role", ROLES)
def test_import(client, osby, role):
    login(client, role)
    response = client.get("/hantera/import/?kommun=osby")
    check(response, expected_for(role, 200))


@pytest.mark.parametrize("role", ROLES)
def test_edit_page_of_another_municipalitys_published_measure(client, hassleholm, role):
    """Seen from Osby's roles: Hässleholm's measure. Only Hässleholm's editors and staff edit."""
    measure = MeasureFactory(municipality=hassleholm, title="Hässleholms", **CONTACT)
    login(client, role)
    response = client.post(
        f"/hantera/insatser/{measure.slug}/andra/", measure_form_data(measure, title="Kapad")
    )
    allowed = role in {"other_redaktor", "other_administrator", "staff"}
    if role == "anonymous":
        check(response, "login")
    else:
        check(response, 302 if allowed else 403)
    measure.refresh_from_db()
    assert (measure.title == "Kapad") is allowed


@pytest.mark.parametrize("role", ROLES)
def test_another_municipalitys_draft_is_not_revealed(client, hassleholm, role):
    draft = MeasureFactory(municipality=hassleholm, status=Measure.Status.DRAFT, **CONTACT)
    login(client, role)
    response = client.get(f"/hantera/insatser/{draft.slug}/andra/")
    allowed = role in {"other_redaktor", "other_administrator", "staff"}
    if role == "anonymous":
        check(response, "login")
    else:
        check(response, 200 if allowed else 404)
