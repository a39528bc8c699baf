"""The guide and the measure list read their shared parameters with one parser and one set of
limits (core/params.py): the same bad input is dropped or cleaned the same way on both, each
page names what it dropped in a notice of its own words, and neither answers anything but 200."""

import html

import pytest

from tests.factories import MeasureFactory

pytestmark = pytest.mark.django_db

PAGES = {
    "list": "/insatser/?",
    "guide-step": "/hitta/?steg=3&",
    "guide-results": "/hitta/resultat/?",
}

# 500 unknown needs, then a known one: only the first 30 values are read.
PAST_THE_THIRTIETH = "&".join(f"behov=v{n}" for n in range(500)) + "&behov=svenska"
CASES = {
    # id: (query string, parameter, values kept, value quoted back in a notice or None)
    "alder-letters": ("alder=abc", "alder", [], "abc"),
    "alder-too-old": ("alder=150", "alder", [], "150"),
    "alder-negative": ("alder=-3", "alder", [], "-3"),
    "alder-decimal": ("alder=17.5", "alder", [], "17.5"),
    "alder-superscript": ("alder=%C2%B2", "alder", [], "²"),
    "alder-5000-digits": ("alder=" + "9" * 5000, "alder", [], "9" * 100),
    "alder-repeated": ("alder=17&alder=18", "alder", ["17"], None),
    "alder-empty-first": ("alder=&alder=17", "alder", ["17"], None),
    "alder-control-character": ("alder=1%1B7", "alder", ["17"], None),
    "alder-spaces": ("alder=%2017%20", "alder", ["17"], None),
    "kommun-unknown": ("kommun=malmo", "kommun", [], "malmo"),
    "kommun-huge": ("kommun=" + "x" * 10_000, "kommun", [], "x" * 100),
    "kommun-markup": ("kommun=%3Cscript%3E", "kommun", [], "<script>"),
    "kommun-control-character": ("kommun=os%07by", "kommun", ["osby"], None),
    "behov-unknown-and-repeated": (
        "behov=flyga&behov=svenska&behov=svenska",
        "behov",
        ["svenska"],
        "flyga",
    ),
    "behov-past-the-thirtieth": (PAST_THE_THIRTIETH, "behov", [], "v0"),
    "sprak-unknown": ("sprak=klingon&sprak=ar", "sprak", ["ar"], "klingon"),
}


def kept(response, where, param):
    if where == "list":
        return response.context["filterset"].data.getlist(param)
    return response.context["form"].cleaned.getlist(param)


@pytest.mark.parametrize(("query", "param", "values", "quoted"), CASES.values(), ids=list(CASES))
@pytest.mark.parametrize("where", PAGES)
def test_the_guide_and_the_list_drop_and_clean_the_same_input_the_same_way(
    client, where, query, param, values, quoted
):
    MeasureFactory(title="Öppen för alla", open_to_others="ja", format="digitalt")

    response = client.get(PAGES[where] + query)

    assert response.status_code == 200
    assert kept(response, where, param) == values
    notices = [str(notice) for notice in response.context["notices"]]
    if quoted is None:
        assert not [notice for notice in notices if "”" in notice]
    else:
        assert [notice for notice in notices if f"”{quoted}”" in notice]
        assert f"”{quoted}”" in html.unescape(response.content.decode())


@pytest.mark.parametrize("where", PAGES)
def test_both_read_only_the_first_thirty_values_and_say_so(client, where):
    response = client.get(PAGES[where] + PAST_THE_THIRTIETH)

    assert response.status_code == 200
    assert kept(response, where, "behov") == []
    notices = " ".join(str(notice) for notice in response.context["notices"])
    assert "”v29”" in notices and "”v30”" not in notices
    assert "30 första" in notices
