"""The ESF projects: seeded facts, `/projekt/` and `/projekt/<slug>/`."""

import datetime

from measures.models import Measure, Project
from tests.factories import MeasureFactory


def test_seeded_projects_carry_the_facts_of_their_records(db):
    skno = Project.objects.get(project_number="2017/00126")
    assert skno.name == "Strategisk samverkan i SKNO"
    assert skno.owner.startswith("Hässleholms kommun")
    assert (skno.start_date, skno.end_date) == (
        datetime.date(2017, 9, 1),
        datetime.date(2021, 2, 28),
    )
    assert (skno.total_budget, skno.esf_support, skno.planned_participants) == (
        19_719_237,
        13_152_730,
        150,
    )
    within = Project.objects.get(project_number="2015/00764")
    assert (within.total_budget, within.esf_support, within.planned_participants) == (
        9_997_836,
        7_380_388,
        440,
    )
    assert within.partner_municipalities.count() == 6
    vagledning = Project.objects.get(project_number="22-039-S06")
    assert vagledning.owner == "Osby kommun" and vagledning.planned_participants == 34
    assert Project.objects.filter(slug__in=["jobb-for-alla", "within-po2"]).count() == 2


def test_project_list_shows_each_project_with_its_public_measures(client, db):
    project = Project.objects.get(slug="strategisk-samverkan-i-skno")
    MeasureFactory(project=project)
    MeasureFactory(project=project, status=Measure.Status.DRAFT)

    response = client.get("/projekt/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Strategisk samverkan i SKNO" in html and "Förstärkt vägledning 2.0" in html
    counts = {p.slug: p.public_measure_count for p in response.context["projects"]}
    assert counts["strategisk-samverkan-i-skno"] == 1


def test_project_page_shows_facts_and_only_public_measures(client, db):
    project = Project.objects.get(slug="strategisk-samverkan-i-skno")
    public = MeasureFactory(project=project, title="Hälsa och orientering")
    MeasureFactory(project=project, title="Arkiverad insats", status=Measure.Status.ARCHIVED)

    response = client.get("/projekt/strategisk-samverkan-i-skno/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "2017/00126" in html
    assert "19 719 237 kr" in html or "19\xa0719\xa0237 kr" in html
    assert public.title in html
    assert "Arkiverad insats" not in html


def test_unknown_project_is_a_404(client, db):
    assert client.get("/projekt/finns-inte/").status_code == 404
