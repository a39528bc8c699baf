"""The shared cache for work that depends only on the catalogue (facets, orders, vocabularies).

Keys carry the catalogue version (measures.models.CatalogueState), so any change to a measure
makes every old entry unreachable at once: nothing needs deleting. PORTAL_LIST_CACHE=0 turns
caching off (benchmarks measure both ways).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

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
