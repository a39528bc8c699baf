"""Site-wide pages: the home page, the about page and the error pages."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import HttpResponseServerError
from django.shortcuts import redirect, render
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation

from accounts.models import roles_of
from inquiries.models import Inquiry
from measures.models import Category, Measure, Project, public_condition
from municipalities.models import Municipality
from shortlists.models import ShortList

from .cache import cached_for_visitors

NEWEST_ON_HOME = 6
INQUIRIES_ON_START = 5
# The catalogue as a case officer looking for a place elsewhere wants it first.
OPEN_WITH_PLACES = "?oppen_for_andra=1&ledig_plats=1"


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


@login_required
def start(request):
    """Where log-in leads: editors to their dashboard, everyone else to a start page of their own.

    A case officer's work is elsewhere than the dashboard: the inquiries their municipality has
    sent and received, the lists they keep, and the catalogue narrowed to measures that take
    participants from other municipalities and have free places.
    """
    user = request.user
    if user.has_perm("accounts.use_dashboard"):
        return redirect("publishing:dashboard")
    municipalities = list(Municipality.objects.filter(pk__in=roles_of(user)).order_by("name"))
    ours = Q(asking_municipality__in=municipalities) | Q(receiving_municipality__in=municipalities)
    inquiries = Inquiry.objects.filter(ours).for_list().newest()
    context = {
        "municipalities": municipalities,
        "inquiries": inquiries[:INQUIRIES_ON_START],
        "inquiry_count": inquiries.count(),
        "awaiting_answer": Inquiry.objects.filter(receiving_municipality__in=municipalities)
        .awaiting_answer()
        .count(),
        "shortlists": ShortList.objects.owned_by(user).annotate(size=Count("items")),
        "open_with_places": reverse("measures:list") + OPEN_WITH_PLACES,
    }
    return render(request, "portal/start.html", context)


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
