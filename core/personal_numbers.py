"""Keeping Swedish personal identity numbers out of free text (GDPR): one detector for every app.

An inquiry, an error report or a list name is about a place or a measure, never about a person, so
a personnummer or samordningsnummer (the day plus 60) in such a text is refused, and a refused text
is never shown back with the number in it.

`contains_personal_number` first normalises the text so that the way a number was typed or pasted
does not matter: NFKC (full-width digits, small and full-width hyphens, no-break spaces), every dash
kind and the soft hyphen become "-", every space kind, tab and line break becomes " ", zero-width
and other invisible characters are dropped, and the letter O inside a run of digits is read as 0.
It then looks for a date (YYMMDD or YYYYMMDD, the date itself written with or without its own
separators) followed by a four-digit serial, whole or split in two, whatever separator stands
between them. python-stdnum checks the date and the check digit.

A candidate is refused when its date part is a real date (and not in the future), and either
- the check digit passes, or
- it is written with the century (19/20) or with a separator before the serial: that is
  unmistakably a personnummer, and one with a typo is still a person's number.
Ten bare digits must pass the check digit, so most phone numbers (0701234567) are not refused.

What is never refused: phone numbers in groups (no six-digit date group), organisation numbers
(month 20 or more), postcodes, amounts, year spans, ESF project numbers and diarienummer (too few
digits). A full date, a space and a time of day ("2026-11-28 1430", "20261128 0915") is when
something happens: it is refused only if the date lies more than two years back (too long ago
for an event one writes about), whatever its check digit; a recent date is too young for a
participant.

This module imports no app; apps import it.
"""

import datetime
import re
import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from stdnum import luhn
from stdnum.exceptions import ValidationError as StdnumValidationError
from stdnum.se import personnummer

COORDINATION_DAY_OFFSET = 60
# How far back "a date and a time" is read as an event rather than a date of birth.
RECENT = datetime.timedelta(days=2 * 365)

PERSONAL_NUMBER_MESSAGE = _(
    "Texten verkar innehålla ett personnummer eller samordningsnummer. Ta bort det: uppgifter om "
    "en enskild deltagare får inte lämnas här."
)
# What a re-rendered form shows where the number was, so the page never holds it.
REDACTED = _("[personnummer borttaget]")

# Characters that are not dashes by category but stand for one when pasted: the minus sign and
# the soft hyphen a word processor leaves where it may break a line.
_DASH_LIKE = {"\u2212", "\u00ad", "\u2043", "\ufe63", "\uff0d"}

# A run of digits that may have the letter O typed for zero ("9OO1O1"); not a word with an O.
_DIGITS_WITH_O = re.compile(r"(?<![^\W\d_])(?=[0-9Oo]*[0-9])[0-9Oo]++(?![^\W\d_])")
_DIGIT_RUN_START = re.compile(r"(?<![0-9])[0-9]")

# The date part, with the century or without, with its own separators or without.
_DATES = (
    r"(?P<century>19|20)(?P<date>[0-9]{6})",
    r"(?P<century>19|20)(?P<yy>[0-9]{2})(?P<sep>[-./ ])(?P<mm>[0-9]{2})(?P=sep)(?P<dd>[0-9]{2})",
    r"(?P<date>[0-9]{6})",
    r"(?P<yy>[0-9]{2})(?P<sep>[-./ ])(?P<mm>[0-9]{2})(?P=sep)(?P<dd>[0-9]{2})",
)
# What stands between date and serial: a hyphen, plus, slash or underscore with or without spaces
# around it, a full stop or colon, spaces (tab and line break included), or nothing. Then the
# serial, whole or as 12 39, not followed by more digits nor by the rest of a date ("2025-03-14").
_GAP_AND_SERIAL = (
    r"(?P<gap> *[-+/_] *|[.:]| +|)"
    r"(?P<serial>[0-9]{4}|[0-9]{2} [0-9]{2})(?![0-9])(?![-./][0-9])"
)
_CANDIDATES = tuple(re.compile(date + _GAP_AND_SERIAL) for date in _DATES)


def _normalise(text: str) -> tuple[str, list[int]]:
    """The text as the detector reads it, and for each of its characters the original's index."""
    characters, origin = [], []
    for index, character in enumerate(text):
        category = unicodedata.category(character)
        if character in _DASH_LIKE or category == "Pd":
            replacement = "-"
        elif category in ("Cf", "Mn", "Me"):
            # Zero-width spaces and joiners, byte order marks, direction marks, combining marks.
            continue
        elif character.isspace():
            replacement = " "
        elif category == "Nd":
            replacement = str(unicodedata.decimal(character))
        else:
            replacement = unicodedata.normalize("NFKC", character)
            if replacement.isspace():
                replacement = " "
        characters.extend(replacement)
        origin.extend([index] * len(replacement))
    normalised = "".join(characters)
    normalised = _DIGITS_WITH_O.sub(lambda run: re.sub("[Oo]", "0", run[0]), normalised)
    return normalised, origin


def _is_time_of_day(digits: str) -> bool:
    return int(digits[:2]) < 24 and int(digits[2:]) < 60


def _is_personal_number(candidate: re.Match) -> bool:
    parts = {"century": "", "date": "", "sep": "", **candidate.groupdict()}
    century, gap, serial = parts["century"], parts["gap"], parts["serial"].replace(" ", "")
    date = parts["date"] or parts["yy"] + parts["mm"] + parts["dd"]
    # "2026-11-28 1430": a full date, a space and a time of day may be when something happens.
    date_and_time = (
        bool(century or parts["sep"])
        and gap.strip(" ") in ("", "_")
        and gap != ""
        and _is_time_of_day(serial)
    )
    day = int(date[4:])
    if day > COORDINATION_DAY_OFFSET:
        day -= COORDINATION_DAY_OFFSET
    # stdnum reads 100 years back for a "+", and knows no samordningsnummer: it gets the real day.
    sign = "+" if gap.strip() == "+" and not century else "-"
    try:
        born = personnummer.get_birth_date(f"{century}{date[:4]}{day:02d}{sign}{serial}")
    except StdnumValidationError:
        return False
    today = datetime.date.today()
    if born > today:
        return False
    check_digit_passes = luhn.is_valid(date + serial)
    if date_and_time:
        # A recent or coming event is let through whatever its check digit; a date of birth
        # written with the century or a separator is refused, a typo in the serial or not.
        return born < today - RECENT
    return check_digit_passes or bool(century) or bool(gap)


def _spans(text: str) -> list[tuple[int, int]]:
    """Where in `text` (original indexes, end exclusive) personal numbers stand."""
    normalised, origin = _normalise(text or "")
    spans = []
    for start in _DIGIT_RUN_START.finditer(normalised):
        for pattern in _CANDIDATES:
            candidate = pattern.match(normalised, start.start())
            if candidate and _is_personal_number(candidate):
                spans.append((origin[candidate.start()], origin[candidate.end() - 1] + 1))
                break
    return spans


def contains_personal_number(text: str) -> bool:
    """Does `text` hold something that is, beyond reasonable doubt, a personal identity number?"""
    return bool(_spans(text))


def redact_personal_numbers(text: str, replacement: str | None = None) -> str:
    """`text` with every personal number replaced (by default with "[personnummer borttaget]")."""
    replacement = str(REDACTED) if replacement is None else replacement
    pieces, position = [], 0
    for start, end in _spans(text):
        # A span that overlaps the one before is already replaced; it may reach further.
        if start >= position:
            pieces += [text[position:start], replacement]
        position = max(position, end)
    pieces.append(text[position:])
    return "".join(pieces)


def validate_no_personal_number(value: str) -> None:
    """A model and form field validator; the message says what was found, never the number."""
    if contains_personal_number(value):
        raise ValidationError(PERSONAL_NUMBER_MESSAGE, code="personal_number")


class WithoutPersonalNumbers:
    """Mix into a form field: refuse personal numbers, and never render one back into the form.

    A refused form is shown again with what was typed; the number in it is replaced by
    "[personnummer borttaget]", so the page (and anything that caches or logs it) never holds it.
    """

    default_validators = [validate_no_personal_number]

    def bound_data(self, data, initial):
        data = super().bound_data(data, initial)
        return redact_personal_numbers(data) if isinstance(data, str) else data


class FreeTextField(WithoutPersonalNumbers, forms.CharField):
    """A CharField for free text that someone else will read."""
