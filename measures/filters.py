"""The one FilterSet for lists of measures: the public list now, exports and the API later.

It is lenient on purpose: a visitor's URL may hold unknown slugs, a malformed age, a forgotten
sort key or a very long query. The values are read by the public pages' one parameter parser
(core/params.py); each value it drops is named in a notice the page shows, and every filter
that was understood still applies. Nothing here raises on bad input.

The list page counts its facets on the in-memory catalogue index (facets.py) from what this
FilterSet understood; its queryset (`qs`) gives the same measures in the same order.
"""

from dataclasses import dataclass, field

import django_filters
from django.conf import settings
from django.db.models import Case, When
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from core.collation import Swedish
from core.i18n import localized
from core.params import (
    MAX_VALUES_PER_PARAMETER,
    read_flag,
    read_many,
    read_number,
    read_one,
    read_text,
)
from municipalities.models import Municipality

from .models import MAX_AGE, Category, Language, Measure, MeasureType, Need, Project, TargetGroup


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    pk: object = None


@dataclass
class Chip:
    label: str
    remove_query: str


@dataclass
class Vocabulary:
    """The options of every multi-valued filter, loaded once per request (one query each)."""

    options: dict[str, list[Option]] = field(default_factory=dict)

    @classmethod
    def load(cls):
        def terms(model, *english):
            """Options labelled in the visitor's language: `english` names the `name_en` field
            where the model has one (a municipality or project keeps its name in English)."""
            rows = model.objects.only("pk", "slug", "name", *english)
            return [Option(t.slug, localized(t, "name"), t.pk) for t in rows]

        return cls(
            options={
                "kommun": terms(Municipality),
                "kategori": terms(Category, "name_en"),
                "typ": terms(MeasureType, "name_en"),
                "malgrupp": terms(TargetGroup, "name_en"),
                "behov": terms(Need, "name_en"),
                "sprak": terms(Language, "name_en"),
                "format": [Option(value, str(label)) for value, label in Measure.Format.choices],
                "projekt": terms(Project),
            }
        )

    def by_value(self, param):
        return {option.value: option for option in self.options[param]}


class OptionsFilter(django_filters.MultipleChoiceFilter):
    """Any of several options. Many-to-many fields go through a subquery so rows never repeat."""

    def __init__(self, *args, through=None, through_column=None, **kwargs):
        kwargs.setdefault("distinct", False)
        super().__init__(*args, **kwargs)
        self.through = through
        self.through_column = through_column

    def filter(self, qs, value):
        if not value:
            return qs
        if self.through is not None:
            ids = self.parent.ids_for(self.field_name, value)
            rows = self.through.objects.filter(**{f"{self.through_column}__in": ids})
            return qs.filter(pk__in=rows.values("measure_id"))
        return qs.filter(**{f"{self.field_name}__in": value})


class FlagFilter(django_filters.BooleanFilter):
    """`?name=1` turns a filter on; anything else leaves the list alone."""

    def __init__(self, *args, method_name, **kwargs):
        super().__init__(*args, **kwargs)
        self.method_name = method_name

    def filter(self, qs, value):
        if value:
            return getattr(qs, self.method_name)()
        return qs


class MeasureFilter(django_filters.FilterSet):
    SORTS = {
        "relevans": _("Relevans"),
        "nyast": _("Nyast först"),
        "titel": _("Titel A–Ö"),
        "kommun": _("Kommun"),
    }
    DEFAULT_SORT = "relevans"

    q = django_filters.CharFilter(method="filter_text", label=_("Sök"))
    kommun = OptionsFilter(field_name="municipality__slug", label=_("Kommun"))
    kategori = OptionsFilter(
        field_name="kategori",
        label=_("Kategori"),
        through=Measure.categories.through,
        through_column="category_id",
    )
    typ = OptionsFilter(field_name="measure_type__slug", label=_("Typ av insats"))
    malgrupp = OptionsFilter(
        field_name="malgrupp",
        label=_("Målgrupp"),
        through=Measure.target_groups.through,
        through_column="targetgroup_id",
    )
    behov = OptionsFilter(
        field_name="behov",
        label=_("Behov"),
        through=Measure.needs.through,
        through_column="need_id",
    )
    sprak = OptionsFilter(
        field_name="sprak",
        label=_("Språk"),
        through=Measure.languages.through,
        through_column="language_id",
    )
    alder = django_filters.NumberFilter(method="filter_age", label=_("Ålder"))
    format = OptionsFilter(field_name="format", label=_("Form"))
    oppen_for_andra = FlagFilter(
        method_name="open_to_others", label=_("Tar emot deltagare från andra kommuner")
    )
    ledig_plats = FlagFilter(method_name="with_free_places", label=_("Har lediga platser nu"))
    projekt = OptionsFilter(field_name="project__slug", label=_("Projekt"))

    # Facets in the order the page shows them; the flags are counted as one-option facets.
    FACETS = ["kommun", "kategori", "typ", "malgrupp", "behov", "sprak", "format", "projekt"]
    FLAGS = ["oppen_for_andra", "ledig_plats"]

    class Meta:
        model = Measure
        fields = []

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None, vocabulary=None):
        self.vocabulary = vocabulary or Vocabulary.load()
        self.notices: list[str] = []
        cleaned = self.sanitize(data if data is not None else QueryDict())
        super().__init__(cleaned, queryset=queryset, request=request, prefix=prefix)
        for param in self.FACETS:
            choices = [(option.value, option.label) for option in self.vocabulary.options[param]]
            # A callable, which the form's deep copy of its fields passes by reference: a list
            # (300 municipalities) would be copied item by item on every request.
            self.filters[param].extra["choices"] = lambda choices=choices: choices
        self.sort = self.data.get("sort", self.DEFAULT_SORT)

    # Input cleaning (core/params.py): everything the page could not use becomes a notice.

    def sanitize(self, data: QueryDict) -> QueryDict:
        cleaned = QueryDict(mutable=True)
        limit = settings.PORTAL_MAX_QUERY_LENGTH
        text = read_text(data, "q", limit=limit)
        if text.shortened:
            self.notices.append(
                _("Sökningen var för lång och har kortats till %(limit)s tecken.")
                % {"limit": limit}
            )
        if text.value:
            cleaned["q"] = text.value
        for param in self.FACETS:
            reading = read_many(data, param, self.vocabulary.by_value(param))
            label = self.base_filters[param].label
            for value in reading.dropped:
                self.notices.append(
                    _("%(filter)s: ”%(value)s” finns inte och har hoppats över.")
                    % {"filter": label, "value": value}
                )
            if reading.too_many:
                self.notices.append(
                    _("%(filter)s: bara de %(count)s första värdena används.")
                    % {"filter": label, "count": MAX_VALUES_PER_PARAMETER}
                )
            if reading.values:
                cleaned.setlist(param, reading.values)
        age = read_number(data, "alder", maximum=MAX_AGE)
        for value in age.dropped:
            self.notices.append(
                _("Ålder: ”%(value)s” är inte en ålder i hela år och har hoppats över.")
                % {"value": value}
            )
        if age.value:
            cleaned["alder"] = age.value
        for param in self.FLAGS:
            flag = read_flag(data, param)
            for value in flag.dropped:
                self.notices.append(
                    _("%(filter)s: ”%(value)s” förstods inte; använd 1 för ja.")
                    % {"filter": self.base_filters[param].label, "value": value}
                )
            if flag.value:
                cleaned[param] = flag.value
        sort = read_one(data, "sort", self.SORTS)
        for value in sort.dropped:
            self.notices.append(
                _("Sortering: ”%(value)s” finns inte; listan sorteras efter relevans.")
                % {"value": value}
            )
        if sort.value:
            cleaned["sort"] = sort.value
        return cleaned

    def ids_for(self, param, values):
        known = self.vocabulary.by_value(param)
        return [known[value].pk for value in values if value in known]

    # Filtering and ordering.

    def filter_text(self, queryset, name, value):
        return queryset.search(value)

    def filter_age(self, queryset, name, value):
        return queryset.for_age(int(value))

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        return self.order(queryset)

    def order(self, queryset):
        has_text = bool(self.form.cleaned_data.get("q"))
        if self.sort == "nyast":
            return queryset.newest()
        title = Swedish("title")
        if self.sort == "titel":
            return queryset.order_by(title, "pk")
        if self.sort == "kommun":
            return queryset.order_by(Swedish("municipality__name"), title, "pk")
        if has_text:
            return queryset.order_by("-relevance", title, "pk")
        # Without a search, relevance means: measures with free places first, then by title.
        has_places = Case(When(places_available__gt=0, then=1), default=0)
        return queryset.alias(has_places=has_places).order_by("-has_places", title, "pk")

    def chips(self) -> list[Chip]:
        chips = []

        def without(param, value=None):
            remaining = self.data.copy()
            if value is None:
                remaining.pop(param, None)
            else:
                remaining.setlist(param, [v for v in remaining.getlist(param) if v != value])
            return remaining.urlencode()

        if self.data.get("q"):
            chips.append(Chip(_("Sökord: ”%(q)s”") % {"q": self.data["q"]}, without("q")))
        for param in self.FACETS:
            known = self.vocabulary.by_value(param)
            for value in self.data.getlist(param):
                label = f"{self.filters[param].label}: {known[value].label}"
                chips.append(Chip(label, without(param, value)))
        if self.data.get("alder"):
            chips.append(
                Chip(_("Ålder: %(age)s år") % {"age": self.data["alder"]}, without("alder"))
            )
        for param in self.FLAGS:
            if param in self.data:
                chips.append(Chip(str(self.filters[param].label), without(param)))
        return chips

    @property
    def is_filtered(self) -> bool:
        return any(key != "sort" for key in self.data)
