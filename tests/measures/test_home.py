"""The home page, the about page and the site-wide pieces (banner, 404, landmarks)."""

from measures.models import Measure
from tests.factories import MeasureFactory

SIX = ["Bromölla", "Hässleholm", "Hörby", "Kristianstad", "Osby", "Östra Göinge"]


def test_home_names_all_six_municipalities_with_their_counts(client, db, osby, hassleholm):
    MeasureFactory(municipality=osby)
    MeasureFactory(municipality=osby)
    MeasureFactory(municipality=hassleholm)
    MeasureFactory(municipality=hassleholm, status=Measure.Status.DRAFT)

    response = client.get("/")

    assert response.status_code == 200
    html = response.content.decode()
    for name in SIX:
        assert name in html
    counts = {m.slug: m.public_measure_count for m in response.context["municipalities"]}
    assert counts["osby"] == 2
    assert counts["hassleholm"] == 1
    assert counts["bromolla"] == 0
    assert 'href="/insatser/?kommun=osby"' in html


def test_home_has_a_search_box_the_categories_and_the_newest_measures(client, db, terms):
    newest = MeasureFactory(title="Allra nyaste insatsen", categories=[terms["kategori"]["social"]])
    draft = MeasureFactory(title="Hemligt utkast", status=Measure.Status.DRAFT)

    html = client.get("/").content.decode()

    assert 'action="/insatser/"' in html and 'name="q"' in html
    for name in ["Jobbinriktade", "Kompetenshöjande", "Sociala", "Hälsorelaterade"]:
        assert name in html
    assert newest.title in html
    assert draft.title not in html
    assert "samlar arbetsmarknadsinsatserna" in html


def test_pages_are_swedish_with_landmarks_and_a_skip_link(client, db):
    html = client.get("/").content.decode()
    assert '<html lang="sv">' in html
    assert 'href="#main"' in html and 'id="main"' in html
    assert "<header" in html and "<nav" in html and "<main" in html and "<footer" in html


def test_example_banner_shows_only_while_example_measures_are_public(client, db):
    assert "Exempeldata." not in client.get("/").content.decode()

    example = MeasureFactory(is_example=True)
    assert "Exempeldata." in client.get("/om/").content.decode()

    example.status = Measure.Status.ARCHIVED
    example.save()
    assert "Exempeldata." not in client.get("/").content.decode()


def test_about_page_tells_where_the_portal_comes_from(client, db):
    response = client.get("/om/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Strategisk samverkan i SKNO" in html
    assert 'href="/projekt/strategisk-samverkan-i-skno/"' in html


def test_unknown_address_is_a_swedish_404(client, db):
    response = client.get("/finns-inte/")
    assert response.status_code == 404
    assert "Sidan finns inte" in response.content.decode()


def test_accessibility_statement_is_linked_from_every_page(client, db):
    response = client.get("/tillganglighet/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "2018:1937" in html and "WCAG 2.1" in html and "Digg" in html
    assert 'href="/tillganglighet/"' in client.get("/").content.decode()
