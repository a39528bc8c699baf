"""The portal's URLs plus one view that breaks, for testing the 500 page end to end."""

from django.urls import path

from portal.urls import handler500, urlpatterns  # noqa: F401 (handler500 is read from here)


def broken(request):
    raise RuntimeError("a bug")


urlpatterns = [*urlpatterns, path("trasig/", broken), path("en/trasig/", broken)]
