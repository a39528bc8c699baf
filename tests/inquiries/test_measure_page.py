"""The "Fråga om plats" button on a measure's public page."""

from measures.models import Measure
from tests.factories import MeasureFactory, member

BUTTON = "Fråga om plats"


def test_case_officer_from_another_municipality_sees_the_button(client, asker, measure):
    client.force_login(asker)
    response = client.get(measure.get_absolute_url())
    assert response.status_code == 200
    content = response.content.decode()
    assert BUTTON in content
    assert f'href="/hantera/forfragningar/ny/?insats={measure.slug}"' in content


def test_anonymous_visitor_sees_no_button(client, measure):
    response = client.get(measure.get_absolute_url())
    assert response.status_code == 200
    assert BUTTON not in response.content.decode()
    assert "/hantera/forfragningar/" not in response.content.decode()


def test_the_measures_own_municipality_sees_no_button(client, receiver, measure):
    client.force_login(receiver)
    response = client.get(measure.get_absolute_url())
    assert response.status_code == 200
    assert BUTTON not in response.content.decode()


def test_logged_in_user_without_a_municipality_sees_no_button(client, non_member, measure):
    client.force_login(non_member)
    assert BUTTON not in client.get(measure.get_absolute_url()).content.decode()


def test_measure_closed_to_others_says_so_instead(client, asker, osby):
    closed = MeasureFactory(municipality=osby, open_to_others=Measure.Openness.NO)
    client.force_login(asker)
    content = client.get(closed.get_absolute_url()).content.decode()
    assert BUTTON not in content
    assert "det går inte att fråga om plats" in content


def test_editor_previewing_a_draft_sees_no_button(client, osby, hassleholm):
    editor = member("redaktor", "osby", username="previewer")
    editor.memberships.create(municipality=hassleholm, role="handlaggare")
    draft = MeasureFactory(municipality=osby, status=Measure.Status.DRAFT)
    client.force_login(editor)
    response = client.get(f"/hantera/insatser/{draft.slug}/forhandsgranska/")
    assert response.status_code == 200
    assert BUTTON not in response.content.decode()
