"""The meeting form and the sign-up form.

Every free-text field refuses personal identity numbers (core.personal_numbers): a meeting is
about the units' work together, never about a participant.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.personal_numbers import FreeTextField

from .models import EDITABLE_FIELDS, MAX_URL_LENGTH, Meeting, validate_https_url

DATETIME_FORMAT = "%Y-%m-%dT%H:%M"
NO_PERSONAL_DATA = _("Skriv inget om enskilda deltagare: inga namn, personnummer eller hälsa.")


def datetime_input():
    return forms.DateTimeInput(attrs={"type": "datetime-local"}, format=DATETIME_FORMAT)


class MeetingForm(forms.ModelForm):
    # The version the editor's page showed; a save from an older one is refused.
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    # A link typed without a scheme is read as https, the only scheme allowed.
    video_url = forms.URLField(
        label=_("Videolänk"),
        required=False,
        max_length=MAX_URL_LENGTH,
        assume_scheme="https",
        validators=[validate_https_url],
        help_text=_("En länk som börjar med https://. Lämna tomt om träffen inte har någon."),
    )

    class Meta:
        model = Meeting
        fields = EDITABLE_FIELDS
        field_classes = {
            "title": FreeTextField,
            "place": FreeTextField,
            "agenda": FreeTextField,
            "notes": FreeTextField,
            "attachments": FreeTextField,
        }
        labels = {
            "municipality": _("Värdkommun"),
            "title": _("Rubrik"),
            "starts_at": _("Börjar"),
            "ends_at": _("Slutar"),
            "place": _("Plats och adress"),
            "agenda": _("Dagordning"),
            "notes": _("Anteckningar efter träffen"),
            "attachments": _("Bilagor"),
            "status": _("Status"),
        }
        help_texts = {
            "starts_at": _("Datum och klockslag, svensk tid."),
            "place": _("Adress och lokal. Lämna tomt om träffen bara hålls på video."),
            "video_url": _(
                "En länk som börjar med https://. Lämna tomt om träffen inte har någon."
            ),
            "agenda": NO_PERSONAL_DATA,
            "notes": NO_PERSONAL_DATA,
            "attachments": _(
                "Text eller markdown, visas som vanlig text. Skriv inget om enskilda deltagare."
            ),
            "status": _("En inställd träff syns kvar och markeras som inställd i kalendrarna."),
        }
        widgets = {
            "starts_at": datetime_input(),
            "ends_at": datetime_input(),
            "agenda": forms.Textarea(attrs={"rows": 6}),
            "notes": forms.Textarea(attrs={"rows": 6}),
            "attachments": forms.Textarea(attrs={"rows": 6}),
        }

    def __init__(self, *args, hosts, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = hosts
        self.fields["municipality"].empty_label = None
        for name in ("starts_at", "ends_at"):
            self.fields[name].input_formats = [DATETIME_FORMAT, "%Y-%m-%d %H:%M"]
        if self.instance.pk is None:
            # A new meeting is planned; cancelling is an edit.
            del self.fields["status"]
        else:
            self.fields["version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        starts_at, ends_at = cleaned.get("starts_at"), cleaned.get("ends_at")
        if starts_at and ends_at and ends_at <= starts_at:
            self.add_error("ends_at", _("Träffen måste sluta efter att den börjar."))
        place_given = bool(cleaned.get("place"))
        link_given = bool(cleaned.get("video_url"))
        if not place_given and not link_given and "place" not in self.errors:
            if "video_url" not in self.errors:
                self.add_error("place", _("Ange en plats, en videolänk eller båda."))
        return cleaned


class SignUpForm(forms.Form):
    """Which of the member's municipalities they come for (only asked when they have several)."""

    municipality = forms.ModelChoiceField(
        label=_("Jag kommer för"), queryset=None, empty_label=None
    )

    def __init__(self, *args, municipalities, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = municipalities
        if municipalities.count() == 1:
            self.fields["municipality"].widget = forms.HiddenInput()
            self.fields["municipality"].initial = municipalities.first()
