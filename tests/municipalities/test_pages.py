"""`/kommuner/` and `/kommuner/<slug>/`."""

from measures.models import Measure
from municipalities.models import Municipality
from tests.factories import MeasureFactory, MunicipalityFactory, UnitFactory


def test_the_six_members_are_seeded_with_their_real_codes(db):
    codes = dict(Municipality.objects.members().values_list("slug", "kommunkod"))
    assert codes == {
        "bromolla": "1272",
        "hassleholm": "1293",
        "horby": "1266",
        "kristianstad": "1290",
        "osby": "1273",
        "ostra-goinge": "1256",
    }


def test_list_shows_members_with_units_and_counts(client, db, osby):
    UnitFactory(municipality=osby, name="Kompetensa")
    MeasureFactory(municipality=osby)
    MunicipalityFactory(name="Burlöv", slug="burlov", kommunkod="1231")

    response = client.get("/kommuner/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Kompetensa" in html
    assert "1 insats" in html
    assert [m.slug for m in response.context["others"]] == ["burlov"]
    assert "Östra Göinge" in html


def test_municipality_page_lists_units_and_only_public_measures(client, db, osby, hassleholm):
    UnitFactory(municipality=osby, name="Kompetensa", street_address="Storgatan 1", town="Osby")
    public = MeasureFactory(municipality=osby, title="Må bra i Osby")
    MeasureFactory(municipality=osby, title="Utkast i Osby", status=Measure.Status.DRAFT)
    MeasureFactory(municipality=hassleholm, title="Något i Hässleholm")

    response = client.get("/kommuner/osby/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Kompetensa" in html and "Storgatan 1" in html
    assert public.title in html
    assert "Utkast i Osby" not in html
    assert "Något i Hässleholm" not in html
    assert "1273" in html


def test_municipality_without_measures_has_a_helpful_empty_state(client, db):
    html = client.get("/kommuner/horby/").content.decode()
    assert "har inga publicerade insatser just nu" in html
    assert "/insatser/?oppen_for_andra=1" in html


def test_unknown_municipality_is_a_404(client, db):
    assert client.get("/kommuner/nowhere/").status_code == 404


def test_municipality_page_past_the_last_page_is_a_404(client, db):
    assert client.get("/kommuner/osby/?page=5").status_code == 404
