"""The list's facet options, rendered once per distinct facet and kept in the shared cache.

With 300 municipalities the options are most of the list page's rendering (some 30 ms at
100 000 measures). What a facet's HTML depends on splits in two: its options (values, labels,
which are ticked), the same on every page of a list and before and after most changes, and
their counts, which move with nearly every change to the catalogue. So includes/
facet_options.html is rendered once per set of options, with a placeholder where each count
goes, and stored as the pieces between the counts; a page puts its own counts between them.
"""

import dataclasses
import secrets

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from core.cache import cached

register = template.Library()

TEMPLATE = "includes/facet_options.html"


@register.simple_tag
def facet_options(facet):
    """includes/facet_options.html for `facet` (a measures.facets.Facet)."""
    options = tuple((o.value, o.label, o.selected) for o in facet.options)
    pieces = cached(("facet-pieces", facet.param, options, get_language()), lambda: _pieces(facet))
    if pieces is None:  # the template shows a count other than as text (see _pieces)
        return render_to_string(TEMPLATE, {"facet": facet})
    counts = [str(option.count) for option in facet.options] + [""]
    # The pieces are the template's own escaped output and a count is digits only.
    return mark_safe("".join(piece + count for piece, count in zip(pieces, counts, strict=True)))


def _pieces(facet):
    """The facet rendered with an unguessable placeholder as each count, split at them: one
    piece more than there are options. None when the template does not show each count exactly
    once, as text (a count in a condition or a filter would make the pieces wrong)."""
    placeholder = f"count-{secrets.token_hex(8)}"
    stand_in = dataclasses.replace(
        facet, options=[dataclasses.replace(o, count=placeholder) for o in facet.options]
    )
    pieces = render_to_string(TEMPLATE, {"facet": stand_in}).split(placeholder)
    if len(pieces) != len(facet.options) + 1:
        return None
    return pieces
