"""Public pages of the municipalities and their units."""

from django.conf import settings
from django.shortcuts import get_object_or_404, render

from measures.models import Measure
from portal.pagination import paginate

from .models import Municipality


def municipality_list(request):
    municipalities = Municipality.objects.with_public_measure_counts().prefetch_related("units")
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
