"""The consent rule: an employer appears in public output only with a dated consent (today or
earlier), and then with its public fields only (name, sector, industry, placement kinds,
municipality). Nothing else reaches a visitor: not the list, its options, the page, the
sitemap, the measure pages, and never a contact or an organisation number."""

import datetime

import pytest
from django.utils import timezone

from employers.models import Employer
from tests.employers.helpers import employer_form_data
from tests.factories import EmployerFactory, MeasureFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


@pytest.fixture
def listed(osby):
    return EmployerFactory(
        name="Listade Bageriet AB",
        town="Lönsboda",
        org_number="556036-0793",
        contact_name="Karin Kontaktsson",
        contact_email="karin@bageriet.example",
    )


@pytest.fixture
def unlisted(osby):
    return EmployerFactory(name="Olistade Verkstaden AB", town="Hemliga byn", consent=False)


@pytest.fixture
def consent_in_future(osby):
    # Not possible through the form, but a date moves: tomorrow's consent is not one yet.
    employer = EmployerFactory(name="Framtida Företaget AB", town="Framtidsby")
    Employer.objects.filter(pk=employer.pk).update(
        consent_date=TODAY() + datetime.timedelta(days=1)
    )
    return employer


def test_the_public_list_shows_listed_employers_only(client, listed, unlisted, consent_in_future):
    html = client.get("/arbetsgivare/").content.decode()

    assert "Listade Bageriet AB" in html
    assert "Olistade Verkstaden AB" not in html
    assert "Framtida Företaget AB" not in html
    assert "1 arbetsgivare" in html


def test_the_public_list_shows_no_internal_field_nor_unlisted_towns(
    client, listed, unlisted, consent_in_future
):
    html = client.get("/arbetsgivare/").content.decode()

    for internal in [
        "556036-0793",
        "5560360793",
        "Karin Kontaktsson",
        "karin@bageriet.example",
        "Lönsboda",
        "Hemliga byn",
        "Framtidsby",
    ]:
        assert internal not in html


def test_a_search_by_name_does_not_find_an_unlisted_employer(client, unlisted):
    response = client.get("/arbetsgivare/", {"q": "Olistade"})

    assert "Inga arbetsgivare matchar din sökning" in response.content.decode()
    assert "Olistade Verkstaden AB" not in response.content.decode()


def test_a_town_filter_is_not_read_for_the_public(client, listed, unlisted):
    response = client.get("/arbetsgivare/", {"ort": "Hemliga byn"})

    html = response.content.decode()
    assert "Olistade Verkstaden AB" not in html
    assert "Listade Bageriet AB" in html  # the filter was dropped, with a notice
    assert "finns inte och har hoppats över" in html


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_an_unlisted_employers_page_is_a_404(client, unlisted, consent_in_future, prefix):
    assert client.get(f"{prefix}/arbetsgivare/{unlisted.pk}/").status_code == 404
    assert client.get(f"{prefix}/arbetsgivare/{consent_in_future.pk}/").status_code == 404


def test_a_listed_employers_page_shows_public_fields_only(client, listed):
    response = client.get(f"/arbetsgivare/{listed.pk}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Listade Bageriet AB" in html
    assert "Handel och reparation av fordon" in html
    assert "Privat sektor" in html
    assert "Praktik" in html
    assert "Osby" in html
    for internal in ["556036-0793", "Karin Kontaktsson", "karin@bageriet.example", "Lönsboda"]:
        assert internal not in html


def test_a_sole_traders_personal_number_is_never_shown_publicly(client, osby):
    trader = EmployerFactory(name="Eriks Firma", org_number="811218-9876")

    html = client.get(f"/arbetsgivare/{trader.pk}/").content.decode()

    assert trader.is_sole_trader
    assert "811218" not in html and "9876" not in html


def test_the_sitemap_lists_listed_employers_only(client, listed, unlisted, consent_in_future):
    index = client.get("/sitemap.xml").content.decode()
    section = client.get("/sitemap-arbetsgivare.xml").content.decode()

    assert "sitemap-arbetsgivare.xml" in index
    assert f"/arbetsgivare/{listed.pk}/" in section
    assert f"/en/arbetsgivare/{listed.pk}/" in section
    assert f"/arbetsgivare/{unlisted.pk}/" not in section
    assert f"/arbetsgivare/{consent_in_future.pk}/" not in section


def test_a_measure_page_names_its_listed_hosts_only(client, osby, terms):
    measure = MeasureFactory(municipality=osby, measure_type=terms["typ"]["praktik"])
    EmployerFactory(name="Synlig Värd AB", hosted_measures=[measure])
    EmployerFactory(name="Osynlig Värd AB", consent=False, hosted_measures=[measure])

    html = client.get(measure.get_absolute_url()).content.decode()

    assert "Arbetsgivare där insatsen sker" in html
    assert "Synlig Värd AB" in html
    assert "Osynlig Värd AB" not in html


def cached_page(client, measure) -> str:
    """The measure page as an anonymous visitor gets it, after checking it is cached now."""
    client.get(measure.get_absolute_url())
    response = client.get(measure.get_absolute_url())
    assert response.templates == []  # served from the page cache
    return response.content.decode()


@pytest.fixture
def hosted(osby, terms, settings):
    settings.PORTAL_LIST_CACHE = True
    return MeasureFactory(municipality=osby, measure_type=terms["typ"]["arbetstraning"])


def test_a_withdrawn_consent_leaves_no_stale_cached_measure_page(
    client, hosted, django_capture_on_commit_callbacks
):
    host = EmployerFactory(name="Tillfällig Värd AB", hosted_measures=[hosted])
    assert "Tillfällig Värd AB" in cached_page(client, hosted)

    with django_capture_on_commit_callbacks(execute=True):  # the save commits
        host.listing_consent = False
        host.consent_date = None
        host.save()

    assert "Tillfällig Värd AB" not in client.get(hosted.get_absolute_url()).content.decode()


def test_an_employer_that_stops_hosting_leaves_the_cached_measure_page(
    client, hosted, django_capture_on_commit_callbacks
):
    host = EmployerFactory(name="Före Detta Värd AB", hosted_measures=[hosted])
    assert "Före Detta Värd AB" in cached_page(client, hosted)

    with django_capture_on_commit_callbacks(execute=True):
        host.hosted_measures.clear()

    assert "Före Detta Värd AB" not in client.get(hosted.get_absolute_url()).content.decode()


def test_a_deleted_host_leaves_the_cached_measure_page(
    client, hosted, django_capture_on_commit_callbacks
):
    host = EmployerFactory(name="Borttagen Värd AB", hosted_measures=[hosted])
    assert "Borttagen Värd AB" in cached_page(client, hosted)

    with django_capture_on_commit_callbacks(execute=True):
        host.delete()

    assert "Borttagen Värd AB" not in client.get(hosted.get_absolute_url()).content.decode()


def test_a_new_host_appears_on_the_cached_measure_page(
    client, hosted, django_capture_on_commit_callbacks
):
    assert "Ny Värd AB" not in cached_page(client, hosted)

    with django_capture_on_commit_callbacks(execute=True):
        EmployerFactory(name="Ny Värd AB", hosted_measures=[hosted])

    assert "Ny Värd AB" in client.get(hosted.get_absolute_url()).content.decode()


def test_a_renamed_host_is_renamed_on_the_cached_measure_page(
    client, hosted, django_capture_on_commit_callbacks
):
    host = EmployerFactory(name="Gammalt Namn AB", hosted_measures=[hosted])
    assert "Gammalt Namn AB" in cached_page(client, hosted)

    with django_capture_on_commit_callbacks(execute=True):
        host.name = "Nytt Namn AB"
        host.save()

    html = client.get(hosted.get_absolute_url()).content.decode()
    assert "Nytt Namn AB" in html and "Gammalt Namn AB" not in html


def test_a_consent_without_a_date_is_refused_and_nothing_is_saved(editor_client):
    response = editor_client.post(
        "/hantera/arbetsgivare/ny/?kommun=osby",
        employer_form_data(listing_consent="on", consent_date=""),
    )

    assert response.status_code == 400
    assert "Ange dagen arbetsgivaren gav sitt samtycke." in response.content.decode()
    assert not Employer.objects.exists()


def test_a_consent_dated_in_the_future_is_refused_and_nothing_is_saved(editor_client):
    tomorrow = TODAY() + datetime.timedelta(days=1)
    response = editor_client.post(
        "/hantera/arbetsgivare/ny/?kommun=osby",
        employer_form_data(listing_consent="on", consent_date=tomorrow.isoformat()),
    )

    assert response.status_code == 400
    assert "Samtycket kan inte vara givet ett datum i framtiden." in response.content.decode()
    assert not Employer.objects.exists()


def test_a_consent_given_today_lists_the_employer(editor_client, client):
    editor_client.post(
        "/hantera/arbetsgivare/ny/?kommun=osby",
        employer_form_data(listing_consent="on", consent_date=TODAY().isoformat()),
    )

    assert Employer.objects.listed().count() == 1


def test_the_database_refuses_a_consent_without_a_date(osby):
    with pytest.raises(Exception, match="(?i)constraint|employer_consent_has_date"):
        EmployerFactory(consent=False, listing_consent=True)
