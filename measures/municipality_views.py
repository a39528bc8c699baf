"""The municipalities' public pages: each with its number of public measures, and its measures.

They live here rather than in `municipalities`, which knows nothing of measures: the pages are
views of the catalogue by municipality.
"""

from django.conf import settings
from django.db.models import Count
from django.shortcuts import get_object_or_404, render

from core.collation import Swedish
from core.pagination import paginate
from municipalities.models import Municipality

from .models import Measure, public_condition


def with_public_measure_counts(municipalities):
    """The municipalities in Swedish name order, each with `public_measure_count`."""
    # Aggregating queries ignore Meta.ordering, hence the explicit order_by().
    return municipalities.annotate(
        public_measure_count=Count("measures", filter=public_condition(prefix="measures__"))
    ).order_by(Swedish("name"))


def municipality_list(request):
    municipalities = with_public_measure_counts(Municipality.objects.prefetch_related("units"))
    return render(
        request,
        "municipalities/municipality_list.html",
        {
            "members": [m for m in municipalities if m.is_skno_member],
            "others": [m for m in municipalities if not m.is_skno_member],
        },
    )


def municipality_detail(request, slug):
    municipality = get_object_or_404(Municipality.objects.prefetch_related("units"), slug=slug)
    measures = Measure.objects.public().in_municipality(municipality).for_cards().order_by("title")
    page = paginate(request, measures, settings.PORTAL_PAGE_SIZE)
    return render(
        request,
        "municipalities/municipality_detail.html",
        {"municipality": municipality, "page": page},
    )
