"""Requests per client, counted in the shared cache (DRF throttles; docs/api.md).

Anonymous callers are counted by address (core.throttling.by_address: the client as
core.client_ip finds it behind the load balancer, an IPv6 client by its /64), token callers by
token and logged-in members by user, each at its own rate from the settings. As in
core/throttling.py the cache holds a keyed hash, never the address. One too many is answered
with 429 and Retry-After.
"""

from django.conf import settings
from django.utils.crypto import salted_hmac
from rest_framework.throttling import SimpleRateThrottle

from core.throttling import by_address

from .models import ApiToken


def _digest(value: str) -> str:
    return salted_hmac("portal.api.throttle", value).hexdigest()


class AnonymousThrottle(SimpleRateThrottle):
    scope = "api-anonymous"

    def get_rate(self):
        # Read per request (DRF builds a throttle for each), so a changed setting applies.
        return settings.PORTAL_API_RATE_ANONYMOUS

    def get_cache_key(self, request, view):
        if isinstance(request.auth, ApiToken) or request.user.is_authenticated:
            return None
        return f"throttle:{self.scope}:{_digest(by_address(request))}"


class MemberThrottle(SimpleRateThrottle):
    scope = "api-member"

    def get_rate(self):
        return settings.PORTAL_API_RATE_MEMBER

    def get_cache_key(self, request, view):
        if isinstance(request.auth, ApiToken):
            return f"throttle:{self.scope}:{_digest(f'token:{request.auth.pk}')}"
        if request.user.is_authenticated:
            return f"throttle:{self.scope}:{_digest(f'user:{request.user.pk}')}"
        return None
