"""Site-wide pages: the home page, the about page and the error pages."""

from django.db.models import Count
from django.shortcuts import render

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
