"""The 429 answer and django-ratelimit's place in the deployment (core/throttling.py)."""

from django.test import RequestFactory
from django_ratelimit.exceptions import Ratelimited

from core.throttling import ThrottleMiddleware
from tests.core.test_deployment import PRODUCTION_ENV, manage


def test_django_ratelimits_own_refusal_is_a_429_page_not_a_403(db):
    middleware = ThrottleMiddleware(lambda request: None)
    request = RequestFactory().post("/")

    response = middleware.process_exception(request, Ratelimited())

    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert "Försök igen om ungefär 60 minuter." in response.content.decode()


def test_other_permission_errors_are_left_alone(db):
    from django.core.exceptions import PermissionDenied

    middleware = ThrottleMiddleware(lambda request: None)

    assert middleware.process_exception(RequestFactory().get("/"), PermissionDenied()) is None


def test_check_deploy_is_clean_with_redis_as_the_shared_cache():
    # Django's own RedisCache counts atomically; django-ratelimit only knows django-redis.
    env = {**PRODUCTION_ENV, "REDIS_URL": "redis://127.0.0.1:6379/15"}

    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


class BrokenCache:
    """A cache whose server is gone: every call fails as the Redis client does."""

    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

        return fail


def test_with_the_shared_cache_down_a_limited_form_still_works(client, db, monkeypatch):
    """Fail open: a report is stored and thanked for, never a 500, when Redis is unreachable."""
    from django_ratelimit import core

    from measures.models import ErrorReport
    from tests.factories import MeasureFactory

    measure = MeasureFactory()
    monkeypatch.setattr(core, "caches", {"default": BrokenCache()})

    response = client.post(
        f"/insatser/{measure.slug}/rapportera-fel/",
        {"message": "Telefonnumret till enheten stämmer inte längre."},
    )

    assert response.status_code in (200, 302)
    assert ErrorReport.objects.filter(measure=measure).count() == 1
