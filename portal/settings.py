"""Settings for Portalen, read from the environment.

One module for every environment: development defaults are safe to run locally, and production
sets the DJANGO_* variables and DATABASE_URL.
"""

import os
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.core.management.utils import get_random_secret_key
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be an integer, not {value!r}") from exc


DEBUG = env_bool("DJANGO_DEBUG", default=False)

# Production must set its own key. While developing (DJANGO_DEBUG=1) a random one is made at
# each start, so no key ever lives in the repository.
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set (or DJANGO_DEBUG=1 while developing)."
        )
    SECRET_KEY = get_random_secret_key()

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django_filters",
    "rules",
    "simple_history",
    "axes",
    "django_ratelimit",
    "django_htmx",
    "csp",
    "crispy_forms",
    "crispy_bootstrap5",
    "core",
    "accounts",
    "municipalities",
    "measures",
    "publishing",
    "guide",
    "shortlists",
    "inquiries",
    "insight",
    "samverkan",
    "employers",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "api",
    "hsds",
]

MIDDLEWARE = [
    # First: load balancers' probe answers before host checks, HTTPS redirects and sessions.
    "core.health.HealthCheckMiddleware",
    # CORS for /api/ only: GET and HEAD from any origin, never with credentials (api/cors.py).
    # Early, so a preflight is answered before sessions, CSRF or the locale are looked at.
    "api.cors.ApiCorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    # Outside everything that answers a request, so its own answers (lockouts, CSRF failures,
    # conflicts) are covered too.
    "core.cache_control.PrivatePagesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Refuses oversized bodies (413) before anything reads them; after LocaleMiddleware so
    # the page is in the visitor's language.
    "core.request_size.RequestSizeMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After authentication, so its 400 page renders in the site's layout like any other page.
    "core.hostile_input.RefuseNulBytesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Turns a used-up rate limit (core/throttling.py) into 429 and a page.
    "core.throttling.ThrottleMiddleware",
    # Last, as django-axes asks: it turns a lockout into the locked-out page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # django-axes first, so a locked-out user is refused before the password is checked.
    "axes.backends.AxesStandaloneBackend",
    # Then the failure limits per address and per user name (accounts/throttling.py).
    "accounts.throttling.LoginThrottleBackend",
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "core.context_processors.site",
                "measures.context_processors.example_data",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", "") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
    )
}

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite allows one writer: a transaction that reads, then writes (a copy, a restore) takes
    # the write lock at its start instead of failing with "database is locked" when another
    # write came in between, and waits up to 20 s for it. WAL lets readers go on meanwhile.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20, "init_command": "PRAGMA journal_mode=WAL"}
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Swedish by default; English as a second UI language (switcher in the header, or the browser's
# Accept-Language). Content (measures) stays in Swedish, with an English summary where given.
LANGUAGE_CODE = "sv"
LANGUAGES = [("sv", _("Svenska")), ("en", _("Engelska"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# In production whitenoise serves compressed files under content-hashed names (collectstatic
# first); development and tests read the source folders directly.
STATIC_MANIFEST = env_bool("DJANGO_STATIC_MANIFEST", default=False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if STATIC_MANIFEST
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

if STATIC_MANIFEST:
    # Straight after SecurityMiddleware, as whitenoise asks.
    MIDDLEWARE.insert(
        MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
        "whitenoise.middleware.WhiteNoiseMiddleware",
    )

# Cache: Redis when REDIS_URL is set (shared by every app server), else this process's memory.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
            "TIMEOUT": 600,
        }
    }
    # Sessions read from Redis, written through to the database (Redis keeps nothing on disk).
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "portal",
            "TIMEOUT": 600,
        }
    }

# Security headers. HTTPS hardening is on when the site is served over HTTPS (DJANGO_HTTPS=1);
# behind a load balancer that ends TLS, DJANGO_BEHIND_PROXY=1 trusts its X-Forwarded-Proto.
HTTPS = env_bool("DJANGO_HTTPS", default=False)
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31_536_000) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS and env_bool("DJANGO_HSTS_PRELOAD", default=True)
if env_bool("DJANGO_BEHIND_PROXY", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True

# Content-Security-Policy: our own origin only, no inline script or style, no third parties.
# (data: images are Bootstrap's inline SVG icons in its CSS.)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

LOGIN_URL = "accounts:login"
# Each role lands where its work is (inquiries.views.start); a safe ?next= still wins.
LOGIN_REDIRECT_URL = "start"
LOGOUT_REDIRECT_URL = "home"


def email_settings(url: str) -> dict:
    """E-mail settings from EMAIL_URL: `console:` (the default), or
    `smtp://user:password@host:587?tls=1` / `smtps://...` for a real mail server."""
    if not url or url.startswith("console:"):
        return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
    if url.startswith("locmem:"):
        return {"EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend"}
    parsed = urlparse(url)
    if parsed.scheme not in {"smtp", "smtps"}:
        raise ImproperlyConfigured(
            f"EMAIL_URL scheme must be smtp, smtps or console, not {parsed.scheme!r}"
        )
    options = {key: values[-1] for key, values in parse_qs(parsed.query).items()}
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": parsed.hostname or "localhost",
        "EMAIL_PORT": parsed.port or (465 if parsed.scheme == "smtps" else 25),
        "EMAIL_HOST_USER": unquote(parsed.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parsed.password or ""),
        "EMAIL_USE_SSL": parsed.scheme == "smtps",
        "EMAIL_USE_TLS": options.get("tls", "") in {"1", "true", "yes"},
    }


globals().update(email_settings(os.environ.get("EMAIL_URL", "")))
DEFAULT_FROM_EMAIL = os.environ.get(
    "DJANGO_DEFAULT_FROM_EMAIL", "Portalen <noreply@portalen.invalid>"
)

# django-axes: after five failed log-ins for one user name from one address, an hour's lockout.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_CLIENT_IP_CALLABLE = "core.client_ip.client_ip"

# The client's address (core/client_ip.py): how many proxies in front of the app servers
# append to X-Forwarded-For and are trusted to (1 behind the load balancer in
# docs/deployment.md). With 0 the header is ignored and REMOTE_ADDR is the client.
PORTAL_TRUSTED_PROXIES = env_int("DJANGO_TRUSTED_PROXIES", 0)
if PORTAL_TRUSTED_PROXIES < 0:
    raise ImproperlyConfigured("DJANGO_TRUSTED_PROXIES must be 0 or more.")

# Rate limits per hour (core/throttling.py, docs/security.md), counted in the default cache.
# Beside axes' lockout per user name and address: failed log-ins per address whatever the user
# name (password spraying; an office behind one NAT address shares it) and per user name
# whatever the address (one account attacked from many).
PORTAL_LOGIN_FAILURES_PER_ADDRESS = env_int("PORTAL_LOGIN_FAILURES_PER_ADDRESS", 20)
PORTAL_LOGIN_FAILURES_PER_USERNAME = env_int("PORTAL_LOGIN_FAILURES_PER_USERNAME", 10)
PORTAL_PASSWORD_RESETS_PER_ADDRESS = env_int("PORTAL_PASSWORD_RESETS_PER_ADDRESS", 5)
PORTAL_PASSWORD_RESETS_PER_EMAIL = env_int("PORTAL_PASSWORD_RESETS_PER_EMAIL", 3)
PORTAL_INQUIRIES_PER_HOUR = env_int("PORTAL_INQUIRIES_PER_HOUR", 20)
# django-ratelimit's own key="ip", should a view use it, reads the same address.
RATELIMIT_IP_META_KEY = "core.client_ip.client_ip"
SILENCED_SYSTEM_CHECKS = [
    # django-ratelimit knows only django-redis; Django's own RedisCache counts atomically too
    # (SET NX and INCR).
    "django_ratelimit.W001",
]
if not REDIS_URL:
    # Without Redis each process counts alone (a documented fallback, and what tests use).
    SILENCED_SYSTEM_CHECKS.append("django_ratelimit.E003")

# Request bodies (core/request_size.py): larger ones get 413 before they are read. gunicorn
# has no body limit of its own. The CSV import may send more; its file limit is lower, so a file
# somewhat too large gets a form error there rather than the 413 page.
PORTAL_MAX_BODY_BYTES = env_int("PORTAL_MAX_BODY_BYTES", 1024 * 1024)
PORTAL_MAX_UPLOAD_BODY_BYTES = env_int("PORTAL_MAX_UPLOAD_BODY_BYTES", 5 * 1024 * 1024)
PORTAL_UPLOAD_VIEWS = {"publishing:measure_import"}
PORTAL_CSV_IMPORT_MAX_BYTES = env_int("PORTAL_CSV_IMPORT_MAX_BYTES", 2 * 1024 * 1024)

# The portal's own address, for links in e-mails sent outside a request (cron commands).
PORTAL_BASE_URL = os.environ.get("PORTAL_BASE_URL", "http://127.0.0.1:8000").rstrip("/")

# A published measure not confirmed for this many days is overdue for verification.
PORTAL_VERIFY_DAYS = env_int("PORTAL_VERIFY_DAYS", 180)
# "Rapportera fel": how many reports one address may send per hour.
PORTAL_ERROR_REPORTS_PER_HOUR = env_int("PORTAL_ERROR_REPORTS_PER_HOUR", 5)
# /insatser/export.*: how many files one address may download per hour (a whole-catalogue CSV is
# seconds of a worker; the API and the feeds serve machines that want more).
PORTAL_EXPORTS_PER_HOUR = env_int("PORTAL_EXPORTS_PER_HOUR", 60)

# Cache the list page's facet counts and result order per catalogue version (invalidated by any
# change to a measure). Off only to measure the uncached cost in benchmarks.
PORTAL_LIST_CACHE = env_bool("PORTAL_LIST_CACHE", default=True)
# Each new app-server worker builds the catalogue index and its word index before its first
# request (portal/wsgi.py), instead of making that request wait.
PORTAL_WARM_START = env_bool("PORTAL_WARM_START", default=True)

# Public list pages: how many measures a page shows.
PORTAL_PAGE_SIZE = 20
# Free-text queries longer than this are cut (and the visitor told so).
PORTAL_MAX_QUERY_LENGTH = 200

# The REST API (api/, docs/api.md): read-only JSON, no browsable HTML pages (their inline
# scripts would need a looser CSP; /api/v1/docs/ is the documentation).
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "api.authentication.ApiTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_THROTTLE_CLASSES": [
        "api.throttling.AnonymousThrottle",
        "api.throttling.MemberThrottle",
    ],
    "DEFAULT_METADATA_CLASS": None,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    # `format` is a filter of the measures list (as on /insatser/), not a renderer choice.
    "URL_FORMAT_OVERRIDE": None,
}
# Requests per client (docs/api.md): anonymous callers by address, token and session callers by
# token or user. Counted in the default cache (Redis in production: all servers together).
PORTAL_API_RATE_ANONYMOUS = os.environ.get("PORTAL_API_RATE_ANONYMOUS", "120/min")
PORTAL_API_RATE_MEMBER = os.environ.get("PORTAL_API_RATE_MEMBER", "600/min")
# The API's largest page (?page_size=); the default is PORTAL_PAGE_SIZE, as on /insatser/.
PORTAL_API_MAX_PAGE_SIZE = 100
SPECTACULAR_SETTINGS = {
    "TITLE": "Portalen API",
    "DESCRIPTION": (
        "Read-only access to the combined offering of labour-market measures in Skåne Nordost: "
        "measures, municipalities, units, ESF projects and the taxonomies. See docs/api.md."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI's files from the portal itself (drf-spectacular-sidecar): no CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "SCHEMA_PATH_PREFIX": "/api/v1",
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}
