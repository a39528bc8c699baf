"""Swedish organisation numbers: checked with python-stdnum, stored as NNNNNN-NNNN.

A sole trader (enskild näringsidkare) has no number of its own: the organisation number is the
owner's personnummer. Such a number is stored like any other and, like every organisation
number, shown only to members.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from stdnum.exceptions import InvalidChecksum
from stdnum.exceptions import ValidationError as StdnumValidationError
from stdnum.se import orgnr

# A 12-digit form: the "16" prefix some registers use, or a personnummer with its century.
TWELVE_DIGIT_PREFIXES = ("16", "19", "20")

INVALID_LENGTH = _(
    "Ett organisationsnummer har tio siffror, till exempel 556036-0793. Du skrev %(count)s siffror."
)
INVALID_CHARACTERS = _("Ett organisationsnummer består bara av siffror och ett bindestreck.")
INVALID_CHECK_DIGIT = _(
    "Kontrollsiffran stämmer inte: kontrollera att organisationsnumret är rätt skrivet."
)


def normalise_org_number(value: str) -> str:
    """`value` as NNNNNN-NNNN, or ValidationError with a message saying what is wrong."""
    digits = "".join((value or "").split()).replace("-", "").replace("+", "")
    if digits and not digits.isdigit():
        raise ValidationError(INVALID_CHARACTERS, code="invalid_characters")
    if len(digits) == 12 and digits.startswith(TWELVE_DIGIT_PREFIXES):
        digits = digits[2:]
    if len(digits) != 10:
        raise ValidationError(INVALID_LENGTH, code="invalid_length", params={"count": len(digits)})
    try:
        return orgnr.format(orgnr.validate(digits))
    except InvalidChecksum as error:
        raise ValidationError(INVALID_CHECK_DIGIT, code="invalid_check_digit") from error
    except StdnumValidationError as error:
        raise ValidationError(INVALID_CHARACTERS, code="invalid_characters") from error


def validate_org_number(value: str) -> None:
    """A model field validator: the stored value must already be a valid, normalised number."""
    if normalise_org_number(value) != value:
        raise ValidationError(
            _("Skriv organisationsnumret som NNNNNN-NNNN."), code="not_normalised"
        )


def is_personal_number(value: str) -> bool:
    """A sole trader's number: the third digit is a month's first (0 or 1), never 2 or more."""
    digits = value.replace("-", "")
    return len(digits) == 10 and digits[2] in "01"
