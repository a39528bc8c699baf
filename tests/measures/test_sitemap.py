"""The sitemap: an index of sections, each public page in both languages with its alternates and,
for measures, municipalities and projects, its last change. Never a page that is not public."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from measures import sitemaps
from measures.models import Measure
from tests.factories import MeasureFactory, ProjectFactory
from tests.measures.test_internal_details import INTERNAL, LEAKS

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
HOST = "http://testserver"

pytestmark = pytest.mark.django_db


def get_xml(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)


def section_urls(client):
    """The addresses the index lists (every page of every section)."""
    root = get_xml(client, "/sitemap.xml")
    assert root.tag == f"{SITEMAP}sitemapindex"
    return [loc.text for loc in root.iter(f"{SITEMAP}loc")]


def entries(client, url):
    """{address: (lastmod or None, {hreflang: address})} of one sitemap page."""
    root = get_xml(client, url.removeprefix(HOST))
    found = {}
    for url_element in root.iter(f"{SITEMAP}url"):
        lastmod = url_element.find(f"{SITEMAP}lastmod")
        alternates = {
            link.get("hreflang"): link.get("href") for link in url_element.iter(f"{XHTML}link")
        }
        found[url_element.find(f"{SITEMAP}loc").text] = (
            lastmod.text if lastmod is not None else None,
            alternates,
        )
    return found


def everything(client):
    listed = {}
    for url in section_urls(client):
        listed.update(entries(client, url))
    return listed


def test_the_index_names_each_section_by_its_absolute_address(client):
    assert section_urls(client) == [
        f"{HOST}/sitemap-sidor.xml",
        f"{HOST}/sitemap-insatser.xml",
        f"{HOST}/sitemap-kommuner.xml",
        f"{HOST}/sitemap-projekt.xml",
        # Listed employers' pages (employers/sitemaps.py).
        f"{HOST}/sitemap-arbetsgivare.xml",
    ]


def test_every_static_page_is_listed_in_both_languages(client):
    listed = entries(client, "/sitemap-sidor.xml")

    for path in [
        "/",
        "/insatser/",
        "/hitta/",
        "/kommuner/",
        "/projekt/",
        "/om/",
        "/tillganglighet/",
        "/statistik/",
    ]:
        assert f"{HOST}{path}" in listed, path
        assert f"{HOST}/en{path}" in listed, path
        _lastmod, alternates = listed[f"{HOST}/en{path}"]
        assert alternates == {
            "sv": f"{HOST}{path}",
            "en": f"{HOST}/en{path}",
            "x-default": f"{HOST}{path}",
        }
    for private in ["/hantera/", "/konto/", "/min-lista/", "/start/"]:
        assert not any(private in address for address in listed)


def test_a_public_measure_is_listed_in_both_languages_with_its_last_change(client):
    measure = MeasureFactory(title="Kafé Linden")
    when = timezone.now() - datetime.timedelta(days=3)
    Measure.objects.filter(pk=measure.pk).update(updated_at=when)

    listed = entries(client, "/sitemap-insatser.xml")

    swedish, english = f"{HOST}/insatser/kafe-linden/", f"{HOST}/en/insatser/kafe-linden/"
    assert set(listed) == {swedish, english}
    for address in (swedish, english):
        lastmod, alternates = listed[address]
        assert lastmod == timezone.localtime(when).date().isoformat()
        assert alternates == {"sv": swedish, "en": english, "x-default": swedish}


def test_x_default_is_the_swedish_address_even_for_a_slug_that_is_a_language_code(client):
    # Django's own x-default deletes the first "/sv/" in the address: here /insatser/sv/ would
    # have become the list's address.
    MeasureFactory(title="SV", slug="sv")

    listed = entries(client, "/sitemap-insatser.xml")

    swedish, english = f"{HOST}/insatser/sv/", f"{HOST}/en/insatser/sv/"
    assert set(listed) == {swedish, english}
    assert listed[english][1] == {"sv": swedish, "en": english, "x-default": swedish}


def test_drafts_archived_and_measures_outside_their_window_are_not_listed(client):
    today = timezone.localdate()
    MeasureFactory(title="Synlig")
    MeasureFactory(title="Utkast", status=Measure.Status.DRAFT)
    MeasureFactory(title="Arkiverad", status=Measure.Status.ARCHIVED)
    MeasureFactory(title="Kommande", visible_from=today + datetime.timedelta(days=1))
    MeasureFactory(title="Utgangen", visible_until=today - datetime.timedelta(days=1))

    listed = entries(client, "/sitemap-insatser.xml")

    assert set(listed) == {f"{HOST}/insatser/synlig/", f"{HOST}/en/insatser/synlig/"}


def test_municipalities_and_projects_change_when_their_newest_public_measure_did(
    client, hassleholm
):
    project = ProjectFactory(slug="projekt-med-insats")
    ProjectFactory(slug="projekt-utan-insats")
    measure = MeasureFactory(project=project)
    older = MeasureFactory(project=project)
    draft = MeasureFactory(project=project, status=Measure.Status.DRAFT)
    now = timezone.now()
    Measure.objects.filter(pk=measure.pk).update(updated_at=now - datetime.timedelta(days=2))
    Measure.objects.filter(pk=older.pk).update(updated_at=now - datetime.timedelta(days=20))
    # A draft's change is no change of a public page.
    Measure.objects.filter(pk=draft.pk).update(updated_at=now)
    expected = timezone.localtime(now - datetime.timedelta(days=2)).date().isoformat()

    municipalities = entries(client, "/sitemap-kommuner.xml")
    projects = entries(client, "/sitemap-projekt.xml")

    assert municipalities[f"{HOST}/kommuner/osby/"][0] == expected
    assert municipalities[f"{HOST}/en/kommuner/osby/"][0] == expected
    assert municipalities[f"{HOST}/kommuner/hassleholm/"][0] is None
    assert projects[f"{HOST}/projekt/projekt-med-insats/"][0] == expected
    assert projects[f"{HOST}/en/projekt/projekt-utan-insats/"][0] is None
    assert municipalities[f"{HOST}/kommuner/osby/"][1]["en"] == f"{HOST}/en/kommuner/osby/"


def test_no_internal_field_reaches_the_sitemap(client):
    MeasureFactory(title="Insats med interna uppgifter", **INTERNAL)

    for url in ["/sitemap.xml", *section_urls(client)]:
        content = client.get(url.removeprefix(HOST)).content.decode()
        for leak in [*LEAKS, "2026-03-09"]:
            assert leak not in content, (url, leak)


def test_a_large_catalogue_is_paged_and_each_page_reads_its_slice_only(
    client, monkeypatch, django_assert_num_queries
):
    # Three measures per page (six entries: each in two languages).
    monkeypatch.setattr(sitemaps.MeasureSitemap, "limit", 6)
    measures = [MeasureFactory(title=f"Insats {number:02d}") for number in range(8)]

    pages = [url for url in section_urls(client) if "insatser" in url]
    assert pages == [
        f"{HOST}/sitemap-insatser.xml",
        f"{HOST}/sitemap-insatser.xml?p=2",
        f"{HOST}/sitemap-insatser.xml?p=3",
    ]
    listed = []
    for page in pages:
        # The count of public measures, then that page's rows (LIMIT/OFFSET): never the rest.
        with django_assert_num_queries(2) as captured:
            listed += list(entries(client, page))
        assert "LIMIT" in captured.captured_queries[-1]["sql"].upper()
    expected = [f"{HOST}{prefix}/insatser/{m.slug}/" for m in measures for prefix in ("", "/en")]
    assert listed == expected
    assert client.get("/sitemap-insatser.xml?p=4").status_code == 404
    assert client.get("/sitemap-insatser.xml?p=x").status_code == 404
    assert client.get("/sitemap-nowhere.xml").status_code == 404


def test_the_language_pairs_slice_like_the_list_they_stand_for(db):
    for number in range(5):
        MeasureFactory(title=f"Par {number}")
    queryset = Measure.objects.order_by("pk")
    pairs = sitemaps.LanguagePairs(queryset, ["sv", "en"])
    full = [(m, lang) for m in queryset for lang in ("sv", "en")]

    assert len(pairs) == len(full) == 10
    for start in range(11):
        for stop in range(start, 12):
            assert pairs[start:stop] == full[start:stop], (start, stop)
    assert pairs[3] == full[3]
