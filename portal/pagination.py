"""Pagination for public lists: a page past the end is a 404, a malformed number a notice."""

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404
from django.utils.translation import gettext as _


def paginate(request, queryset, per_page, notices=None):
    """The requested page of `queryset`.

    `?page=abc` shows the first page and adds a notice; `?page=0` or a page past the end raises
    Http404, since such a link points at nothing.
    """
    paginator = Paginator(queryset, per_page)
    raw = request.GET.get("page", "").strip()
    number = 1
    if raw:
        if raw.isdigit():
            number = int(raw)
        elif notices is not None:
            notices.append(
                _("Sidnumret ”%(page)s” förstods inte; sidan 1 visas.") % {"page": raw[:20]}
            )
    try:
        return paginator.page(number)
    except EmptyPage as exc:
        raise Http404(_("Sidan finns inte.")) from exc
