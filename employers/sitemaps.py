"""Listed employers' public pages in the sitemap (both languages). Only `Employer.objects.listed()`:
an employer without a dated consent is never named to a search engine."""

from django.db.models import Max

from measures.sitemaps import LanguagePairs, PortalSitemap

from .models import Employer


class EmployerSitemap(PortalSitemap):
    def items(self):
        return Employer.objects.listed().order_by("pk").only("pk", "updated_at")

    def _items(self):
        return LanguagePairs(self.items(), self._languages())

    def lastmod(self, employer):
        return employer.updated_at

    def get_latest_lastmod(self):
        return Employer.objects.listed().aggregate(latest=Max("updated_at"))["latest"]
