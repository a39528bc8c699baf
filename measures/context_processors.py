"""Template context from the catalogue that every page's layout needs."""

from .models import Measure


def example_data(request):
    # Lazy: evaluated only by templates that show the banner, at most once per request.
    def showing_examples():
        return Measure.objects.public().filter(is_example=True).exists()

    return {"showing_example_data": showing_examples}
