"""Municipalities (kommuner) and their units (the organisations that run measures)."""

from uuid import uuid4

from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

kommunkod_validator = RegexValidator(r"^\d{4}$", _("Kommunkoden består av fyra siffror."))


class MunicipalityQuerySet(models.QuerySet):
    def members(self):
        """The municipalities of Skåne Nordost that take part in the portal."""
        return self.filter(is_skno_member=True)


class Municipality(models.Model):
    name = models.CharField(_("namn"), max_length=100)
    slug = models.SlugField(_("kortnamn i adressen"), max_length=100, unique=True)
    kommunkod = models.CharField(
        _("kommunkod"),
        max_length=4,
        unique=True,
        validators=[kommunkod_validator],
        help_text=_("SCB:s fyrsiffriga kommunkod, till exempel 1293 för Hässleholm."),
    )
    county = models.CharField(_("län"), max_length=100, default="Skåne län")
    is_skno_member = models.BooleanField(
        _("medlem i Skåne Nordost"),
        default=False,
        help_text=_("Medlemskommunerna visas på startsidan och i kommunlistan."),
    )
    website = models.URLField(_("webbplats"), blank=True)
    presentation = models.TextField(_("kort presentation"), blank=True)
    presentation_en = models.TextField(_("kort presentation på engelska"), blank=True)
    # The municipality's id in the open data (HSDS organization.id): never changes once published.
    uuid = models.UUIDField(_("beständigt id"), unique=True, default=uuid4, editable=False)

    objects = MunicipalityQuerySet.as_manager()

    class Meta:
        verbose_name = _("kommun")
        verbose_name_plural = _("kommuner")
        ordering = ["name"]
        constraints = [
            # The SCB code is always exactly four digits; anything else is a typo.
            models.CheckConstraint(
                condition=Q(kommunkod__regex=r"^[0-9]{4}$"), name="municipality_kommunkod_4_digits"
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("municipalities:detail", args=[self.slug])


class AddressMixin:
    """`address_line` for any model with street_address, postcode and town."""

    @property
    def address_line(self):
        place = " ".join(part for part in [self.postcode, self.town] if part)
        return ", ".join(part for part in [self.street_address, place] if part)


class Unit(AddressMixin, models.Model):
    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="units", verbose_name=_("kommun")
    )
    name = models.CharField(_("namn"), max_length=200)
    description = models.TextField(_("beskrivning"), blank=True)
    description_en = models.TextField(
        _("beskrivning på engelska"),
        blank=True,
        help_text=_("Visas för den som valt engelska. Tomt: den svenska beskrivningen visas."),
    )
    street_address = models.CharField(_("gatuadress"), max_length=200, blank=True)
    postcode = models.CharField(_("postnummer"), max_length=6, blank=True)
    town = models.CharField(_("ort"), max_length=100, blank=True)
    phone = models.CharField(_("telefon"), max_length=40, blank=True)
    email = models.EmailField(_("e-post"), blank=True)
    website = models.URLField(_("webbplats"), blank=True)
    is_example = models.BooleanField(
        _("exempeldata"),
        default=False,
        help_text=_("Påhittad enhet som visar hur portalen fungerar."),
    )
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    # The unit's id in the open data (HSDS organization.id): never changes once published.
    uuid = models.UUIDField(_("beständigt id"), unique=True, default=uuid4, editable=False)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("enhet")
        verbose_name_plural = _("enheter")
        ordering = ["municipality__name", "name"]
        constraints = [
            # Two units of the same name in one municipality would be indistinguishable in lists.
            models.UniqueConstraint(
                fields=["municipality", "name"], name="unit_unique_name_per_municipality"
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.municipality})"
