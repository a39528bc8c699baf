"""`contains_personal_number`: personnummer and samordningsnummer however they are typed or pasted,
and no false alarm on the numbers a message about a place does hold."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import luhn

from core.personal_numbers import (
    contains_personal_number,
    redact_personal_numbers,
    validate_no_personal_number,
)

# 900101-1239, 811218-9876, 121212-1212, 850314-1239 and 640823-3234 pass the check digit;
# 701063-2391 is a samordningsnummer (day 3 + 60).
MUST_REFUSE = [
    # The usual ways of writing one.
    "900101-1239",
    "900101+1239",  # aged 100 or more
    "19900101-1239",
    "9001011239",
    "199001011239",
    "900101 1239",
    "19900101 1239",
    "Gäller 811218-9876, som vill börja i mars.",
    "121212-1212",
    "850314-1239",
    "Pnr:640823-3234",
    "Deltagaren (850314-1239) har fått besked.",
    "0206155673",  # born in 2002: most participants of youth measures are
    "020615-5673",
    "000229-1235",  # 29 February 2000
    "0402291116",  # 29 February 2004
    # Samordningsnummer.
    "701063-2391",
    "197010632391",
    "7010632391",
    "Samordningsnr 750871-2341",
    "011163-4564",
    # Other separators between date and serial.
    "900101 - 1239",
    "900101 -1239",
    "900101- 1239",
    "900101.1239",
    "900101/1239",
    "900101_1239",
    "900101:1239",
    "900101\t1239",
    "900101\n1239",
    "900101\r\n1239",
    "900101 + 1239",
    # The date written with its own separators.
    "1990-01-01-1239",
    "1990-01-01 - 1239",
    "1990.01.01-1239",
    "1990/01/01-1239",
    "90 01 01-1239",
    "90-01-01-1239",
    "90.01.01.1239",
    # The serial split in two.
    "900101-12 39",
    "19900101-12 39",
    "900101 12 39",
    # A full date and a space before the serial: refused, as the date lies far back.
    "19900101 1239",
    "1990-01-01 1239",
    # Dashes and spaces pasted from documents.
    "900101\u20101239",  # hyphen
    "900101\u20111239",  # non-breaking hyphen
    "900101\u20121239",  # figure dash
    "900101\u20131239",  # en dash
    "900101\u20141239",  # em dash
    "900101\u20151239",  # horizontal bar
    "900101\u22121239",  # minus sign
    "900101\ufe631239",  # small hyphen-minus
    "900101\uff0d1239",  # full-width hyphen-minus
    "900101\u00ad1239",  # soft hyphen
    "900101\u00a01239",  # no-break space
    "900101\u202f1239",  # narrow no-break space
    "900101 \u2013 1239",
    # Invisible characters inside the number.
    "900101\u200b1239",  # zero-width space
    "9001\u200b01-1239",
    "900101-\u200d1239",  # zero-width joiner
    "\ufeff900101-1239",  # byte order mark
    "900101-12\u206039",  # word joiner
    # Full-width digits and the letter O for zero.
    "\uff19\uff10\uff10\uff11\uff10\uff11-\uff11\uff12\uff13\uff19",
    "\uff19\uff10\uff10\uff11\uff10\uff11\uff0d\uff11\uff12\uff13\uff19",
    "9OO1O1-1239",
    "9oo1o1-1239",
    "19OO-O1-O1-1239",
    # A wrong check digit, but written as a personnummer: with the century or a separator.
    "900101-1238",
    "19900101-1238",
    "199001011238",
    "900101 1238",
    "19900101 1238",  # the century, a space and a serial that reads as a time (12.38)
    "1990-01-01 1238",
    "900101.1238",
    "1990-01-01-1238",
    "701063-2392",
    "20020615-5670",
]

MUST_ACCEPT = [
    "",
    "Har ni plats för två personer i höst?",
    # Phone numbers.
    "070-123 45 67",
    "070 123 45 67",
    "0701234567",  # ten bare digits whose check digit fails
    "070-1234567",
    "+46 70 123 45 67",
    "+46701234567",
    "+46 (0)70-123 45 67",
    "0046 70 123 45 67",
    "0451-123 45",
    "0451-12345",
    "08-123 456 78",
    "08-12345678",
    "040-628 04 11",
    "044-12 10 05",
    "046-12 34 56",
    "Ring 070-123 45 67 eller 0451-123 45 mellan 9 och 12.",
    "Växel 0451-26 70 00, mobil 073-987 65 43.",
    # Dates and times.
    "2026-11-28",
    "28/11 2026",
    "28/11/2026",
    "20261128",
    "2026-11-28 1430",
    "2026-11-28 14.30",
    "2026-11-28 14:30",
    "2026-11-28 kl. 14.30",
    "20261128 0915",
    "2025-01-10 1000",
    "Start 2026-11-23, slut 2027-02-19.",
    "2025-01-10 - 2025-03-15",
    "2025-01-10–2025-03-15",
    "Måndagar 08.30-11.30 och torsdagar 13.00-15.30",
    "kl 0830-1130",
    "v. 48 2026",
    # Postcodes, addresses and amounts.
    "291 32 Kristianstad",
    "Storgatan 12, 283 31 Osby",
    "SE-281 31 Hässleholm",
    "4 500 kr",
    "4500 kr per månad, 45000 kr för hela perioden",
    "12 500 - 14 000 kr",
    "1 200 000 kronor",
    "150000-200000 kr",
    # Organisation numbers (month 20 or more) and other reference numbers.
    "556036-0793",
    "5560360793",
    "Organisationsnummer 212000-1124",
    "16556036-0793",
    "Bankgiro 5050-1055",
    "Ordernummer 1234567890",  # month 34
    "Referens 99887766554433",  # too long
    # Year spans, ESF project numbers and diarienummer.
    "2016–2019",
    "2016-2019",
    "Projektet pågick 2016 - 2019.",
    "2017/00126",
    "ESF-projekt 2017/00126",
    "22-039-S06",
    "Vårt diarienummer är 2026-1234.",
    "Dnr KS 2026/1234",
    "Dnr 2026.0456",
    # Shaped like one, but the date is impossible, in the future, or the digits do not pass.
    "9001011238",  # ten bare digits, check digit fails
    "851301-1232",  # no 13th month
    "850792-1230",  # no day 92 (samordningsnummer end at 91)
    "850229-1233",  # 29 February in a year that is not a leap year
    "900100-1234",  # no day 0
    "20991231-1234",  # a date of birth in the future
    "18900101-1239",  # no one born in the 1800s is alive
    # Words with O in them stay words.
    "Osby 2026",
    "OBS! 10 platser kvar",
]


def test_the_tables_are_large_enough():
    assert len(MUST_REFUSE) >= 60
    assert len(MUST_ACCEPT) >= 60


@pytest.mark.parametrize("text", MUST_REFUSE)
def test_personal_and_coordination_numbers_are_found(text):
    assert contains_personal_number(text)
    assert contains_personal_number(f"Hej! Det gäller {text}. Mvh Anna")


@pytest.mark.parametrize("text", MUST_ACCEPT)
def test_ordinary_numbers_raise_no_false_alarm(text):
    assert not contains_personal_number(text)
    assert redact_personal_numbers(text) == text


def test_the_number_is_replaced_and_the_rest_of_the_text_kept():
    text = "Gäller 900101\u20131239 och 19811218-9876, ring 070-123 45 67."
    with translation.override("sv"):
        redacted = redact_personal_numbers(text)
    assert redacted == (
        "Gäller [personnummer borttaget] och [personnummer borttaget], ring 070-123 45 67."
    )


def test_invisible_characters_inside_the_number_are_replaced_with_it():
    assert redact_personal_numbers("a 9001\u200b01-1239 b", "X") == "a X b"


# Generated: every valid number, in any of the ways it is written, is found.

SEPARATORS = ["", "-", "+", " ", " - ", ".", "/", "_", "\t", "\n", "\u2013", "\u2011", "\u00ad"]


@st.composite
def personal_numbers(draw):
    """A valid personnummer or samordningsnummer of someone born 1930–2010: (century, digits)."""
    born = draw(st.dates(datetime.date(1930, 1, 1), datetime.date(2010, 12, 31)))
    day = born.day + (60 if draw(st.booleans()) else 0)
    digits = f"{born:%y%m}{day:02d}{draw(st.integers(0, 999)):03d}"
    return f"{born:%Y}"[:2], digits + luhn.calc_check_digit(digits)


@settings(max_examples=300, deadline=None)
@given(number=personal_numbers(), separator=st.sampled_from(SEPARATORS), century=st.booleans())
def test_every_valid_number_is_found_however_it_is_written(number, separator, century):
    hundreds, digits = number
    written = f"{hundreds if century else ''}{digits[:6]}{separator}{digits[6:]}"
    assert contains_personal_number(f"Deltagaren {written} vill börja.")


@settings(max_examples=300, deadline=None)
@given(number=personal_numbers(), wrong=st.integers(1, 9))
def test_a_typo_in_the_check_digit_is_still_refused_when_written_with_a_hyphen(number, wrong):
    _hundreds, digits = number
    typo = digits[:9] + str((int(digits[9]) + wrong) % 10)
    assert contains_personal_number(f"{typo[:6]}-{typo[6:]}")


PHONE_FORMATS = [
    "0{a}{b}-{c}{d}{e} {f}{g} {h}{i}",
    "0{a}{b} {c}{d}{e} {f}{g} {h}{i}",
    "0{a}{b}-{c}{d}{e}{f}{g}{h}{i}",
    "+46 {a}{b} {c}{d}{e} {f}{g} {h}{i}",
    "+46{a}{b}{c}{d}{e}{f}{g}{h}{i}",
    "0{a}{b}{c}-{d}{e}{f} {g}{h}",
    "0{a}{b}-{c}{d} {e}{f} {g}{h}",
    "08-{c}{d}{e} {f}{g}{h} {i}{a}",
]


@settings(max_examples=300, deadline=None)
@given(
    phone=st.sampled_from(PHONE_FORMATS),
    digits=st.lists(st.integers(0, 9), min_size=9, max_size=9),
)
def test_phone_numbers_written_in_groups_are_never_refused(phone, digits):
    text = phone.format(**dict(zip("abcdefghi", digits, strict=True)))
    assert not contains_personal_number(f"Ring {text} om du undrar något.")


def test_a_recent_date_and_a_time_are_not_refused_even_if_the_check_digit_passes():
    recent = datetime.date.today() - datetime.timedelta(days=300)
    passing = next(
        time
        for time in (f"{hour:02d}{minute:02d}" for hour in range(24) for minute in range(60))
        if luhn.is_valid(f"{recent:%y%m%d}{time}")
    )
    assert not contains_personal_number(f"Vi sågs {recent:%Y-%m-%d} {passing}.")
    assert not contains_personal_number(f"Vi sågs {recent:%Y%m%d} {passing}.")
    # The same written as a personal number is refused.
    assert contains_personal_number(f"{recent:%Y%m%d}-{passing}")


RECENTLY = datetime.datetime.combine(datetime.date.today(), datetime.time()) - datetime.timedelta(
    days=700
)


@settings(max_examples=300, deadline=None)
@given(
    when=st.datetimes(RECENTLY, datetime.datetime(2099, 12, 31)),
    form=st.sampled_from(
        ["%Y-%m-%d", "%Y-%m-%d %H%M", "%Y-%m-%d %H.%M", "%Y%m%d %H%M", "%d/%m %Y", "%H.%M-%H.%M"]
    ),
)
def test_dates_and_times_are_never_refused(when, form):
    assert not contains_personal_number(f"Vi ses {when.strftime(form)}.")


@pytest.mark.parametrize(
    ("model", "field"),
    [
        ("inquiries.Inquiry", "message"),
        ("inquiries.Inquiry", "answer_message"),
        ("inquiries.InquiryEvent", "message"),
        ("measures.ErrorReport", "message"),
        ("shortlists.ShortList", "name"),
    ],
)
def test_every_text_someone_else_reads_refuses_personal_numbers_whatever_writes_it(model, field):
    """The model field carries the validator, so the admin and services refuse too, not only
    the public forms."""
    from django.apps import apps

    model_field = apps.get_model(model)._meta.get_field(field)
    assert validate_no_personal_number in model_field.validators
    with pytest.raises(ValidationError) as refusal:
        model_field.clean("Gäller 900101-1239.", None)
    assert [error.code for error in refusal.value.error_list] == ["personal_number"]
    assert "1239" not in " ".join(refusal.value.messages)
