"""The list's result cards, each rendered once per state of its measure and kept in the shared
cache.

A change to the catalogue moves the counts of most lists and so makes their pages anew, yet
leaves nearly every card on them as it was. A card shows only its own measure and the terms'
labels, so it is stored under the measure's stamp in the catalogue index (its `updated_at`)
and the index's last change of terms or municipalities, per language, and only for visitors
(whose cards show no internal details). A page whose cards are all stored needs no query.
"""

from django import template
from django.utils.translation import get_language

from core.cache import cached_each
from measures.facets import cards_of

register = template.Library()

TEMPLATE = "includes/measure_card.html"


@register.simple_tag(takes_context=True)
def result_cards(context, cards):
    """includes/measure_card.html for each measure of `cards` (a measures.facets.Cards), in
    order: [html]."""
    request = context.get("request")
    index = getattr(request, "list_index", None)  # set for visitors served by the page cache
    card = context.template.engine.get_template(TEMPLATE)

    def render(measures):
        rendered = {}
        for measure in measures:
            with context.push(measure=measure):
                rendered[measure.pk] = card.render(context)
        return rendered

    if index is None or request.user.is_authenticated:
        return list(render(cards.measures()).values())
    terms = index.content[0]
    language = get_language()
    parts = {
        pk: ("card", pk, stamp, terms, language)
        for pk, stamp in zip(cards.ids, index.stamps_of(cards.ids), strict=True)
        if stamp != -1  # not in the index: not public, left out as the query would
    }
    stored = cached_each(parts, lambda missing: render(cards_of(missing)))
    return [stored[pk] for pk in cards.ids if pk in stored]
