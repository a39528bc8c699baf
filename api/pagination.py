"""Page-number pagination for every API list: `page` and `page_size` (capped), read leniently.

`page` is read as /insatser/ reads it (core.pagination): malformed means page 1 and a warning,
a page past the end is 404. `page_size` defaults to the list page's size (PORTAL_PAGE_SIZE), so
the same `page` holds the same measures in the API and on the web; above
PORTAL_API_MAX_PAGE_SIZE it is capped, and a malformed one is the default, each with a warning.
"""

from django.conf import settings
from django.utils.translation import gettext as _
from rest_framework.utils.urls import replace_query_param

from core.pagination import paginate
from core.params import read_number

PAGE_SIZE_LIMIT = 10**6


def page_size(request, warnings: list) -> int:
    maximum = settings.PORTAL_API_MAX_PAGE_SIZE
    reading = read_number(request.GET, "page_size", minimum=1, maximum=PAGE_SIZE_LIMIT)
    for value in reading.dropped:
        warnings.append(
            _("page_size: ”%(value)s” är inte ett heltal från 1 till %(max)s; %(default)s används.")
            % {"value": value, "max": maximum, "default": settings.PORTAL_PAGE_SIZE}
        )
    if not reading.value:
        return settings.PORTAL_PAGE_SIZE
    size = int(reading.value)
    if size > maximum:
        warnings.append(_("page_size: högst %(max)s per sida; %(max)s används.") % {"max": maximum})
        return maximum
    return size


def page_of(request, items, warnings: list):
    """The requested page of `items` (a sequence or queryset); Http404 past the end."""
    return paginate(request, items, page_size(request, warnings), warnings)


def envelope(request, page, results, warnings) -> dict:
    url = request.build_absolute_uri()
    return {
        "count": page.paginator.count,
        "page": page.number,
        "pages": page.paginator.num_pages,
        "page_size": page.paginator.per_page,
        "next": replace_query_param(url, "page", page.next_page_number())
        if page.has_next()
        else None,
        "previous": replace_query_param(url, "page", page.previous_page_number())
        if page.has_previous()
        else None,
        "warnings": [str(warning) for warning in warnings],
        "results": results,
    }
