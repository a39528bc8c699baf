"""The list's facet options, rendered once per distinct facet and kept in the shared cache.

With 300 municipalities the options are most of the list page's rendering (some 30 ms at
100 000 measures). Many pages show the same facet with the same counts: the pages and orders of
one list, and after a change, every list the changed measure does not count in. So a facet's
HTML is stored under what it shows (its options' values, labels, counts and choices) and served
from there, rendered by includes/facet_options.html either way.
"""

from django import template
from django.template.loader import render_to_string

from core.cache import cached

register = template.Library()


@register.simple_tag
def facet_options(facet):
    """includes/facet_options.html for `facet` (a measures.facets.Facet)."""
    shows = (
        facet.param,
        tuple((o.value, o.label, o.count, o.selected) for o in facet.options),
    )
    return cached(
        ("facet-options", shows),
        lambda: render_to_string("includes/facet_options.html", {"facet": facet}),
    )
