"""The municipality's employer register in the dashboard (/hantera/arbetsgivare/).

The same rules as for measures (employers/rules.py, built on accounts/rules.py): a
municipality's editors keep its own register; anyone else is refused with 403 (every member may
know the employer exists, from the search) and nothing is written. Saves, confirmations and
deletions carry the version the page showed, so a stale page never overwrites someone's work.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.pagination import paginate
from publishing.views import chosen_municipality, missing_version, posted_version, redirect_back

from .filters import DashboardEmployerFilter
from .forms import EmployerForm
from .history import EMPLOYER_HISTORY, employer_history
from .models import Employer
from .services import EditConflict, employer_delete, employer_save, employer_verify


def employer_for(request, pk, perm):
    """The employer, if `request.user` has `perm` on it; else 403."""
    employer = get_object_or_404(Employer.objects.select_related("municipality"), pk=pk)
    if not request.user.has_perm(perm, employer):
        raise PermissionDenied
    return employer


def refuse_stale(request, conflict):
    messages.error(
        request,
        _(
            "Någon annan har ändrat ”%(name)s” sedan du öppnade sidan, så din ändring är inte "
            "sparad. Sidan visar nu de aktuella uppgifterna: försök igen om det behövs."
        )
        % {"name": conflict.current.name},
    )


@login_required
def employer_list(request):
    municipality, municipalities = chosen_municipality(request)
    employers = Employer.objects.in_municipality(municipality).prefetch_related("placement_kinds")
    filterset = DashboardEmployerFilter(request.GET, queryset=employers)
    page = paginate(request, filterset.qs, settings.PORTAL_PAGE_SIZE)
    return render(
        request,
        "employers/dashboard/employer_list.html",
        {
            "municipality": municipality,
            "municipalities": municipalities,
            "filterset": filterset,
            "page": page,
            "total": employers.count(),
            "overdue": employers.overdue_for_verification().count(),
        },
    )


def _render_form(request, form, municipality, employer=None, status=200, **extra):
    return render(
        request,
        "employers/dashboard/employer_form.html",
        {"form": form, "municipality": municipality, "employer": employer, **extra},
        status=status,
    )


@login_required
def employer_create(request):
    municipality, _municipalities = chosen_municipality(request)
    if not request.user.has_perm("employers.add_employer", municipality):
        raise PermissionDenied
    form = EmployerForm(request.POST or None, municipality=municipality)
    if request.method == "POST" and form.is_valid():
        try:
            employer = employer_save(form=form, user=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Arbetsgivaren är sparad."))
            return redirect("employer_dashboard:edit", pk=employer.pk)
    status = 400 if form.is_bound else 200
    return _render_form(request, form, municipality, status=status)


@login_required
def employer_edit(request, pk):
    employer = employer_for(request, pk, "employers.change_employer")
    form = EmployerForm(request.POST or None, instance=employer, municipality=employer.municipality)
    if request.method == "POST" and form.is_valid():
        started_from = form.started_from_version
        try:
            employer_save(form=form, expected_version=started_from, user=request.user)
        except EditConflict as conflict:
            return _conflict(request, form, conflict.current, started_from)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Ändringarna är sparade."))
            return redirect("employer_dashboard:edit", pk=employer.pk)
    status = 400 if form.is_bound else 200
    return _render_form(request, form, employer.municipality, employer, status=status)


def _conflict(request, form, current, started_from):
    """Someone saved in between: show what they changed and keep this editor's input."""
    form, context = EMPLOYER_HISTORY.conflict(
        form,
        current,
        started_from,
        lambda data, employer: EmployerForm(
            data, instance=employer, municipality=employer.municipality
        ),
    )
    return _render_form(request, form, current.municipality, current, status=409, **context)


@require_POST
@login_required
def employer_verify_view(request, pk):
    employer = employer_for(request, pk, "employers.verify_employer")
    version = posted_version(request)
    if version is None:
        return missing_version(request)
    try:
        employer_verify(employer=employer, user=request.user, expected_version=version)
    except EditConflict as conflict:
        refuse_stale(request, conflict)
    else:
        messages.success(
            request,
            _("Tack! Uppgifterna om ”%(name)s” är bekräftade i dag.") % {"name": employer.name},
        )
    return redirect_back(request, reverse("employer_dashboard:edit", args=[employer.pk]))


@login_required
def employer_delete_view(request, pk):
    employer = employer_for(request, pk, "employers.delete_employer")
    if request.method == "POST":
        version = posted_version(request)
        if version is None:
            return missing_version(request)
        try:
            employer_delete(employer=employer, expected_version=version)
        except EditConflict as conflict:
            refuse_stale(request, conflict)
            return redirect("employer_dashboard:edit", pk=employer.pk)
        messages.success(
            request, _("”%(name)s” är borttagen ur registret.") % {"name": employer.name}
        )
        return redirect(
            reverse("employer_dashboard:list") + f"?kommun={employer.municipality.slug}"
        )
    return render(request, "employers/dashboard/employer_delete.html", {"employer": employer})


@login_required
def employer_history_view(request, pk):
    employer = employer_for(request, pk, "employers.change_employer")
    return render(
        request,
        "employers/dashboard/employer_history.html",
        {"employer": employer, "entries": employer_history(employer)},
    )
