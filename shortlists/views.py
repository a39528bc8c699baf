"""Min lista (`/min-lista/`): collect measures, print them as a handout, share a read-only link.

Anonymous visitors have one list in their session; logged-in users have saved, named lists.
Someone else's list answers 404, so its existence is not revealed. A shared list and the printed
handout show public information only, whoever looks, since they are made for a participant.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from measures.models import Measure

from . import services
from .forms import ItemForm, ShortListNameForm
from .models import ShortList


def shortlist_for(request, pk, queryset=ShortList.objects) -> ShortList:
    """The list, if `request.user` may change it; else 404, so others' lists stay unknown."""
    shortlist = get_object_or_404(queryset, pk=pk)
    if not request.user.has_perm("shortlists.change_shortlist", shortlist):
        raise Http404
    return shortlist


def session_measures(request, with_locations=False) -> list[Measure]:
    """The session list's measures in the order they were added (deleted ones dropped)."""
    ids = services.session_measure_ids(request.session)
    if not ids:
        return []
    measures = Measure.objects.filter(pk__in=ids).for_cards()
    if with_locations:
        measures = measures.prefetch_related("locations")
    found = {measure.pk: measure for measure in measures}
    return [found[pk] for pk in ids if pk in found]


def next_url(request, default: str) -> str:
    wanted = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return wanted
    return default


def index(request):
    if not request.user.is_authenticated:
        return render(
            request, "shortlists/index.html", {"session_measures": session_measures(request)}
        )
    shortlists = list(ShortList.objects.owned_by(request.user).with_items())
    return render(
        request,
        "shortlists/index.html",
        {"shortlists": shortlists, "form": ShortListNameForm(owner=request.user)},
    )


def chosen_shortlist(request, form):
    """The saved list the form names (404 unless the user's own), else the user's default list.

    None for an anonymous visitor, whose list is in the session.
    """
    chosen = form.cleaned_data["lista"]
    if chosen is not None:
        return shortlist_for(request, chosen)
    if request.user.is_authenticated:
        return services.default_shortlist(request.user)
    return None


@require_POST
def add(request):
    form = ItemForm(request.POST)
    if not form.is_valid():
        raise Http404(_("Insatsen finns inte."))
    measure = get_object_or_404(Measure.objects.public(), pk=form.cleaned_data["measure"])
    shortlist = chosen_shortlist(request, form)
    try:
        if shortlist is None:
            added = services.session_add(request.session, measure)
        else:
            added = services.shortlist_add(shortlist=shortlist, measure=measure)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        if added:
            message = _("”%(title)s” finns nu i ”%(list)s”.")
        else:
            message = _("”%(title)s” fanns redan i ”%(list)s”.")
        where = shortlist.name if shortlist else _("Min lista")
        messages.success(request, message % {"title": measure.title, "list": where})
    return redirect(next_url(request, measure.get_absolute_url()))


@require_POST
def remove(request):
    form = ItemForm(request.POST)
    if not form.is_valid():
        raise Http404(_("Insatsen finns inte."))
    measure_id = form.cleaned_data["measure"]
    chosen = form.cleaned_data["lista"]
    if chosen is not None:
        shortlist = shortlist_for(request, chosen)
    elif request.user.is_authenticated:
        # Not default_shortlist(): removing should never create a list.
        shortlist = ShortList.objects.owned_by(request.user).first()
    else:
        shortlist = None
    if shortlist is not None:
        removed = services.shortlist_remove(shortlist=shortlist, measure_id=measure_id)
    elif request.user.is_authenticated:
        removed = False
    else:
        removed = services.session_remove(request.session, measure_id)
    if removed:
        # No title: the measure may no longer be public.
        messages.success(request, _("Insatsen är borttagen från listan."))
    else:
        messages.info(request, _("Insatsen fanns inte i listan."))
    return redirect(next_url(request, reverse("shortlists:index")))


@require_POST
def create(request):
    if not request.user.is_authenticated:
        # Only saved lists have names; the session list is the one and only.
        raise Http404
    form = ShortListNameForm(request.POST, owner=request.user)
    if not form.is_valid():
        messages.error(request, form.first_error())
        return redirect("shortlists:index")
    try:
        shortlist = services.shortlist_create(owner=request.user, name=form.cleaned_data["name"])
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect("shortlists:index")
    messages.success(request, _("Listan ”%(name)s” är skapad.") % {"name": shortlist.name})
    return redirect(shortlist)


@require_POST
def rename(request, pk):
    shortlist = shortlist_for(request, pk)
    form = ShortListNameForm(request.POST, owner=request.user, instance=shortlist)
    if not form.is_valid():
        messages.error(request, form.first_error())
        return redirect(shortlist)
    try:
        services.shortlist_rename(shortlist=shortlist, name=form.cleaned_data["name"])
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect(shortlist)
    messages.success(request, _("Listan heter nu ”%(name)s”.") % {"name": shortlist.name})
    return redirect(shortlist)


@require_http_methods(["GET", "HEAD", "POST"])
def delete(request, pk):
    """GET asks "are you sure?" (no JavaScript confirm); POST deletes."""
    shortlist = shortlist_for(request, pk)
    if request.method == "POST":
        name = shortlist.name
        services.shortlist_delete(shortlist=shortlist)
        messages.success(request, _("Listan ”%(name)s” är borttagen.") % {"name": name})
        return redirect("shortlists:index")
    return render(
        request,
        "shortlists/confirm_delete.html",
        {"shortlist": shortlist, "item_count": shortlist.items.count()},
    )


@require_POST
def new_token(request, pk):
    shortlist = shortlist_for(request, pk)
    shortlist.renew_token()
    messages.success(
        request, _("Listan har fått en ny delningslänk. Den gamla länken fungerar inte längre.")
    )
    return redirect(shortlist)


def shared(request, token):
    """The read-only view behind a share link: anyone with the link, nobody can change it."""
    shortlist = get_object_or_404(ShortList.objects.with_items(), token=token)
    return render(
        request, "shortlists/shared.html", {"shortlist": shortlist, "measures": shortlist.measures}
    )


def render_handout(request, title, measures, back_url):
    """The printable handout: public measures only, no navigation, its own print stylesheet."""
    return render(
        request,
        "shortlists/print.html",
        {
            "title": title,
            "measures": [measure for measure in measures if measure.is_public],
            "back_url": back_url,
        },
    )


def print_session(request):
    return render_handout(
        request,
        _("Min lista"),
        session_measures(request, with_locations=True),
        reverse("shortlists:index"),
    )


def print_list(request, pk):
    shortlist = shortlist_for(request, pk, ShortList.objects.for_handout())
    return render_handout(request, shortlist.name, shortlist.measures, shortlist.get_absolute_url())


def print_shared(request, token):
    shortlist = get_object_or_404(ShortList.objects.for_handout(), token=token)
    return render_handout(request, shortlist.name, shortlist.measures, shortlist.get_share_url())
