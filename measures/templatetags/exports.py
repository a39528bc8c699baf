"""`{% list_export_url filterset "csv" %}`: the list's measures as a file, same filters."""

from django import template
from django.urls import reverse

from measures import exports

register = template.Library()


@register.simple_tag
def list_export_url(filterset, fmt):
    """The export address with the filters and the sort the list understood."""
    query = filterset.data.urlencode()
    return reverse("measures:export", kwargs={"fmt": fmt}) + (f"?{query}" if query else "")


@register.filter
def fits_in_xlsx(count) -> bool:
    """Whether a workbook may hold this many measures (measures/exports.py)."""
    return count <= exports.XLSX_MAX_MEASURES


@register.simple_tag
def xlsx_max_measures() -> int:
    return exports.XLSX_MAX_MEASURES
