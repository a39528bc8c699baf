"""The lists at `/hantera/forfragningar/`: "Skickade" and "Mottagna" for one municipality."""

import pytest

from inquiries.services import inquiry_answer
from tests.factories import MeasureFactory, member


def test_asker_sees_sent_inquiries_newest_first(client, asker, make_inquiry, kristianstad):
    older = make_inquiry()
    newer = make_inquiry(measure=MeasureFactory(municipality=kristianstad, title="Jobbspår"))
    client.force_login(asker)
    response = client.get("/hantera/forfragningar/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Förfrågningar om plats, Hässleholm" in content
    assert list(response.context["page"].object_list) == [newer, older]
    assert content.index("Jobbspår") < content.index("Arbetsträning i Returbutiken")
    assert "Väntar på svar" in content


def test_receiver_sees_received_inquiries_and_how_many_wait(client, receiver, inquiry):
    client.force_login(receiver)
    response = client.get("/hantera/forfragningar/?visa=mottagna")
    assert response.status_code == 200
    content = response.content.decode()
    assert list(response.context["page"].object_list) == [inquiry]
    assert "1 väntar på svar" in content
    assert "Hässleholm" in content
    # Osby sent nothing.
    sent = client.get("/hantera/forfragningar/?visa=skickade")
    assert list(sent.context["page"].object_list) == []
    assert "Osby har inte skickat några förfrågningar om plats ännu." in sent.content.decode()


def test_status_badge_shows_the_answer(client, asker, receiver, inquiry):
    inquiry_answer(inquiry=inquiry, user=receiver, answer="plats-finns")
    client.force_login(asker)
    content = client.get("/hantera/forfragningar/").content.decode()
    assert "Besvarad: plats finns" in content
    assert "1 besvarad" in content


def test_empty_received_list_says_so(client, asker):
    client.force_login(asker)
    response = client.get("/hantera/forfragningar/?visa=mottagna")
    assert response.status_code == 200
    assert "Hässleholm har inte fått några förfrågningar om plats ännu." in (
        response.content.decode()
    )


def test_other_municipalities_inquiries_are_not_listed(client, outsider, inquiry):
    client.force_login(outsider)
    for tab in ["skickade", "mottagna"]:
        response = client.get(f"/hantera/forfragningar/?visa={tab}")
        assert list(response.context["page"].object_list) == []
        assert "Arbetsträning i Returbutiken" not in response.content.decode()


def test_member_of_two_municipalities_switches_between_them(client, asker, kristianstad):
    asker.memberships.create(municipality=kristianstad, role="handlaggare")
    client.force_login(asker)
    response = client.get("/hantera/forfragningar/?kommun=kristianstad&visa=mottagna")
    assert response.context["municipality"] == kristianstad
    assert 'href="?kommun=hassleholm&amp;visa=mottagna"' in response.content.decode()


def test_another_municipalitys_list_is_forbidden(client, asker):
    client.force_login(asker)
    assert client.get("/hantera/forfragningar/?kommun=osby").status_code == 403


def test_list_is_paginated(client, asker, make_inquiry, settings):
    settings.PORTAL_PAGE_SIZE = 2
    for _number in range(3):
        make_inquiry()
    client.force_login(asker)
    first = client.get("/hantera/forfragningar/")
    assert len(first.context["page"].object_list) == 2
    assert 'rel="next"' in first.content.decode()
    second = client.get("/hantera/forfragningar/?page=2")
    assert len(second.context["page"].object_list) == 1
    assert client.get("/hantera/forfragningar/?page=3").status_code == 404


@pytest.mark.parametrize(("person", "expected"), [("anonymous", 302), ("non_member", 403)])
def test_list_needs_a_municipality(client, request, person, expected):
    if person != "anonymous":
        client.force_login(request.getfixturevalue(person))
    response = client.get("/hantera/forfragningar/")
    assert response.status_code == expected
    if expected == 302:
        assert response["Location"].startswith("/konto/logga-in/")


# The list: 1 session, 1 user, 1 memberships (roles_of), 1 municipalities, 1 count for the
# paginator, 2 tab counts (awaiting answer, answered), 2 model-permission lookups (user and
# group permissions) when the header asks `accounts.use_dashboard` of a case officer, 1
# example-banner check, 1 page of inquiries with measure and both municipalities.
@pytest.mark.parametrize("count", [2, 12])
def test_list_runs_a_fixed_number_of_queries(
    client, asker, make_inquiry, count, django_assert_num_queries
):
    for _number in range(count):
        make_inquiry()
    client.force_login(asker)
    with django_assert_num_queries(11):
        response = client.get("/hantera/forfragningar/")
    assert len(response.context["page"].object_list) == count


def test_editors_can_also_ask_and_answer(client, inquiry):
    editor = member("redaktor", "osby", username="osby-redaktor-2")
    client.force_login(editor)
    response = client.post(f"/hantera/forfragningar/{inquiry.pk}/svara/", {"answer": "ingen-plats"})
    assert response.status_code == 302
    inquiry.refresh_from_db()
    assert inquiry.status == "besvarad"
