"""Template helpers for inquiries: whether the "Fråga om plats" button belongs on a page."""

from django import template

from inquiries.models import asking_municipality_ids

register = template.Library()


@register.filter
def may_ask_about(user, measure) -> bool:
    """Has `user` a municipality, other than the measure's, on whose behalf to ask?"""
    return bool(asking_municipality_ids(user, measure))
