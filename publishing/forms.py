"""Forms of the editor's dashboard: measures with their locations, places, units."""

import re

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Fieldset, Layout
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from measures.models import Location, Measure, Project
from municipalities.models import Unit

PHONE = re.compile(r"^\+?[0-9][0-9 \-()]{4,20}$")


def clean_phone(value):
    value = (value or "").strip()
    if value and not PHONE.match(value):
        raise forms.ValidationError(
            _("Skriv ett telefonnummer med siffror, till exempel 040-628 04 10.")
        )
    return value


class VersionedForm(forms.ModelForm):
    """A ModelForm that carries the version the editor started from (optimistic locking)."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["version"] = self.instance.version

    @property
    def started_from_version(self):
        version = self.cleaned_data.get("version") if hasattr(self, "cleaned_data") else None
        return version if version is not None else self.instance.version


# The measure form's fieldsets, in order: they also decide which fields the form has.
MEASURE_FIELDSETS = [
    (
        _("Om insatsen"),
        ["title", "summary", "summary_easy", "summary_en", "description", "unit", "project"],
    ),
    (
        _("Typ och målgrupp"),
        ["measure_type", "categories", "target_groups", "needs", "languages", "min_age", "max_age"],
    ),
    (
        _("Upplägg"),
        [
            "format",
            "hours_per_week",
            "schedule",
            "duration_weeks",
            "intake",
            "next_start",
            "capacity",
            "places_available",
        ],
    ),
    (
        _("Deltagare från andra kommuner och anvisning"),
        [
            "open_to_others",
            "other_municipality_terms",
            "price_for_others",
            "referral_by_case_officer",
            "referral_by_af",
            "self_referral",
            "referral_instructions",
        ],
    ),
    (_("Kontaktperson"), ["contact_name", "contact_role", "contact_phone", "contact_email"]),
    (_("Visning"), ["visible_from", "visible_until"]),
]


class MeasureForm(VersionedForm):
    class Meta:
        model = Measure
        fields = [name for _legend, names in MEASURE_FIELDSETS for name in names]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 3, "maxlength": 300}),
            "summary_easy": forms.Textarea(attrs={"rows": 3, "maxlength": 600}),
            "summary_en": forms.Textarea(attrs={"rows": 3, "maxlength": 400, "lang": "en"}),
            "description": forms.Textarea(attrs={"rows": 8}),
            "categories": forms.CheckboxSelectMultiple,
            "target_groups": forms.CheckboxSelectMultiple,
            "needs": forms.CheckboxSelectMultiple,
            "languages": forms.CheckboxSelectMultiple,
            "other_municipality_terms": forms.Textarea(attrs={"rows": 3}),
            "referral_instructions": forms.Textarea(attrs={"rows": 3}),
            "next_start": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "visible_from": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "visible_until": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        help_texts = {
            "title": _("Kort och tydlig, till exempel ”Arbetsträning i Returbutiken”."),
            "description": _("Vad gör deltagaren, hur ser en vanlig dag ut, vad är målet?"),
            "categories": _("BIP-modellens fyra områden. Välj alla som passar."),
            "min_age": _("Lämna tomt om det inte finns någon nedre gräns."),
            "max_age": _("Lämna tomt om det inte finns någon övre gräns."),
            "other_municipality_terms": _(
                "Visas för alla. Till exempel vem som beslutar och hur lång tid det tar. Skriv "
                "inte priset här: det hör hemma i fältet för pris, som bara inloggade ser."
            ),
            "referral_instructions": _("Visas för handläggare: hur anvisar man någon hit?"),
            "contact_name": _("Krävs innan insatsen publiceras."),
            "visible_from": _("Lämna tomt för att visa insatsen så snart den är publicerad."),
        }

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.municipality = municipality
        self.instance.municipality = municipality
        self.fields["unit"].queryset = Unit.objects.filter(municipality=municipality)
        self.fields["project"].queryset = Project.objects.order_by("name")
        self.fields["contact_phone"].widget.attrs["inputmode"] = "tel"
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        fieldsets = [Fieldset(legend, *names) for legend, names in MEASURE_FIELDSETS]
        fieldsets[-1].fields.append("version")
        self.helper.layout = Layout(*fieldsets)

    def clean_contact_phone(self):
        return clean_phone(self.cleaned_data.get("contact_phone"))

    def clean_summary(self):
        summary = (self.cleaned_data.get("summary") or "").strip()
        if len(summary) > 300:
            raise forms.ValidationError(_("Sammanfattningen får vara högst 300 tecken."))
        return summary

    def clean(self):
        cleaned = super().clean()
        # The model's own rules (age and date ranges, unit in the right municipality).
        low, high = cleaned.get("min_age"), cleaned.get("max_age")
        if low is not None and high is not None and high < low:
            self.add_error("max_age", _("Högsta ålder kan inte vara lägre än lägsta ålder."))
        start, end = cleaned.get("visible_from"), cleaned.get("visible_until")
        if start and end and end < start:
            self.add_error("visible_until", _("Slutdatumet kan inte ligga före startdatumet."))
        if cleaned.get("intake") == Measure.Intake.DATED and not cleaned.get("next_start"):
            self.add_error("next_start", _("Ange nästa startdatum, eller välj löpande intag."))
        capacity, places = cleaned.get("capacity"), cleaned.get("places_available")
        if capacity is not None and places is not None and places > capacity:
            self.add_error("places_available", _("Fler lediga platser än platser totalt."))
        if self.instance.status == Measure.Status.PUBLISHED and not (
            cleaned.get("contact_name")
            and (cleaned.get("contact_phone") or cleaned.get("contact_email"))
        ):
            self.add_error(
                "contact_name",
                _("En publicerad insats måste ha en kontaktperson med telefon eller e-post."),
            )
        return cleaned

    def _post_clean(self):
        super()._post_clean()
        if "places_available" in self.changed_data:
            self.instance.places_updated_at = timezone.now()


class LocationForm(forms.ModelForm):
    class Meta:
        model = Location
        fields = ["name", "street_address", "postcode", "town", "wheelchair_accessible"]
        widgets = {
            "wheelchair_accessible": forms.Select(
                choices=[("", _("Vet inte")), ("true", _("Ja")), ("false", _("Nej"))]
            )
        }


LocationFormSet = forms.inlineformset_factory(
    Measure, Location, form=LocationForm, extra=1, can_delete=True, max_num=10
)


class PlacesForm(forms.Form):
    """The dashboard's quick update of free places, held to the same rule as the measure form."""

    places_available = forms.IntegerField(
        label=_("Lediga platser"),
        min_value=0,
        max_value=999,
        required=False,
        error_messages={
            "invalid": _("Antalet lediga platser måste vara ett heltal från 0 till 999."),
            "min_value": _("Antalet lediga platser måste vara ett heltal från 0 till 999."),
            "max_value": _("Antalet lediga platser måste vara ett heltal från 0 till 999."),
        },
    )

    def __init__(self, *args, measure, **kwargs):
        super().__init__(*args, **kwargs)
        self.measure = measure

    def clean_places_available(self):
        places = self.cleaned_data["places_available"]
        capacity = self.measure.capacity
        if capacity is not None and places is not None and places > capacity:
            raise forms.ValidationError(
                _("Fler lediga platser än platser totalt (%(capacity)s).") % {"capacity": capacity}
            )
        return places


class UnitForm(VersionedForm):
    website = forms.URLField(label=_("Webbplats"), required=False, assume_scheme="https")

    class Meta:
        model = Unit
        fields = [
            "name",
            "description",
            "description_en",
            "street_address",
            "postcode",
            "town",
            "phone",
            "email",
            "website",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "description_en": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.municipality = municipality
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True

    def clean_phone(self):
        return clean_phone(self.cleaned_data.get("phone"))

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        others = Unit.objects.filter(municipality=self.instance.municipality, name__iexact=name)
        if others.exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(_("Kommunen har redan en enhet med det namnet."))
        return name
