"""The shared cache for work that depends only on the catalogue (facets, orders, vocabularies).

Keys carry a version the caller passes in (the catalogue's: measures.catalogue.catalogue_key), so
any change to a measure makes every old entry unreachable at once: nothing needs deleting. This
module knows no domain app; the version function is handed to it. PORTAL_LIST_CACHE=0 turns
caching off (benchmarks measure both ways).
"""

import functools
import hashlib

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.translation import get_language

from .fragments import vary_on_htmx, wants_fragment

TIMEOUT = 600


def cache_key(parts) -> str:
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:40]
    return f"portal:{parts[0]}:{digest}"


def cached(parts, compute):
    """compute(), remembered under `parts` when the list cache is on."""
    if not settings.PORTAL_LIST_CACHE:
        return compute()
    key = cache_key(parts)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, TIMEOUT)
    return value


def cached_for_visitors(version):
    """Serve a public page from the cache for anonymous visitors, keyed by `version()`.

    Only plain GET pages that set no cookie and carry no CSRF token are stored, so nothing
    personal or session-bound is ever shared between visitors. Logged-in users (who see internal
    details) always get a freshly rendered page.
    """

    def decorator(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            if (
                not settings.PORTAL_LIST_CACHE
                or request.method != "GET"
                or request.user.is_authenticated
                or len(get_messages(request))
            ):
                return view(request, *args, **kwargs)
            # Kept on the request so the view does not read the version a second time.
            request.catalogue_key = version()
            parts = (
                "page",
                request.catalogue_key,
                get_language(),
                request.get_full_path(),
                wants_fragment(request),
            )
            key = cache_key(parts)
            stored = cache.get(key)
            if stored is not None:
                content, content_type = stored
                return vary_on_htmx(HttpResponse(content, content_type=content_type))
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and callable(response.render):
                response = response.render()
            if (
                response.status_code == 200
                and not response.cookies
                and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
                and not request.META.get("CSRF_COOKIE_USED")
            ):
                cache.set(key, (response.content, response["Content-Type"]), TIMEOUT)
            return response

        return wrapper

    return decorator
