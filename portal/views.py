"""Site-wide pages: the home page, the about page and the error pages."""

from django.conf import settings
from django.db.models import Count
from django.http import HttpResponseServerError
from django.shortcuts import redirect, render
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation

from measures.models import Category, Measure, Project, public_condition
from municipalities.models import Municipality

from .cache import cached_for_visitors

NEWEST_ON_HOME = 6


@cached_for_visitors
def home(request):
    context = {
        "municipalities": Municipality.objects.members().with_public_measure_counts(),
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


def accessibility(request):
    return render(request, "portal/accessibility.html")


def server_error(request):
    """The 500 page, rendered without the database or the request's context processors.

    Whatever broke (the database, a template tag, a context processor) must not break the page
    saying so; the language comes from the address alone.
    """
    language = "en" if request.path.startswith("/en/") else settings.LANGUAGE_CODE
    with translation.override(language):
        html = loader.render_to_string(
            "500.html",
            {"home_url": reverse("home"), "list_url": reverse("measures:list")},
        )
    return HttpResponseServerError(html)


def site_icon(request, name):
    """Browsers and phones ask for their icons at the root; the files live in static/icons/."""
    return redirect(static(f"icons/{name}"), permanent=True)
