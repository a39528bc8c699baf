"""Refusing Swedish personal identity numbers in free text: an inquiry is not about a person.

`contains_personal_number` looks for personnummer and samordningsnummer (the day plus 60) written
with or without century and with `-`, `+`, a space or nothing before the last four digits. A
candidate counts only if its date part is a real date and its check digit passes the Luhn test, so
phone numbers, dates, postcodes, amounts and order numbers do not raise false alarms.
"""

import calendar
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Hyphen, plus (age 100 or more), space; also the en dash, minus sign and no-break space that word
# processors put in when the number is pasted from a document.
_SEPARATOR = "[-+ \u2013\u2212\u00a0]"
_CANDIDATE = re.compile(rf"(?<!\d)(?P<date>\d{{8}}|\d{{6}}){_SEPARATOR}?(?P<serial>\d{{4}})(?!\d)")
_CENTURIES = {"18", "19", "20"}
COORDINATION_DAY_OFFSET = 60

PERSONAL_NUMBER_MESSAGE = _(
    "Skriv inga personnummer eller samordningsnummer. "
    "En förfrågan får inte innehålla uppgifter om deltagaren."
)


def _is_plausible_date(date: str) -> bool:
    """YYMMDD or YYYYMMDD with a real month and day; a day of 61–91 is a samordningsnummer."""
    if len(date) == 8:
        if date[:2] not in _CENTURIES:
            return False
        year = int(date[:4])
    else:
        # Without the century either could be meant; 2000 + YY is a leap year exactly when
        # 1900 + YY is, except for 00, where 2000 (a leap year) is the likelier.
        year = 2000 + int(date[:2])
    month, day = int(date[-4:-2]), int(date[-2:])
    if day > COORDINATION_DAY_OFFSET:
        day -= COORDINATION_DAY_OFFSET
    if not 1 <= month <= 12:
        return False
    return 1 <= day <= calendar.monthrange(year, month)[1]


def _passes_luhn(digits: str) -> bool:
    """The Luhn test on YYMMDDNNNC: weights 2, 1, 2, 1, … and the digit sum a multiple of 10."""
    total = 0
    for position, digit in enumerate(digits):
        product = int(digit) * (2 if position % 2 == 0 else 1)
        total += product - 9 if product > 9 else product
    return total % 10 == 0


def contains_personal_number(text: str) -> bool:
    """Does `text` hold something that is, beyond reasonable doubt, a personal identity number?"""
    for candidate in _CANDIDATE.finditer(text or ""):
        date, serial = candidate["date"], candidate["serial"]
        if _is_plausible_date(date) and _passes_luhn(date[-6:] + serial):
            return True
    return False


def validate_no_personal_number(value: str) -> None:
    if contains_personal_number(value):
        raise ValidationError(PERSONAL_NUMBER_MESSAGE, code="personal_number")
