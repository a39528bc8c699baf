"""Template helpers used across the site."""

from django import template
from django.urls import translate_url

from core import i18n

register = template.Library()


@register.filter
def elided_page_range(page):
    """Page numbers around the current page, with ellipses, for the pagination bar."""
    return page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)


@register.filter
def summary_for(measure, language_code):
    """The measure's summary in the visitor's language when it has one (see Measure.summary_for)."""
    return measure.summary_for(language_code)


@register.filter
def summary_lang(measure, language_code):
    """The `lang` of the text summary_for gives: content is Swedish unless an English summary is."""
    return "en" if language_code == "en" and measure.summary_en else "sv"


@register.filter
def localized(obj, field):
    """`{{ unit|localized:"description" }}`: the English text for English visitors when there is
    one, else the Swedish (see core/i18n.py)."""
    return i18n.localized(obj, field)


@register.filter
def lang_of(obj, field):
    """`lang="{{ unit|lang_of:'description' }}"`: the language of what `localized` shows."""
    return i18n.language_of(obj, field)


@register.simple_tag(takes_context=True)
def this_page_in(context, language_code):
    """The current page's address in another UI language (query string kept)."""
    request = context["request"]
    url = translate_url(request.path, language_code)
    query = request.GET.urlencode()
    return f"{url}?{query}" if query else url
