"""Members of a municipality (`/hantera/medlemmar/`): its administratör decides who works on it.

One URL. GET lists the members with the forms; POST does what its hidden `action` field says
(add, create, change_role, remove), then redirects back, or shows the page again with what went
wrong. Every request asks `accounts.manage_members` for the municipality first, so a forged
POST from anyone else changes nothing.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from accounts.forms import AddMemberForm, ChangeRoleForm, NewMemberForm, RemoveMemberForm
from accounts.models import Membership
from accounts.services import (
    display_name,
    member_add,
    member_change_role,
    member_invite,
    member_remove,
)

from .views import chosen_municipality

# Both forms post `username` and `role` (the hidden `action` tells them apart); distinct id
# prefixes keep the page's element ids unique.
ADD_IDS = "befintlig_%s"
NEW_IDS = "ny_%s"


def managed_municipality(request):
    """The dashboard's municipality, if `request.user` manages its members; else 403."""
    municipality, _municipalities = chosen_municipality(request)
    if not request.user.has_perm("accounts.manage_members", municipality):
        raise PermissionDenied
    return municipality


def _members_url(municipality):
    return f"{reverse('publishing:member_list')}?{urlencode({'kommun': municipality.slug})}"


def _about(membership):
    return {
        "name": display_name(membership.user),
        "role": membership.get_role_display().lower(),
        "municipality": membership.municipality.name,
    }


def _added_message(membership) -> str:
    """What happened, said plainly: the new role, the roles kept elsewhere, who was told."""
    parts = [_("%(name)s är nu %(role)s i %(municipality)s.") % _about(membership)]
    if membership.user.memberships.exclude(pk=membership.pk).exists():
        parts.append(
            _(
                "Kontot är också medlem i en annan kommun och behåller den rollen; ingen roll "
                "där har ändrats."
            )
        )
    if membership.user.email:
        parts.append(_("Personen har fått ett e-postmeddelande om den nya rollen."))
    else:
        parts.append(_("Kontot saknar e-postadress, så personen har inte fått något besked."))
    return " ".join(parts)


@login_required
def member_list(request):
    municipality = managed_municipality(request)
    if request.method != "POST":
        return _render(request, municipality)
    action = request.POST.get("action", "")
    handlers = {"add": _add, "create": _create, "change_role": _change_role, "remove": _remove}
    if action not in handlers:
        return render(request, "publishing/bad_request.html", status=400)
    return handlers[action](request, municipality)


def _render(request, municipality, *, add_form=None, new_form=None, status=200):
    memberships = municipality.memberships.select_related("user").order_by("user__username")
    return render(
        request,
        "publishing/member_list.html",
        {
            "municipality": municipality,
            "memberships": memberships,
            "roles": Membership.Role.choices,
            "add_form": add_form or AddMemberForm(municipality=municipality, auto_id=ADD_IDS),
            "new_form": new_form or NewMemberForm(auto_id=NEW_IDS),
        },
        status=status,
    )


def _refuse(request, municipality, reasons, status):
    """Show the page again with why nothing was changed."""
    for reason in reasons:
        messages.error(request, reason)
    return _render(request, municipality, status=status)


def _add(request, municipality):
    form = AddMemberForm(request.POST, municipality=municipality, auto_id=ADD_IDS)
    if form.is_valid():
        try:
            membership = member_add(
                user=form.user,
                municipality=municipality,
                role=form.cleaned_data["role"],
                by=request.user,
                domain=request.get_host(),
                use_https=request.is_secure(),
            )
        except ValidationError as error:
            form.add_error("username", error)
        else:
            messages.success(request, _added_message(membership))
            return redirect(_members_url(municipality))
    return _render(request, municipality, add_form=form)


def _create(request, municipality):
    form = NewMemberForm(request.POST, auto_id=NEW_IDS)
    if form.is_valid():
        data = form.cleaned_data
        try:
            membership = member_invite(
                municipality=municipality,
                role=data["role"],
                username=data["username"],
                email=data["email"],
                first_name=data["first_name"],
                last_name=data["last_name"],
                domain=request.get_host(),
                use_https=request.is_secure(),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _(
                    "Kontot %(username)s är skapat och %(name)s är nu %(role)s i "
                    "%(municipality)s. Vi har skickat ett e-postmeddelande till %(email)s med en "
                    "länk där personen väljer sitt lösenord."
                )
                % {
                    **_about(membership),
                    "username": membership.user.username,
                    "email": membership.user.email,
                },
            )
            return redirect(_members_url(municipality))
    return _render(request, municipality, new_form=form)


def _change_role(request, municipality):
    form = ChangeRoleForm(request.POST, municipality=municipality)
    if not form.is_valid():
        return _refuse(request, municipality, _form_errors(form), status=400)
    membership = form.cleaned_data["membership"]
    try:
        changed = member_change_role(
            membership=membership, role=form.cleaned_data["role"], by=request.user
        )
    except ValidationError as error:
        return _refuse(request, municipality, error.messages, status=409)
    if changed:
        messages.success(
            request, _("%(name)s är nu %(role)s i %(municipality)s.") % _about(membership)
        )
    else:
        messages.info(request, _("%(name)s har redan rollen %(role)s.") % _about(membership))
    return _after_change(request, municipality, membership)


def _remove(request, municipality):
    form = RemoveMemberForm(request.POST, municipality=municipality)
    if not form.is_valid():
        return _refuse(request, municipality, _form_errors(form), status=400)
    membership = form.cleaned_data["membership"]
    try:
        member_remove(membership=membership, by=request.user)
    except ValidationError as error:
        return _refuse(request, municipality, error.messages, status=409)
    if membership.user_id == request.user.pk:
        messages.success(
            request,
            _("Du är inte längre medlem i %(municipality)s.") % _about(membership),
        )
    else:
        messages.success(
            request,
            _("%(name)s är inte längre medlem i %(municipality)s. Kontot finns kvar.")
            % _about(membership),
        )
    return _after_change(request, municipality, membership)


def _after_change(request, municipality, membership):
    """Back to the members page, unless the person just changed away their own access to it."""
    if membership.user_id != request.user.pk:
        return redirect(_members_url(municipality))
    # request.user still carries the roles read at the start of the request; ask afresh.
    user = get_user_model().objects.get(pk=request.user.pk)
    if user.has_perm("accounts.manage_members", municipality):
        return redirect(_members_url(municipality))
    if user.has_perm("accounts.use_dashboard"):
        return redirect("publishing:dashboard")
    return redirect("home")


def _form_errors(form):
    return [error for errors in form.errors.values() for error in errors]
