"""The sitemap: every public page in Swedish and English, for search engines.

Each page is listed once per language with the other language (and x-default, the Swedish
address) as its alternates. Measures are paged by Django's sitemap index; a page reads only its
own slice of the catalogue, so the sitemap stays cheap at 100 000 measures. Only public measures
(published and inside their visibility window) are listed.
"""

from collections.abc import Sequence

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse

from municipalities.models import Municipality

from .models import Measure, Project, public_condition

# Entries per sitemap page (one per page and language): well under the protocol's 50 000.
ENTRIES_PER_PAGE = 5000


class LanguagePairs(Sequence):
    """(item, language) pairs of an ordered queryset, read a slice at a time.

    Django's i18n sitemap builds every pair in a list before paging; this gives the paginator the
    same sequence without loading more than the requested page's rows.
    """

    def __init__(self, queryset, languages):
        self.queryset = queryset
        self.languages = list(languages)
        self._count = None

    def __len__(self):
        if self._count is None:
            self._count = self.queryset.count() * len(self.languages)
        return self._count

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        start, stop, _ = key.indices(len(self))
        per_item = len(self.languages)
        first, last = start // per_item, -(-stop // per_item)
        pairs = [
            (item, language) for item in self.queryset[first:last] for language in self.languages
        ]
        offset = first * per_item
        return pairs[start - offset : stop - offset]


class PortalSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    limit = ENTRIES_PER_PAGE

    def _urls(self, page, protocol, domain):
        # Django makes x-default by deleting the first "/sv/" from the Swedish address, which
        # assumes a language prefix. Swedish has none here, so a measure whose slug is "sv"
        # would get the list's address. The Swedish address is the default one: use it as is.
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            alternates = {a["lang_code"]: a for a in url.get("alternates", [])}
            if "x-default" in alternates and settings.LANGUAGE_CODE in alternates:
                alternates["x-default"]["location"] = alternates[settings.LANGUAGE_CODE]["location"]
        return urls


class StaticPagesSitemap(PortalSitemap):
    """Pages that are not about one record."""

    PAGES = [
        "home",
        "measures:list",
        "guide:step",
        "municipalities:list",
        "measures:project_list",
        "about",
        "accessibility",
        # The insight app's page; a URL name, not an import (measures imports no app above it).
        "insight:overview",
    ]

    def items(self):
        return self.PAGES

    def location(self, name):
        return reverse(name)


class MeasureSitemap(PortalSitemap):
    def items(self):
        # Ordered, so a page of the sitemap holds the same measures from one request to the next.
        return Measure.objects.public().order_by("pk").only("slug", "updated_at")

    def _items(self):
        return LanguagePairs(self.items(), self._languages())

    def lastmod(self, measure):
        return measure.updated_at

    def get_latest_lastmod(self):
        return Measure.objects.public().aggregate(latest=Max("updated_at"))["latest"]


def _with_latest_change(queryset):
    """Each row with `lastmod`: when the newest of its public measures last changed (its page
    lists them). None when it has none."""
    return queryset.annotate(
        lastmod=Max("measures__updated_at", filter=public_condition(prefix="measures__"))
    ).order_by("pk")


class MunicipalitySitemap(PortalSitemap):
    def items(self):
        return _with_latest_change(Municipality.objects.only("slug"))

    def lastmod(self, municipality):
        return municipality.lastmod

    def get_latest_lastmod(self):
        return Measure.objects.public().aggregate(latest=Max("updated_at"))["latest"]


class ProjectSitemap(PortalSitemap):
    def items(self):
        return _with_latest_change(Project.objects.only("slug"))

    def lastmod(self, project):
        return project.lastmod

    def get_latest_lastmod(self):
        return (
            Measure.objects.public()
            .filter(project__isnull=False)
            .aggregate(latest=Max("updated_at"))["latest"]
        )


SITEMAPS = {
    "sidor": StaticPagesSitemap,
    "insatser": MeasureSitemap,
    "kommuner": MunicipalitySitemap,
    "projekt": ProjectSitemap,
}
