"""The client's address, as every log-in lockout and rate limit counts it.

Behind the load balancer REMOTE_ADDR is the balancer's own address, the same for every visitor.
Each proxy appends the address it saw to X-Forwarded-For, so with `DJANGO_TRUSTED_PROXIES` = N
(the proxies in front of the app servers) the client is the N-th entry from the right. Entries
further left were written by the client, or by proxies nobody vouches for, and may be forged. With
0, the default, the header is ignored: anyone can send it to an app server reached directly.
"""

import ipaddress

from django.conf import settings
from ipware import get_client_ip


def client_ip(request) -> str:
    remote = _plain(request.META.get("REMOTE_ADDR", ""))
    trusted = settings.PORTAL_TRUSTED_PROXIES
    if trusted <= 0:
        return remote
    # ipware counts the proxies listed in the header. The last one (the proxy talking to us) is
    # REMOTE_ADDR and not in it, so N trusted proxies are N - 1 listed ones. Not strict: a forged
    # garbage entry on the left is skipped, and must not make us fall back to the balancer's
    # address, which everyone shares.
    address, _routable = get_client_ip(
        request,
        proxy_order="left-most",
        proxy_count=trusted - 1,
        request_header_order=["HTTP_X_FORWARDED_FOR"],
        strict=False,
    )
    # No header, or fewer entries than proxies: the request did not come through them all.
    return _plain(address) if address else remote


def _plain(raw: str) -> str:
    """`::ffff:192.0.2.1` (an IPv4 client on a dual-stack socket) as `192.0.2.1`."""
    try:
        address = ipaddress.ip_address(raw.strip())
    except ValueError:
        return raw
    if address.version == 6 and address.ipv4_mapped:
        return str(address.ipv4_mapped)
    return str(address)
