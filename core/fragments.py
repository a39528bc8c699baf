"""Which requests get a fragment (the swapped region) and which the whole page.

htmx asks for a region when a filter changes, and sends the same `HX-Request` header when the
person presses Back and htmx has no snapshot of the page: then it needs the whole page (with
header and footer) and says so with `HX-History-Restore-Request`. Responses that differ by the
header say `Vary: HX-Request`, so neither the browser nor a cache hands one out for the other.
"""

from django.utils.cache import patch_vary_headers


def wants_fragment(request) -> bool:
    htmx = getattr(request, "htmx", None)
    return bool(htmx) and not htmx.history_restore_request


def vary_on_htmx(response):
    patch_vary_headers(response, ["HX-Request", "HX-History-Restore-Request"])
    return response
