"""`{% hosting_employers measure user as hosts %}`: the employers a measure's page names."""

from django import template

from ..models import HOSTED_MEASURE_TYPES

register = template.Library()


@register.simple_tag
def hosting_employers(measure, user):
    """Members see every host; everyone else (and the visitors' cached page) the listed ones.

    Only measures of a hosted type (praktik, arbetsträning) ask the database."""
    if measure.measure_type.slug not in HOSTED_MEASURE_TYPES:
        return []
    hosts = measure.host_employers.order_by("name", "pk")
    if user.has_perm("employers.view_employer"):
        return list(hosts)
    return list(hosts.listed())
