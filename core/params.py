"""Parsing of visitors' URL parameters, strict enough that no value can raise."""

import re

_WHOLE_NUMBER = re.compile(r"[0-9]{1,9}")


def whole_number(value: str) -> int | None:
    """`value` as a non-negative int if it is plain ASCII digits (at most 9), else None.

    `str.isdigit()` is not enough: it accepts "²" and other digits int() refuses, and
    int() refuses strings of more than 4,300 digits.
    """
    value = (value or "").strip()
    if _WHOLE_NUMBER.fullmatch(value):
        return int(value)
    return None
