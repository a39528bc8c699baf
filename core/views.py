"""Site-wide pages that need no domain app: accessibility, the 500 page and the site icons."""

from django.conf import settings
from django.http import HttpResponseServerError
from django.shortcuts import redirect, render
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation


def accessibility(request):
    return render(request, "portal/accessibility.html")


def server_error(request):
    """The 500 page, rendered without the database or the request's context processors.

    Whatever broke (the database, a template tag, a context processor) must not break the page
    saying so; the language comes from the address alone.
    """
    language = "en" if request.path.startswith("/en/") else settings.LANGUAGE_CODE
    with translation.override(language):
        html = loader.render_to_string(
            "500.html",
            {"home_url": reverse("home"), "list_url": reverse("measures:list")},
        )
    return HttpResponseServerError(html)


def site_icon(request, name):
    """Browsers and phones ask for their icons at the root; the files live in static/icons/."""
    return redirect(static(f"icons/{name}"), permanent=True)
