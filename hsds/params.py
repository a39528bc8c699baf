"""The HSDS query parameters, read strictly: a value that is not understood is a 400 saying
which parameter and why, never a guess (unlike /insatser/, which drops it with a notice: an
HSDS client is a program, and a wrong filter silently ignored would hand it the wrong records).
"""

import datetime
import uuid

from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from rest_framework.exceptions import ParseError

from core.params import clean_value, whole_number

TRUE = {"true", "1"}
FALSE = {"false", "0"}
QUOTED_LENGTH = 40


def _quoted(value: str) -> str:
    return clean_value(value)[:QUOTED_LENGTH]


def _one(request, name: str) -> str | None:
    """The parameter's value, or None when it is absent or empty."""
    value = request.query_params.get(name)
    return None if value is None or not value.strip() else value.strip()


def whole(request, name: str, *, default: int, maximum: int | None = None) -> int:
    """A whole number from 1 (to `maximum`, when there is one)."""
    value = _one(request, name)
    if value is None:
        return default
    number = whole_number(value)
    if maximum is None and (number is None or number < 1):
        raise ParseError(
            _("%(name)s: ”%(value)s” är inte ett heltal från 1 och uppåt.")
            % {"name": name, "value": _quoted(value)}
        )
    if maximum is not None and (number is None or not 1 <= number <= maximum):
        raise ParseError(
            _("%(name)s: ”%(value)s” är inte ett heltal från 1 till %(max)s.")
            % {"name": name, "value": _quoted(value), "max": maximum}
        )
    return number


def flag(request, name: str) -> bool:
    value = _one(request, name)
    if value is None:
        return False
    if value.lower() in TRUE:
        return True
    if value.lower() in FALSE:
        return False
    raise ParseError(
        _("%(name)s: ”%(value)s” är inte true eller false.")
        % {"name": name, "value": _quoted(value)}
    )


def an_id(value: str) -> uuid.UUID | None:
    """`value` as a UUID, or None when it is not one."""
    try:
        return uuid.UUID(value.strip())
    except (ValueError, AttributeError):
        return None


def id_param(request, name: str) -> uuid.UUID | None:
    value = _one(request, name)
    if value is None:
        return None
    parsed = an_id(value)
    if parsed is None:
        raise ParseError(
            _("%(name)s: ”%(value)s” är inte ett id (UUID).")
            % {"name": name, "value": _quoted(value)}
        )
    return parsed


def moment(request, name: str) -> datetime.datetime | None:
    """An ISO 8601 date or date and time; a date means its local midnight, a time without a
    zone local time."""
    value = _one(request, name)
    if value is None:
        return None
    try:
        parsed = parse_datetime(value)
        if parsed is None and (day := parse_date(value)) is not None:
            parsed = datetime.datetime.combine(day, datetime.time.min)
    except ValueError:  # well formed but impossible, such as 2026-02-30
        parsed = None
    if parsed is None:
        raise ParseError(
            _(
                "%(name)s: ”%(value)s” är inte ett datum eller en tidpunkt enligt ISO 8601, "
                "till exempel 2026-05-01 eller 2026-05-01T08:00:00Z."
            )
            % {"name": name, "value": _quoted(value)}
        )
    try:
        aware = timezone.make_aware(parsed) if timezone.is_naive(parsed) else parsed
        return aware.astimezone(datetime.UTC)  # as the database compares it
    except (OverflowError, ValueError):  # at the very ends of the calendar
        raise ParseError(
            _("%(name)s: ”%(value)s” ligger utanför kalendern.")
            % {"name": name, "value": _quoted(value)}
        ) from None


def json_format(request) -> None:
    """`format`: only json; HSDS's streamed ndjson is not offered."""
    value = _one(request, "format")
    if value is not None and value.lower() != "json":
        raise ParseError(
            _("format: ”%(value)s” finns inte; svaren finns bara som json.")
            % {"value": _quoted(value)}
        )


def text(request, name: str, *, limit: int = 200) -> str:
    value = _one(request, name)
    return "" if value is None else clean_value(value)[:limit]
