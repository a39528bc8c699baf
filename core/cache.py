"""The shared cache for work that depends only on the catalogue (facets, orders, vocabularies).

Keys carry a version the caller passes in (the catalogue's: measures.catalogue.catalogue_key), so
any change to a measure makes every old entry unreachable at once: nothing needs deleting. This
module knows no domain app; the version function is handed to it. PORTAL_LIST_CACHE=0 turns
caching off (benchmarks measure both ways).
"""

import functools
import hashlib
import secrets

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template.response import SimpleTemplateResponse
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


def cached_each(parts: dict, compute) -> dict:
    """{name: value} for each name in `parts` ({name: its key parts}), each remembered on its
    own (one round trip for all); `compute(names)` gives {name: value} for those not stored."""
    if not settings.PORTAL_LIST_CACHE:
        return compute(list(parts))
    keys = {name: cache_key(key_parts) for name, key_parts in parts.items()}
    stored = cache.get_many(list(keys.values()))
    found = {name: stored[key] for name, key in keys.items() if key in stored}
    missing = [name for name in parts if name not in found]
    if missing:
        made = compute(missing)
        cache.set_many({keys[name]: value for name, value in made.items()}, TIMEOUT)
        found.update(made)
    return found


def cached_for_visitors(version, *, shows_session=False, scope=None):
    """Serve a public page from the cache for anonymous visitors, keyed by `version()`.

    Only what is the same for every visitor is stored, so nothing personal or session-bound is
    ever shared between visitors. Logged-in users (who see internal details) and visitors with a
    message waiting always get a freshly rendered page, and so do visitors with a session when
    the page `shows_session` (the state of Min lista).

    A page with a form holds a CSRF token, which is each visitor's own. Its view returns a
    TemplateResponse: the stored copy is rendered with a random placeholder as the token, and
    every answer (the first one too) has the visitor's own token put in its place with
    `get_token`, which also sets the CSRF cookie as for any page with a form. A page that took
    a real token some other way, or set a cookie, is not stored.

    A `scope` narrows what the stored copy depends on, for a page that most changes leave as it
    is: `scope.key(request)` is put in the key instead of the version; `scope.token(request)`,
    after the view, says what the page was made from, and is stored with it. A stored copy is
    served while `scope.check(request, token)` gives a token (stored anew when it is another:
    the page still holds at a later state), and made anew when it gives None.
    """

    def decorator(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            if (
                not settings.PORTAL_LIST_CACHE
                or request.method not in ("GET", "HEAD")
                or request.user.is_authenticated
                or len(get_messages(request))
                # The cookie is enough to tell; the session itself need not be read.
                or (shows_session and request.session.session_key is not None)
            ):
                return view(request, *args, **kwargs)
            # Kept on the request so the view does not read the version a second time.
            request.catalogue_key = version()
            parts = (
                "visitor-page-2",  # (content, type, placeholder, token)
                scope.key(request) if scope else request.catalogue_key,
                get_language(),
                # Scheme and host too: a page may hold absolute links (JSON-LD on measure pages).
                request.build_absolute_uri(),
                wants_fragment(request),
            )
            key = cache_key(parts)
            stored = cache.get(key)
            if stored is not None and scope is not None:
                token = scope.check(request, stored[3])
                if token is None:
                    stored = None
                elif token != stored[3]:
                    stored = (*stored[:3], token)
                    cache.set(key, stored, TIMEOUT)
            if stored is not None:
                content, content_type, placeholder, _token = stored
                response = vary_on_htmx(HttpResponse(content, content_type=content_type))
            else:
                response, placeholder = _render_for_everyone(view(request, *args, **kwargs))
                if (
                    response.status_code == 200
                    and not response.cookies
                    and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
                ):
                    token = scope.token(request) if scope else None
                    stored = (response.content, response["Content-Type"], placeholder, token)
                    cache.set(key, stored, TIMEOUT)
            if placeholder:
                response.content = response.content.replace(
                    placeholder.encode(), get_token(request).encode()
                )
            return response

        return wrapper

    return decorator


def _render_for_everyone(response):
    """(the rendered response, the CSRF placeholder in it or None)."""
    if not isinstance(response, SimpleTemplateResponse) or response.is_rendered:
        return response, None
    # Unguessable, so no text an editor writes can contain it.
    placeholder = f"csrf-placeholder-{secrets.token_hex(16)}"
    # The view's context outranks the context processors, the CSRF one among them.
    response.context_data = {**(response.context_data or {}), "csrf_token": placeholder}
    response.render()
    return response, placeholder if placeholder.encode() in response.content else None
