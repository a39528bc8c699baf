"""Internal details of a measure ("För handläggare"): members of any municipality and portal staff
see them; anonymous visitors never do, on any page or list view."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tests.factories import LocationFactory, MeasureFactory, ProjectFactory, member

# Each value occurs only in an internal field, so finding it anywhere on a page is a leak.
INTERNAL = {
    "contact_name": "Hedvig Internsson",
    "contact_role": "Arbetskonsulent på Interngården",
    "contact_phone": "040-628 04 97",
    "contact_email": "hedvig.internsson@osby.example",
    "referral_instructions": "Skicka blanketten Remissbladet till Hedvig.",
    "price_for_others": "4 750 kr per månad",
    "places_available": 7,
    "places_updated_at": datetime.datetime(2026, 3, 9, 14, 25, tzinfo=datetime.UTC),
}
# How the values would show up in HTML: the number of places only as a count, the date as dated.
LEAKS = [
    "Hedvig Internsson",
    "Interngården",
    "040-628 04 97",
    "0406280497",
    "hedvig.internsson@osby.example",
    "Remissbladet",
    "Skicka blanketten",
    "4 750 kr",
    "7 lediga platser",
    "9 mars 2026",
    "För handläggare",
]
# A word that only occurs in the referral instructions.
REFERRAL_ONLY_WORD = "Remissbladet"


def measure_with_internal_details(**fields):
    """A public measure whose every internal field holds a value found nowhere else."""
    measure = MeasureFactory(
        title="Arbetsträning i Snickeriet",
        summary="Du bygger möbler i en verkstad.",
        **{**INTERNAL, **fields},
    )
    LocationFactory(measure=measure, name="Snickeriet", street_address="Verkstadsgatan 3")
    return measure


def assert_no_internal_details(html):
    for text in LEAKS:
        assert text not in html, text


def assert_all_internal_details(html):
    for text in [
        "För handläggare",
        "Hedvig Internsson",
        "Arbetskonsulent på Interngården",
        "040-628 04 97",
        "hedvig.internsson@osby.example",
        "Skicka blanketten Remissbladet till Hedvig.",
        "4 750 kr per månad",
        "7 lediga platser",
        "9 mars 2026",
    ]:
        assert text in html, text


# Anonymous visitors.


def test_anonymous_visitor_sees_the_public_facts_but_no_internal_details_on_the_measure_page(
    client, db
):
    measure = measure_with_internal_details()
    unit = measure.unit

    response = client.get(measure.get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert_no_internal_details(html)
    assert "Har lediga platser" in html
    assert "Så kommer du med" in html
    assert "Fråga din handläggare på kommunen." in html
    assert "efter överenskommelse" in html
    assert unit.name in html
    assert unit.phone in html
    assert unit.email in html
    assert "Verkstadsgatan 3" in html


def test_anonymous_visitor_sees_full_when_there_are_no_places_but_no_update_time(client, db):
    measure = measure_with_internal_details(places_available=0)

    response = client.get(measure.get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert "Fullt just nu" in html
    assert_no_internal_details(html)


def test_anonymous_visitor_sees_no_internal_details_on_the_list_page(client, db):
    measure_with_internal_details()

    response = client.get("/insatser/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Arbetsträning i Snickeriet" in html
    assert "Lediga platser finns" in html
    assert_no_internal_details(html)


@pytest.mark.parametrize("query", [REFERRAL_ONLY_WORD, "Internsson", "4 750"])
def test_searching_for_a_word_in_an_internal_field_finds_nothing(client, db, query):
    measure_with_internal_details()

    response = client.get("/insatser/", {"q": query})

    html = response.content.decode()
    assert response.status_code == 200
    assert response.context["page"].paginator.count == 0
    assert "Arbetsträning i Snickeriet" not in html
    # The page repeats the query itself (title, search box, chip); nothing else may match.
    assert_no_internal_details(html.replace(query, ""))


def test_anonymous_visitor_sees_no_internal_details_on_the_home_page(client, db):
    measure_with_internal_details()

    response = client.get("/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Arbetsträning i Snickeriet" in html
    assert_no_internal_details(html)


def test_anonymous_visitor_sees_no_internal_details_on_the_municipality_page(client, osby):
    measure_with_internal_details(municipality=osby)

    response = client.get(osby.get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert "Arbetsträning i Snickeriet" in html
    assert_no_internal_details(html)


def test_anonymous_visitor_sees_no_internal_details_on_the_project_page(client, db):
    project = ProjectFactory()
    measure_with_internal_details(project=project)

    response = client.get(project.get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert "Arbetsträning i Snickeriet" in html
    assert_no_internal_details(html)


def test_anonymous_visitor_sees_no_internal_details_among_similar_measures(client, hassleholm):
    measure_with_internal_details()
    elsewhere = MeasureFactory(municipality=hassleholm)

    response = client.get(elsewhere.get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert "Arbetsträning i Snickeriet" in html
    assert_no_internal_details(html)


def test_anonymous_visitor_sees_no_internal_details_in_guided_search_results(client, db):
    url = reverse("guide:results")
    measure_with_internal_details()

    response = client.get(url)

    assert response.status_code == 200
    assert_no_internal_details(response.content.decode())


# Who sees them.


@pytest.mark.parametrize("municipality", ["osby", "hassleholm", "kristianstad"])
def test_a_case_officer_of_any_municipality_sees_the_internal_details(client, db, municipality):
    measure = measure_with_internal_details()
    client.force_login(member("handlaggare", municipality))

    response = client.get(measure.get_absolute_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert_all_internal_details(html)
    assert "Internt." in html


@pytest.mark.parametrize("role", ["redaktor", "administrator"])
def test_an_editor_sees_the_internal_details(client, db, role):
    measure = measure_with_internal_details()
    client.force_login(member(role, "hassleholm"))

    response = client.get(measure.get_absolute_url())

    assert response.status_code == 200
    assert_all_internal_details(response.content.decode())


def test_portal_staff_see_the_internal_details(client, db):
    measure = measure_with_internal_details()
    client.force_login(
        get_user_model().objects.create_superuser("portalstaff", "staff@example.org", "x-123456!")
    )

    response = client.get(measure.get_absolute_url())

    assert response.status_code == 200
    assert_all_internal_details(response.content.decode())


def test_a_logged_in_user_without_a_municipality_sees_no_internal_details(client, db):
    from tests.factories import UserFactory

    measure = measure_with_internal_details()
    client.force_login(UserFactory())

    response = client.get(measure.get_absolute_url())

    assert response.status_code == 200
    assert_no_internal_details(response.content.decode())


def test_an_inactive_member_sees_no_internal_details(client, db):
    measure = measure_with_internal_details()
    user = member("handlaggare", "osby")
    user.is_active = False
    user.save()
    client.force_login(user)

    response = client.get(measure.get_absolute_url())

    assert_no_internal_details(response.content.decode())


def test_a_case_officer_sees_the_number_of_free_places_on_result_cards(client, db):
    measure_with_internal_details()
    client.force_login(member("handlaggare", "bromolla"))

    response = client.get("/insatser/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "7 lediga platser" in html
    assert "Lediga platser finns" not in html


def test_the_measure_page_for_a_case_officer_runs_a_fixed_number_of_queries(
    client, db, django_assert_num_queries, hassleholm
):
    measure = measure_with_internal_details()
    user = member("handlaggare", "osby")
    client.force_login(user)
    client.get(measure.get_absolute_url())  # the session row exists from now on

    # 1 measure, 5 prefetches (categories, target groups, needs, languages, locations),
    # 2 similar measures (same type: none; sharing a category: none, so no categories),
    # 1 session, 1 user, 1 the user's roles (read
    # once for the header, the internal details and the inquiry button), 2 Django's own
    # permission tables (the header's dashboard check falls through to ModelBackend),
    # 1 example-banner check, 1 the user's lists (add_to_list), 1 the employers hosting it
    # (an arbetsträning measure: employers/partials/measure_hosts.html).
    with django_assert_num_queries(16):
        response = client.get(measure.get_absolute_url())
    assert response.status_code == 200
    assert "Hedvig Internsson" in response.content.decode()


def test_the_editors_csv_export_is_closed_to_anonymous_visitors(client, db):
    measure_with_internal_details()

    response = client.get("/hantera/export.csv")

    assert response.status_code == 302
    assert response["Location"].startswith("/konto/logga-in/")
    assert_no_internal_details(response.content.decode())


def test_a_case_officer_without_editing_rights_gets_no_csv_export(client, db):
    measure_with_internal_details()
    client.force_login(member("handlaggare", "osby"))

    response = client.get("/hantera/export.csv")

    assert response.status_code == 403
    assert_no_internal_details(response.content.decode())
