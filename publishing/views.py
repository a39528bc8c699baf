"""The editor's dashboard (`/hantera/`): each municipality keeps its own measures current.

Every view asks the rules in accounts/rules.py. Another municipality's measure answers 403 when
the public may see it anyway and 404 when it is a draft, so drafts never leak their existence.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.models import editable_municipality_ids
from core.pagination import paginate
from measures.history import MEASURE_HISTORY, measure_history, readable_time
from measures.models import ErrorReport, Measure
from measures.services import (
    EditConflict,
    measure_copy,
    measure_restore,
    measure_save,
    measure_set_status,
    measure_update_places,
    measure_verify,
    missing_for_publishing,
)
from municipalities.models import Municipality

from .filters import DashboardFilter
from .forms import LocationFormSet, MeasureForm, PlacesForm


def dashboard_municipalities(user):
    """The municipalities whose offering `user` may edit, or 403 if none."""
    if not user.has_perm("accounts.use_dashboard"):
        raise PermissionDenied
    return list(Municipality.objects.filter(pk__in=editable_municipality_ids(user)))


def chosen_municipality(request):
    """The municipality the dashboard shows: `?kommun=<slug>`, or the user's first."""
    municipalities = dashboard_municipalities(request.user)
    if not municipalities:
        raise PermissionDenied
    wanted = request.GET.get("kommun") or request.POST.get("kommun")
    for municipality in municipalities:
        if municipality.slug == wanted:
            return municipality, municipalities
    if wanted:
        raise PermissionDenied
    return municipalities[0], municipalities


def measure_for(request, slug, perm):
    """The measure, if `request.user` has `perm` on it; else 403 (public) or 404 (hidden)."""
    measure = get_object_or_404(
        Measure.objects.select_related("municipality", "unit", "measure_type"), slug=slug
    )
    if request.user.has_perm(perm, measure):
        return measure
    if measure.is_public:
        raise PermissionDenied
    raise Http404


@login_required
def dashboard(request):
    municipality, municipalities = chosen_municipality(request)
    measures = Measure.objects.in_municipality(municipality).select_related("measure_type")
    filterset = DashboardFilter(request.GET, queryset=measures)
    page = paginate(request, filterset.qs, settings.PORTAL_PAGE_SIZE, filterset.notices)
    counts = measures.aggregate(
        drafts=Count("pk", filter=Q(status=Measure.Status.DRAFT)),
        published=Count("pk", filter=Q(status=Measure.Status.PUBLISHED)),
        overdue=Count("pk", filter=Measure.overdue_condition()),
    )
    open_reports = ErrorReport.objects.filter(
        measure__municipality=municipality, handled_at__isnull=True
    ).count()
    return render(
        request,
        "publishing/dashboard.html",
        {
            "municipality": municipality,
            "municipalities": municipalities,
            "filterset": filterset,
            "page": page,
            "counts": counts,
            "open_reports": open_reports,
            "notices": filterset.notices,
        },
    )


def _render_measure_form(request, form, locations, municipality, measure=None, status=200, **extra):
    context = {"form": form, "locations": locations, "municipality": municipality}
    return render(
        request,
        "publishing/measure_form.html",
        {**context, "measure": measure, **extra},
        status=status,
    )


@login_required
def measure_create(request):
    municipality, _municipalities = chosen_municipality(request)
    if not request.user.has_perm("measures.add_measure", municipality):
        raise PermissionDenied
    measure = Measure(municipality=municipality, status=Measure.Status.DRAFT)
    form = MeasureForm(request.POST or None, instance=measure, municipality=municipality)
    locations = LocationFormSet(request.POST or None, instance=measure, prefix="platser")
    if request.method == "POST" and form.is_valid() and locations.is_valid():
        measure = measure_save(form=form, locations=locations, user=request.user)
        messages.success(
            request, _("Utkastet är sparat. Förhandsgranska och publicera när du är klar.")
        )
        return redirect("publishing:measure_edit", slug=measure.slug)
    return _render_measure_form(request, form, locations, municipality)


@login_required
def measure_edit(request, slug):
    measure = measure_for(request, slug, "measures.change_measure")
    form = MeasureForm(request.POST or None, instance=measure, municipality=measure.municipality)
    locations = LocationFormSet(request.POST or None, instance=measure, prefix="platser")
    if request.method == "POST" and form.is_valid() and locations.is_valid():
        started_from = form.started_from_version
        try:
            measure_save(
                form=form, locations=locations, expected_version=started_from, user=request.user
            )
        except EditConflict as conflict:
            return _conflict(request, form, locations, conflict.current, started_from)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Ändringarna är sparade."))
            return redirect("publishing:measure_edit", slug=measure.slug)
    return _render_measure_form(request, form, locations, measure.municipality, measure)


def _conflict(request, form, locations, current, started_from):
    """Someone saved in between: show what they changed and keep this editor's input."""
    form, context = MEASURE_HISTORY.conflict(
        form,
        current,
        started_from,
        lambda data, measure: MeasureForm(
            data, instance=measure, municipality=measure.municipality
        ),
    )
    return _render_measure_form(
        request, form, locations, current.municipality, current, status=409, **context
    )


@login_required
def measure_preview(request, slug):
    measure = measure_for(request, slug, "measures.view_draft")
    return render(
        request,
        "measures/measure_detail.html",
        {
            "measure": measure,
            "similar": measure.similar_in_other_municipalities(),
            "preview": True,
            "missing_for_publishing": missing_for_publishing(measure),
        },
    )


STATUS_PERMISSIONS = {
    Measure.Status.PUBLISHED: "measures.publish_measure",
    Measure.Status.ARCHIVED: "measures.archive_measure",
    Measure.Status.DRAFT: "measures.change_measure",
}
STATUS_MESSAGES = {
    Measure.Status.PUBLISHED: _("Insatsen är publicerad och syns nu för alla."),
    Measure.Status.ARCHIVED: _("Insatsen är arkiverad och syns inte längre."),
    Measure.Status.DRAFT: _("Insatsen är ett utkast igen och syns inte för allmänheten."),
}


def posted_version(request) -> int | None:
    """The version of the measure the page showed when the editor clicked (hidden `version`)."""
    try:
        return int(request.POST["version"])
    except (KeyError, ValueError):
        return None


def missing_version(request):
    """A small form posted without the version it was rendered with (a page from before)."""
    message = _("Sidan var inaktuell. Ladda om den och försök igen.")
    return render(request, "publishing/bad_request.html", {"message": message}, status=400)


def refuse_stale(request, conflict):
    """Someone saved the measure after this page was shown: nothing was written; say so."""
    messages.error(
        request,
        _(
            "Någon annan har ändrat ”%(title)s” sedan du öppnade sidan, så din ändring är inte "
            "sparad. Sidan visar nu de aktuella uppgifterna: försök igen om det behövs."
        )
        % {"title": conflict.current.title},
    )


@require_POST
@login_required
def measure_status(request, slug):
    status = request.POST.get("status", "")
    if status not in STATUS_PERMISSIONS:
        return render(request, "publishing/bad_request.html", status=400)
    measure = measure_for(request, slug, STATUS_PERMISSIONS[status])
    version = posted_version(request)
    if version is None:
        return missing_version(request)
    try:
        measure_set_status(
            measure=measure, status=status, expected_version=version, user=request.user
        )
    except EditConflict as conflict:
        refuse_stale(request, conflict)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, STATUS_MESSAGES[status])
    return redirect("publishing:measure_edit", slug=measure.slug)


@require_POST
@login_required
def measure_copy_view(request, slug):
    measure = measure_for(request, slug, "measures.change_measure")
    if not request.user.has_perm("measures.add_measure", measure.municipality):
        raise PermissionDenied
    version = posted_version(request)
    if version is None:
        return missing_version(request)
    try:
        copy = measure_copy(measure=measure, expected_version=version)
    except EditConflict as conflict:
        refuse_stale(request, conflict)
        return redirect("publishing:measure_edit", slug=measure.slug)
    messages.success(request, _("En kopia är skapad som utkast. Ändra det som skiljer."))
    return redirect("publishing:measure_edit", slug=copy.slug)


def redirect_back(request, fallback):
    """Back to the page the form was on (`next`, if it is ours), else to `fallback`."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return redirect(target)
    return redirect(fallback)


@require_POST
@login_required
def measure_verify_view(request, slug):
    measure = measure_for(request, slug, "measures.verify_measure")
    version = posted_version(request)
    if version is None:
        return missing_version(request)
    try:
        measure_verify(measure=measure, user=request.user, expected_version=version)
    except EditConflict as conflict:
        refuse_stale(request, conflict)
    else:
        messages.success(
            request,
            _("Tack! Uppgifterna om ”%(title)s” är bekräftade i dag.") % {"title": measure.title},
        )
    return redirect_back(request, reverse("publishing:measure_edit", args=[measure.slug]))


@require_POST
@login_required
def measure_places(request, slug):
    measure = measure_for(request, slug, "measures.change_measure")
    form = PlacesForm(request.POST, measure=measure)
    version = posted_version(request)
    if version is None:
        return missing_version(request)
    if not form.is_valid():
        for error in form.errors["places_available"]:
            messages.error(request, error)
        return redirect_back(request, reverse("publishing:measure_edit", args=[measure.slug]))
    try:
        measure_update_places(
            measure=measure,
            places_available=form.cleaned_data["places_available"],
            expected_version=version,
        )
    except EditConflict as conflict:
        refuse_stale(request, conflict)
    else:
        messages.success(
            request,
            _("Lediga platser för ”%(title)s” är uppdaterade.") % {"title": measure.title},
        )
    return redirect_back(request, reverse("publishing:measure_edit", args=[measure.slug]))


@login_required
def measure_history_view(request, slug):
    measure = measure_for(request, slug, "measures.change_measure")
    return render(
        request,
        "publishing/measure_history.html",
        {"measure": measure, "entries": measure_history(measure)},
    )


@require_POST
@login_required
def measure_restore_view(request, slug, history_id):
    measure = measure_for(request, slug, "measures.restore_measure")
    record = get_object_or_404(measure.history, history_id=history_id)
    version = posted_version(request)
    if version is None:
        return missing_version(request)
    try:
        measure_restore(measure=measure, record=record, expected_version=version)
    except EditConflict as conflict:
        refuse_stale(request, conflict)
        return redirect("publishing:measure_history", slug=measure.slug)
    messages.success(
        request,
        _("Versionen från %(date)s är återställd och sparad som en ny version.")
        % {"date": readable_time(record.history_date)},
    )
    return redirect("publishing:measure_history", slug=measure.slug)
