"""/statistik/ and its CSV files: tables with their charts' data, both languages, few queries,
cached per catalogue version, public numbers only."""

import csv
import io
import json
import re

import pytest
from django.utils import timezone

from measures.catalogue import get_index
from measures.models import CatalogueState, Measure
from tests.factories import MeasureFactory

pytestmark = pytest.mark.django_db

CSV_NAMES = ["kategorier", "malgrupper", "lediga-platser", "bekraftelse"]


@pytest.fixture
def measures(terms, osby, hassleholm):
    MeasureFactory(
        municipality=osby,
        categories=[terms["kategori"]["social"]],
        target_groups=[terms["malgrupp"]["nyanlanda"]],
        open_to_others=Measure.Openness.YES,
        places_available=3,
        price_for_others="4 500 kr per deltagare och månad",
        contact_phone="0479-52 80 11",
    )
    MeasureFactory(
        municipality=hassleholm,
        target_groups=[terms["malgrupp"]["nyanlanda"], terms["malgrupp"]["sjukskrivna"]],
        open_to_others=Measure.Openness.NO,
        last_verified=None,
    )


def read_csv(response) -> list[list[str]]:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    raw = response.content
    assert raw.startswith(b"\xef\xbb\xbf"), "Swedish Excel needs the BOM to read UTF-8"
    text = raw.decode("utf-8-sig")
    assert "\r\n" in text
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_the_page_shows_every_table_with_caption_headers_and_csv_link(client, measures):
    response = client.get("/statistik/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Statistik</h1>" in html
    for name in CSV_NAMES:
        assert f'href="/statistik/{name}.csv"' in html
        assert f'id="{name}-caption"' in html
    assert html.count("<caption") == 4
    assert '<th scope="col">Kommun</th>' in html
    assert '<th scope="row">Osby</th>' in html
    assert '<th scope="col" class="text-end">Östra Göinge</th>' in html
    # The counting rule, in a sentence.
    assert (
        "kommunens egna insatser för målgruppen och de insatser för målgruppen i de andra" in html
    )


def test_an_empty_cell_of_the_matrix_is_marked_with_a_symbol_and_words(client, measures):
    html = client.get("/statistik/").content.decode()
    matrix = html[html.index('id="malgrupper-caption"') : html.index("malgrupper.csv")]
    row = re.search(r'<th scope="row">Sjukskrivna på väg tillbaka</th>(.*?)</tr>', matrix, re.S)
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row.group(1), re.S)
    assert len(cells) == 6
    gap = '<span class="coverage-gap-mark" aria-hidden="true">✕</span> 0'
    gap += '<span class="visually-hidden"> (ingen insats)</span>'
    # Only Hässleholm has a measure for the group, and it is not open to others.
    assert [cell == gap for cell in cells] == [True, False, True, True, True, True]
    assert cells[1] == "1"
    # The newly arrived: Osby's open measure counts everywhere, Hässleholm's only there.
    row = re.search(r'<th scope="row">Nyanlända</th>(.*?)</tr>', matrix, re.S)
    assert re.findall(r"<td[^>]*>(.*?)</td>", row.group(1), re.S) == ["1", "2", "1", "1", "1", "1"]
    assert "betyder att ingen insats alls är öppen för målgruppen i kommunen" in html


def test_charts_get_their_data_from_a_json_block_and_a_static_script(client, measures):
    html = client.get("/statistik/").content.decode()
    scripts = re.findall(r"<script([^>]*)>", html)
    # No inline script (the CSP allows none): files from the site and the JSON data block.
    for attributes in scripts:
        assert 'src="/static/' in attributes or 'type="application/json"' in attributes
    assert 'src="/static/vendor/chartjs-4.6.1/chart.umd.min.js"' in html
    assert 'src="/static/insight/charts.js"' in html
    data = json.loads(
        re.search(
            r'<script id="insight-charts" type="application/json">(.*?)</script>', html, re.S
        ).group(1)
    )
    names = [chart["name"] for chart in data["charts"]]
    assert names == ["kategorier", "lediga-platser", "bekraftelse"]
    places = data["charts"][1]
    assert places["labels"][4] == "Osby"
    assert [d["data"][4] for d in places["datasets"]] == [1, 0, 0]
    assert 'data-chart="kategorier" hidden' in html  # shown by the script, not without it


@pytest.mark.parametrize("name", CSV_NAMES)
def test_each_csv_holds_its_tables_numbers(client, measures, name):
    rows = read_csv(client.get(f"/statistik/{name}.csv"))
    table = {t.name: t for t in client.get("/statistik/").context["tables"]}[name]
    expected = [
        [table.row_heading, *table.columns],
        *[
            [row.label, *("" if c.value is None else str(c.value) for c in row.cells)]
            for row in table.rows
        ],
    ]
    assert rows == expected


def test_the_csv_files_parse_back_to_the_hand_counts(client, measures):
    rows = read_csv(client.get("/statistik/bekraftelse.csv"))
    assert rows[0] == ["Kommun", "Alla insatser", "Inte bekräftade i tid", "Andel (%)"]
    by_name = {row[0]: row[1:] for row in rows[1:]}
    assert by_name["Hässleholm"] == ["1", "1", "100"]
    assert by_name["Osby"] == ["1", "0", "0"]
    assert by_name["Bromölla"] == ["0", "0", ""]
    assert by_name["Hela Skåne Nordost"] == ["2", "1", "50"]
    matrix = read_csv(client.get("/statistik/malgrupper.csv"))
    assert matrix[0] == ["Målgrupp", "Bromölla", "Hässleholm", "Hörby", "Kristianstad", "Osby",
                         "Östra Göinge"]  # fmt: skip
    assert ["Nyanlända", "1", "2", "1", "1", "1", "1"] in matrix


def test_the_english_csv_is_in_english(client, measures):
    rows = read_csv(client.get("/en/statistik/bekraftelse.csv"))
    assert rows[0] == ["Municipality", "All measures", "Not confirmed in time", "Share (%)"]
    assert rows[-1][0] == "All of Skåne Nordost"
    matrix = read_csv(client.get("/en/statistik/malgrupper.csv"))
    assert matrix[0][0] == "Target group"
    assert any(row[0] == "Newly arrived in Sweden" for row in matrix), [row[0] for row in matrix]


def test_an_unknown_csv_is_not_found(client, db):
    assert client.get("/statistik/priser.csv").status_code == 404


def test_the_english_page_is_complete(client, measures):
    response = client.get("/en/statistik/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Statistics</h1>" in html
    for english in [
        "Measures per municipality and category",
        "Measures open to residents, per target group and municipality",
        "Places available now",
        "Measures not confirmed in time",
        "All of Skåne Nordost",
        "Download the table as a CSV file",
        "On this page",
        "(no measure)",
        "means that no measure at all is open to the target group",
        "Chart. The table below the chart holds the same numbers.",
        '<th scope="col">Target group</th>',
    ]:
        assert english in html, english
    for swedish in ["Insatser per kommun", "Ladda ner", "Hela Skåne Nordost", "ingen insats"]:
        assert swedish not in html, swedish
    assert 'href="/en/statistik/kategorier.csv"' in html


def test_public_numbers_only(client, measures):
    for url in ["/statistik/", *(f"/statistik/{name}.csv" for name in CSV_NAMES)]:
        content = client.get(url).content.decode("utf-8-sig")
        assert "4 500 kr" not in content
        assert "0479-52 80 11" not in content


# The page, the first time after the catalogue changed, in a process that holds the catalogue
# index (every list page builds it; the counts are made on it):
#   1 catalogue version,
#   4 figures: member municipalities, categories, target groups, and the per-municipality
#     counts the index does not hold (no places left, overdue for confirmation),
#   1 example-banner check.
# No query per measure, municipality or term: the same at 5 and at 40 measures.
INSIGHT_QUERIES_COLD = 6


@pytest.mark.parametrize("count", [5, 40])
def test_the_page_runs_a_fixed_number_of_queries(
    client, terms, osby, hassleholm, count, django_assert_max_num_queries, django_assert_num_queries
):
    categories = list(terms["kategori"].values())
    groups = list(terms["malgrupp"].values())
    for number in range(count):
        MeasureFactory(
            municipality=[osby, hassleholm][number % 2],
            categories=categories[: 1 + number % 4],
            target_groups=groups[number % 8 : number % 8 + 2],
            places_available=number % 3,
        )
    get_index()
    with django_assert_num_queries(INSIGHT_QUERIES_COLD):
        response = client.get("/statistik/")
    assert response.status_code == 200
    # Warm: the cached page after 1 query (the catalogue version).
    with django_assert_max_num_queries(1):
        assert client.get("/statistik/").content == response.content
    # A CSV reads the version and finds the figures cached.
    with django_assert_max_num_queries(1):
        assert client.get("/statistik/kategorier.csv").status_code == 200


def test_numbers_follow_a_new_catalogue_version(client, measures, osby):
    before = read_csv(client.get("/statistik/kategorier.csv"))
    MeasureFactory(municipality=osby, last_verified=timezone.localdate())
    # Unchanged until the catalogue version moves (it does when a change commits).
    assert read_csv(client.get("/statistik/kategorier.csv")) == before
    CatalogueState.bump()
    after = {row[0]: row[-1] for row in read_csv(client.get("/statistik/kategorier.csv"))}
    assert after["Osby"] == "2"
    assert '<td class="text-end">2</td>' in client.get("/statistik/").content.decode()


def test_the_footer_and_the_about_page_link_to_the_statistics(client, db):
    for url in ["/", "/om/"]:
        assert 'href="/statistik/"' in client.get(url).content.decode()
    assert 'href="/en/statistik/"' in client.get("/en/om/").content.decode()
