"""`contains_personal_number`: personnummer and samordningsnummer in any common spelling, and no
false alarms on the numbers a message about a place does hold."""

import pytest

from inquiries.validators import contains_personal_number


@pytest.mark.parametrize(
    "text",
    [
        "121212-1212",  # YYMMDD-XXXX
        "121212+1212",  # + for someone aged 100 or more
        "19121212-1212",  # YYYYMMDD-XXXX
        "1212121212",  # YYMMDDXXXX
        "191212121212",  # YYYYMMDDXXXX
        "121212 1212",  # a space as separator
        "19121212 1212",
        "811218–9876",  # an en dash, as a word processor writes it
        "Gäller 811218-9876, som vill börja i mars.",  # inside a sentence
        "701063-2391",  # samordningsnummer: day 3 + 60
        "197010632391",
        "7010632391",
        "840229-1234",  # 29 February in a leap year
    ],
)
def test_personal_and_coordination_numbers_are_found(text):
    assert contains_personal_number(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ring mig på 040-628 04 11.",  # a landline
        "Mobil 0701234567 eller 070-123 45 67",  # mobile numbers
        "+46 70 123 45 67",
        "Start 2026-11-23 eller 23/11/2026",  # dates
        "Från 20261123",
        "Postnummer 283 31 Osby",  # a postcode
        "Priset är 4 500 kr per månad, 45000 kr för hela perioden.",  # amounts
        "Ordernummer 1234567890",  # month 34: not a date
        "Vårt diarienummer är 2026-1234.",
        "Organisationsnummer 212000-1124",  # month 20: organisations, not people
        "Referens 99887766554433",  # too long to be a personal number
        "121212-1213",  # a plausible date, but the check digit is wrong
        "851301-1232",  # the check digit passes, but there is no 13th month
        "850792-1230",  # nor a day 92 (samordningsnummer end at 91)
        "850229-1233",  # 29 February in a year that is not a leap year
        "",
    ],
)
def test_ordinary_numbers_raise_no_false_alarm(text):
    assert not contains_personal_number(text)
