"""Employers that take on participants for placements, per municipality (issue 13).

Each municipality keeps its own register. What an employer offers (kinds of placement, how many
at a time, languages, accessibility) and who to call is for members only; the public sees an
employer's name, sector, industry and kinds of placement, and only after the employer agreed to
be listed (a consent with the date it was given). The organisation number is internal always: a
sole trader's is the owner's personnummer.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.conditions import holds
from core.i18n import localized
from core.personal_numbers import validate_no_personal_number
from measures.models import Language, Measure
from measures.text import fold
from municipalities.models import Municipality

from .orgnr import is_personal_number, validate_org_number

# Measures of these types take place at an employer, so they name the employers that host them.
HOSTED_MEASURE_TYPES = ("praktik", "arbetstraning")
MAX_PLACES = 999


class PlacementKind(models.Model):
    """A kind of placement an employer offers: praktik, arbetsträning, arbetsprövning, anställning
    med stöd. Seeded by a migration; data, so the portal staff can word it in the admin."""

    name = models.CharField(_("namn"), max_length=100)
    name_en = models.CharField(_("namn på engelska"), max_length=100, blank=True)
    slug = models.SlugField(_("kortnamn i adressen"), max_length=100, unique=True)
    position = models.PositiveSmallIntegerField(_("ordning"), default=0)

    class Meta:
        verbose_name = _("typ av plats")
        verbose_name_plural = _("typer av platser")
        ordering = ["position", "name"]

    def __str__(self):
        return self.label

    @property
    def label(self) -> str:
        """The name in the visitor's language."""
        return localized(self, "name")


class EmployerQuerySet(models.QuerySet):
    def listed(self, today: datetime.date | None = None):
        """Employers the public may see: they agreed to be listed, on a date already passed."""
        return self.filter(listed_condition(today=today))

    def in_municipality(self, municipality):
        return self.filter(municipality=municipality)

    def for_cards(self):
        return self.select_related("municipality").prefetch_related("placement_kinds")

    def overdue_for_verification(self):
        return self.filter(Employer.overdue_condition())


def listed_condition(prefix: str = "", today: datetime.date | None = None) -> Q:
    """The consent rule, written once: a consent with a date that is not in the future."""
    today = today or timezone.localdate()
    return Q(**{f"{prefix}listing_consent": True}) & Q(**{f"{prefix}consent_date__lte": today})


class Employer(models.Model):
    class Sector(models.TextChoices):
        PUBLIC = "offentlig", _("Offentlig sektor")
        PRIVATE = "privat", _("Privat sektor")
        SOCIAL_ECONOMY = "social-ekonomi", _("Social ekonomi")

    class Industry(models.TextChoices):
        """The sections of the Swedish standard industrial classification (SNI 2007), shortened:
        a fixed list, so a search by industry finds every employer of it, whatever words the
        editor would have chosen."""

        AGRICULTURE = "jordbruk", _("Jordbruk, skogsbruk och fiske")
        MINING = "utvinning", _("Utvinning av mineral")
        MANUFACTURING = "tillverkning", _("Tillverkning och industri")
        ENERGY = "energi", _("El, gas, värme och kyla")
        WATER_WASTE = "vatten-avfall", _("Vatten, avlopp, avfall och återvinning")
        CONSTRUCTION = "bygg", _("Bygg och anläggning")
        TRADE = "handel", _("Handel och reparation av fordon")
        TRANSPORT = "transport", _("Transport och lager")
        HOSPITALITY = "hotell-restaurang", _("Hotell och restaurang")
        INFORMATION = "information", _("Information och kommunikation")
        FINANCE = "finans", _("Finans och försäkring")
        REAL_ESTATE = "fastighet", _("Fastighetsverksamhet")
        PROFESSIONAL = "juridik-teknik", _("Juridik, ekonomi, vetenskap och teknik")
        SUPPORT_SERVICES = "stodtjanster", _("Fastighetsservice, uthyrning och andra stödtjänster")
        PUBLIC_ADMINISTRATION = "offentlig-forvaltning", _("Offentlig förvaltning")
        EDUCATION = "utbildning", _("Utbildning")
        CARE = "vard-omsorg", _("Vård och omsorg")
        CULTURE = "kultur-fritid", _("Kultur, nöje och fritid")
        OTHER_SERVICES = "annan-service", _("Annan serviceverksamhet")

    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="employers", verbose_name=_("kommun")
    )
    name = models.CharField(_("namn"), max_length=200, validators=[validate_no_personal_number])
    org_number = models.CharField(
        _("organisationsnummer"),
        max_length=11,
        validators=[validate_org_number],
        help_text=_(
            "Tio siffror, till exempel 556036-0793. Visas bara för inloggade medlemmar, aldrig "
            "för allmänheten."
        ),
    )
    sector = models.CharField(_("sektor"), max_length=20, choices=Sector.choices)
    industry = models.CharField(_("bransch"), max_length=30, choices=Industry.choices)
    town = models.CharField(_("ort"), max_length=100, validators=[validate_no_personal_number])
    placement_kinds = models.ManyToManyField(
        PlacementKind, related_name="employers", verbose_name=_("typer av platser")
    )
    places_at_a_time = models.PositiveSmallIntegerField(
        _("antal deltagare åt gången"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(MAX_PLACES)],
    )
    languages = models.ManyToManyField(
        Language,
        blank=True,
        related_name="employers",
        verbose_name=_("språk på arbetsplatsen"),
    )
    accessibility_notes = models.TextField(
        _("tillgänglighet"),
        max_length=1000,
        blank=True,
        validators=[validate_no_personal_number],
        help_text=_("Till exempel rullstolsanpassat, hörselslinga, lugn miljö. Högst 1000 tecken."),
    )
    contact_name = models.CharField(
        _("kontaktperson"), max_length=200, blank=True, validators=[validate_no_personal_number]
    )
    contact_phone = models.CharField(_("telefon"), max_length=40, blank=True)
    contact_email = models.EmailField(_("e-post"), blank=True)
    listing_consent = models.BooleanField(
        _("har samtyckt till att visas publikt"),
        default=False,
        help_text=_(
            "Bara då visas namn, sektor, bransch och typer av platser för allmänheten. "
            "Kontaktuppgifter och organisationsnummer visas aldrig publikt."
        ),
    )
    consent_date = models.DateField(
        _("datum för samtycket"),
        null=True,
        blank=True,
        help_text=_("Dagen arbetsgivaren gav sitt samtycke. Krävs när samtycke är ikryssat."),
    )
    hosted_measures = models.ManyToManyField(
        Measure,
        blank=True,
        related_name="host_employers",
        verbose_name=_("insatser hos arbetsgivaren"),
        help_text=_("Kommunens insatser av typen praktik eller arbetsträning som sker här."),
    )
    last_verified = models.DateField(_("senast bekräftad"), null=True, blank=True, editable=False)
    verified_at = models.DateTimeField(_("bekräftad"), null=True, blank=True, editable=False)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name=_("bekräftad av"),
    )
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)
    # Optimistic locking, as for measures (core/versioning.py).
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    is_example = models.BooleanField(
        _("exempeldata"),
        default=False,
        help_text=_("Påhittad arbetsgivare som visar hur portalen fungerar. Inte en verklig."),
    )
    # The name case- and accent-folded (measures.text.fold): a search for "ahus" finds "Åhus" on
    # SQLite and PostgreSQL alike.
    search_name = models.CharField(max_length=200, editable=False, blank=True, default="")

    objects = EmployerQuerySet.as_manager()
    history = HistoricalRecords(
        m2m_fields=[placement_kinds, languages, hosted_measures], excluded_fields=["search_name"]
    )

    class Meta:
        verbose_name = _("arbetsgivare")
        verbose_name_plural = _("arbetsgivare")
        ordering = ["name", "pk"]
        constraints = [
            # One entry per employer in a municipality's register; another municipality may
            # register the same employer (a chain with workplaces in several towns).
            models.UniqueConstraint(
                fields=["municipality", "org_number"], name="employer_unique_org_number"
            ),
            # A consent is recorded with the day it was given, or it is no consent.
            models.CheckConstraint(
                condition=Q(listing_consent=False) | Q(consent_date__isnull=False),
                name="employer_consent_has_date",
            ),
        ]
        indexes = [
            # The public list and the sitemap read only listed employers.
            models.Index(fields=["listing_consent", "consent_date"], name="employer_listed_idx"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.search_name = fold(self.name)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "name" in update_fields:
            kwargs["update_fields"] = {*update_fields, "search_name"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("employers:detail", args=[self.pk])

    def clean(self):
        errors = {}
        if self.listing_consent and self.consent_date is None:
            errors["consent_date"] = _("Ange dagen arbetsgivaren gav sitt samtycke.")
        if self.consent_date and self.consent_date > timezone.localdate():
            errors["consent_date"] = _("Samtycket kan inte vara givet ett datum i framtiden.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_listed(self) -> bool:
        """The consent rule (`listed_condition`) asked of this employer, without a query."""
        return holds(listed_condition(), self)

    @property
    def is_sole_trader(self) -> bool:
        """The organisation number is a personnummer (enskild näringsidkare)."""
        return is_personal_number(self.org_number)

    @staticmethod
    def overdue_condition(today: datetime.date | None = None) -> Q:
        limit = (today or timezone.localdate()) - datetime.timedelta(
            days=settings.PORTAL_VERIFY_DAYS
        )
        return Q(last_verified__isnull=True) | Q(last_verified__lt=limit)

    @property
    def is_overdue(self) -> bool:
        return holds(self.overdue_condition(), self)
