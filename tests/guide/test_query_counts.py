"""The guide runs a fixed number of SQL queries, whatever the number of measures."""

import pytest

from tests.factories import MeasureFactory


def make_measures(count, terms):
    needs = list(terms["behov"].values())
    languages = list(terms["sprak"].values())
    groups = list(terms["malgrupp"].values())
    for number in range(count):
        MeasureFactory(
            min_age=16 + number % 3,
            max_age=29,
            open_to_others=["ja", "overenskommelse"][number % 2],
            target_groups=groups[number % 4 : number % 4 + 2],
            needs=needs[: 1 + number % 3],
            languages=languages[: 1 + number % 2],
        )


# The results page:
#   3 vocabulary lists (Skåne Nordost municipalities, needs, languages),
#   1 the public measures with municipality, unit and type,
#   4 their categories, target groups, needs and languages,
#   1 example-banner check.
RESULTS_QUERIES = 9


@pytest.mark.parametrize("count", [3, 40])
def test_results_run_a_fixed_number_of_queries(client, db, terms, count, django_assert_num_queries):
    make_measures(count, terms)
    url = "/hitta/resultat/?alder=17&kommun=osby&situation=kaa&behov=svenska&sprak=sv&resa=ja"

    with django_assert_num_queries(RESULTS_QUERIES):
        response = client.get(url)

    assert response.status_code == 200
    found = response.context["found"]
    shown = len(found.fits) + len(found.may_fit)
    assert shown > 0
    assert response.content.decode().count("Så kommer du med") == shown


# A step: 3 vocabulary lists, 1 example-banner check; the needs step (4) also reads which
# kinds of measure each need brings.
@pytest.mark.parametrize("step", range(1, 8))
def test_a_step_runs_four_queries_and_the_needs_step_five(
    client, db, terms, step, django_assert_num_queries
):
    make_measures(3, terms)

    with django_assert_num_queries(5 if step == 4 else 4):
        response = client.get(f"/hitta/?steg={step}&alder=17&kommun=osby&behov=svenska")

    assert response.status_code == 200
    assert f"Steg {step} av 7" in response.content.decode()
