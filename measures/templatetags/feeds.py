"""`{% list_feed_url filterset %}`: the Atom feed of the measures a filtered list shows."""

from django import template
from django.urls import reverse

from measures.feeds import list_query

register = template.Library()


@register.simple_tag
def list_feed_url(filterset=None):
    """The feed address with the list's understood filters (none: the whole catalogue)."""
    query = list_query(filterset) if filterset is not None else ""
    return reverse("measures:feed") + query
