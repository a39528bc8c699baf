"""Rate limits that hold across processes and servers, and the 429 page that answers them.

Every limit counts in the default cache through django-ratelimit: in Redis when REDIS_URL is set,
so all app servers count together; without it each process counts alone (docs/security.md).
Counts run in fixed windows of an hour. A key is a keyed hash (SECRET_KEY) of the address, user
or user name it counts, so the cache never holds one: a plain hash of an IPv4 address could be
turned back by trying all four billion.
"""

import ipaddress
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.crypto import salted_hmac
from django_ratelimit.core import get_usage
from django_ratelimit.exceptions import Ratelimited

from .client_ip import client_ip

HOUR = 60 * 60
logger = logging.getLogger(__name__)


def by_address(request) -> str:
    """The client's address; for IPv6 its /64, since one household or phone holds all of it."""
    raw = client_ip(request)
    try:
        address = ipaddress.ip_address(raw)
    except ValueError:
        return raw
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def by_user(request) -> str:
    return str(request.user.pk)


@dataclass(frozen=True)
class Limit:
    """At most `settings.<setting>` counted events per hour for each value of `key`.

    `title` and `message` tell the person refused what was limited; the page adds when to try
    again.
    """

    group: str
    setting: str
    key: Callable = by_address
    title: str = ""
    message: str = ""

    def _usage(self, request, *, increment: bool, value: str | None):
        value = self.key(request) if value is None else value
        digest = salted_hmac(f"portal.throttling.{self.group}", value).hexdigest()
        try:
            return get_usage(
                request,
                group=self.group,
                key=lambda _group, _request: digest,
                rate=f"{getattr(settings, self.setting)}/h",
                increment=increment,
            )
        except Exception:  # noqa: BLE001 (any cache client error: Redis down, timeouts)
            # Fail open: with the shared cache gone, a person must still be able to log in,
            # ask for a place or report an error. /healthz reports the cache as down, and
            # axes keeps locking out per user name and address in the database.
            logger.warning("Rate limit %s not checked: the cache is unavailable", self.group)
            return None

    def check(self, request, value: str | None = None) -> None:
        """Refuse (raise Throttled) if the limit is used up; counts nothing."""
        usage = self._usage(request, increment=False, value=value)
        if usage is not None and usage["count"] >= usage["limit"]:
            raise Throttled(self, usage["time_left"])

    def count(self, request, value: str | None = None) -> None:
        """Count one event (a failed log-in) that the next check will see."""
        self._usage(request, increment=True, value=value)

    def hit(self, request, value: str | None = None) -> None:
        """Count this request, and refuse it if it is one too many."""
        usage = self._usage(request, increment=True, value=value)
        if usage is not None and usage["should_limit"]:
            raise Throttled(self, usage["time_left"])


class Throttled(Ratelimited):
    """A limit is used up; `retry_after` seconds until its window ends."""

    def __init__(self, limit: Limit, seconds_left: int):
        super().__init__(limit.group)
        self.limit = limit
        # django-ratelimit says -1 when the cache could not count; an hour is the longest wait.
        self.retry_after = seconds_left if seconds_left > 0 else HOUR


def limit_posts(*limits: Limit):
    """View decorator: every POST counts against each of `limits`; one too many gets the 429."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method == "POST":
                for limit in limits:
                    limit.hit(request)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def too_many_requests(request, refusal: Ratelimited):
    retry_after = getattr(refusal, "retry_after", HOUR)
    limit = getattr(refusal, "limit", None)
    response = render(
        request,
        "429.html",
        {
            "title": getattr(limit, "title", ""),
            "message": getattr(limit, "message", ""),
            "minutes": math.ceil(retry_after / 60),
        },
        status=429,
    )
    response["Retry-After"] = str(retry_after)
    add_never_cache_headers(response)
    return response


class ThrottleMiddleware:
    """Answers a used-up limit with 429 and the page that says when to try again.

    Views raise Throttled (or django-ratelimit's Ratelimited, a PermissionDenied that would
    otherwise be a 403). An authentication backend cannot raise past Django, which turns its
    PermissionDenied into a failed log-in, so it leaves the refusal in `request.throttled`.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        refusal = getattr(request, "throttled", None)
        if refusal is not None:
            return too_many_requests(request, refusal)
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, Ratelimited):
            return too_many_requests(request, exception)
        return None
