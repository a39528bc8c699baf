"""Template helpers used across the site."""

from django import template

register = template.Library()


@register.filter
def elided_page_range(page):
    """Page numbers around the current page, with ellipses, for the pagination bar."""
    return page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
