"""Template context every page needs."""

from django.conf import settings


def site(request):
    return {"site_name": "Portalen", "page_size": settings.PORTAL_PAGE_SIZE}
