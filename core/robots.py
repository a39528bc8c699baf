"""/robots.txt: crawlers may read the public pages, never the staff, account or personal ones.

It names the sitemap by its absolute address, as the robots.txt convention asks. The private
rooms are listed for every UI language (the English ones live under /en/).
"""

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

# Rooms of staff and of a visitor's own things (under each language's prefix).
PRIVATE_PREFIXES = ["hantera/", "konto/", "min-lista/", "start/"]
# The list's filter combinations are endless and each is a page of measures the sitemap already
# lists; its files (/insatser/export.csv and so on) hold the same measures and cost a read of
# every one; the error-report form is for people.
NOT_FOR_CRAWLERS = ["insatser/?", "insatser/export.", "insatser/*/rapportera-fel/"]


def language_prefixes() -> list[str]:
    """ "/" for the default language (no prefix), "/en/" and so on for the others."""
    return ["/"] + [
        f"/{code}/" for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
    ]


@require_GET
def robots_txt(request):
    disallowed = ["/admin/"] + [
        prefix + path
        for prefix in language_prefixes()
        for path in PRIVATE_PREFIXES + NOT_FOR_CRAWLERS
    ]
    context = {
        "disallowed": disallowed,
        "sitemap_url": request.build_absolute_uri(reverse("sitemap")),
    }
    return render(request, "core/robots.txt", context, content_type="text/plain; charset=utf-8")
