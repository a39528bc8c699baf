"""Visitors' URL parameters: one parser and one set of limits for every public page.

The list (/insatser/) and the guide (/hitta/) read their parameters here. Reading is lenient on
purpose: a visitor's URL may hold unknown values, a malformed number, a repeated or a huge value.
What was understood is kept; what was not is reported in a `Reading`, so that each page can say so
in its own words (the list speaks of filters, the guide of answers). What is kept and what is
dropped is decided here, the same for every page, and no input makes anything here raise.
"""

import re
import unicodedata
from collections.abc import Container
from dataclasses import dataclass, field

from django.http import QueryDict

# How many values of one parameter are read; the rest are ignored, and the reading says so.
MAX_VALUES_PER_PARAMETER = 30
# Longer values are cut before they are compared or quoted back in a notice.
MAX_VALUE_LENGTH = 100
# How an on/off parameter (`?ledig_plats=1`) may be written; anything else is not understood.
TRUE_VALUES = frozenset({"1", "true", "ja", "on", "yes"})
FALSE_VALUES = frozenset({"0", "false", "nej", "off", "no", ""})
# The one spelling of "on" a reading gives back, whichever of TRUE_VALUES was written.
TRUE = "true"

_WHOLE_NUMBER = re.compile(r"[0-9]{1,9}")


def clean_text_input(value: str) -> str:
    """Remove characters no database column should receive (NUL, other C0 controls)."""
    return "".join(ch for ch in value if ch in "\t\n" or unicodedata.category(ch) != "Cc")


def clean_value(value: str) -> str:
    """A parameter's value as it is compared and quoted: no control characters, no surrounding
    spaces, at most MAX_VALUE_LENGTH characters."""
    return clean_text_input(value).strip()[:MAX_VALUE_LENGTH]


def whole_number(value: str) -> int | None:
    """`value` as a non-negative int if it is plain ASCII digits (at most 9), else None.

    `str.isdigit()` is not enough: it accepts "²" and other digits int() refuses, and
    int() refuses strings of more than 4,300 digits.
    """
    value = (value or "").strip()
    if _WHOLE_NUMBER.fullmatch(value):
        return int(value)
    return None


@dataclass
class Reading:
    """What was read of one parameter."""

    # Understood, cleaned, each once, in the order given.
    values: list[str] = field(default_factory=list)
    # Given but not understood, cleaned and cut as they are quoted back, each once.
    dropped: list[str] = field(default_factory=list)
    # More than MAX_VALUES_PER_PARAMETER values were given; only the first were read.
    too_many: bool = False
    # A one-value parameter was given different values; the first non-empty one was read.
    repeated: bool = False
    # A free text was longer than its limit and has been cut.
    shortened: bool = False

    @property
    def value(self) -> str:
        """The understood value of a one-value parameter; empty when there is none."""
        return self.values[0] if self.values else ""


def _first(data: QueryDict, param: str, *, length: int | None = MAX_VALUE_LENGTH):
    """The first non-empty value of a parameter given once or several times, and whether
    other, different values were given too."""
    values = [clean_text_input(value).strip()[:length] for value in data.getlist(param)]
    values = [value for value in values if value]
    if not values:
        return "", False
    return values[0], len(set(values)) > 1


def read_many(data: QueryDict, param: str, known: Container[str]) -> Reading:
    """A parameter that may be given several times (checkboxes): the known values, in order."""
    given = data.getlist(param)
    reading = Reading(too_many=len(given) > MAX_VALUES_PER_PARAMETER)
    for value in given[:MAX_VALUES_PER_PARAMETER]:
        value = clean_value(value)
        if not value or value in reading.values or value in reading.dropped:
            continue
        (reading.values if value in known else reading.dropped).append(value)
    return reading


def read_one(data: QueryDict, param: str, known: Container[str]) -> Reading:
    """A parameter with one of a few known values (a radio button, a sort key)."""
    value, repeated = _first(data, param)
    if not value:
        return Reading()
    if value in known:
        return Reading(values=[value], repeated=repeated)
    return Reading(dropped=[value], repeated=repeated)


def read_number(data: QueryDict, param: str, *, maximum: int, minimum: int = 0) -> Reading:
    """A whole number from `minimum` to `maximum`, written in plain digits (an age, a step)."""
    value, repeated = _first(data, param)
    if not value:
        return Reading()
    number = whole_number(value)
    if number is not None and minimum <= number <= maximum:
        return Reading(values=[str(number)], repeated=repeated)
    return Reading(dropped=[value], repeated=repeated)


def read_flag(data: QueryDict, param: str) -> Reading:
    """An on/off parameter: TRUE when on, nothing when off, dropped when neither."""
    value, repeated = _first(data, param)
    value = value.lower()[:MAX_VALUE_LENGTH]
    if value in TRUE_VALUES:
        return Reading(values=[TRUE], repeated=repeated)
    if value in FALSE_VALUES:
        return Reading(repeated=repeated)
    return Reading(dropped=[value], repeated=repeated)


def read_text(data: QueryDict, param: str, *, limit: int) -> Reading:
    """Free text (a search), cut to `limit` characters."""
    value, repeated = _first(data, param, length=None)
    reading = Reading(repeated=repeated)
    if len(value) > limit:
        value = value[:limit].strip()
        reading.shortened = True
    if value:
        reading.values.append(value)
    return reading
