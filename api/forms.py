"""The API token page's form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ApiToken


class NewTokenForm(forms.ModelForm):
    class Meta:
        model = ApiToken
        fields = ["name"]
        labels = {"name": _("Vad ska nyckeln användas till?")}
