"""Atom feeds of new and changed public measures: the whole list (with its filters) and one
municipality's measures.

A feed holds what the public list shows for the same parameters (one FilterSet for both),
newest change first, and public fields only: title, summary, municipality, unit, type and BIP
categories. Never the internal ones (contact person, price, referral instructions, the exact
number of free places).
"""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.cache import cached_for_visitors
from municipalities.models import Municipality

from .catalogue import catalogue_key
from .listing import list_filterset, list_key, refusal
from .models import Measure

# Feed readers poll; a bounded feed keeps each poll cheap whatever the catalogue's size.
FEED_ENTRIES = 50


@dataclass
class FeedSource:
    """What one request's feed is about: its title, the page it mirrors and its measures."""

    title: str
    page_url: str
    self_url: str
    measures: QuerySet


def newest_changes(measures: QuerySet) -> QuerySet:
    """Public fields for the entries, most recently changed first, at most FEED_ENTRIES."""
    return (
        measures.select_related("municipality", "unit", "measure_type")
        .prefetch_related("categories")
        .order_by("-updated_at", "-pk")[:FEED_ENTRIES]
    )


class MeasureFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, source):
        return source

    def title(self, source):
        return source.title

    def link(self, source):
        return source.page_url

    def feed_url(self, source):
        return source.self_url

    def subtitle(self, source):
        return _("Nya och ändrade arbetsmarknadsinsatser i Skåne Nordost, senast ändrade först.")

    def author_name(self):
        return "Portalen"

    def items(self, source):
        return newest_changes(source.measures)

    def item_title(self, measure):
        # Atom titles are text, not HTML: the title as the editor wrote it.
        return measure.title

    def item_description(self, measure):
        # Atom1Feed marks the summary as HTML; the plain text is escaped so a reader shows it
        # as written and never renders markup an editor typed.
        return escape(measure.summary_for(get_language()))

    def item_link(self, measure):
        return measure.get_absolute_url()

    def item_author_name(self, measure):
        return f"{measure.unit.name}, {measure.municipality.name}"

    def item_pubdate(self, measure):
        return measure.published_at or measure.created_at

    def item_updateddate(self, measure):
        return measure.updated_at

    def item_categories(self, measure):
        return [measure.measure_type.label, *(c.label for c in measure.categories.all())]


measure_feed_view = MeasureFeed()


def list_query(filterset) -> str:
    """The understood filters as a query string (paging and sorting mean nothing to a feed)."""
    data = filterset.data.copy()
    data.pop("sort", None)
    query = data.urlencode()
    return f"?{query}" if query else ""


@cached_for_visitors(catalogue_key)
def measure_feed(request):
    """/insatser/feed/: the measures the list shows for the same parameters.

    A parameter the list would skip with a notice is refused here with 400 and the notice: a
    feed has no page to show the notice on, and a subscriber to a mistyped filter would
    otherwise get the whole catalogue without knowing.
    """
    key = list_key(request)
    filterset = list_filterset(request, key)
    if refused := refusal(filterset):
        return refused
    query = list_query(filterset)
    chips = [chip.label for chip in filterset.chips()]
    title = _("Nya och ändrade insatser")
    if chips:
        title = f"{title}: {', '.join(str(label) for label in chips)}"
    source = FeedSource(
        title=f"{title} – Portalen",
        page_url=reverse("measures:list") + query,
        self_url=reverse("measures:feed") + query,
        measures=filterset.qs,
    )
    return measure_feed_view(request, source=source)


@cached_for_visitors(catalogue_key)
def municipality_feed(request, slug):
    """/kommuner/<slug>/feed/: one municipality's public measures."""
    municipality = get_object_or_404(Municipality, slug=slug)
    source = FeedSource(
        title=_("Nya och ändrade insatser i %(name)s – Portalen") % {"name": municipality.name},
        page_url=municipality.get_absolute_url(),
        self_url=reverse("municipalities:feed", args=[municipality.slug]),
        measures=Measure.objects.public().in_municipality(municipality),
    )
    return measure_feed_view(request, source=source)
