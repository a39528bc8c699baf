"""Site-wide pieces of Portalen: settings, root URLs, WSGI/ASGI and shared views."""
