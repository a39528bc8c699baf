"""Editing the register: history field by field, confirmation, conflict-safe saves, deletion."""

import datetime

import pytest
from django.utils import timezone

from employers.models import Employer, PlacementKind
from tests.employers.helpers import employer_form_data
from tests.factories import EmployerFactory, member

pytestmark = pytest.mark.django_db


def test_creating_records_who_and_confirms_today(editor_client, editor):
    response = editor_client.post("/hantera/arbetsgivare/ny/?kommun=osby", employer_form_data())

    employer = Employer.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/hantera/arbetsgivare/{employer.pk}/andra/"
    assert employer.municipality.slug == "osby"
    assert employer.last_verified == timezone.localdate()
    assert employer.verified_by == editor
    assert employer.history.count() == 1
    assert employer.history.get().history_user == editor


def test_the_history_shows_each_changed_field_once_per_save(editor_client, editor):
    employer = EmployerFactory(name="Före AB", town="Osby")
    kinds = {kind.slug: kind for kind in PlacementKind.objects.all()}
    before = employer.history.count()

    editor_client.post(
        f"/hantera/arbetsgivare/{employer.pk}/andra/",
        employer_form_data(
            employer,
            name="Efter AB",
            town="Lönsboda",
            placement_kinds=[kinds["praktik"].pk, kinds["arbetstraning"].pk],
        ),
    )
    response = editor_client.get(f"/hantera/arbetsgivare/{employer.pk}/historik/")

    html = response.content.decode()
    assert response.status_code == 200
    assert employer.history.count() == before + 1  # one record per save, links included
    assert employer.history.first().history_user == editor
    assert "Före AB" in html and "Efter AB" in html
    assert "Lönsboda" in html
    assert "Praktik, Arbetsträning" in html or "Arbetsträning, Praktik" in html
    assert f"av {editor.username}" in html


def test_confirming_records_today_and_who(editor_client, editor):
    employer = EmployerFactory(last_verified=timezone.localdate() - datetime.timedelta(days=400))
    assert employer.is_overdue

    response = editor_client.post(
        f"/hantera/arbetsgivare/{employer.pk}/bekrafta/", {"version": employer.version}
    )

    employer.refresh_from_db()
    assert response.status_code == 302
    assert employer.last_verified == timezone.localdate()
    assert employer.verified_by == editor
    assert not employer.is_overdue


def test_the_dashboard_lists_overdue_employers_with_a_confirm_button(editor_client):
    EmployerFactory(name="Gammal AB", last_verified=None)
    EmployerFactory(name="Färsk AB")

    response = editor_client.get("/hantera/arbetsgivare/?kommun=osby&forsenad=true")

    html = response.content.decode()
    assert "Gammal AB" in html and "Färsk AB" not in html
    assert "Bekräfta att uppgifterna stämmer" in html
    assert "1 behöver bekräftas" in html


def test_the_dashboard_filters_on_unlisted_employers(editor_client):
    EmployerFactory(name="Listad AB")
    EmployerFactory(name="Olistad AB", consent=False)

    html = editor_client.get("/hantera/arbetsgivare/?kommun=osby&ej_listad=true").content.decode()

    assert "Olistad AB" in html and "Listad AB</a>" not in html


def test_the_dashboard_shows_only_the_municipalitys_own_employers(editor_client, hassleholm):
    EmployerFactory(name="Osbys AB")
    EmployerFactory(name="Hässleholms AB", municipality=hassleholm)

    html = editor_client.get("/hantera/arbetsgivare/").content.decode()

    assert "Osbys AB" in html and "Hässleholms AB" not in html


def test_a_stale_save_is_refused_with_what_changed_and_the_editors_input_kept(editor_client):
    employer = EmployerFactory(name="Original AB")
    stale = employer_form_data(employer, name="Min ändring AB")
    other = EmployerFactory._meta.model.objects.get(pk=employer.pk)
    other.name = "Någon annans AB"
    other.version += 1
    other.save()

    response = editor_client.post(f"/hantera/arbetsgivare/{employer.pk}/andra/", stale)

    html = response.content.decode()
    assert response.status_code == 409
    assert "Någon annan har ändrat arbetsgivaren medan du arbetade" in html
    assert "Min ändring AB" in html  # the editor's input is still in the form
    employer.refresh_from_db()
    assert employer.name == "Någon annans AB"


def test_a_stale_confirmation_is_refused_and_records_nothing(editor_client):
    employer = EmployerFactory(last_verified=None)

    response = editor_client.post(
        f"/hantera/arbetsgivare/{employer.pk}/bekrafta/", {"version": employer.version - 1}
    )

    employer.refresh_from_db()
    assert response.status_code == 302
    assert employer.last_verified is None


def test_a_confirmation_without_a_version_is_a_400(editor_client):
    employer = EmployerFactory(last_verified=None)

    response = editor_client.post(f"/hantera/arbetsgivare/{employer.pk}/bekrafta/", {})

    employer.refresh_from_db()
    assert response.status_code == 400
    assert employer.last_verified is None


def test_a_stale_deletion_is_refused(editor_client):
    employer = EmployerFactory()

    response = editor_client.post(
        f"/hantera/arbetsgivare/{employer.pk}/ta-bort/", {"version": employer.version + 5}
    )

    assert response.status_code == 302
    assert Employer.objects.filter(pk=employer.pk).exists()


def test_deleting_asks_first_and_then_removes(editor_client):
    employer = EmployerFactory(name="Bort AB")

    asked = editor_client.get(f"/hantera/arbetsgivare/{employer.pk}/ta-bort/")
    done = editor_client.post(
        f"/hantera/arbetsgivare/{employer.pk}/ta-bort/", {"version": employer.version}
    )

    assert "Ta bort ”Bort AB” ur registret?" in asked.content.decode()
    assert Employer.objects.filter(pk=employer.pk).exists() is False
    assert done["Location"] == "/hantera/arbetsgivare/?kommun=osby"


def test_hosted_measures_are_limited_to_the_municipalitys_praktik_and_arbetstraning(
    editor_client, osby, hassleholm, terms
):
    from tests.factories import MeasureFactory

    ours = MeasureFactory(
        municipality=osby, title="Vår praktik", measure_type=terms["typ"]["praktik"]
    )
    course = MeasureFactory(
        municipality=osby, title="Vår kurs", measure_type=terms["typ"]["utbildning"]
    )
    theirs = MeasureFactory(
        municipality=hassleholm, title="Deras praktik", measure_type=terms["typ"]["praktik"]
    )

    form_page = editor_client.get("/hantera/arbetsgivare/ny/?kommun=osby").content.decode()
    refused = editor_client.post(
        "/hantera/arbetsgivare/ny/?kommun=osby",
        employer_form_data(hosted_measures=[ours.pk, theirs.pk]),
    )
    refused_course = editor_client.post(
        "/hantera/arbetsgivare/ny/?kommun=osby", employer_form_data(hosted_measures=[course.pk])
    )
    accepted = editor_client.post(
        "/hantera/arbetsgivare/ny/?kommun=osby", employer_form_data(hosted_measures=[ours.pk])
    )

    assert "Vår praktik" in form_page
    assert "Vår kurs" not in form_page and "Deras praktik" not in form_page
    assert refused.status_code == 400 and refused_course.status_code == 400
    assert accepted.status_code == 302
    assert list(Employer.objects.get().hosted_measures.all()) == [ours]


def test_a_case_officer_sees_every_host_on_the_measure_page(client, osby, terms):
    from tests.factories import MeasureFactory

    measure = MeasureFactory(municipality=osby, measure_type=terms["typ"]["praktik"])
    EmployerFactory(name="Olistad Värd AB", consent=False, hosted_measures=[measure])
    client.force_login(member("handlaggare", "hassleholm"))

    html = client.get(measure.get_absolute_url()).content.decode()

    assert "Olistad Värd AB" in html
    assert "visas inte publikt" in html
