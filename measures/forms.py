"""Forms the public fills in on the measures' pages."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.params import clean_text_input
from core.personal_numbers import WithoutPersonalNumbers

MESSAGE_MIN_LENGTH = 10
MESSAGE_MAX_LENGTH = 2000


class PlainTextField(forms.CharField):
    """A CharField that drops control characters before its length is checked."""

    def to_python(self, value):
        if isinstance(value, str):
            value = clean_text_input(value)
        return super().to_python(value)


class PlainFreeTextField(WithoutPersonalNumbers, PlainTextField):
    """Plain text someone else reads: refuses personal identity numbers, never shows one back."""


class ErrorReportForm(forms.Form):
    """The "Rapportera fel" form: one free-text message, and a honeypot people leave empty."""

    HONEYPOT = "website"

    message = PlainFreeTextField(
        label=_("Vad stämmer inte?"),
        min_length=MESSAGE_MIN_LENGTH,
        max_length=MESSAGE_MAX_LENGTH,
        help_text=_(
            "Till exempel en adress, ett telefonnummer eller en tid som har ändrats. "
            "Minst 10 och högst 2000 tecken."
        ),
        error_messages={
            "required": _("Skriv vad som inte stämmer."),
            "min_length": _(
                "Skriv lite mer, minst %(limit_value)d tecken, så att de som ansvarar för "
                "insatsen förstår vad som är fel."
            ),
            "max_length": _(
                "Texten får vara högst %(limit_value)d tecken. Nu är den %(show_value)d tecken."
            ),
        },
        widget=forms.Textarea(attrs={"rows": 6, "class": "form-control"}),
    )
    # Hidden from sight by CSS, so people never fill it in; form-filling robots usually do.
    # Screen readers still reach it, and its label tells their users to leave it empty.
    website = forms.CharField(
        label=_("Lämna det här fältet tomt. Det finns här för att stoppa automatiska utskick."),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_from_robot(self) -> bool:
        """True when the honeypot is filled in, whatever the rest of the form says."""
        return bool(self.data.get(self.add_prefix(self.HONEYPOT), "").strip())

    def full_clean(self):
        super().full_clean()
        # Bootstrap marks a field red only by this class.
        for name in self.errors:
            if name in self.fields:
                widget = self.fields[name].widget
                widget.attrs["class"] = f"{widget.attrs.get('class', '')} is-invalid".strip()
