"""Forms of the members page (add, invite, change role, remove) and the welcome e-mail."""

from crispy_forms.helper import FormHelper
from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .models import Membership

User = get_user_model()


def _helper():
    helper = FormHelper()
    helper.form_tag = False
    helper.disable_csrf = True
    return helper


class RoleField(forms.ChoiceField):
    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Roll"))
        super().__init__(choices=Membership.Role.choices, **kwargs)


class AddMemberForm(forms.Form):
    """Give an existing account a role, found by its user name or e-mail address."""

    # Named like the login form's field, which also takes a user name or an e-mail address.
    username = forms.CharField(
        label=_("Användarnamn eller e-postadress"),
        max_length=254,
        help_text=_("Personen måste redan ha ett konto i portalen."),
    )
    role = RoleField()

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.municipality = municipality
        self.user = None
        self.helper = _helper()

    def clean_username(self):
        value = self.cleaned_data["username"].strip()
        user = User.objects.filter(username=value).first()
        if user is None:
            matches = list(
                User.objects.filter(Q(username__iexact=value) | Q(email__iexact=value))[:2]
            )
            # Several matches: only the exact user name may pick one of them.
            user = matches[0] if len(matches) == 1 else None
        # One answer for "no such account", "several accounts" and "closed account", whether
        # the lookup was by user name or by e-mail address: the form must not tell which
        # addresses have accounts, or how many, beyond what the user name lookup does.
        if user is None or not user.is_active:
            raise forms.ValidationError(
                _(
                    "Det finns inget konto att lägga till med det användarnamnet eller den "
                    "e-postadressen. Kontrollera stavningen, skriv det exakta användarnamnet, "
                    "eller skapa ett nytt konto i stället."
                )
            )
        existing = Membership.objects.filter(user=user, municipality=self.municipality).first()
        if existing is not None:
            raise forms.ValidationError(
                _(
                    "%(name)s är redan medlem i %(municipality)s med rollen %(role)s. "
                    "Byt roll i listan i stället."
                )
                % {
                    "name": user.get_full_name() or user.get_username(),
                    "municipality": self.municipality.name,
                    "role": existing.get_role_display().lower(),
                }
            )
        self.user = user
        return value


class NewMemberForm(forms.Form):
    """Create an account for someone new; they choose their password from an e-mailed link."""

    username = forms.CharField(
        label=_("Användarnamn"),
        max_length=150,
        validators=[UnicodeUsernameValidator()],
        help_text=_("Bokstäver, siffror och @ . + - _, till exempel anna.lindqvist."),
    )
    email = forms.EmailField(
        label=_("E-postadress"),
        help_text=_("Dit skickar vi en länk där personen väljer sitt lösenord."),
    )
    first_name = forms.CharField(label=_("Förnamn"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Efternamn"), max_length=150, required=False)
    role = RoleField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = _helper()

    def clean_username(self):
        username = self.cleaned_data["username"].strip()
        # Case-insensitively, as Django's own UserCreationForm: "Anna" and "anna" look the same.
        if User.objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(
                _(
                    "Det användarnamnet är upptaget. Välj ett annat, eller lägg till det "
                    "befintliga kontot i stället."
                )
            )
        return username

    def clean_email(self):
        email = User.objects.normalize_email(self.cleaned_data["email"].strip())
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                _(
                    "Det finns redan ett konto med den e-postadressen. "
                    "Lägg till det kontot i stället."
                )
            )
        return email


class _MembershipForm(forms.Form):
    """A row action on one membership; only the municipality's own memberships are valid."""

    membership = forms.ModelChoiceField(
        queryset=Membership.objects.none(),
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": _("Personen är inte medlem i kommunen.")},
    )

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["membership"].queryset = Membership.objects.filter(
            municipality=municipality
        ).select_related("user", "municipality")


class ChangeRoleForm(_MembershipForm):
    role = RoleField(error_messages={"invalid_choice": _("Välj en av rollerna i listan.")})


class RemoveMemberForm(_MembershipForm):
    pass


class WelcomeEmailForm(PasswordResetForm):
    """Django's password-reset e-mail, sent to one given account only (a new member)."""

    def __init__(self, *, user):
        super().__init__({"email": user.email})
        self.user = user

    def get_users(self, email):
        return [self.user] if self.user.is_active else []
