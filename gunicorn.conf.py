"""gunicorn settings for Portalen; every value can be overridden from the environment."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 1))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then so a slow leak can never grow without bound.
max_requests = 2000
max_requests_jitter = 200
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
# No query strings in the access log: the guided search carries a visitor's answers there.
access_log_format = '%(h)s %(t)s "%(m)s %(U)s" %(s)s %(b)s %(L)ss'
# Control characters in a path or header are escaped, so nobody can write a line of their own.
logger_class = "core.access_log.EscapingLogger"
# Request limits (docs/security.md). The request line holds the path and query string (the
# guided search and the filters put their answers there); headers are counted and bounded
# one by one. gunicorn has no limit on bodies: the app refuses those over PORTAL_MAX_BODY_BYTES
# before reading them (core/request_size.py), and a balancer in front may cap them too.
limit_request_line = int(os.environ.get("GUNICORN_LIMIT_REQUEST_LINE", 4094))
limit_request_fields = int(os.environ.get("GUNICORN_LIMIT_REQUEST_FIELDS", 50))
limit_request_field_size = int(os.environ.get("GUNICORN_LIMIT_REQUEST_FIELD_SIZE", 8190))
wsgi_app = "portal.wsgi:application"
