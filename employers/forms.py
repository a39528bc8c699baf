"""The employer form of the dashboard. An import of the register validates each row with it too
(as publishing/csv_io.py does with MeasureForm): `EmployerForm(data, instance=…,
municipality=…)`, with the same messages for a typed field and a cell."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Fieldset, Layout
from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from core.personal_numbers import FreeTextField
from measures.models import Language, Measure
from publishing.forms import VersionedForm, clean_phone

from .models import HOSTED_MEASURE_TYPES, Employer, PlacementKind
from .orgnr import normalise_org_number

# The form's fieldsets, in order: they also decide which fields the form has.
EMPLOYER_FIELDSETS = [
    (_("Om arbetsgivaren"), ["name", "org_number", "sector", "industry", "town"]),
    (
        _("Platser"),
        ["placement_kinds", "places_at_a_time", "languages", "accessibility_notes"],
    ),
    (_("Insatser hos arbetsgivaren"), ["hosted_measures"]),
    (
        _("Kontaktperson (visas bara för inloggade)"),
        ["contact_name", "contact_phone", "contact_email"],
    ),
    (_("Samtycke till att visas publikt"), ["listing_consent", "consent_date"]),
]
FREE_TEXT = ["name", "town", "accessibility_notes", "contact_name"]


def hostable_measures(municipality):
    """The measures an employer of `municipality` may host: its own praktik and arbetsträning."""
    return (
        Measure.objects.in_municipality(municipality)
        .filter(measure_type__slug__in=HOSTED_MEASURE_TYPES)
        .exclude(status=Measure.Status.ARCHIVED)
        .order_by("title", "pk")
    )


class EmployerForm(VersionedForm):
    class Meta:
        model = Employer
        fields = [name for _legend, names in EMPLOYER_FIELDSETS for name in names]
        field_classes = dict.fromkeys(FREE_TEXT, FreeTextField)
        widgets = {
            "placement_kinds": forms.CheckboxSelectMultiple,
            "languages": forms.CheckboxSelectMultiple,
            "hosted_measures": forms.CheckboxSelectMultiple,
            "accessibility_notes": forms.Textarea(attrs={"rows": 3, "maxlength": 1000}),
            "consent_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        error_messages = {
            "placement_kinds": {
                "required": _("Välj minst en typ av plats som arbetsgivaren tar emot.")
            },
        }

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.municipality = municipality
        self.instance.municipality = municipality
        self.fields["placement_kinds"].queryset = PlacementKind.objects.all()
        self.fields["languages"].queryset = Language.objects.all()
        self.fields["hosted_measures"].queryset = hostable_measures(municipality)
        self.fields["contact_phone"].widget.attrs["inputmode"] = "tel"
        self.fields["org_number"].widget.attrs.update(
            {"autocomplete": "off", "inputmode": "numeric"}
        )
        # Typed as "556036-0793", "5560360793" or "16556036-0793": the field takes more than
        # the 11 characters stored, and clean_org_number says what is wrong with the digits.
        field = self.fields["org_number"]
        field.max_length = 20
        field.validators = [v for v in field.validators if not isinstance(v, MaxLengthValidator)]
        field.validators.append(MaxLengthValidator(20))
        field.widget.attrs["maxlength"] = 20
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        fieldsets = [Fieldset(legend, *names) for legend, names in EMPLOYER_FIELDSETS]
        fieldsets[-1].fields.append("version")
        self.helper.layout = Layout(*fieldsets)

    def clean_org_number(self):
        number = normalise_org_number(self.cleaned_data.get("org_number", ""))
        taken = Employer.objects.filter(municipality=self.municipality, org_number=number)
        other = taken.exclude(pk=self.instance.pk).first()
        if other is not None:
            raise forms.ValidationError(
                _("%(name)s har redan organisationsnumret %(number)s i kommunens register.")
                % {"name": other.name, "number": number},
                code="duplicate",
            )
        return number

    def clean_contact_phone(self):
        return clean_phone(self.cleaned_data.get("contact_phone"))
