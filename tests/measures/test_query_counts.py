"""Public pages run a fixed number of SQL queries, whatever the number of results."""

import pytest

from tests.factories import MeasureFactory, ProjectFactory


def make_measures(count, terms, **kwargs):
    categories = list(terms["kategori"].values())
    for number in range(count):
        MeasureFactory(categories=categories[: 1 + number % 4], **kwargs)


# The list page:
#   7 vocabulary lists (municipalities, categories, types, target groups, needs, languages,
#     projects) for the filter options,
#   8 facet counts (kommun, kategori, typ, malgrupp, behov, sprak, format, projekt),
#   2 flag counts (oppen_for_andra, ledig_plats),
#   1 count for the paginator, 1 page of measures with municipality, unit and type,
#   1 categories of that page, 1 example-banner check.
LIST_QUERIES = 21


@pytest.mark.parametrize("count", [5, 50])
def test_list_runs_a_fixed_number_of_queries(client, db, terms, count, django_assert_num_queries):
    make_measures(count, terms)
    with django_assert_num_queries(LIST_QUERIES):
        response = client.get("/insatser/")
    assert response.status_code == 200
    assert len(response.context["page"].object_list) == min(count, 20)


@pytest.mark.parametrize("count", [5, 50])
def test_filtered_list_runs_the_same_number_of_queries(
    client, db, terms, count, django_assert_num_queries
):
    make_measures(count, terms, places_available=2)
    with django_assert_num_queries(LIST_QUERIES):
        response = client.get("/insatser/?kategori=social&kommun=osby&alder=30&ledig_plats=1")
    assert response.status_code == 200
    assert response.context["page"].object_list


# The home page: 1 municipalities with counts, 1 categories with counts, 1 newest measures,
# 1 their categories, 1 total count, 1 example-banner check.
@pytest.mark.parametrize("count", [5, 50])
def test_home_runs_a_fixed_number_of_queries(client, db, terms, count, django_assert_num_queries):
    make_measures(count, terms)
    with django_assert_num_queries(6):
        assert client.get("/").status_code == 200


# A municipality page: 1 municipality, 1 its units, 1 count, 1 page of measures,
# 1 their categories, 1 example-banner check.
@pytest.mark.parametrize("count", [5, 50])
def test_municipality_page_runs_a_fixed_number_of_queries(
    client, db, terms, count, django_assert_num_queries
):
    make_measures(count, terms)
    with django_assert_num_queries(6):
        assert client.get("/kommuner/osby/").status_code == 200


# A project page: 1 project, 1 its municipalities, 1 count, 1 page of measures,
# 1 their categories, 1 example-banner check.
@pytest.mark.parametrize("count", [5, 50])
def test_project_page_runs_a_fixed_number_of_queries(
    client, db, terms, count, django_assert_num_queries
):
    project = ProjectFactory()
    make_measures(count, terms, project=project)
    with django_assert_num_queries(6):
        assert client.get(f"/projekt/{project.slug}/").status_code == 200
