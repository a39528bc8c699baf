"""Pagination for public lists: a page past the end is a 404, a malformed number a notice."""

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404
from django.utils.translation import gettext as _

from .params import whole_number


def paginate(request, queryset, per_page, notices=None):
    """The requested page of `queryset`.

    `?page=abc` shows the first page and adds a notice; `?page=0` or a page past the end raises
    Http404, since such a link points at nothing.
    """
    paginator = Paginator(queryset, per_page)
    raw = request.GET.get("page", "").strip()
    number = 1
    if raw:
        parsed = whole_number(raw)
        if parsed is not None:
            number = parsed
        elif len(raw) > 9 and raw.isascii() and raw.isdigit():
            # A page number this large points past the end of any list.
            raise Http404(_("Sidan finns inte."))
        elif notices is not None:
            notices.append(
                _("Sidnumret ”%(page)s” förstods inte; sidan 1 visas.") % {"page": raw[:20]}
            )
    try:
        return paginator.page(number)
    except EmptyPage as exc:
        raise Http404(_("Sidan finns inte.")) from exc
