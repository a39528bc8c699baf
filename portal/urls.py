"""Root URLs: the public pages of each app, the admin and the site-wide pages.

This package is the project's configuration only (settings, urls, wsgi); shared code lives in
the `core` app and every page in the app that owns it.

Swedish pages live at their plain addresses (/insatser/); the English UI at the same addresses
under /en/ (/en/insatser/). The language is in the URL, so switching it needs no cookie.
"""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path

from core.robots import robots_txt
from core.views import accessibility, site_icon
from employers.sitemaps import EmployerSitemap
from inquiries.views import start
from measures import views as measures_views
from measures.sitemaps import SITEMAPS as MEASURE_SITEMAPS

handler500 = "core.views.server_error"

# Listed employers' pages join the catalogue's sections (employers/sitemaps.py).
SITEMAPS = {**MEASURE_SITEMAPS, "arbetsgivare": EmployerSitemap}

urlpatterns = [
    path("admin/", admin.site.urls),
    # The REST API: one address for both languages (docs/api.md).
    path("api/v1/", include("api.urls")),
    # The same public data as Open Referral HSDS 3.0 (docs/open-data.md).
    path("api/hsds/", include("hsds.urls")),
    # Asked for by browsers and phones whatever the page says.
    path("favicon.ico", site_icon, {"name": "favicon.ico"}),
    path("apple-touch-icon.png", site_icon, {"name": "apple-touch-icon.png"}),
    path("apple-touch-icon-precomposed.png", site_icon, {"name": "apple-touch-icon.png"}),
    # One robots.txt and one sitemap for both languages: the sitemap lists each page in both.
    path("robots.txt", robots_txt, name="robots_txt"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
]

urlpatterns += i18n_patterns(
    path("", measures_views.home, name="home"),
    path("start/", start, name="start"),
    path("om/", measures_views.about, name="about"),
    path("tillganglighet/", accessibility, name="accessibility"),
    path("", include("measures.urls")),
    path("kommuner/", include("measures.municipality_urls")),
    path("konto/", include("accounts.urls")),
    path("hantera/forfragningar/", include("inquiries.urls")),
    path("hantera/api-nycklar/", include("api.token_urls")),
    path("hantera/arbetsgivare/", include("employers.dashboard_urls")),
    path("hantera/", include("publishing.urls")),
    path("hitta/", include("guide.urls")),
    path("min-lista/", include("shortlists.urls")),
    path("statistik/", include("insight.urls")),
    path("arbetsgivare/", include("employers.urls")),
    path("samverkan/", include("samverkan.urls")),
    prefix_default_language=False,
)
