"""WSGI entry point for Portalen (gunicorn and other WSGI servers)."""

import logging
import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
application = get_wsgi_application()

# Import every app's URLs and views while the worker starts rather than on its first request
# (0.4–0.7 s on the 2-core machine): the first visitor of a new worker should not wait for it.
get_resolver().check()

# Build the catalogue index and its word index too (PORTAL_WARM_START, on by default): gunicorn
# calls this in each new worker before it takes a request, so while it warms the other workers
# answer. A database that cannot be read yet only costs the first request the wait, as before.
if settings.PORTAL_WARM_START:
    from measures.search import warm_up

    try:
        warm_up()
    except Exception:  # noqa: BLE001 (any database error: the worker must still start)
        logging.getLogger(__name__).warning("Warm start skipped: the catalogue is unreadable")
