"""Public pages of the catalogue: the home page, the list, measures, projects and the about page."""

from django.conf import settings
from django.contrib import messages
from django.db.models import Count, F, Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from core.cache import cached_for_visitors
from core.fragments import vary_on_htmx, wants_fragment
from core.pagination import paginate
from municipalities.models import Municipality

from . import reports
from .catalogue import catalogue_key
from .filters import MeasureFilter
from .forms import ErrorReportForm
from .listing import ListPages, list_filterset, list_key, list_result
from .models import Category, Measure, Project, public_condition
from .municipality_views import with_public_measure_counts

NEWEST_ON_HOME = 6


@cached_for_visitors(catalogue_key)
def home(request):
    context = {
        "municipalities": with_public_measure_counts(Municipality.objects.members()),
        # Aggregating queries ignore Meta.ordering, hence the explicit order_by().
        "categories": Category.objects.annotate(
            public_measure_count=Count("measures", filter=public_condition(prefix="measures__"))
        ).order_by("position", "name"),
        "newest": Measure.objects.public().for_cards().newest()[:NEWEST_ON_HOME],
        "total": Measure.objects.public().count(),
    }
    return render(request, "portal/home.html", context)


def about(request):
    origin = Project.objects.filter(slug="strategisk-samverkan-i-skno").first()
    return render(request, "portal/about.html", {"origin_project": origin})


@cached_for_visitors(catalogue_key, scope=ListPages())
def measure_list(request):
    key = list_key(request)
    filterset = list_filterset(request, key)
    result = list_result(filterset, key)
    notices = filterset.notices
    page = paginate(request, result.measures(), settings.PORTAL_PAGE_SIZE, notices)
    request.list_shows = page.object_list.ids
    context = {
        "filterset": filterset,
        "page": page,
        "facets": result.facets,
        "flags": result.flags,
        "suggestions": result.suggestions,
        "chips": filterset.chips(),
        "notices": notices,
        "sorts": MeasureFilter.SORTS,
    }
    # One view for both: htmx asks for the region it swaps, everyone else (and htmx restoring
    # history after Back) for the whole page.
    fragment = wants_fragment(request)
    template = "measures/partials/results.html" if fragment else "measures/measure_list.html"
    return vary_on_htmx(render(request, template, context))


# The page shows the visitor's Min lista (shortlists/partials/add_to_list.html): only visitors
# without a session share the cached copy, and its form gets each visitor's own CSRF token.
@require_safe
@cached_for_visitors(catalogue_key, shows_session=True)
def measure_detail(request, slug):
    measure = get_object_or_404(
        Measure.objects.public()
        .select_related("municipality", "unit", "measure_type", "project")
        .prefetch_related("categories", "target_groups", "needs", "languages", "locations"),
        slug=slug,
    )
    # A TemplateResponse, so the cache can render it with a placeholder for the CSRF token.
    return TemplateResponse(
        request,
        "measures/measure_detail.html",
        {"measure": measure, "similar": measure.similar_in_other_municipalities()},
    )


@require_http_methods(["GET", "HEAD", "POST"])
def report_error(request, slug):
    """The "Rapportera fel" form: anyone may tell the municipality a public page is wrong."""
    measure = get_object_or_404(Measure.objects.public().select_related("municipality"), slug=slug)
    # Bound on every POST, even an empty one, so a blank submission shows its error.
    form = ErrorReportForm(request.POST if request.method == "POST" else None)
    context = {"measure": measure, "form": form}
    if request.method == "POST":
        robot = form.is_from_robot()
        if robot or form.is_valid():
            # One too many is answered with 429 (core.throttling.ThrottleMiddleware).
            reports.ERROR_REPORTS.hit(request)
            # A robot is told what a person would be told, so it learns nothing from the answer.
            if not robot:
                reports.error_report_create(measure=measure, message=form.cleaned_data["message"])
            messages.success(
                request,
                _("Tack! Din rapport har skickats till dem som ansvarar för insatsen."),
            )
            return redirect(measure)
    return render(request, "measures/report_error.html", context)


def project_list(request):
    projects = (
        Project.objects.annotate(
            public_measure_count=Count("measures", filter=public_condition(prefix="measures__"))
        )
        .order_by(F("start_date").desc(nulls_last=True), "name")
        .prefetch_related(Prefetch("partner_municipalities", Municipality.objects.order_by("name")))
    )
    return render(request, "measures/project_list.html", {"projects": projects})


def project_detail(request, slug):
    project = get_object_or_404(
        Project.objects.prefetch_related(
            Prefetch("partner_municipalities", Municipality.objects.order_by("name"))
        ),
        slug=slug,
    )
    measures = project.measures.public().for_cards().order_by("municipality__name", "title")
    page = paginate(request, measures, settings.PORTAL_PAGE_SIZE)
    return render(request, "measures/project_detail.html", {"project": project, "page": page})
