"""HSDS's paging object: `page` and `per_page` in, `total_items`, `total_pages`, `page_number`,
`size`, `first_page`, `last_page`, `empty` and `contents` out. The database counts and slices;
the page is read with LIMIT and OFFSET."""

import math
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _
from rest_framework.exceptions import NotFound

from . import params

# `minimal` answers hold two fields a record, and HSDS asks for them all in one call if it can.
MINIMAL_MAX_PER_PAGE = 1000


@dataclass(frozen=True)
class Paging:
    number: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return math.ceil(self.total / self.per_page)

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.per_page

    def window(self, items):
        """This page of `items` (a queryset: LIMIT/OFFSET in the database, or a list)."""
        return items[self.offset : self.offset + self.per_page]

    def envelope(self, contents: list) -> dict:
        return {
            "total_items": self.total,
            "total_pages": self.pages,
            "page_number": self.number,
            "size": self.per_page,
            "first_page": self.number == 1,
            "last_page": self.number >= self.pages,
            "empty": not contents,
            "contents": contents,
        }


def paging(request, total, *, minimal: bool = False) -> Paging:
    """The requested page of `total` items (an int, or a callable counting them once the
    parameters are known good); 404 for a page past the last (page 1 always exists)."""
    maximum = MINIMAL_MAX_PER_PAGE if minimal else settings.PORTAL_API_MAX_PAGE_SIZE
    per_page = params.whole(request, "per_page", default=settings.PORTAL_PAGE_SIZE, maximum=maximum)
    number = params.whole(request, "page", default=1)
    total = total() if callable(total) else total
    result = Paging(number, per_page, total)
    if number > 1 and number > result.pages:
        raise NotFound(
            _("Sidan %(page)s finns inte: det finns %(pages)s sidor med %(size)s per sida.")
            % {"page": number, "pages": result.pages, "size": per_page}
        )
    return result
