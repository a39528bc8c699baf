"""The editor's dashboard for measures: create, edit, preview, publish, copy, verify, places."""

import datetime

import pytest
from django.utils import timezone

from measures.models import Measure
from tests.factories import LocationFactory, MeasureFactory, member
from tests.publishing.helpers import measure_form_data

CONTACT = {"contact_name": "Anna Lindqvist", "contact_phone": "040-628 04 11"}


def test_dashboard_lists_only_the_editors_own_municipality(editor_client, osby, hassleholm):
    own = MeasureFactory(municipality=osby, title="Osbys insats", status=Measure.Status.DRAFT)
    MeasureFactory(municipality=hassleholm, title="Hässleholms insats")

    response = editor_client.get("/hantera/")

    html = response.content.decode()
    assert response.status_code == 200
    assert own.title in html
    assert "Hässleholms insats" not in html
    assert "Insatser i Osby" in html


def test_dashboard_filters_by_status_and_title(editor_client, osby):
    MeasureFactory(municipality=osby, title="Café Mötet", status=Measure.Status.DRAFT)
    MeasureFactory(municipality=osby, title="Snickeriet")

    drafts = editor_client.get("/hantera/?status=utkast").content.decode()
    by_title = editor_client.get("/hantera/?q=snick").content.decode()
    bad = editor_client.get("/hantera/?status=nonsense")

    assert "Café Mötet" in drafts and "Snickeriet" not in drafts
    assert "Snickeriet" in by_title and "Café Mötet" not in by_title
    assert bad.status_code == 200 and "Okänd status" in bad.content.decode()


def test_editor_creates_a_draft_that_the_public_cannot_see(editor_client, client, osby):
    response = editor_client.post(
        "/hantera/insatser/ny/?kommun=osby", measure_form_data(municipality=osby)
    )

    measure = Measure.objects.get(title="Arbetsträning i Returbutiken")
    assert response.status_code == 302
    assert response["Location"] == f"/hantera/insatser/{measure.slug}/andra/"
    assert measure.status == Measure.Status.DRAFT
    assert measure.municipality == osby
    assert list(measure.categories.values_list("slug", flat=True)) == ["jobbinriktad"]
    assert client.get(f"/insatser/{measure.slug}/").status_code == 404
    assert measure.history.count() == 1


def test_form_errors_are_shown_next_to_their_fields(editor_client, osby):
    data = measure_form_data(
        municipality=osby,
        min_age="30",
        max_age="20",
        summary="x" * 301,
        contact_email="inte-en-adress",
        contact_phone="ring mig",
        intake="datum",
        next_start="",
    )

    response = editor_client.post("/hantera/insatser/ny/?kommun=osby", data)

    html = response.content.decode()
    assert response.status_code == 200
    assert not Measure.objects.exists()
    for field, message in [
        ("max_age", "Högsta ålder kan inte vara lägre än lägsta ålder."),
        ("summary", "300 tecken"),
        ("contact_email", "e-post"),
        ("contact_phone", "Skriv ett telefonnummer med siffror"),
        ("next_start", "Ange nästa startdatum"),
    ]:
        assert f'id="error_1_id_{field}"' in html, field
        assert message.lower() in html.lower(), message
    assert "Formuläret innehåller fel" in html


def test_editing_saves_the_changes_and_records_history(editor_client, editor, osby):
    measure = MeasureFactory(municipality=osby, title="Gammal titel", **CONTACT)

    response = editor_client.post(
        f"/hantera/insatser/{measure.slug}/andra/",
        measure_form_data(measure, title="Ny titel", schedule="Måndag–fredag 8–12"),
    )

    measure.refresh_from_db()
    assert response.status_code == 302
    assert measure.title == "Ny titel"
    assert measure.version == 2
    history = editor_client.get(f"/hantera/insatser/{measure.slug}/historik/").content.decode()
    assert "Gammal titel" in history and "Ny titel" in history
    assert "Måndag–fredag 8–12" in history
    assert editor.username in history


def test_the_second_of_two_concurrent_saves_is_refused_with_a_conflict_page(osby, client):
    first, second = member("redaktor", "osby"), member("redaktor", "osby")
    measure = MeasureFactory(municipality=osby, title="Må bra", summary="Gammal", **CONTACT)
    opened_by_both = measure_form_data(measure)

    client.force_login(first)
    assert (
        client.post(
            f"/hantera/insatser/{measure.slug}/andra/", {**opened_by_both, "summary": "Första"}
        ).status_code
        == 302
    )
    client.force_login(second)
    response = client.post(
        f"/hantera/insatser/{measure.slug}/andra/",
        {**opened_by_both, "summary": "Andra personens text"},
    )

    html = response.content.decode()
    measure.refresh_from_db()
    assert response.status_code == 409
    assert measure.summary == "Första"
    assert "Någon annan har ändrat insatsen" in html
    assert first.username in html
    assert "Första" in html  # what changed meanwhile
    assert "Andra personens text" in html  # the second person's input is still in the form

    # Saving again from the conflict page overwrites knowingly.
    resubmit = {**opened_by_both, "summary": "Andra personens text", "version": measure.version}
    assert client.post(f"/hantera/insatser/{measure.slug}/andra/", resubmit).status_code == 302
    measure.refresh_from_db()
    assert measure.summary == "Andra personens text"


def test_publishing_needs_a_contact(editor_client, osby, client):
    measure = MeasureFactory(municipality=osby, status=Measure.Status.DRAFT, contact_name="")

    response = editor_client.post(
        f"/hantera/insatser/{measure.slug}/status/",
        {"status": "publicerad", "version": measure.version},
        follow=True,
    )

    measure.refresh_from_db()
    assert measure.status == Measure.Status.DRAFT
    assert "kontaktperson" in response.content.decode()
    assert client.get(f"/insatser/{measure.slug}/").status_code == 404


def test_status_moves_from_draft_to_published_to_archived_and_back(editor_client, osby, client):
    measure = MeasureFactory(municipality=osby, status=Measure.Status.DRAFT, **CONTACT)
    url = f"/hantera/insatser/{measure.slug}/status/"

    editor_client.post(url, {"status": "publicerad", "version": measure.version})
    measure.refresh_from_db()
    assert measure.status == Measure.Status.PUBLISHED and measure.published_at is not None
    assert client.get(f"/insatser/{measure.slug}/").status_code == 200

    editor_client.post(url, {"status": "arkiverad", "version": measure.version})
    measure.refresh_from_db()
    assert measure.status == Measure.Status.ARCHIVED
    assert client.get(f"/insatser/{measure.slug}/").status_code == 404

    editor_client.post(url, {"status": "utkast", "version": measure.version})
    measure.refresh_from_db()
    assert measure.status == Measure.Status.DRAFT


def test_an_unknown_status_is_a_400(editor_client, osby):
    measure = MeasureFactory(municipality=osby)
    response = editor_client.post(
        f"/hantera/insatser/{measure.slug}/status/", {"status": "borttagen", "version": 1}
    )
    measure.refresh_from_db()
    assert response.status_code == 400
    assert measure.status == Measure.Status.PUBLISHED


def test_preview_shows_a_draft_exactly_as_the_public_page(editor_client, osby):
    measure = MeasureFactory(
        municipality=osby, status=Measure.Status.DRAFT, title="Kommande kurs", contact_name=""
    )

    response = editor_client.get(f"/hantera/insatser/{measure.slug}/forhandsgranska/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Kommande kurs" in html
    assert "Förhandsgranskning" in html
    assert "en kontaktperson med telefon eller e-post" in html
    assert [t.name for t in response.templates][0] == "measures/measure_detail.html"


def test_copy_makes_a_new_draft_with_the_same_content(editor_client, osby, terms):
    measure = MeasureFactory(
        municipality=osby,
        title="Trädgårdslaget",
        categories=[terms["kategori"]["social"]],
        **CONTACT,
    )
    LocationFactory(measure=measure, street_address="Parkvägen 2")

    response = editor_client.post(
        f"/hantera/insatser/{measure.slug}/kopiera/", {"version": measure.version}
    )

    copy = Measure.objects.exclude(pk=measure.pk).get()
    assert response.status_code == 302
    assert copy.title == "Kopia av Trädgårdslaget"
    assert copy.status == Measure.Status.DRAFT
    assert list(copy.categories.all()) == [terms["kategori"]["social"]]
    assert copy.locations.get().street_address == "Parkvägen 2"
    assert measure.locations.count() == 1


def test_restoring_an_earlier_version_becomes_a_new_version(editor_client, osby):
    measure = MeasureFactory(municipality=osby, title="Första titeln", **CONTACT)
    editor_client.post(
        f"/hantera/insatser/{measure.slug}/andra/", measure_form_data(measure, title="Andra titeln")
    )
    first_version = measure.history.order_by("history_date", "history_id").first()
    versions_before = measure.history.count()
    measure.refresh_from_db()

    response = editor_client.post(
        f"/hantera/insatser/{measure.slug}/historik/{first_version.history_id}/aterstall/",
        {"version": measure.version},
    )

    measure.refresh_from_db()
    assert response.status_code == 302
    assert measure.title == "Första titeln"
    assert measure.status == Measure.Status.PUBLISHED
    assert measure.history.count() == versions_before + 1


def test_restoring_a_version_of_another_measure_is_a_404(editor_client, osby):
    measure = MeasureFactory(municipality=osby)
    other = MeasureFactory(municipality=osby)
    record = other.history.first()
    response = editor_client.post(
        f"/hantera/insatser/{measure.slug}/historik/{record.history_id}/aterstall/",
        {"version": measure.version},
    )
    assert response.status_code == 404


def test_verifying_records_who_and_when(editor_client, editor, osby):
    measure = MeasureFactory(municipality=osby, last_verified=datetime.date(2025, 1, 1))

    response = editor_client.post(
        f"/hantera/insatser/{measure.slug}/bekrafta/",
        {"next": "/hantera/", "version": measure.version},
    )

    measure.refresh_from_db()
    assert response.status_code == 302 and response["Location"] == "/hantera/"
    assert measure.last_verified == timezone.localdate()
    assert measure.verified_by == editor
    assert measure.verified_at is not None


def test_overdue_measures_are_marked_in_the_dashboard_and_on_the_public_page(
    editor_client, client, osby, settings
):
    settings.PORTAL_VERIFY_DAYS = 180
    old = timezone.localdate() - datetime.timedelta(days=200)
    overdue = MeasureFactory(municipality=osby, title="Gammal uppgift", last_verified=old)
    fresh = MeasureFactory(
        municipality=osby, title="Färsk uppgift", last_verified=timezone.localdate()
    )

    dashboard = editor_client.get("/hantera/?forsenad=true").content.decode()
    public = client.get(f"/insatser/{overdue.slug}/").content.decode()
    public_fresh = client.get(f"/insatser/{fresh.slug}/").content.decode()

    assert "Gammal uppgift" in dashboard and "Färsk uppgift" not in dashboard
    assert "Behöver bekräftas" in dashboard
    assert "Uppgifterna bekräftades senast" in public
    assert "kontakta enheten för aktuell information" in public
    assert "kontakta enheten för aktuell information" not in public_fresh


def test_places_can_be_updated_quickly_from_the_list(editor_client, osby):
    measure = MeasureFactory(municipality=osby, places_available=1)

    response = editor_client.post(
        f"/hantera/insatser/{measure.slug}/platser/",
        {"places_available": "4", "next": "/hantera/", "version": measure.version},
    )
    bad = editor_client.post(
        f"/hantera/insatser/{measure.slug}/platser/",
        {"places_available": "-3", "version": measure.version + 1},
        follow=True,
    )

    measure.refresh_from_db()
    assert response.status_code == 302
    assert measure.places_available == 4
    assert measure.places_updated_at is not None
    assert "heltal från 0 till 999" in bad.content.decode()


def test_next_parameter_cannot_send_the_editor_to_another_site(editor_client, osby):
    measure = MeasureFactory(municipality=osby)
    response = editor_client.post(
        f"/hantera/insatser/{measure.slug}/bekrafta/",
        {"next": "https://evil.example/", "version": measure.version},
    )
    assert response["Location"] == f"/hantera/insatser/{measure.slug}/andra/"


@pytest.mark.parametrize("path", ["/hantera/", "/hantera/insatser/ny/"])
def test_anonymous_visitors_are_asked_to_log_in(client, db, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/logga-in/?next=")


def test_quick_places_are_held_to_the_capacity_like_the_form(editor_client, osby):
    measure = MeasureFactory(municipality=osby, capacity=10, places_available=2, **CONTACT)

    response = editor_client.post(
        f"/hantera/insatser/{measure.slug}/platser/",
        {"places_available": "12", "version": measure.version},
        follow=True,
    )

    assert "Fler lediga platser än platser totalt (10)." in response.content.decode()
    measure.refresh_from_db()
    assert measure.places_available == 2
