"""Request bodies over a size limit are refused with 413 before anything reads them.

gunicorn has no limit on bodies, and Django's DATA_UPLOAD_MAX_MEMORY_SIZE covers only form fields
(uploaded files are streamed to disk whatever their size), so without this a 20 MB POST was read
in full. The limit is checked against Content-Length: Django reads at most that many bytes, and
none at all from a body without it (chunked), so the header bounds what is ever read.

PORTAL_MAX_BODY_BYTES holds for every page; the views named in PORTAL_UPLOAD_VIEWS (the CSV
import) may receive PORTAL_MAX_UPLOAD_BODY_BYTES.
"""

from django.conf import settings
from django.shortcuts import render
from django.urls import Resolver404, resolve


def content_length(request) -> int:
    try:
        return max(int(request.META.get("CONTENT_LENGTH") or 0), 0)
    except ValueError:
        # Django reads nothing of a body whose length it cannot parse.
        return 0


def body_limit(request) -> int:
    """How many bytes the page at `request.path_info` accepts."""
    try:
        view_name = resolve(request.path_info).view_name
    except Resolver404:
        return settings.PORTAL_MAX_BODY_BYTES
    if view_name in settings.PORTAL_UPLOAD_VIEWS:
        return max(settings.PORTAL_MAX_UPLOAD_BODY_BYTES, settings.PORTAL_MAX_BODY_BYTES)
    return settings.PORTAL_MAX_BODY_BYTES


class RequestSizeMiddleware:
    """After LocaleMiddleware (it resolves /en/ paths and answers in the page's language) and
    before anything that reads a body: CsrfViewMiddleware is the first, in process_view."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        length = content_length(request)
        # Only a body over the general limit costs a URL lookup.
        if length > settings.PORTAL_MAX_BODY_BYTES:
            limit = body_limit(request)
            if length > limit:
                return render(request, "413.html", {"limit_mb": limit / (1024 * 1024)}, status=413)
        return self.get_response(request)
