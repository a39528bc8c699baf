"""Collaboration meetings at `/samverkan/`: the list, a meeting's page, editing, sign-ups and
calendar files.

Every page is for members (any role in any municipality): a visitor is sent to log in, a
logged-in person without a membership gets 403. Only the host municipality's editors create and
edit a meeting (403 for other members). The calendar feed is read by calendar programs without a
session: its secret token is the key, and a wrong one answers 404.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST, require_safe

from accounts.models import roles_of
from core.pagination import paginate
from municipalities.models import Municipality

from .calendar import feed_ics, feed_window_start, meeting_ics
from .forms import MeetingForm, SignUpForm
from .history import MEETING_HISTORY, meeting_history
from .models import CalendarFeed, Meeting
from .services import (
    EditConflict,
    SignUpRefused,
    feed_reset,
    meeting_save,
    meeting_sign_up,
    meeting_withdraw,
)

PER_PAGE = 20


def require_member(user):
    if not user.has_perm("samverkan.view_meeting"):
        raise PermissionDenied


def meeting_for(request, pk, perm="samverkan.view_meeting") -> Meeting:
    require_member(request.user)
    meeting = get_object_or_404(Meeting.objects.select_related("municipality"), pk=pk)
    if not request.user.has_perm(perm, meeting):
        raise PermissionDenied
    return meeting


def own_municipalities(user):
    """The municipalities `user` is a member of, by name."""
    return Municipality.objects.filter(pk__in=roles_of(user)).order_by("name")


def host_choices(user):
    """The municipalities for which `user` may hold meetings; 403 if none."""
    if not user.has_perm("samverkan.create_meetings"):
        raise PermissionDenied
    hosts = [m.pk for m in Municipality.objects.all() if user.has_perm("samverkan.add_meeting", m)]
    if not hosts:
        raise PermissionDenied
    return Municipality.objects.filter(pk__in=hosts).order_by("name")


def refuse_foreign_host(request, hosts):
    """A posted host the person may not hold meetings for is a forged form: 403, not a 400."""
    raw = request.POST.get("municipality", "")
    if raw.isascii() and raw.isdigit() and len(raw) < 10:
        known = Municipality.objects.filter(pk=int(raw)).exists()
        if known and not hosts.filter(pk=int(raw)).exists():
            raise PermissionDenied


@login_required
@require_safe
def meeting_list(request):
    require_member(request.user)
    notices = []
    page = paginate(request, Meeting.objects.upcoming_then_past(), PER_PAGE, notices)
    feed = CalendarFeed.objects.filter(user=request.user).first()
    return render(
        request,
        "samverkan/meeting_list.html",
        {
            "page": page,
            "notices": notices,
            "feed_url": request.build_absolute_uri(feed.get_absolute_url()) if feed else None,
            "signed_up_ids": set(
                Meeting.objects.signed_up_by(request.user).values_list("pk", flat=True)
            ),
        },
    )


def _render_detail(request, meeting, status=200):
    signups = list(meeting.signups.select_related("user", "municipality"))
    municipalities = own_municipalities(request.user)
    return render(
        request,
        "samverkan/meeting_detail.html",
        {
            "meeting": meeting,
            "signups": signups,
            "signed_up": any(signup.user_id == request.user.pk for signup in signups),
            "signup_form": SignUpForm(municipalities=municipalities) if municipalities else None,
            "entries": meeting_history(meeting),
        },
        status=status,
    )


@login_required
@require_safe
def meeting_detail(request, pk):
    return _render_detail(request, meeting_for(request, pk))


def _render_form(request, form, meeting=None, status=200, **extra):
    return render(
        request,
        "samverkan/meeting_form.html",
        {"form": form, "meeting": meeting, **extra},
        status=status,
    )


@login_required
def meeting_create(request):
    require_member(request.user)
    hosts = host_choices(request.user)
    if request.method == "POST":
        refuse_foreign_host(request, hosts)
        form = MeetingForm(request.POST, hosts=hosts)
        if form.is_valid():
            meeting = meeting_save(form=form, user=request.user)
            messages.success(request, _("Träffen är skapad."))
            return redirect(meeting)
        return _render_form(request, form, status=400)
    return _render_form(request, MeetingForm(hosts=hosts))


def posted_version(request) -> int | None:
    try:
        return int(request.POST.get("version", ""))
    except ValueError:
        return None


@login_required
def meeting_edit(request, pk):
    meeting = meeting_for(request, pk, "samverkan.change_meeting")
    hosts = host_choices(request.user)
    if request.method != "POST":
        return _render_form(request, MeetingForm(instance=meeting, hosts=hosts), meeting)
    refuse_foreign_host(request, hosts)
    started_from = posted_version(request)
    form = MeetingForm(request.POST, instance=meeting, hosts=hosts)
    if not form.is_valid():
        return _render_form(request, form, meeting, status=400)
    try:
        meeting_save(form=form, user=request.user, expected_version=started_from)
    except EditConflict as conflict:
        return _conflict(request, form, conflict.current, started_from, hosts)
    except ValidationError as error:
        form.add_error(None, error)
        return _render_form(request, form, meeting, status=400)
    messages.success(request, _("Ändringarna är sparade."))
    return redirect(meeting)


def _conflict(request, form, current, started_from, hosts):
    """Someone saved in between: nothing was written; show what they changed, keep the input."""
    form, context = MEETING_HISTORY.conflict(
        form,
        current,
        started_from,
        lambda data, meeting: MeetingForm(data, instance=meeting, hosts=hosts),
    )
    return _render_form(request, form, current, status=409, **context)


@login_required
@require_POST
def meeting_sign_up_view(request, pk):
    meeting = meeting_for(request, pk, "samverkan.signup_meeting")
    form = SignUpForm(request.POST, municipalities=own_municipalities(request.user))
    if not form.is_valid():
        # Only a forged form names a municipality the person does not belong to.
        raise PermissionDenied
    try:
        _signup, created = meeting_sign_up(
            meeting=meeting, user=request.user, municipality=form.cleaned_data["municipality"]
        )
    except SignUpRefused as refusal:
        messages.error(request, str(refusal))
        return _render_detail(request, meeting, status=400)
    if created:
        messages.success(request, _("Du är anmäld till träffen."))
    else:
        messages.info(request, _("Du var redan anmäld till träffen."))
    return redirect(meeting)


@login_required
@require_POST
def meeting_withdraw_view(request, pk):
    meeting = meeting_for(request, pk, "samverkan.signup_meeting")
    try:
        withdrawn = meeting_withdraw(meeting=meeting, user=request.user)
    except SignUpRefused as refusal:
        messages.error(request, str(refusal))
        return _render_detail(request, meeting, status=400)
    if withdrawn:
        messages.success(request, _("Din anmälan är borttagen."))
    else:
        messages.info(request, _("Du var inte anmäld till träffen."))
    return redirect(meeting)


def calendar_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@require_safe
def meeting_calendar(request, pk):
    meeting = meeting_for(request, pk)
    content = meeting_ics(meeting, request.build_absolute_uri(meeting.get_absolute_url()))
    return calendar_response(content, f"samverkanstraff-{meeting.pk}.ics")


@never_cache
@require_safe
def member_feed(request, token):
    """The meetings the feed's owner signed up for, from a year back, while they are a member."""
    if len(token) > 64:
        raise Http404
    feed = CalendarFeed.objects.select_related("user").filter(token=token).first()
    if feed is None or not feed.user.has_perm("samverkan.view_meeting"):
        raise Http404
    meetings = (
        Meeting.objects.signed_up_by(feed.user)
        .filter(ends_at__gte=feed_window_start())
        .select_related("municipality")
        .order_by("starts_at", "pk")
    )
    content = feed_ics(meetings, lambda m: request.build_absolute_uri(m.get_absolute_url()))
    return calendar_response(content, "samverkan.ics")


@login_required
@require_POST
def feed_reset_view(request):
    require_member(request.user)
    had_feed = CalendarFeed.objects.filter(user=request.user).exists()
    feed_reset(user=request.user)
    if had_feed:
        messages.success(
            request, _("Du har fått en ny kalenderlänk. Den gamla länken fungerar inte längre.")
        )
    else:
        messages.success(request, _("Din kalenderlänk är skapad."))
    return redirect("samverkan:list")
