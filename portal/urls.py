"""Root URLs: the public pages of each app, the admin and the site-wide pages.

Swedish pages live at their plain addresses (/insatser/); the English UI at the same addresses
under /en/ (/en/insatser/). The language is in the URL, so switching it needs no cookie.
"""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from . import views

handler500 = "portal.views.server_error"

urlpatterns = [
    path("admin/", admin.site.urls),
    # Asked for by browsers and phones whatever the page says.
    path("favicon.ico", views.site_icon, {"name": "favicon.ico"}),
    path("apple-touch-icon.png", views.site_icon, {"name": "apple-touch-icon.png"}),
    path("apple-touch-icon-precomposed.png", views.site_icon, {"name": "apple-touch-icon.png"}),
]

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("start/", views.start, name="start"),
    path("om/", views.about, name="about"),
    path("tillganglighet/", views.accessibility, name="accessibility"),
    path("", include("measures.urls")),
    path("kommuner/", include("municipalities.urls")),
    path("konto/", include("accounts.urls")),
    path("hantera/forfragningar/", include("inquiries.urls")),
    path("hantera/", include("publishing.urls")),
    path("hitta/", include("guide.urls")),
    path("min-lista/", include("shortlists.urls")),
    prefix_default_language=False,
)
