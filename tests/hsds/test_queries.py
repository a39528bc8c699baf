"""The HSDS answers cost the same queries for few and many records: the unfiltered service list
pages over the catalogue's in-memory index of public ids (no count, no OFFSET), a filtered list is
paged by the database (COUNT, then LIMIT/OFFSET), and each page's relations are read with a fixed
number of joins and prefetches, whatever the catalogue's size."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from measures.models import CatalogueState, Measure
from tests.factories import LocationFactory, MeasureFactory, UnitFactory


def queries_for(client, url):
    client.get(url)  # builds the catalogue index once
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    return [query["sql"] for query in queries]


def add(terms, count):
    for _ in range(count):
        measure = MeasureFactory(
            unit=UnitFactory(),
            target_groups=[terms["malgrupp"]["nyanlanda"]],
            needs=[terms["behov"]["svenska"]],
            languages=[terms["sprak"]["ar"]],
        )
        LocationFactory(measure=measure)
        LocationFactory(measure=measure)
    CatalogueState.bump(rebuild=True)  # what the commits would do


# The catalogue's version and its change's time (the ETag) come first in every answer.
@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # the page (its ids from the catalogue index)
        ("/api/hsds/services?per_page=5", 3),
        ("/api/hsds/services?per_page=5&page=2&minimal=true", 3),
        # the page, categories, target groups, needs, languages, locations
        ("/api/hsds/services?per_page=5&full=true", 8),
        # count, page
        ("/api/hsds/services?per_page=5&modified_after=2020-01-01", 4),
        # term lookups (a category: the first taxonomy), count, page and its 5 prefetches
        ("/api/hsds/services?per_page=5&full=true&taxonomy_term_id={category}", 10),
        # the municipality, count, page
        ("/api/hsds/services?per_page=5&organization_id={osby}", 5),
        # the municipality, the word index's version, the searched ids passing the filter, page
        ("/api/hsds/services?per_page=5&search=insats&organization_id={osby}", 6),
        # count, page
        ("/api/hsds/service_at_locations?per_page=5&full=true", 4),
        # counts of municipalities and units, the page's units (page 2 holds no municipality),
        # their services; with full_service their count, and the services' five prefetches
        ("/api/hsds/organizations?per_page=10&page=2&full=true", 6),
        ("/api/hsds/organizations?per_page=10&page=2&full=true&full_service=true", 12),
        # counts, the page's municipalities and units, the units' services
        ("/api/hsds/organizations?per_page=10&full=true", 7),
        # the four stored taxonomies' terms
        ("/api/hsds/taxonomy_terms?per_page=100", 6),
    ],
)
def test_a_page_costs_the_same_queries_for_few_and_many_records(
    client, db, terms, osby, url, expected
):
    url = url.format(category=terms["kategori"]["jobbinriktad"].uuid, osby=osby.uuid)
    add(terms, 6)
    few = queries_for(client, url)
    add(terms, 30)
    many = queries_for(client, url)
    assert len(few) == len(many) == expected, "\n".join(many)


def test_a_filtered_page_is_read_with_limit_and_offset(client, db, terms):
    add(terms, 4)
    url = "/api/hsds/services?per_page=2&page=2&modified_after=2020-01-01"
    sql = "\n".join(queries_for(client, url))
    assert "LIMIT 2 OFFSET 2" in sql
    assert "COUNT(*)" in sql


def test_the_unfiltered_list_reads_only_the_pages_ids(client, db, terms):
    add(terms, 4)
    body = client.get("/api/hsds/services?per_page=2&page=2").json()
    sql = "\n".join(queries_for(client, "/api/hsds/services?per_page=2&page=2"))
    assert "COUNT(*)" not in sql and "OFFSET" not in sql
    public = list(Measure.objects.public().order_by("pk"))
    assert body["total_items"] == len(public) == 4
    assert [s["id"] for s in body["contents"]] == [str(m.uuid) for m in public[2:4]]


def test_a_single_service_costs_a_fixed_number_of_queries(client, db, terms):
    add(terms, 2)
    measure = MeasureFactory(categories=list(terms["kategori"].values()))
    for _ in range(5):
        LocationFactory(measure=measure)
    # version, change's time, the measure with its joins, and five prefetches
    assert len(queries_for(client, f"/api/hsds/services/{measure.uuid}")) == 8
