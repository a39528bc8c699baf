"""Error reports from the public ("Rapportera fel"): the rate limit, the writes and the queue.

Nothing here stores who sent a report. The rate limit counts reports per client address in the
cache for an hour, under a keyed hash of the address, so the address itself is never kept.
"""

import ipaddress

from django.conf import settings
from django.core.cache import cache
from django.db.models import F
from django.utils import timezone
from django.utils.crypto import salted_hmac

from .models import ErrorReport

RATE_WINDOW_SECONDS = 60 * 60


def _client_network(request) -> str:
    """The client's address; for IPv6 its /64, since one household or phone holds all of it."""
    raw = request.META.get("REMOTE_ADDR", "")
    try:
        address = ipaddress.ip_address(raw)
    except ValueError:
        return raw
    if address.version == 6:
        if address.ipv4_mapped:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def _rate_key(request) -> str:
    # Keyed with SECRET_KEY: without it the hash cannot be turned back into an address by
    # trying all four billion IPv4 addresses.
    digest = salted_hmac("measures.reports.rate", _client_network(request)).hexdigest()
    return f"error-reports:{digest}"


def error_report_limit_reached(request) -> bool:
    """Has this client sent PORTAL_ERROR_REPORTS_PER_HOUR reports within the hour?"""
    return cache.get(_rate_key(request), 0) >= settings.PORTAL_ERROR_REPORTS_PER_HOUR


def error_report_count(request) -> None:
    """Count one report against the client's hourly limit."""
    key = _rate_key(request)
    # add() starts a window only if none is running; incr() keeps the window's expiry.
    cache.add(key, 0, timeout=RATE_WINDOW_SECONDS)
    try:
        cache.incr(key)
    except ValueError:
        # The window ran out between add() and incr(): this report opens a new one.
        cache.set(key, 1, timeout=RATE_WINDOW_SECONDS)


def error_report_create(*, measure, message: str) -> ErrorReport:
    return ErrorReport.objects.create(measure=measure, message=message)


def error_report_handle(*, report, user) -> bool:
    """Mark `report` handled by `user`; False if someone already had.

    One conditional UPDATE, so two editors clicking at once do not overwrite who handled it.
    """
    now = timezone.now()
    updated = ErrorReport.objects.filter(pk=report.pk, handled_at__isnull=True).update(
        handled_at=now, handled_by=user
    )
    if updated:
        report.handled_at = now
        report.handled_by = user
    return bool(updated)


def error_report_queue(municipality):
    """The municipality's reports: open ones first, newest first; then handled, latest first."""
    return (
        ErrorReport.objects.filter(measure__municipality=municipality)
        .select_related("measure", "handled_by")
        .order_by(F("handled_at").desc(nulls_first=True), "-created_at", "-pk")
    )
