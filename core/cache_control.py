"""Pages with personal or internal data are never kept by browsers or shared caches.

Every response to a logged-in user, and every page of the rooms that hold inquiries, error
reports, members, exports, accounts and lists (whoever asks), is sent with
`Cache-Control: private, no-store`. A shared computer's Back button, a browser's disk cache or
a proxy then has nothing to give away after the person has logged out.
"""

from django.utils.cache import add_never_cache_headers

# Rooms whose every page is personal or internal, logged in or not (a log-in form, a reset
# link, Min lista, a shared list, a public error report being written).
PRIVATE_NAMESPACES = {"publishing", "inquiries", "accounts", "shortlists", "admin"}
PRIVATE_VIEWS = {"measures:report_error"}


def is_private(request) -> bool:
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return True
    match = getattr(request, "resolver_match", None)
    if match is None:
        return False
    return match.namespace in PRIVATE_NAMESPACES or match.view_name in PRIVATE_VIEWS


class PrivatePagesMiddleware:
    """Adds `private, no-store` (and an Expires in the past) where `is_private` says so."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_private(request):
            add_never_cache_headers(response)
        return response
