"""`{% shortlist_state measure as state %}`: what the "Lägg till i min lista" buttons need.

A tag rather than view context, so any page that includes the partial gets it without its view
knowing about lists. One query for a logged-in user; none for a visitor without a session.
"""

from dataclasses import dataclass, field

from django import template
from django.db.models import Exists, OuterRef

from shortlists.models import ShortList, ShortListItem
from shortlists.services import session_measure_ids

register = template.Library()


@dataclass
class ListState:
    authenticated: bool
    # Logged in: every list of the user, each with `contains` set.
    lists: list = field(default_factory=list)
    # Anonymous: whether the measure is in the session list, and how many measures it holds.
    in_session: bool = False
    session_count: int = 0

    @property
    def containing(self):
        return [shortlist for shortlist in self.lists if shortlist.contains]

    @property
    def addable(self):
        return [shortlist for shortlist in self.lists if not shortlist.contains]

    @property
    def can_add(self):
        if not self.authenticated:
            return not self.in_session
        # No list yet: the first add creates the default list.
        return not self.lists or bool(self.addable)


@register.simple_tag(takes_context=True)
def shortlist_state(context, measure):
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        contains = ShortListItem.objects.filter(shortlist=OuterRef("pk"), measure_id=measure.pk)
        lists = list(ShortList.objects.owned_by(user).annotate(contains=Exists(contains)))
        return ListState(authenticated=True, lists=lists)
    ids = session_measure_ids(request.session) if request is not None else []
    return ListState(authenticated=False, in_session=measure.pk in ids, session_count=len(ids))
