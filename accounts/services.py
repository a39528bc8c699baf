"""Writes to memberships and the accounts they hang on: add, invite, change role, remove.

A municipality that has an administratör keeps one: the last administratör can be neither
removed nor given another role, so nobody locks the municipality out of its members page.
"""

import secrets

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from municipalities.models import Municipality

from .forms import WelcomeEmailForm
from .models import Membership

User = get_user_model()


def unguessable_password() -> str:
    """A strong random password (about 140 bits), for a generated or not-yet-chosen password."""
    return secrets.token_urlsafe(18)


def display_name(user) -> str:
    return user.get_full_name() or user.get_username()


def _check_role(role):
    if role not in Membership.Role.values:
        raise ValidationError(_("Okänd roll."))


def _lock(municipality_id):
    """Serialise membership changes per municipality (a row lock on PostgreSQL).

    Without it two administratörer demoting each other at the same moment could both see the
    other one as the remaining administratör, and leave none.
    """
    Municipality.objects.select_for_update().get(pk=municipality_id)


def _current(membership) -> Membership:
    """The membership as stored now (after the lock), or a clear error if it is gone."""
    current = (
        Membership.objects.select_related("user", "municipality").filter(pk=membership.pk).first()
    )
    if current is None:
        raise ValidationError(_("Personen är inte längre medlem i kommunen."))
    return current


def _keep_an_administrator(membership, *, new_role, by):
    """Refuse a change that leaves the municipality without an administratör."""
    if membership.role != Membership.Role.ADMIN or new_role == Membership.Role.ADMIN:
        return
    others = Membership.objects.filter(
        municipality_id=membership.municipality_id, role=Membership.Role.ADMIN
    ).exclude(pk=membership.pk)
    if others.exists():
        return
    params = {"municipality": membership.municipality.name, "name": display_name(membership.user)}
    if by is not None and by.pk == membership.user_id:
        if new_role is None:
            message = _(
                "Du är den enda administratören i %(municipality)s och kan inte ta bort dig "
                "själv. Ge först någon annan rollen administratör."
            )
        else:
            message = _(
                "Du är den enda administratören i %(municipality)s och kan inte byta till en "
                "annan roll. Ge först någon annan rollen administratör."
            )
    else:
        message = _(
            "%(name)s är den enda administratören i %(municipality)s och kan inte tas bort eller "
            "få en annan roll. Ge först någon annan rollen administratör."
        )
    raise ValidationError(message % params, code="last_administrator")


def member_add(*, user, municipality, role, by=None, domain="", use_https=True) -> Membership:
    """Give an existing account a role in the municipality, and tell its owner.

    The account keeps every role it has elsewhere: nobody is moved out of their own
    municipality. Since an administratör of one municipality is acting on an account another may
    also use, the person gets an e-mail saying who gave them which role, so it never happens
    behind their back.
    """
    _check_role(role)
    try:
        with transaction.atomic():
            membership = Membership.objects.create(user=user, municipality=municipality, role=role)
    except IntegrityError as error:
        # Someone added the same person a moment ago; the form's check could not see it.
        raise ValidationError(
            _("%(name)s är redan medlem i %(municipality)s.")
            % {"name": display_name(user), "municipality": municipality.name}
        ) from error
    if domain:
        send_role_added_email(membership=membership, by=by, domain=domain, use_https=use_https)
    return membership


def send_role_added_email(*, membership, by, domain, use_https) -> bool:
    """Tell the account's owner they have a new role; False if the account has no address."""
    user = membership.user
    if not user.email:
        return False
    context = {
        "user": user,
        "role": membership.get_role_display().lower(),
        "municipality": membership.municipality.name,
        "by": display_name(by) if by is not None else "",
        "protocol": "https" if use_https else "http",
        "domain": domain,
    }
    subject = render_to_string("accounts/email/role_added_subject.txt", context).strip()
    body = render_to_string("accounts/email/role_added.txt", context)
    send_mail(subject, body, None, [user.email])
    return True


def member_invite(
    *, municipality, role, username, email, first_name="", last_name="", domain, use_https
) -> Membership:
    """Create an account with a membership, then e-mail a link where the person sets a password.

    The account gets a random password nobody knows rather than an unusable one: Django sends
    reset links only to accounts with a usable password, so "Glömt lösenordet?" keeps working
    if the first link expires.
    """
    _check_role(role)
    try:
        with transaction.atomic():
            user = User.objects.create_user(
                username=username,
                email=email,
                password=unguessable_password(),
                first_name=first_name,
                last_name=last_name,
            )
            membership = Membership.objects.create(user=user, municipality=municipality, role=role)
    except IntegrityError as error:
        raise ValidationError(
            {"username": _("Det användarnamnet är upptaget. Välj ett annat.")}
        ) from error
    send_welcome_email(user=user, domain=domain, use_https=use_https)
    return membership


def send_welcome_email(*, user, domain, use_https):
    """A welcome e-mail with a link to choose a password, to this account only."""
    form = WelcomeEmailForm(user=user)
    form.is_valid()
    form.save(
        domain_override=domain,
        use_https=use_https,
        subject_template_name="accounts/email/welcome_subject.txt",
        email_template_name="accounts/email/welcome.txt",
    )


def member_change_role(*, membership, role, by=None) -> bool:
    """Give the member another role; False if it already was their role."""
    _check_role(role)
    with transaction.atomic():
        _lock(membership.municipality_id)
        current = _current(membership)
        if current.role == role:
            return False
        _keep_an_administrator(current, new_role=role, by=by)
        current.role = role
        current.save(update_fields=["role"])
    membership.role = role
    return True


def member_remove(*, membership, by=None) -> None:
    """Take the person out of the municipality. The account stays (it may have other roles)."""
    with transaction.atomic():
        _lock(membership.municipality_id)
        current = _current(membership)
        _keep_an_administrator(current, new_role=None, by=by)
        current.delete()


def member_set_role(*, user, municipality, role) -> tuple[Membership, str]:
    """Create or update `user`'s membership: "created", "changed" or "unchanged" (idempotent)."""
    _check_role(role)
    with transaction.atomic():
        _lock(municipality.pk)
        membership = Membership.objects.filter(user=user, municipality=municipality).first()
        if membership is None:
            return member_add(user=user, municipality=municipality, role=role), "created"
        changed = member_change_role(membership=membership, role=role)
    return membership, "changed" if changed else "unchanged"
