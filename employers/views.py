"""The employer search and pages at /arbetsgivare/.

Members of any municipality search every register and see everything on an employer's page
(contact, organisation number, what is offered). Everyone else sees listed employers only (a
dated consent, models.listed_condition) and only their public fields; an unlisted employer's page
is a 404, so its existence is not revealed.
"""

from django.conf import settings
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from core.pagination import paginate

from .filters import EmployerFilter
from .models import Employer


def visible_employers(user):
    """What `user` may see of the registers: all of them for members, listed ones otherwise."""
    if user.has_perm("employers.view_employer"):
        return Employer.objects.all()
    return Employer.objects.listed()


@require_safe
def employer_list(request):
    internal = request.user.has_perm("employers.view_employer")
    filterset = EmployerFilter(
        request.GET, queryset=visible_employers(request.user).for_cards(), internal=internal
    )
    page = paginate(request, filterset.qs, settings.PORTAL_PAGE_SIZE, filterset.notices)
    return render(
        request,
        "employers/employer_list.html",
        {"filterset": filterset, "page": page, "internal": internal},
    )


@require_safe
def employer_detail(request, pk):
    employer = get_object_or_404(
        visible_employers(request.user)
        .select_related("municipality", "verified_by")
        .prefetch_related("placement_kinds", "languages"),
        pk=pk,
    )
    internal = request.user.has_perm("employers.view_employer")
    hosted = employer.hosted_measures.public().select_related("municipality", "measure_type")
    return render(
        request,
        "employers/employer_detail.html",
        {"employer": employer, "internal": internal, "hosted": hosted},
    )
