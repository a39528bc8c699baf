"""What the employer pages say, to whom, in which language; where members find them."""

import pytest

from employers.models import PlacementKind
from tests.factories import EmployerFactory, MeasureFactory, member

pytestmark = pytest.mark.django_db


def test_the_english_search_is_in_english(client):
    EmployerFactory(name="Bageriet AB", industry="tillverkning", sector="social-ekonomi")

    html = client.get("/en/arbetsgivare/").content.decode()

    for english in ["Search employers", "Kind of placement", "Work placement", "Manufacturing"]:
        assert english in html
    assert "Social economy" in html
    for swedish in ["Sök arbetsgivare", "Typ av plats", "Tillverkning och industri"]:
        assert swedish not in html


def test_the_english_employer_page_is_in_english(client):
    kinds = PlacementKind.objects.filter(slug__in=["arbetstraning", "anstallning-med-stod"])
    employer = EmployerFactory(placement_kinds=list(kinds), industry="vard-omsorg")

    html = client.get(f"/en/arbetsgivare/{employer.pk}/").content.decode()

    assert "Work training" in html and "Supported employment" in html
    assert "Health and social care" in html
    assert "Takes participants for" in html


def test_members_see_the_hosted_measures_and_the_internal_details(client, osby, terms):
    measure = MeasureFactory(municipality=osby, title="Praktik i bageriet")
    employer = EmployerFactory(
        hosted_measures=[measure],
        accessibility_notes="Ramp vid entrén.",
        languages=[terms["sprak"]["ar"]],
        places_at_a_time=3,
    )
    client.force_login(member("handlaggare", "kristianstad"))

    html = client.get(f"/arbetsgivare/{employer.pk}/").content.decode()

    assert "Praktik i bageriet" in html
    assert "Ramp vid entrén." in html
    assert "Arabiska" in html
    assert "För handläggare" in html


def test_the_public_page_lists_hosted_measures_but_no_internal_section(client, osby):
    measure = MeasureFactory(municipality=osby, title="Praktik i bageriet")
    employer = EmployerFactory(hosted_measures=[measure], accessibility_notes="Ramp vid entrén.")

    html = client.get(f"/arbetsgivare/{employer.pk}/").content.decode()

    assert "Praktik i bageriet" in html
    assert "Ramp vid entrén." not in html
    assert "För handläggare" not in html


def test_members_find_the_search_in_the_menu_and_editors_on_the_dashboard(client):
    assert 'href="/arbetsgivare/"' not in client.get("/").content.decode()

    client.force_login(member("handlaggare", "osby"))
    assert 'href="/arbetsgivare/"' in client.get("/").content.decode()

    client.force_login(member("redaktor", "osby"))
    dashboard = client.get("/hantera/").content.decode()
    assert 'href="/hantera/arbetsgivare/?kommun=osby"' in dashboard
