"""Forms of the inquiry pages: ask, answer, supplement and close.

Every free-text field refuses personal identity numbers (core.personal_numbers): an inquiry is
about a place, never about the participant.
"""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.personal_numbers import FreeTextField

from .models import MAX_MESSAGE_LENGTH, MAX_PLACES, Inquiry

NO_PERSONAL_DATA = _(
    "Skriv inget om deltagaren: inget namn, personnummer, samordningsnummer eller något om hälsa."
)


def message_field(label, *, required=True):
    return FreeTextField(
        label=label,
        required=required,
        max_length=MAX_MESSAGE_LENGTH,
        help_text=NO_PERSONAL_DATA,
        widget=forms.Textarea(attrs={"rows": 5}),
    )


class InquiryForm(forms.ModelForm):
    # Declared here: the model field's form field would offer 0 as the lowest value.
    places = forms.IntegerField(
        label=_("Antal platser"),
        min_value=1,
        max_value=MAX_PLACES,
        initial=1,
        help_text=_("Hur många platser frågar du om? Högst 20."),
    )

    class Meta:
        model = Inquiry
        fields = ["places", "wanted_start", "message"]
        field_classes = {"message": FreeTextField}
        labels = {"message": _("Vad vill du veta?")}
        help_texts = {
            "wanted_start": _("Lämna tomt om det inte spelar någon roll."),
            "message": _(
                "Skriv inget om deltagaren: inget namn, personnummer, samordningsnummer eller "
                "något om hälsa. Fråga bara om platsen."
            ),
        }
        widgets = {
            "wanted_start": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "message": forms.Textarea(attrs={"rows": 6}),
        }

    def clean_wanted_start(self):
        wanted_start = self.cleaned_data.get("wanted_start")
        if wanted_start and wanted_start < timezone.localdate():
            raise forms.ValidationError(_("Önskad start kan inte ligga före i dag."))
        return wanted_start


class AnswerForm(forms.Form):
    answer = forms.ChoiceField(
        label=_("Svar"), choices=Inquiry.Answer.choices, widget=forms.RadioSelect
    )
    answer_message = message_field(_("Meddelande till den som frågar"), required=False)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("answer") == Inquiry.Answer.MORE_INFORMATION and not cleaned.get(
            "answer_message"
        ):
            self.add_error(
                "answer_message", _("Skriv vilken information ni behöver för att kunna svara.")
            )
        return cleaned


class SupplementForm(forms.Form):
    # Prefixed: the supplement and close forms can share a page.
    prefix = "komplettering"
    message = message_field(_("Komplettering"))


class CloseForm(forms.Form):
    prefix = "avsluta"
    message = message_field(_("Meddelande (frivilligt)"), required=False)
