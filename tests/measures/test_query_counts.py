"""Public pages run a fixed number of SQL queries, whatever the number of results."""

import pytest

from tests.factories import MeasureFactory, ProjectFactory


def make_measures(count, terms, **kwargs):
    categories = list(terms["kategori"].values())
    for number in range(count):
        MeasureFactory(categories=categories[: 1 + number % 4], **kwargs)


# The list page, the first time after the catalogue changed (cold: index and cache rebuilt):
#   1 catalogue version,
#   7 vocabulary lists (municipalities, categories, types, target groups, needs, languages,
#     projects) for the filter options,
#   7 to build this process's catalogue index (public measures with their titles, the measure
#     ids of each of the four many-to-many facets, the municipalities' names for their Swedish
#     order, the last change of terms or municipalities for its content key; the orders are
#     sorted in Python),
#   1 page of measures with municipality, unit and type, 1 categories of that page,
#   1 example-banner check.
# The facet counts, the total and the order come from the index: no query at all.
LIST_QUERIES_COLD = 18
# The same page again while nothing changed: anonymous visitors get the cached page after
# 1 query (the catalogue version).
LIST_QUERIES_WARM = 1


@pytest.mark.parametrize("count", [5, 50])
def test_list_runs_a_fixed_number_of_queries(client, db, terms, count, django_assert_num_queries):
    make_measures(count, terms)
    with django_assert_num_queries(LIST_QUERIES_COLD):
        response = client.get("/insatser/")
    assert response.status_code == 200
    assert len(response.context["page"].object_list) == min(count, 20)
    with django_assert_num_queries(LIST_QUERIES_WARM):
        again = client.get("/insatser/")
    assert again.content == response.content


@pytest.mark.parametrize("count", [5, 50])
def test_filtered_list_runs_the_same_number_of_queries(
    client, db, terms, count, django_assert_num_queries
):
    make_measures(count, terms, places_available=2)
    with django_assert_num_queries(LIST_QUERIES_COLD):
        response = client.get("/insatser/?kategori=social&kommun=osby&alder=30&ledig_plats=1")
    assert response.status_code == 200
    assert response.context["page"].object_list


@pytest.mark.parametrize("count", [5, 50])
def test_free_text_adds_two_queries_once_per_catalogue_version(
    client, db, terms, count, django_assert_num_queries
):
    make_measures(count, terms)
    # The cold list queries plus the word index of this catalogue version (measures/search.py):
    # 1 the public measures' texts, 1 the search thesaurus. The same on both databases.
    with django_assert_num_queries(LIST_QUERIES_COLD + 2):
        response = client.get("/insatser/?q=testinsats")
    assert response.status_code == 200
    assert response.context["page"].paginator.count == count
    # Another search of the same version: 1 catalogue version, 1 example-banner check (the
    # vocabulary lists are cached for the version, and the cards of the measures it finds were
    # stored by the first search: templatetags/cards.py). The text: none, the word index is built.
    with django_assert_num_queries(2):
        other = client.get("/insatser/?q=insats&sort=titel")
    assert other.context["page"].paginator.count == count


# The home page: 1 catalogue version (page cache key), 1 municipalities with counts,
# 1 categories with counts, 1 newest measures, 1 their categories, 1 total count,
# 1 example-banner check. Again while nothing changed: only the version.
@pytest.mark.parametrize("count", [5, 50])
def test_home_runs_a_fixed_number_of_queries(client, db, terms, count, django_assert_num_queries):
    make_measures(count, terms)
    with django_assert_num_queries(7):
        assert client.get("/").status_code == 200
    with django_assert_num_queries(1):
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
