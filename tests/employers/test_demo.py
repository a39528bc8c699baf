"""The example employers: marked as examples, valid by the edit form's rules, loaded again in
place, some listed and some not in every municipality."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from employers.management.commands import load_demo_employers
from employers.models import Employer
from municipalities.models import Municipality

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded():
    call_command("load_demo", verbosity=0)
    out = io.StringIO()
    call_command("load_demo_employers", stdout=out)
    return out.getvalue()


def test_every_example_employer_is_marked_as_example_data(loaded):
    rows = json.loads(load_demo_employers.DATA.read_text(encoding="utf-8"))["employers"]

    assert Employer.objects.count() == len(rows)
    assert not Employer.objects.filter(is_example=False).exists()
    assert all(
        name.endswith("(exempel)") for name in Employer.objects.values_list("name", flat=True)
    )
    assert all(
        email.endswith(".example")
        for email in Employer.objects.values_list("contact_email", flat=True)
    )


def test_each_municipality_has_listed_and_hosting_example_employers(loaded):
    for municipality in Municipality.objects.members():
        employers = Employer.objects.in_municipality(municipality)
        assert employers.listed().exists(), municipality
        assert employers.filter(hosted_measures__isnull=False).exists(), municipality
    assert Employer.objects.exclude(pk__in=Employer.objects.listed()).exists()


def test_loading_again_updates_in_place(loaded):
    before = set(Employer.objects.values_list("pk", "version"))
    out = io.StringIO()

    call_command("load_demo_employers", stdout=out)

    assert "(0 new)" in out.getvalue()
    assert {pk for pk, _version in before} == set(Employer.objects.values_list("pk", flat=True))


def test_without_the_example_measures_it_says_to_run_load_demo_first(db):
    with pytest.raises(CommandError, match="run load_demo first"):
        call_command("load_demo_employers")
    assert not Employer.objects.exists()


def test_a_row_the_form_refuses_stops_the_load_with_the_reason(db, tmp_path, monkeypatch):
    call_command("load_demo", verbosity=0)
    rows = json.loads(load_demo_employers.DATA.read_text(encoding="utf-8"))
    rows["employers"][1]["org_number"] = "556036-0794"
    broken = tmp_path / "demo.json"
    broken.write_text(json.dumps(rows), encoding="utf-8")
    monkeypatch.setattr(load_demo_employers, "DATA", broken)

    with pytest.raises(CommandError, match="Kontrollsiffran stämmer inte"):
        call_command("load_demo_employers")
    assert not Employer.objects.exists()  # all or nothing
