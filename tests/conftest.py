"""Fixtures shared by every test."""

import os

import pytest

# Playwright's sync API keeps an event loop in the main thread; without this Django refuses
# database access in browser tests (even while creating the test database).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from measures.models import Category, Language, MeasureType, Need, TargetGroup
from municipalities.models import Municipality


@pytest.fixture
def osby(db):
    return Municipality.objects.get(slug="osby")


@pytest.fixture
def hassleholm(db):
    return Municipality.objects.get(slug="hassleholm")


@pytest.fixture
def kristianstad(db):
    return Municipality.objects.get(slug="kristianstad")


@pytest.fixture
def terms(db):
    """The seeded taxonomies by slug: terms["typ"]["arbetstraning"] and so on."""
    return {
        "kategori": {t.slug: t for t in Category.objects.all()},
        "typ": {t.slug: t for t in MeasureType.objects.all()},
        "malgrupp": {t.slug: t for t in TargetGroup.objects.all()},
        "behov": {t.slug: t for t in Need.objects.all()},
        "sprak": {t.slug: t for t in Language.objects.all()},
    }


@pytest.fixture
def editor(db):
    """A redaktör in Osby."""
    from tests.factories import member

    return member("redaktor", "osby", username="osby-redaktor")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate limits and cached pages live in the cache (LocMemCache), which outlives a test."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def fresh_catalogue_index():
    """The catalogue version is bumped when a transaction commits, and a test's transaction
    never does: without this a test could be served the in-memory index an earlier test built
    under the same (unbumped) version."""
    from measures import catalogue

    catalogue._current = None
    yield
    catalogue._current = None


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Tests create many users; the production hasher is slow on purpose."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


SEED_MIGRATIONS = [
    "municipalities.migrations.0002_seed_members",
    "measures.migrations.0002_seed_taxonomies",
    "measures.migrations.0003_seed_projects",
    "municipalities.migrations.0006_seed_english",
    "measures.migrations.0012_seed_english",
    "measures.migrations.0014_seed_search_terms",
    "employers.migrations.0002_seed_placement_kinds",
]


@pytest.fixture(autouse=True)
def seeded_reference_data(request):
    """Transactional tests (browser tests, live server) flush every table when they end; put back
    what the migrations seed (municipalities, taxonomies, projects) before each of them."""
    marker = request.node.get_closest_marker("django_db")
    transactional = marker is not None and (
        marker.kwargs.get("transaction") or (marker.args and marker.args[0])
    )
    if not (transactional or "live_server" in request.fixturenames):
        return
    from importlib import import_module

    from django.apps import apps

    request.getfixturevalue("transactional_db")
    for module in SEED_MIGRATIONS:
        import_module(module).seed(apps, None)


@pytest.fixture(scope="session", autouse=True)
def no_stray_database_sessions_at_the_end(django_db_setup, django_db_blocker):
    """The live server's keep-alive threads (browser tests) may still hold a connection when
    the session ends; PostgreSQL refuses to drop a test database in use. End those sessions
    just before pytest-django drops it."""
    yield
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )


def pytest_collection_modifyitems(config, items):
    """Tests of PostgreSQL's concurrency (marked `postgresql`) are deselected, not skipped, on
    SQLite: `.ci/run` runs the suite on both databases, so each runs where it means something."""
    from django.conf import settings

    if settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
        return
    keep = [item for item in items if item.get_closest_marker("postgresql") is None]
    if len(keep) < len(items):
        config.hook.pytest_deselected(items=[i for i in items if i not in keep])
        items[:] = keep


@pytest.fixture(autouse=True)
def swedish_to_begin_with():
    """Each test starts in Swedish: a request to /en/ in an earlier test leaves English active
    in the thread, and reverse() would then give /en/ addresses."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)
