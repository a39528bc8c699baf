"""Error reports from the public ("Rapportera fel"): the rate limit, the writes and the queue.

Nothing here stores who sent a report. The rate limit counts reports per client address for an
hour in the shared cache (core/throttling.py), under a keyed hash of the address, so the
address itself is never kept.
"""

from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.throttling import Limit

from .models import ErrorReport

# Counted per address: only reports that are sent (and robots told they were).
ERROR_REPORTS = Limit(
    "error-reports",
    "PORTAL_ERROR_REPORTS_PER_HOUR",
    title=_("Du har skickat många rapporter på kort tid"),
    message=_(
        "För att stoppa automatiska utskick tar vi bara emot ett begränsat antal rapporter i "
        "timmen från samma uppkoppling. Din rapport är inte skickad."
    ),
)


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
