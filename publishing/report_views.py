"""The queue of error reports from the public (`/hantera/felrapporter/`).

Only the redaktörer and administratörer of the measure's municipality see and handle its
reports, as the rule `measures.handle_errorreport` in accounts/rules.py says.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.pagination import paginate
from measures.models import ErrorReport
from measures.reports import error_report_handle, error_report_queue

from .views import chosen_municipality, redirect_back


@login_required
def report_list(request):
    municipality, municipalities = chosen_municipality(request)
    if not request.user.has_perm("measures.handle_errorreport", municipality):
        raise PermissionDenied
    reports = error_report_queue(municipality)
    page = paginate(request, reports, settings.PORTAL_PAGE_SIZE)
    return render(
        request,
        "publishing/report_list.html",
        {
            "municipality": municipality,
            "municipalities": municipalities,
            "page": page,
            "open_count": reports.filter(handled_at__isnull=True).count(),
        },
    )


@require_POST
@login_required
def report_handle(request, pk):
    report = get_object_or_404(ErrorReport.objects.select_related("measure__municipality"), pk=pk)
    if not request.user.has_perm("measures.handle_errorreport", report):
        raise PermissionDenied
    if error_report_handle(report=report, user=request.user):
        messages.success(request, _("Rapporten är markerad som hanterad."))
    else:
        messages.info(request, _("Rapporten var redan markerad som hanterad."))
    municipality = report.measure.municipality
    return redirect_back(request, f"{reverse('publishing:report_list')}?kommun={municipality.slug}")
