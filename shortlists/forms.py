"""Forms behind the buttons of Min lista. Every one is a POST; the pages show their errors as
messages after a redirect, so the forms only validate."""

from django import forms
from django.utils.translation import gettext_lazy as _

from measures.forms import PlainFreeTextField

from .models import ShortList

# The largest id a database key holds; a bigger number is a forged request, not a measure.
MAX_ID = 2**63 - 1


class ItemForm(forms.Form):
    """Add a measure to, or remove it from, a list (`lista` empty: the default or session list)."""

    measure = forms.IntegerField(min_value=1, max_value=MAX_ID)
    lista = forms.IntegerField(min_value=1, max_value=MAX_ID, required=False)


class ShortListNameForm(forms.Form):
    name = PlainFreeTextField(
        label=_("Namn på listan"),
        max_length=ShortList._meta.get_field("name").max_length,
        help_text=_(
            "Skriv inte deltagarens namn eller andra personuppgifter: "
            "alla som får länken till listan ser namnet."
        ),
        error_messages={
            "required": _("Skriv ett namn på listan."),
            "max_length": _("Namnet får vara högst %(limit_value)d tecken."),
        },
    )

    def __init__(self, *args, owner, instance=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.owner = owner
        self.instance = instance

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("Skriv ett namn på listan."))
        others = ShortList.objects.owned_by(self.owner).filter(name=name)
        if self.instance is not None:
            others = others.exclude(pk=self.instance.pk)
        if others.exists():
            raise forms.ValidationError(_("Du har redan en lista med det namnet."))
        return name

    def first_error(self) -> str:
        return next(iter(self.errors.get("name", [])), _("Namnet gick inte att spara."))
