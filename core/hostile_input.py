"""Requests that carry a NUL byte are refused before any view sees them.

No address, parameter or form field of the portal has a use for U+0000, and PostgreSQL refuses
it in text (a view passing it on would answer 500). One check here answers 400 for all of
them, so no view has to remember.
"""

from django.views.defaults import bad_request

NUL = "\x00"
FORM_ENCODED = "application/x-www-form-urlencoded"


def _has_nul(query_dict) -> bool:
    return any(
        NUL in key or any(NUL in value for value in values) for key, values in query_dict.lists()
    )


def carries_nul(request) -> bool:
    if NUL in request.path_info or _has_nul(request.GET):
        return True
    return (
        request.content_type == FORM_ENCODED and request.method == "POST" and _has_nul(request.POST)
    )


class RefuseNulBytesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if carries_nul(request):
            return bad_request(request, ValueError("NUL byte in the request"))
        return self.get_response(request)
