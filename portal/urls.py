"""Root URLs: the public pages of each app, the admin and the site-wide pages."""

from django.contrib import admin
from django.urls import include, path

from . import views

urlpatterns = [
    path("", views.home, name="home"),
    path("om/", views.about, name="about"),
    path("tillganglighet/", views.accessibility, name="accessibility"),
    path("", include("measures.urls")),
    path("kommuner/", include("municipalities.urls")),
    path("konto/", include("accounts.urls")),
    path("hantera/forfragningar/", include("inquiries.urls")),
    path("hantera/", include("publishing.urls")),
    path("hitta/", include("guide.urls")),
    path("min-lista/", include("shortlists.urls")),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
]
