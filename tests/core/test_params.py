"""The public pages' one parameter parser (core/params.py): what it keeps, what it drops, and
that no value makes it raise. The pages' own notices are tested with the pages
(tests/measures/test_list.py, tests/guide/test_bad_input.py, tests/guide/test_same_parser.py)."""

import pytest
from django.http import QueryDict
from hypothesis import given
from hypothesis import strategies as st

from core.params import (
    MAX_VALUE_LENGTH,
    MAX_VALUES_PER_PARAMETER,
    TRUE,
    Reading,
    clean_value,
    read_flag,
    read_many,
    read_number,
    read_one,
    read_text,
    whole_number,
)

KNOWN = {"osby", "horby", "svenska"}


def query(**params) -> QueryDict:
    """A query string with each list repeating its parameter."""
    data = QueryDict(mutable=True)
    for name, values in params.items():
        data.setlist(name, values if isinstance(values, list) else [values])
    return data


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("17", 17),
        (" 17 ", 17),
        ("0", 0),
        ("007", 7),
        ("999999999", 999_999_999),
        ("1234567890", None),  # more than nine digits
        ("9" * 5000, None),  # int() would refuse more than 4,300 digits
        ("-3", None),
        ("17.5", None),
        ("1e3", None),
        ("²", None),  # str.isdigit() says yes, int() says no
        ("١٧", None),  # Arabic-Indic digits: int() reads them, a URL should not
        ("", None),
        (None, None),
    ],
)
def test_whole_number_accepts_only_plain_ascii_digits(value, expected):
    assert whole_number(value) == expected


def test_clean_value_removes_control_characters_spaces_and_cuts_the_length():
    assert clean_value("  os\x07by\x1b ") == "osby"
    assert clean_value("x" * 10_000) == "x" * MAX_VALUE_LENGTH
    assert clean_value("rad\tett") == "rad\tett"  # tab and newline are text, not control


def test_read_many_keeps_known_values_in_order_once_each():
    reading = read_many(
        query(behov=["svenska", "osby", "svenska", "", "  ", "flyga", "flyga"]), "behov", KNOWN
    )

    assert reading == Reading(values=["svenska", "osby"], dropped=["flyga"])


def test_read_many_reads_only_the_first_thirty_values():
    given_values = ["osby"] + [f"v{n}" for n in range(100)] + ["horby"]

    reading = read_many(query(kommun=given_values), "kommun", KNOWN)

    assert reading.too_many
    assert reading.values == ["osby"]  # "horby" came after the thirtieth value
    assert reading.dropped == [f"v{n}" for n in range(MAX_VALUES_PER_PARAMETER - 1)]


def test_read_many_of_a_missing_parameter_is_empty():
    assert read_many(query(), "kommun", KNOWN) == Reading()


def test_read_one_uses_the_first_non_empty_value_and_says_when_others_differ():
    assert read_one(query(kommun=["", "osby", "horby"]), "kommun", KNOWN) == Reading(
        values=["osby"], repeated=True
    )
    assert read_one(query(kommun=["osby", "osby"]), "kommun", KNOWN) == Reading(values=["osby"])
    assert read_one(query(kommun="malmo"), "kommun", KNOWN) == Reading(dropped=["malmo"])
    assert read_one(query(kommun=["", " "]), "kommun", KNOWN) == Reading()


def test_read_one_quotes_a_huge_value_cut_to_the_limit():
    reading = read_one(query(kommun="x" * 10_000), "kommun", KNOWN)

    assert reading.dropped == ["x" * MAX_VALUE_LENGTH]


@pytest.mark.parametrize(
    ("given_value", "kept", "dropped"),
    [
        ("19", ["19"], []),
        ("019", ["19"], []),
        ("0", ["0"], []),
        ("120", ["120"], []),
        ("121", [], ["121"]),
        ("abc", [], ["abc"]),
        ("-1", [], ["-1"]),
        ("9" * 5000, [], ["9" * MAX_VALUE_LENGTH]),
        ("1\x1b7", ["17"], []),
    ],
)
def test_read_number_keeps_a_whole_number_within_its_bounds(given_value, kept, dropped):
    reading = read_number(query(alder=given_value), "alder", maximum=120)

    assert (reading.values, reading.dropped) == (kept, dropped)


def test_read_number_honours_its_minimum():
    assert read_number(query(steg="0"), "steg", minimum=1, maximum=7).dropped == ["0"]
    assert read_number(query(steg="7"), "steg", minimum=1, maximum=7).value == "7"


@pytest.mark.parametrize("on", ["1", "true", "TRUE", "ja", "on", "yes", " Yes "])
def test_read_flag_reads_every_spelling_of_yes_as_one(on):
    assert read_flag(query(ledig_plats=on), "ledig_plats") == Reading(values=[TRUE])


@pytest.mark.parametrize("off", ["0", "false", "nej", "off", "no", ""])
def test_read_flag_reads_no_as_nothing(off):
    assert read_flag(query(ledig_plats=off), "ledig_plats") == Reading()


def test_read_flag_drops_anything_else_lower_cased():
    assert read_flag(query(ledig_plats="Kanske"), "ledig_plats") == Reading(dropped=["kanske"])


def test_read_text_cuts_a_long_text_to_its_limit_without_trailing_space():
    reading = read_text(query(q="Returbutiken " * 40), "q", limit=200)

    assert reading.shortened
    assert reading.value == ("Returbutiken " * 40)[:200].strip()


def test_read_text_keeps_a_text_longer_than_a_value_up_to_its_own_limit():
    reading = read_text(query(q=["", "a" * 150]), "q", limit=200)

    assert reading == Reading(values=["a" * 150])


@given(
    st.dictionaries(
        st.sampled_from(["kommun", "alder", "ledig_plats", "q"]),
        st.lists(st.text(max_size=300), max_size=40),
    )
)
def test_no_input_makes_the_parser_raise_or_keep_more_than_its_limits(params):
    data = query(**params)

    many = read_many(data, "kommun", KNOWN)
    one = read_one(data, "kommun", KNOWN)
    number = read_number(data, "alder", maximum=120)
    flag = read_flag(data, "ledig_plats")
    text = read_text(data, "q", limit=200)

    assert len(many.values) + len(many.dropped) <= MAX_VALUES_PER_PARAMETER
    for reading in (many, one, number, flag):
        assert all(len(value) <= MAX_VALUE_LENGTH for value in reading.values + reading.dropped)
        assert all(value == value.strip() and value for value in reading.values + reading.dropped)
    assert set(many.values) <= KNOWN and set(one.values) <= KNOWN
    assert len(one.values + one.dropped) <= 1 and len(number.values + number.dropped) <= 1
    assert number.values in ([], *[[str(age)] for age in range(121)])
    assert flag.values in ([], [TRUE])
    assert len(text.value) <= 200
