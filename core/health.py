"""`/healthz` for load balancers: 200 when the database (and the cache, if shared) answer, else 503.

A middleware rather than a view so it answers before host validation, HTTPS redirects and
sessions: a probe from the balancer's own address must not be turned away or redirected.
"""

import json
import logging

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpResponse

logger = logging.getLogger(__name__)
PATH = "/healthz"
# A reference for benchmarks: the cheapest possible answer through the whole WSGI stack.
PING_PATH = "/ping"


def check_database() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        logger.exception("Health check: database unreachable")
        return False


def check_cache() -> bool:
    try:
        cache.set("healthz", "ok", timeout=10)
        return cache.get("healthz") == "ok"
    except Exception:  # noqa: BLE001 (any client error means the cache is not usable)
        logger.exception("Health check: cache unreachable")
        return False


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == PING_PATH:
            return HttpResponse("ok", content_type="text/plain")
        if request.path.rstrip("/") != PATH:
            return self.get_response(request)
        checks = {"database": check_database()}
        if settings.REDIS_URL:
            checks["cache"] = check_cache()
        healthy = all(checks.values())
        body = {
            "status": "ok" if healthy else "fel",
            **{k: "ok" if v else "fel" for k, v in checks.items()},
        }
        response = HttpResponse(
            json.dumps(body), content_type="application/json", status=200 if healthy else 503
        )
        response["Cache-Control"] = "no-store"
        return response
