"""Template context every page needs."""

from django.conf import settings


def site(request):
    from measures.models import Measure

    # Lazy: evaluated only by templates that show the banner, at most once per request.
    def showing_examples():
        return Measure.objects.public().filter(is_example=True).exists()

    return {
        "site_name": "Portalen",
        "showing_example_data": showing_examples,
        "page_size": settings.PORTAL_PAGE_SIZE,
    }
