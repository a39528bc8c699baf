"""CORS for the API: any site may read it with GET or HEAD from a browser, public data only.

Answers carry `Access-Control-Allow-Origin: *` and never `Access-Control-Allow-Credentials`,
so a browser sends no cookie a script could read the answer with, and a member's session never
serves another site. A preflight is granted for GET and HEAD with the headers a conditional GET
needs; not for other methods, and not for `Authorization`: an API token belongs on a server,
not in a web page's script. Everything outside /api/ is left alone.
"""

from django.http import HttpResponse
from django.utils.cache import patch_vary_headers

PREFIX = "/api/"
ALLOWED_METHODS = ("GET", "HEAD")
ALLOWED_HEADERS = ("accept", "accept-language", "if-none-match", "if-modified-since")
EXPOSED_HEADERS = "ETag, Last-Modified, Retry-After"
PREFLIGHT_MAX_AGE = str(24 * 60 * 60)


class ApiCorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(PREFIX):
            return self.get_response(request)
        if request.method == "OPTIONS" and "HTTP_ACCESS_CONTROL_REQUEST_METHOD" in request.META:
            return self.preflight(request)
        response = self.get_response(request)
        if request.method in ALLOWED_METHODS:
            response["Access-Control-Allow-Origin"] = "*"
            response["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
        return response

    def preflight(self, request):
        method = request.META["HTTP_ACCESS_CONTROL_REQUEST_METHOD"].strip().upper()
        asked = request.META.get("HTTP_ACCESS_CONTROL_REQUEST_HEADERS", "")
        headers = {name.strip().lower() for name in asked.split(",") if name.strip()}
        if method not in ALLOWED_METHODS or not headers <= set(ALLOWED_HEADERS):
            # No Access-Control-Allow-* header: the browser refuses the request.
            return HttpResponse(status=403)
        response = HttpResponse(status=204)
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Allow-Methods"] = ", ".join(ALLOWED_METHODS)
        response["Access-Control-Allow-Headers"] = ", ".join(ALLOWED_HEADERS)
        response["Access-Control-Max-Age"] = PREFLIGHT_MAX_AGE
        patch_vary_headers(response, ["Access-Control-Request-Headers"])
        return response
