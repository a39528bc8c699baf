"""The one FilterSet for lists of measures: the public list now, exports and the API later.

It is lenient on purpose: a visitor's URL may hold unknown slugs, a malformed age, a forgotten
sort key or a very long query. Each is dropped with a notice the page shows, and every filter
that was understood still applies. Nothing here raises on bad input.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field

import django_filters
import numpy as np
from django.conf import settings
from django.db.models import Case, When
from django.http import QueryDict
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from core.collation import Swedish
from core.i18n import localized
from core.params import whole_number
from municipalities.models import Municipality

from .models import MAX_AGE, Category, Language, Measure, MeasureType, Need, Project, TargetGroup
from .search import Suggestion, text_index
from .text import clean_text_input

TRUE_VALUES = {"1", "true", "ja", "on", "yes"}
FALSE_VALUES = {"0", "false", "nej", "off", "no", ""}
MAX_VALUES_PER_PARAMETER = 30
MAX_VALUE_LENGTH = 100


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    pk: object = None


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    param: str
    label: str
    options: list[FacetOption]

    @property
    def selected_count(self):
        return sum(1 for option in self.options if option.selected)

    def checkboxes(self):
        """The options as checkboxes. Built here rather than in a template loop: a facet may have
        hundreds of options (municipalities at national scale), and this is ~30× faster."""
        return format_html_join(
            "\n",
            '<div class="form-check"><input class="form-check-input" type="checkbox" name="{0}" '
            'value="{1}" id="id_{0}_{1}"{2}><label class="form-check-label" for="id_{0}_{1}">'
            '{3} <span class="facet-count">({4})</span></label></div>',
            (
                (self.param, o.value, mark_safe(" checked") if o.selected else "", o.label, o.count)
                for o in self.options
            ),
        )


@dataclass
class IndexResult:
    """The list page's work: ordered measure ids, facets and flag counts (cacheable as is)."""

    ids: list[int]
    facets: list[Facet]
    flags: list[FacetOption]
    suggestions: list[Suggestion] = field(default_factory=list)

    def measures(self):
        return MeasurePage(self.ids)


class MeasurePage(Sequence):
    """The ordered results as a sequence the Paginator can slice; a slice is one query."""

    def __init__(self, ids):
        self.ids = ids

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key : key + 1][0]
        wanted = self.ids[key]
        found = {m.pk: m for m in Measure.objects.public().filter(pk__in=wanted).for_cards()}
        return [found[pk] for pk in wanted if pk in found]


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
            self.filters[param].extra["choices"] = [
                (option.value, option.label) for option in self.vocabulary.options[param]
            ]
        self.sort = self.data.get("sort", self.DEFAULT_SORT)

    # Input cleaning: everything the page could not use becomes a notice.

    def sanitize(self, data: QueryDict) -> QueryDict:
        cleaned = QueryDict(mutable=True)
        text = self._first(data, "q")
        if text:
            limit = settings.PORTAL_MAX_QUERY_LENGTH
            if len(text) > limit:
                self.notices.append(
                    _("Sökningen var för lång och har kortats till %(limit)s tecken.")
                    % {"limit": limit}
                )
                text = text[:limit].strip()
            cleaned["q"] = text
        for param in self.FACETS:
            known = self.vocabulary.by_value(param)
            values, seen = [], set()
            for value in data.getlist(param)[:MAX_VALUES_PER_PARAMETER]:
                value = clean_text_input(value).strip()[:MAX_VALUE_LENGTH]
                if not value or value in seen:
                    continue
                seen.add(value)
                if value in known:
                    values.append(value)
                else:
                    self.notices.append(
                        _("%(filter)s: ”%(value)s” finns inte och har hoppats över.")
                        % {"filter": self.base_filters[param].label, "value": value}
                    )
            if len(data.getlist(param)) > MAX_VALUES_PER_PARAMETER:
                self.notices.append(
                    _("%(filter)s: bara de %(count)s första värdena används.")
                    % {"filter": self.base_filters[param].label, "count": MAX_VALUES_PER_PARAMETER}
                )
            if values:
                cleaned.setlist(param, values)
        age = self._first(data, "alder")
        if age:
            number = whole_number(age)
            if number is not None and number <= MAX_AGE:
                cleaned["alder"] = str(number)
            else:
                self.notices.append(
                    _("Ålder: ”%(value)s” är inte en ålder i hela år och har hoppats över.")
                    % {"value": age[:MAX_VALUE_LENGTH]}
                )
        for param in self.FLAGS:
            flag = self._first(data, param).lower()
            if flag in TRUE_VALUES:
                cleaned[param] = "true"
            elif flag not in FALSE_VALUES:
                self.notices.append(
                    _("%(filter)s: ”%(value)s” förstods inte; använd 1 för ja.")
                    % {"filter": self.base_filters[param].label, "value": flag[:MAX_VALUE_LENGTH]}
                )
        sort = self._first(data, "sort")
        if sort:
            if sort in self.SORTS:
                cleaned["sort"] = sort
            else:
                self.notices.append(
                    _("Sortering: ”%(value)s” finns inte; listan sorteras efter relevans.")
                    % {"value": sort[:MAX_VALUE_LENGTH]}
                )
        return cleaned

    @staticmethod
    def _first(data, param) -> str:
        """The first non-empty value of a parameter given once or several times."""
        for value in data.getlist(param):
            value = clean_text_input(value).strip()
            if value:
                return value
        return ""

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

    # The web list: filters, facet counts and order from the in-memory catalogue index.

    def index_result(self, index) -> "IndexResult":
        """Everything the list page shows, computed on `index` (see measures/catalogue.py).

        Gives the same measures, counts and order as `qs` would, without a GROUP BY per facet.
        """
        self.form.is_valid()  # the data was sanitised: every field that reaches here is valid
        cleaned = self.form.cleaned_data
        masks = {}
        relevance = None
        text = cleaned.get("q")
        if text:
            # The word index of the same catalogue: no query once it is built (search.py).
            hits = text_index(index).search(text)
            masks["q"] = np.zeros(index.size, dtype=bool)
            masks["q"][hits.positions] = True
            relevance = np.zeros(index.size, dtype=np.float64)
            relevance[hits.positions] = hits.relevance
        for param in self.FACETS:
            if cleaned.get(param):
                values = (
                    cleaned[param] if param == "format" else self.ids_for(param, cleaned[param])
                )
                masks[param] = index.mask_for(param, values)
        if cleaned.get("alder") is not None:
            masks["alder"] = index.age_mask(int(cleaned["alder"]))
        flags = {"oppen_for_andra": index.open_to_others, "ledig_plats": index.free_places}
        for param, column in flags.items():
            if cleaned.get(param):
                masks[param] = column

        def all_but(excluded):
            mask = np.ones(index.size, dtype=bool)
            for name, other in masks.items():
                if name != excluded:
                    mask &= other
            return mask

        everything = all_but(None)
        facets = [
            self._facet(param, index.count_by(param, all_but(param))) for param in self.FACETS
        ]
        flag_options = [
            FacetOption(
                param,
                str(self.filters[param].label),
                int(np.count_nonzero(all_but(param) & column)),
                param in self.data,
            )
            for param, column in flags.items()
        ]
        sort = self.sort if self.sort in self.SORTS else self.DEFAULT_SORT
        use_relevance = relevance if (text and sort == "relevans") else None
        ordered_ids = index.ids[index.ordered(sort, everything, use_relevance)]
        # Nothing found: "Menade du …?" with words that would find something here.
        suggestions = []
        if text and not len(ordered_ids):
            suggestions = text_index(index).suggest(text, within=all_but("q"))
        return IndexResult(ordered_ids.tolist(), facets, flag_options, suggestions)

    def _facet(self, param, counts) -> Facet:
        selected = set(self.data.getlist(param))
        options = [
            FacetOption(
                option.value,
                option.label,
                counts.get(option.pk if option.pk is not None else option.value, 0),
                option.value in selected,
            )
            for option in self.vocabulary.options[param]
        ]
        # Options nobody can pick (no measures, not selected) would only be noise.
        options = [option for option in options if option.count or option.selected]
        return Facet(param, str(self.filters[param].label), options)

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
