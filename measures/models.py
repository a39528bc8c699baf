"""Measures (insatser), the taxonomies that classify them, their locations and ESF projects.

The measure follows the Human Services Data Specification (HSDS 3) *service*, with a Swedish
labour-market profile: BIP categories, measure types, target groups, needs and the terms on which
participants from other municipalities are accepted.
"""

import datetime
import secrets
from uuid import uuid4

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import IntegrityError, models, transaction
from django.db.models import Case, F, FloatField, Q, Value, When
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.conditions import holds
from core.i18n import localized
from core.params import clean_text_input
from core.personal_numbers import validate_no_personal_number
from municipalities.models import AddressMixin, Municipality, Unit

from .text import fold, unique_slug

MAX_AGE = 120
# How often a new measure's save looks for another free slug after a concurrent save took it.
SLUG_ATTEMPTS = 5


class Term(models.Model):
    """A taxonomy term: data, not code, so the portal staff can edit it in the admin."""

    name = models.CharField(_("namn"), max_length=100)
    name_en = models.CharField(
        _("namn på engelska"),
        max_length=100,
        blank=True,
        help_text=_("Visas för den som valt engelska. Tomt: det svenska namnet visas."),
    )
    slug = models.SlugField(_("kortnamn i adressen"), max_length=100, unique=True)
    description = models.TextField(_("beskrivning"), blank=True)
    description_en = models.TextField(_("beskrivning på engelska"), blank=True)
    position = models.PositiveSmallIntegerField(_("ordning"), default=0)
    # The term's id in the open data (HSDS taxonomy_term.id): never changes once published.
    uuid = models.UUIDField(_("beständigt id"), unique=True, default=uuid4, editable=False)

    class Meta:
        abstract = True
        ordering = ["position", "name"]

    def __str__(self):
        # Form choices and history read the term in the visitor's language.
        return self.label

    @property
    def label(self) -> str:
        """The name in the visitor's language (English when there is one)."""
        return localized(self, "name")

    @property
    def description_label(self) -> str:
        return localized(self, "description")


class Category(Term):
    """One of the BIP model's four kinds of measures."""

    class Meta(Term.Meta):
        verbose_name = _("kategori")
        verbose_name_plural = _("kategorier")


class MeasureType(Term):
    class Meta(Term.Meta):
        verbose_name = _("typ av insats")
        verbose_name_plural = _("typer av insatser")


class TargetGroup(Term):
    class Meta(Term.Meta):
        verbose_name = _("målgrupp")
        verbose_name_plural = _("målgrupper")


class Need(Term):
    class Meta(Term.Meta):
        verbose_name = _("behov")
        verbose_name_plural = _("behov")


class Language(Term):
    """A language a measure is given in; the slug is the ISO 639 code."""

    class Meta(Term.Meta):
        verbose_name = _("språk")
        verbose_name_plural = _("språk")


class SearchTerm(models.Model):
    """A word or phrase visitors search with, and what it stands for in the catalogue.

    The search thesaurus (measures/search.py): "internship" finds the measures of type Praktik
    and those whose text says "praktik". Data, not code, so the portal staff edit it in the admin.
    """

    class Language(models.TextChoices):
        SWEDISH = "sv", _("Svenska")
        ENGLISH = "en", _("Engelska")

    phrase = models.CharField(
        _("sökord"),
        max_length=100,
        help_text=_("Ett ord eller en fras som besökare söker med, till exempel work training."),
    )
    language = models.CharField(
        _("språk"), max_length=2, choices=Language.choices, default=Language.SWEDISH
    )
    words = models.CharField(
        _("svenska ord"),
        max_length=300,
        blank=True,
        help_text=_(
            "Ord i insatsernas texter som sökordet ska hitta, åtskilda med kommatecken. "
            "Till exempel: praktik, praktikplats."
        ),
    )
    measure_type = models.ForeignKey(
        MeasureType,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="search_terms",
        verbose_name=_("typ av insats"),
    )
    need = models.ForeignKey(
        Need,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="search_terms",
        verbose_name=_("behov"),
    )
    category = models.ForeignKey(
        Category,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="search_terms",
        verbose_name=_("kategori"),
    )

    class Meta:
        verbose_name = _("sökord i synonymlistan")
        verbose_name_plural = _("synonymlista för sökningen")
        ordering = ["phrase"]
        constraints = [
            # One row per phrase and language; the row names everything the phrase stands for.
            models.UniqueConstraint(
                Lower("phrase"), "language", name="searchterm_unique_phrase_per_language"
            ),
            # A phrase that leads nowhere would only hide the literal search for it.
            models.CheckConstraint(
                condition=~Q(words="")
                | Q(measure_type__isnull=False)
                | Q(need__isnull=False)
                | Q(category__isnull=False),
                name="searchterm_leads_somewhere",
            ),
        ]

    def __str__(self):
        return self.phrase

    def save(self, *args, **kwargs):
        self.phrase = " ".join(self.phrase.split())
        super().save(*args, **kwargs)

    def clean(self):
        if not (self.words.strip() or self.measure_type_id or self.need_id or self.category_id):
            raise ValidationError(
                _(
                    "Ange svenska ord, eller en typ, ett behov eller en kategori som sökordet "
                    "hittar."
                )
            )


class Project(models.Model):
    """An ESF project that funded or developed measures."""

    name = models.CharField(_("namn"), max_length=200)
    slug = models.SlugField(_("kortnamn i adressen"), max_length=200, unique=True)
    project_number = models.CharField(
        _("projektnummer"), max_length=40, blank=True, help_text=_("Till exempel 2017/00126.")
    )
    owner = models.CharField(_("projektägare"), max_length=200)
    fund = models.CharField(_("fond"), max_length=40, blank=True, help_text=_("ESF eller ESF+."))
    programme_area = models.CharField(_("programområde"), max_length=200, blank=True)
    start_date = models.DateField(_("startdatum"), null=True, blank=True)
    end_date = models.DateField(_("slutdatum"), null=True, blank=True)
    total_budget = models.PositiveBigIntegerField(_("total budget (kr)"), null=True, blank=True)
    esf_support = models.PositiveBigIntegerField(_("beviljat ESF-stöd (kr)"), null=True, blank=True)
    planned_participants = models.PositiveIntegerField(
        _("planerat antal deltagare"), null=True, blank=True
    )
    partner_municipalities = models.ManyToManyField(
        Municipality,
        blank=True,
        related_name="projects",
        verbose_name=_("deltagande kommuner"),
    )
    summary = models.TextField(_("sammanfattning"), blank=True)
    summary_en = models.TextField(
        _("sammanfattning på engelska"),
        blank=True,
        help_text=_("Visas i stället för sammanfattningen för den som valt engelska."),
    )
    source = models.CharField(_("källa"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("projekt")
        verbose_name_plural = _("projekt")
        ordering = ["-start_date", "name"]
        constraints = [
            # A project number identifies one project; blank means the source gives none.
            models.UniqueConstraint(
                fields=["project_number"],
                condition=~Q(project_number=""),
                name="project_unique_number",
            ),
            # A period that ends before it starts is a typing error.
            models.CheckConstraint(
                condition=Q(start_date__isnull=True)
                | Q(end_date__isnull=True)
                | Q(end_date__gte=F("start_date")),
                name="project_period_in_order",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("measures:project_detail", args=[self.slug])

    @property
    def esf_share(self):
        """ESF support as a share of the total budget, in per cent, when both are known."""
        if self.total_budget and self.esf_support is not None:
            return round(100 * self.esf_support / self.total_budget)
        return None


class MeasureQuerySet(models.QuerySet):
    def public(self):
        """Published and inside the visibility window: the only measures a public page shows."""
        return self.filter(public_condition())

    def overdue_for_verification(self):
        """Published measures nobody has confirmed within PORTAL_VERIFY_DAYS."""
        return self.filter(Measure.overdue_condition())

    def in_municipality(self, municipality):
        return self.filter(municipality=municipality)

    def open_to_others(self):
        """Measures that accept participants from other municipalities, freely or by agreement."""
        return self.exclude(open_to_others=Measure.Openness.NO)

    def with_free_places(self):
        return self.filter(places_available__gt=0)

    def for_age(self, age: int):
        """Measures whose age range includes `age` (an open end includes every age)."""
        return self.filter(
            Q(min_age__isnull=True) | Q(min_age__lte=age),
            Q(max_age__isnull=True) | Q(max_age__gte=age),
        )

    def for_cards(self):
        """What a result card shows: municipality, unit, type and the BIP categories."""
        return self.select_related("municipality", "unit", "measure_type").prefetch_related(
            "categories"
        )

    def search(self, text: str):
        """Public measures matching free text, annotated with `relevance` (higher is better).

        The matching runs in this process, on the word index of the public catalogue
        (measures/search.py): typo tolerance, Swedish stemming and the search thesaurus work the
        same on SQLite and PostgreSQL, and both find the same measures in the same order. The
        database only picks the found measures by id. A measure that is not public is never
        found.
        """
        text = clean_text_input(text).strip()
        if not text:
            return self
        # Imported here: the search engine reads the catalogue index, which reads this module.
        from .search import find

        ids, relevance = find(text)
        by_relevance = {}
        for pk, score in zip(ids.tolist(), relevance.tolist(), strict=True):
            by_relevance.setdefault(score, []).append(pk)
        ranked = Case(
            *(When(pk__in=pks, then=Value(score)) for score, pks in by_relevance.items()),
            default=Value(0.0),
            output_field=FloatField(),
        )
        return self.filter(pk__in=ids.tolist()).annotate(relevance=ranked)

    def newest(self):
        return self.order_by(F("published_at").desc(nulls_last=True), "-pk")


def public_condition(prefix: str = "", today: datetime.date | None = None) -> Q:
    """The visibility rule, written once: published and inside the visibility window.

    A Q, usable from related models (`prefix="measures__"`, for counts); `Measure.objects.public()`
    filters on it and `Measure.is_public` evaluates it on one measure (core/conditions.py).
    """
    today = today or timezone.localdate()
    return (
        Q(**{f"{prefix}status": Measure.Status.PUBLISHED})
        & (
            Q(**{f"{prefix}visible_from__isnull": True})
            | Q(**{f"{prefix}visible_from__lte": today})
        )
        & (
            Q(**{f"{prefix}visible_until__isnull": True})
            | Q(**{f"{prefix}visible_until__gte": today})
        )
    )


class Measure(models.Model):
    class Status(models.TextChoices):
        DRAFT = "utkast", _("Utkast")
        PUBLISHED = "publicerad", _("Publicerad")
        ARCHIVED = "arkiverad", _("Arkiverad")

    class Format(models.TextChoices):
        ON_SITE = "pa-plats", _("På plats")
        DIGITAL = "digitalt", _("Digitalt")
        BLENDED = "blandat", _("Blandat")

    class Intake(models.TextChoices):
        CONTINUOUS = "lopande", _("Löpande intag")
        DATED = "datum", _("Start vid ett visst datum")

    class Openness(models.TextChoices):
        NO = "nej", _("Nej")
        YES = "ja", _("Ja")
        BY_AGREEMENT = "overenskommelse", _("Efter överenskommelse")

    title = models.CharField(_("titel"), max_length=200)
    slug = models.SlugField(_("kortnamn i adressen"), max_length=200, unique=True, blank=True)
    summary = models.CharField(
        _("sammanfattning"),
        max_length=300,
        help_text=_("Högst 300 tecken. Visas i träfflistan."),
    )
    summary_easy = models.TextField(
        _("lättläst sammanfattning"),
        blank=True,
        max_length=600,
        help_text=_("Korta meningar och vanliga ord. Visas under sammanfattningen."),
    )
    summary_en = models.TextField(
        _("sammanfattning på engelska"),
        blank=True,
        max_length=400,
        help_text=_("Visas i stället för sammanfattningen för den som valt engelska."),
    )
    description = models.TextField(_("beskrivning"), blank=True)
    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="measures", verbose_name=_("kommun")
    )
    unit = models.ForeignKey(
        Unit, on_delete=models.PROTECT, related_name="measures", verbose_name=_("enhet")
    )
    measure_type = models.ForeignKey(
        MeasureType, on_delete=models.PROTECT, related_name="measures", verbose_name=_("typ")
    )
    categories = models.ManyToManyField(
        Category, related_name="measures", verbose_name=_("kategorier")
    )
    target_groups = models.ManyToManyField(
        TargetGroup, blank=True, related_name="measures", verbose_name=_("målgrupper")
    )
    needs = models.ManyToManyField(
        Need, blank=True, related_name="measures", verbose_name=_("behov")
    )
    languages = models.ManyToManyField(
        Language, blank=True, related_name="measures", verbose_name=_("språk")
    )
    min_age = models.PositiveSmallIntegerField(
        _("lägsta ålder"), null=True, blank=True, validators=[MaxValueValidator(MAX_AGE)]
    )
    max_age = models.PositiveSmallIntegerField(
        _("högsta ålder"), null=True, blank=True, validators=[MaxValueValidator(MAX_AGE)]
    )
    format = models.CharField(
        _("form"), max_length=20, choices=Format.choices, default=Format.ON_SITE
    )
    hours_per_week = models.PositiveSmallIntegerField(
        _("timmar per vecka"), null=True, blank=True, validators=[MaxValueValidator(60)]
    )
    schedule = models.CharField(
        _("dagar och tider"), max_length=200, blank=True, help_text=_("Till exempel mån–tors 8–12.")
    )
    duration_weeks = models.PositiveSmallIntegerField(
        _("längd i veckor"),
        null=True,
        blank=True,
        help_text=_("Lämna tomt om längden är individuell."),
    )
    intake = models.CharField(
        _("intag"), max_length=20, choices=Intake.choices, default=Intake.CONTINUOUS
    )
    next_start = models.DateField(_("nästa start"), null=True, blank=True)
    capacity = models.PositiveSmallIntegerField(_("antal platser"), null=True, blank=True)
    places_available = models.PositiveSmallIntegerField(
        _("lediga platser just nu"), null=True, blank=True
    )
    places_updated_at = models.DateTimeField(_("lediga platser uppdaterade"), null=True, blank=True)
    open_to_others = models.CharField(
        _("tar emot deltagare från andra kommuner"),
        max_length=20,
        choices=Openness.choices,
        default=Openness.BY_AGREEMENT,
    )
    other_municipality_terms = models.TextField(
        _("villkor för deltagare från andra kommuner"), blank=True
    )
    price_for_others = models.CharField(
        _("pris för deltagare från andra kommuner"),
        max_length=200,
        blank=True,
        help_text=_("Till exempel 4 500 kr per månad. Visas bara för inloggade handläggare."),
    )
    referral_by_af = models.BooleanField(_("anvisning via Arbetsförmedlingen"), default=False)
    referral_by_case_officer = models.BooleanField(
        _("anvisning via kommunens handläggare"), default=True
    )
    self_referral = models.BooleanField(_("egen anmälan"), default=False)
    referral_instructions = models.TextField(_("så anvisar du"), blank=True)
    contact_name = models.CharField(_("kontaktperson"), max_length=200, blank=True)
    contact_role = models.CharField(_("roll"), max_length=200, blank=True)
    contact_phone = models.CharField(_("telefon"), max_length=40, blank=True)
    contact_email = models.EmailField(_("e-post"), blank=True)
    project = models.ForeignKey(
        Project,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="measures",
        verbose_name=_("projekt"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    visible_from = models.DateField(_("visas från"), null=True, blank=True)
    visible_until = models.DateField(_("visas till och med"), null=True, blank=True)
    last_verified = models.DateField(_("senast bekräftad"), null=True, blank=True)
    published_at = models.DateTimeField(_("publicerad"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("skapad"), auto_now_add=True)
    updated_at = models.DateTimeField(_("ändrad"), auto_now=True)
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
    verification_reminder_sent_at = models.DateTimeField(
        _("påminnelse om bekräftelse skickad"), null=True, blank=True, editable=False
    )
    # Optimistic locking: every save through the dashboard bumps it, and a save that started
    # from an older version is refused instead of silently overwriting someone else's work.
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    is_example = models.BooleanField(
        _("exempeldata"),
        default=False,
        help_text=_(
            "Påhittad insats som visar hur portalen fungerar. Inte ett verkligt erbjudande."
        ),
    )
    # The measure's id in the open data (HSDS service.id): never changes once published, not
    # when the measure is edited, restored or loaded again; a copy gets a new one.
    uuid = models.UUIDField(_("beständigt id"), unique=True, default=uuid4, editable=False)
    # Case-folded title, summary and description. The list's search no longer reads it (nor
    # search_document): it has its own word index, the same on both databases (search.py).
    search_text = models.TextField(editable=False, blank=True, default="")
    # Weighted full-text vector kept current by a database trigger on PostgreSQL.
    search_document = SearchVectorField(null=True, editable=False)

    objects = MeasureQuerySet.as_manager()
    history = HistoricalRecords(
        m2m_fields=[categories, target_groups, needs, languages],
        excluded_fields=["search_text", "search_document", "verification_reminder_sent_at"],
    )

    class Meta:
        verbose_name = _("insats")
        verbose_name_plural = _("insatser")
        ordering = ["title"]
        constraints = [
            # An age range that ends before it starts would match nobody.
            models.CheckConstraint(
                condition=Q(min_age__isnull=True)
                | Q(max_age__isnull=True)
                | Q(max_age__gte=F("min_age")),
                name="measure_age_range_in_order",
            ),
            # Likewise the visibility window.
            models.CheckConstraint(
                condition=Q(visible_from__isnull=True)
                | Q(visible_until__isnull=True)
                | Q(visible_until__gte=F("visible_from")),
                name="measure_visibility_window_in_order",
            ),
        ]
        indexes = [
            # The public() filter runs on every public page.
            models.Index(
                fields=["status", "visible_from", "visible_until"], name="measure_public_idx"
            ),
            # Sorting by newest.
            models.Index(fields=["-published_at"], name="measure_published_idx"),
            # Similar measures: the newest of one type, read from the index without a sort.
            models.Index(fields=["measure_type", "-published_at"], name="measure_type_newest_idx"),
            # The feeds: the 50 latest changes, read from the index without sorting them all.
            models.Index(fields=["-updated_at"], name="measure_updated_idx"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        slug_from_title = not self.slug
        if slug_from_title:
            self.slug = unique_slug(Measure, self.title, exclude_pk=self.pk)
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        self.search_text = self.build_search_text()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "search_text", "published_at"}
        if slug_from_title:
            self._save_with_a_free_slug(*args, **kwargs)
        else:
            super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("measures:detail", args=[self.slug])

    def _save_with_a_free_slug(self, *args, **kwargs):
        """Save; if another measure took the slug since it was worked out, take the next one.

        Two editors creating measures with the same title at once both find the same slug free,
        and the second insert breaks the unique constraint. Each attempt runs in a savepoint, so
        the editor's transaction carries on after a refused one.
        """
        tried = set()
        for attempt in range(1, SLUG_ATTEMPTS + 1):
            try:
                with transaction.atomic(using=kwargs.get("using")):
                    super().save(*args, **kwargs)
                return
            except IntegrityError:
                taken = Measure.objects.filter(slug=self.slug).exclude(pk=self.pk).exists()
                if attempt == SLUG_ATTEMPTS or not taken:
                    raise
                tried.add(self.slug)
                self.slug = unique_slug(Measure, self.title, exclude_pk=self.pk, taken=tried)

    def clean(self):
        errors = {}
        if (
            self.unit_id
            and self.municipality_id
            and self.unit.municipality_id != self.municipality_id
        ):
            errors["unit"] = _("Enheten hör till en annan kommun än insatsen.")
        if self.min_age is not None and self.max_age is not None and self.min_age > self.max_age:
            errors["max_age"] = _("Högsta ålder kan inte vara lägre än lägsta ålder.")
        if self.visible_from and self.visible_until and self.visible_until < self.visible_from:
            errors["visible_until"] = _("Slutdatumet kan inte ligga före startdatumet.")
        if self.intake == self.Intake.DATED and not self.next_start:
            errors["next_start"] = _("Ange nästa startdatum, eller välj löpande intag.")
        if errors:
            raise ValidationError(errors)

    def build_search_text(self) -> str:
        return fold(" ".join([self.title, self.summary, self.description]))

    @staticmethod
    def overdue_condition(today: datetime.date | None = None) -> Q:
        limit = (today or timezone.localdate()) - datetime.timedelta(
            days=settings.PORTAL_VERIFY_DAYS
        )
        return Q(status=Measure.Status.PUBLISHED) & (
            Q(last_verified__isnull=True) | Q(last_verified__lt=limit)
        )

    @property
    def is_overdue(self) -> bool:
        if self.status != self.Status.PUBLISHED:
            return False
        limit = timezone.localdate() - datetime.timedelta(days=settings.PORTAL_VERIFY_DAYS)
        return self.last_verified is None or self.last_verified < limit

    def similar_in_other_municipalities(self, limit: int = 4):
        """Public measures elsewhere: the same type first, then sharing a BIP category; newest
        first within each, so the database reads a few rows of the published_at index instead of
        sorting every candidate."""
        others = (
            Measure.objects.public()
            .exclude(municipality_id=self.municipality_id)
            .order_by("-published_at")
        )
        similar = list(others.filter(measure_type_id=self.measure_type_id).for_cards()[:limit])
        if len(similar) < limit:
            category_ids = [category.pk for category in self.categories.all()]
            shares_category = Measure.categories.through.objects.filter(
                category_id__in=category_ids
            ).values("measure_id")
            similar += list(
                others.filter(pk__in=shares_category)
                .exclude(measure_type_id=self.measure_type_id)
                .for_cards()[: limit - len(similar)]
            )
        return similar

    # Presentation helpers used by the templates.

    def summary_for(self, language_code: str) -> str:
        """The English summary for English visitors when there is one, else the Swedish."""
        if language_code == "en" and self.summary_en:
            return self.summary_en
        return self.summary

    @property
    def is_public(self) -> bool:
        """The visibility rule (`public_condition`) asked of this measure, without a query."""
        return holds(public_condition(), self)

    @property
    def accepts_other_municipalities(self) -> bool:
        return self.open_to_others != self.Openness.NO

    @property
    def age_range_label(self) -> str:
        if self.min_age is not None and self.max_age is not None:
            return _("%(min)s–%(max)s år") % {"min": self.min_age, "max": self.max_age}
        if self.min_age is not None:
            return _("från %(min)s år") % {"min": self.min_age}
        if self.max_age is not None:
            return _("upp till %(max)s år") % {"max": self.max_age}
        return _("alla åldrar")

    @property
    def referral_routes(self) -> list[str]:
        routes = []
        if self.referral_by_case_officer:
            routes.append(_("Kommunens handläggare"))
        if self.referral_by_af:
            routes.append(_("Arbetsförmedlingen"))
        if self.self_referral:
            routes.append(_("Egen anmälan"))
        return routes


class Location(AddressMixin, models.Model):
    """A place where a measure is given (HSDS: service_at_location)."""

    measure = models.ForeignKey(
        Measure, on_delete=models.CASCADE, related_name="locations", verbose_name=_("insats")
    )
    name = models.CharField(_("namn på platsen"), max_length=200, blank=True)
    street_address = models.CharField(_("gatuadress"), max_length=200)
    postcode = models.CharField(_("postnummer"), max_length=6, blank=True)
    town = models.CharField(_("ort"), max_length=100)
    latitude = models.DecimalField(
        _("latitud"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitud"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    wheelchair_accessible = models.BooleanField(
        _("tillgänglig med rullstol"), null=True, blank=True, help_text=_("Lämna tomt om okänt.")
    )
    # The place's id in the open data (HSDS service_at_location.id): never changes once published.
    uuid = models.UUIDField(_("beständigt id"), unique=True, default=uuid4, editable=False)

    class Meta:
        verbose_name = _("plats")
        verbose_name_plural = _("platser")
        ordering = ["pk"]

    def __str__(self):
        return ", ".join(part for part in [self.name, self.street_address, self.town] if part)


class ErrorReport(models.Model):
    """A visitor's note that something on a measure's page is wrong ("Rapportera fel").

    It holds the message only: no name, e-mail or address of the person who sent it.
    """

    measure = models.ForeignKey(
        Measure, on_delete=models.CASCADE, related_name="error_reports", verbose_name=_("insats")
    )
    message = models.TextField(
        _("vad är fel?"), max_length=2000, validators=[validate_no_personal_number]
    )
    created_at = models.DateTimeField(_("inkommen"), auto_now_add=True)
    handled_at = models.DateTimeField(_("hanterad"), null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("hanterad av"),
    )

    class Meta:
        verbose_name = _("felrapport")
        verbose_name_plural = _("felrapporter")
        ordering = ["-created_at"]
        indexes = [
            # The dashboard's queue: open reports, newest first.
            models.Index(fields=["handled_at", "-created_at"], name="errorreport_queue_idx"),
        ]

    def __str__(self):
        return f"{self.measure}: {self.message[:50]}"

    @property
    def is_handled(self):
        return self.handled_at is not None


class CatalogueState(models.Model):
    """One row that moves on with every change to what the public list can show.

    Each app process keeps an in-memory index of the catalogue (measures/catalogue.py), and the
    caches key their work by (version, counter). `counter` counts the changes: change n is
    CatalogueChange n, so a process whose index is at n - 3 reads changes n - 2 to n and patches
    its index with the measures they name. `version` is random, new with each change, and each
    change records it: a process checks that the change its index is at still carries the
    version it saw, so a database recreated, restored from a backup or rolled back (as each
    test's is) never passes for the catalogue the index was built from, even at the same count.
    """

    version = models.BigIntegerField(default=0)
    counter = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = _("katalogversion")
        verbose_name_plural = _("katalogversion")

    def __str__(self):
        return f"v{self.version}"

    @classmethod
    def current(cls) -> tuple[int, int]:
        """(version, counter): one small query on every list request."""
        row = cls.objects.filter(pk=1).values_list("version", "counter").first()
        return tuple(row) if row else (0, 0)

    @classmethod
    def bump(cls, measure_ids=(), *, rebuild: bool = False) -> None:
        """Record one change: the measures it touched, or `rebuild` for anything else.

        Row-locks the state in a transaction of its own (the caller's when inside one), so two
        changes get two consecutive numbers and each is committed with its log row: a reader
        never sees a count whose change it cannot read."""
        with transaction.atomic():
            state, _created = cls.objects.select_for_update().get_or_create(pk=1)
            state.counter += 1
            state.version = secrets.randbits(62) + 1
            state.save(update_fields=["counter", "version"])
            CatalogueChange.objects.create(
                number=state.counter,
                version=state.version,
                rebuild=rebuild,
                measures=[] if rebuild else sorted({int(pk) for pk in measure_ids}),
            )
            if state.counter % CatalogueChange.PRUNE_EVERY == 0:
                CatalogueChange.objects.filter(
                    number__lte=state.counter - CatalogueChange.KEEP
                ).delete()


class CatalogueChange(models.Model):
    """One change of the catalogue (see CatalogueState): which measures to read again.

    Only the newest KEEP are kept: a process further behind rebuilds its index anyway.
    """

    KEEP = 5000
    PRUNE_EVERY = 100

    number = models.BigIntegerField(primary_key=True)
    version = models.BigIntegerField()
    # Something other than measures changed (a municipality, a term, the thesaurus …).
    rebuild = models.BooleanField(default=False)
    measures = models.JSONField(default=list)  # ids of the measures saved or deleted
    created_at = models.DateTimeField(auto_now_add=True)

    # Internal bookkeeping, never shown (not in the admin): no translated names.

    def __str__(self):
        return f"#{self.number}"
