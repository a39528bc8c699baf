"""Seat inquiries at `/hantera/forfragningar/`: the lists, asking, and each inquiry's page.

Every view asks the rules in accounts/rules.py. A logged-in person who belongs to no
municipality gets 403; an inquiry between two other municipalities answers 404, so its existence
is not revealed. A forged answer from the asking side is refused with 403 and changes nothing.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from accounts.models import roles_of
from core.pagination import paginate
from core.throttling import Limit, by_user
from measures.models import Measure
from municipalities.models import Municipality
from shortlists.models import ShortList

from .forms import AnswerForm, CloseForm, InquiryForm, SupplementForm
from .models import Inquiry, Side, asking_municipality_ids
from .services import (
    Notified,
    inquiry_answer,
    inquiry_close,
    inquiry_create,
    inquiry_supplement,
    notified,
)

# Counted per person, for inquiries that are sent.
INQUIRIES = Limit(
    "inquiries",
    "PORTAL_INQUIRIES_PER_HOUR",
    key=by_user,
    title=gettext_lazy("Du har skickat många förfrågningar på kort tid"),
    message=gettext_lazy(
        "För att stoppa automatiska utskick tar Portalen bara emot ett begränsat antal "
        "förfrågningar i timmen från varje person. Den här förfrågan är inte skickad."
    ),
)

SENT_TAB = "skickade"
RECEIVED_TAB = "mottagna"


def member_municipalities(user) -> list[Municipality]:
    """The municipalities `user` works for (every one for portal staff), or 403 if none."""
    if not user.has_perm("inquiries.add_inquiry"):
        raise PermissionDenied
    municipalities = Municipality.objects.order_by("name")
    if not user.is_superuser:
        municipalities = municipalities.filter(pk__in=roles_of(user))
    municipalities = list(municipalities)
    if not municipalities:
        raise PermissionDenied
    return municipalities


def chosen_municipality(request, municipalities):
    """`?kommun=<slug>` among `municipalities`, or the first; 403 for any other municipality."""
    wanted = request.GET.get("kommun")
    for municipality in municipalities:
        if municipality.slug == wanted:
            return municipality
    if wanted:
        raise PermissionDenied
    return municipalities[0]


def inquiry_for(request, pk) -> Inquiry:
    """The inquiry, if `request.user` may see it; 403 for non-members, else 404."""
    if not request.user.has_perm("inquiries.add_inquiry"):
        raise PermissionDenied
    inquiry = get_object_or_404(
        Inquiry.objects.for_list().select_related("created_by", "measure__unit"), pk=pk
    )
    if not request.user.has_perm("inquiries.view_inquiry", inquiry):
        raise Http404
    return inquiry


def may_supplement(user, inquiry) -> bool:
    """A supplement comes from the asking side, the one that was asked for more information."""
    return user.has_perm("inquiries.supplement_inquiry", inquiry)


@login_required
def inquiry_list(request):
    municipalities = member_municipalities(request.user)
    municipality = chosen_municipality(request, municipalities)
    tab = RECEIVED_TAB if request.GET.get("visa") == RECEIVED_TAB else SENT_TAB
    sent = Inquiry.objects.sent_by(municipality)
    received = Inquiry.objects.received_by(municipality)
    inquiries = (sent if tab == SENT_TAB else received).for_list().newest()
    return render(
        request,
        "inquiries/inquiry_list.html",
        {
            "municipality": municipality,
            "municipalities": municipalities,
            "tab": tab,
            "page": paginate(request, inquiries, settings.PORTAL_PAGE_SIZE),
            "awaiting_answer": received.awaiting_answer().count(),
            "answered": sent.answered().count(),
        },
    )


@login_required
def inquiry_create_view(request):
    if not request.user.has_perm("inquiries.add_inquiry"):
        raise PermissionDenied
    slug = request.GET.get("insats", "")
    if not slug:
        messages.info(
            request, _("Öppna sidan om insatsen du vill fråga om och välj ”Fråga om plats”.")
        )
        return redirect("measures:list")
    measure = get_object_or_404(
        Measure.objects.public().select_related("municipality", "unit"), slug=slug
    )
    options = asking_municipality_ids(request.user, measure)
    if not measure.accepts_other_municipalities:
        return _unavailable(request, measure, "closed")
    own = measure.municipality_id in roles_of(request.user)
    if own and (request.GET.get("kommun") == measure.municipality.slug or not options):
        return _unavailable(request, measure, "own")
    if not options:
        return _unavailable(request, measure, "none")
    municipalities = list(Municipality.objects.filter(pk__in=options).order_by("name"))
    municipality = chosen_municipality(request, municipalities)
    form = InquiryForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        # One too many is answered with 429 (core.throttling.ThrottleMiddleware).
        INQUIRIES.hit(request)
        try:
            inquiry = inquiry_create(
                measure=measure,
                asking_municipality=municipality,
                user=request.user,
                places=form.cleaned_data["places"],
                wanted_start=form.cleaned_data["wanted_start"],
                message=form.cleaned_data["message"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            who = notified(inquiry, Side.RECEIVING, actor=request.user)
            messages.success(request, _sent_message(inquiry, who))
            return redirect(inquiry)
    preview = Inquiry(measure=measure, receiving_municipality_id=measure.municipality_id)
    return render(
        request,
        "inquiries/inquiry_form.html",
        {
            "form": form,
            "measure": measure,
            "municipality": municipality,
            "municipalities": municipalities,
            "notified": notified(preview, Side.RECEIVING, actor=request.user).kind,
        },
    )


def _sent_message(inquiry, who) -> str:
    """Say truthfully who was told: the members, the unit's functional address, or nobody."""
    unit = inquiry.measure.unit
    params = {
        "name": inquiry.receiving_municipality.name,
        "email": unit.email if unit else "",
        "phone": (unit.phone if unit else "") or inquiry.measure.contact_phone,
    }
    if who.kind == Notified.MEMBERS:
        text = _(
            "Förfrågan är skickad till %(name)s, och deras medlemmar i Portalen har fått ett "
            "e-postmeddelande. Du får ett e-postmeddelande när de har svarat."
        )
    elif who.kind == Notified.UNIT:
        text = _(
            "Förfrågan är skickad till %(name)s. Ingen där har ett konto i Portalen ännu, så "
            "den har gått till enhetens e-postadress %(email)s. Du får ett e-postmeddelande när "
            "de har svarat här; brådskar det, ring %(phone)s."
        )
    else:
        text = _(
            "Förfrågan är sparad, men ingen i %(name)s kan få e-post om den ännu. Ring enheten "
            "på %(phone)s och berätta att du har skickat en förfrågan i Portalen."
        )
    return text % params


def _unavailable(request, measure, reason):
    return render(
        request, "inquiries/inquiry_unavailable.html", {"measure": measure, "reason": reason}
    )


@login_required
def inquiry_detail(request, pk):
    return _render_detail(request, inquiry_for(request, pk))


def _render_detail(request, inquiry, **forms):
    user = request.user
    can_answer = user.has_perm("inquiries.answer_inquiry", inquiry) and inquiry.can_be_answered
    can_close = user.has_perm("inquiries.close_inquiry", inquiry) and inquiry.can_be_closed
    can_supplement = may_supplement(user, inquiry) and inquiry.can_be_supplemented
    return render(
        request,
        "inquiries/inquiry_detail.html",
        {
            "inquiry": inquiry,
            "events": inquiry.events.select_related("user"),
            "side": inquiry.side_of(user),
            "answer_form": forms.get("answer_form", AnswerForm()) if can_answer else None,
            "close_form": forms.get("close_form", CloseForm()) if can_close else None,
            "supplement_form": forms.get("supplement_form", SupplementForm())
            if can_supplement
            else None,
        },
    )


def _done(request, inquiry, action, text):
    """Run a step; on success say `text`, on a stale page say why nothing happened."""
    try:
        action()
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, text)
    return redirect(inquiry)


@require_POST
@login_required
def inquiry_answer_view(request, pk):
    inquiry = inquiry_for(request, pk)
    if not request.user.has_perm("inquiries.answer_inquiry", inquiry):
        raise PermissionDenied
    form = AnswerForm(request.POST)
    if not form.is_valid():
        return _render_detail(request, inquiry, answer_form=form)
    return _done(
        request,
        inquiry,
        lambda: inquiry_answer(
            inquiry=inquiry,
            user=request.user,
            answer=form.cleaned_data["answer"],
            message=form.cleaned_data["answer_message"],
        ),
        _("Svaret är skickat till %(name)s.") % {"name": inquiry.asking_municipality.name},
    )


@require_POST
@login_required
def inquiry_supplement_view(request, pk):
    inquiry = inquiry_for(request, pk)
    if not may_supplement(request.user, inquiry):
        raise PermissionDenied
    form = SupplementForm(request.POST)
    if not form.is_valid():
        return _render_detail(request, inquiry, supplement_form=form)
    return _done(
        request,
        inquiry,
        lambda: inquiry_supplement(
            inquiry=inquiry, user=request.user, message=form.cleaned_data["message"]
        ),
        _("Kompletteringen är skickad till %(name)s.")
        % {"name": inquiry.receiving_municipality.name},
    )


@require_POST
@login_required
def inquiry_close_view(request, pk):
    inquiry = inquiry_for(request, pk)
    if not request.user.has_perm("inquiries.close_inquiry", inquiry):
        raise PermissionDenied
    form = CloseForm(request.POST)
    if not form.is_valid():
        return _render_detail(request, inquiry, close_form=form)
    return _done(
        request,
        inquiry,
        lambda: inquiry_close(
            inquiry=inquiry, user=request.user, message=form.cleaned_data["message"]
        ),
        _("Förfrågan är avslutad."),
    )


INQUIRIES_ON_START = 5
# The catalogue as a case officer looking for a place elsewhere wants it first.
OPEN_WITH_PLACES = "?oppen_for_andra=1&ledig_plats=1"


@login_required
def start(request):
    """Where log-in leads: editors to their dashboard, everyone else to a start page of their own.

    A case officer's work is elsewhere than the dashboard: the inquiries their municipality has
    sent and received, the lists they keep, and the catalogue narrowed to measures that take
    participants from other municipalities and have free places.
    """
    user = request.user
    if user.has_perm("accounts.use_dashboard"):
        return redirect("publishing:dashboard")
    municipalities = list(Municipality.objects.filter(pk__in=roles_of(user)).order_by("name"))
    ours = Q(asking_municipality__in=municipalities) | Q(receiving_municipality__in=municipalities)
    inquiries = Inquiry.objects.filter(ours).for_list().newest()
    context = {
        "municipalities": municipalities,
        "inquiries": inquiries[:INQUIRIES_ON_START],
        "inquiry_count": inquiries.count(),
        "awaiting_answer": Inquiry.objects.filter(receiving_municipality__in=municipalities)
        .awaiting_answer()
        .count(),
        "shortlists": ShortList.objects.owned_by(user).annotate(size=Count("items")),
        "open_with_places": reverse("measures:list") + OPEN_WITH_PLACES,
    }
    return render(request, "portal/start.html", context)
