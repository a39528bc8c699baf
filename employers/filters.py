"""The employer search at /arbetsgivare/ (members: every register; the public: listed employers
only) and the dashboard's list of a municipality's own employers.

Lenient like the measures list (measures/filters.py): URL values are read by core/params.py,
each value that cannot be used becomes a notice on the page, and the rest still applies. The
options (towns above all) come from the queryset the visitor may see, so an unlisted employer's
town never shows up as an option for the public.
"""

import django_filters
from django import forms
from django.conf import settings
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from core.collation import Swedish
from core.params import read_flag, read_many, read_one, read_text
from measures.text import fold
from municipalities.models import Municipality

from .models import Employer, PlacementKind

MAX_TOWNS = 200


class ManyFilter(django_filters.MultipleChoiceFilter):
    """Any of several values; rows never repeat (a many-to-many goes through a subquery)."""

    def __init__(self, *args, through_column=None, **kwargs):
        kwargs.setdefault("distinct", False)
        kwargs.setdefault(
            "widget", forms.CheckboxSelectMultiple(attrs={"class": "form-check-input"})
        )
        super().__init__(*args, **kwargs)
        self.through_column = through_column

    def filter(self, qs, value):
        if not value:
            return qs
        if self.through_column is None:
            return qs.filter(**{f"{self.field_name}__in": value})
        through = Employer.placement_kinds.through.objects
        rows = through.filter(**{f"{self.through_column}__in": value})
        return qs.filter(pk__in=rows.values("employer_id"))


class EmployerFilter(django_filters.FilterSet):
    SORTS = {
        "namn": _("Namn A–Ö"),
        "kommun": _("Kommun"),
        "ort": _("Ort"),
        "platser": _("Flest platser åt gången"),
    }
    DEFAULT_SORT = "namn"
    # Towns and places are internal, so the public cannot sort by them either.
    PUBLIC_SORTS = ("namn", "kommun")

    q = django_filters.CharFilter(method="filter_text", label=_("Namn"))
    kommun = ManyFilter(field_name="municipality__slug", label=_("Kommun"))
    bransch = ManyFilter(field_name="industry", label=_("Bransch"))
    plats = ManyFilter(
        field_name="placement_kinds",
        through_column="placementkind__slug",
        label=_("Typ av plats"),
    )
    ort = ManyFilter(field_name="town", label=_("Ort"))
    sektor = ManyFilter(field_name="sector", label=_("Sektor"))

    CHOICES = ["kommun", "bransch", "plats", "ort", "sektor"]

    class Meta:
        model = Employer
        fields = []

    def __init__(self, data=None, queryset=None, *, internal=False, **kwargs):
        self.internal = internal
        self.notices: list[str] = []
        self.options = self.load_options(queryset)
        if not internal:
            # The town is internal (the public sees name, sector, industry, kinds, municipality).
            self.options["ort"] = []
        super().__init__(self.sanitize(data or QueryDict()), queryset=queryset, **kwargs)
        for param in self.CHOICES:
            self.filters[param].extra["choices"] = self.options[param]
        self.sort = self.data.get("sort", self.DEFAULT_SORT)

    @property
    def sorts(self):
        allowed = self.SORTS if self.internal else self.PUBLIC_SORTS
        return {key: label for key, label in self.SORTS.items() if key in allowed}

    @staticmethod
    def load_options(queryset) -> dict[str, list[tuple[str, str]]]:
        towns = (
            queryset.order_by()
            .values_list("town", flat=True)
            .distinct()
            .order_by(Swedish("town"))[:MAX_TOWNS]
        )
        return {
            "kommun": list(Municipality.objects.members().values_list("slug", "name")),
            "bransch": list(Employer.Industry.choices),
            "plats": [(kind.slug, kind.label) for kind in PlacementKind.objects.all()],
            "ort": [(town, town) for town in towns],
            "sektor": list(Employer.Sector.choices),
        }

    def sanitize(self, data: QueryDict) -> QueryDict:
        cleaned = QueryDict(mutable=True)
        text = read_text(data, "q", limit=settings.PORTAL_MAX_QUERY_LENGTH)
        if text.shortened:
            self.notices.append(_("Sökningen var för lång och har kortats."))
        if text.value:
            cleaned["q"] = text.value
        for param in self.CHOICES:
            known = {value for value, _label in self.options[param]}
            reading = read_many(data, param, known)
            for value in reading.dropped:
                self.notices.append(
                    _("%(filter)s: ”%(value)s” finns inte och har hoppats över.")
                    % {"filter": self.base_filters[param].label, "value": value}
                )
            cleaned.setlist(param, reading.values)
        sort = read_one(data, "sort", self.sorts)
        if sort.dropped:
            self.notices.append(
                _("Sorteringen ”%(value)s” finns inte; listan sorteras på namn.")
                % {"value": sort.dropped[0]}
            )
        cleaned["sort"] = sort.value or self.DEFAULT_SORT
        return cleaned

    def filter_text(self, queryset, name, value):
        value = fold(value.strip())
        return queryset.filter(search_name__contains=value) if value else queryset

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        name = Swedish("name")
        if self.sort == "kommun":
            return queryset.order_by(Swedish("municipality__name"), name, "pk")
        if self.sort == "ort":
            return queryset.order_by(Swedish("town"), name, "pk")
        if self.sort == "platser":
            return queryset.order_by("-places_at_a_time", name, "pk")
        return queryset.order_by(name, "pk")

    @property
    def is_filtered(self) -> bool:
        return any(self.data.getlist(param) for param in ["q", *self.CHOICES])


class DashboardEmployerFilter(django_filters.FilterSet):
    """The dashboard's list of one municipality's employers: name, overdue, consent."""

    q = django_filters.CharFilter(method="filter_text", label=_("Sök på namn"))
    forsenad = django_filters.BooleanFilter(
        method="filter_overdue",
        label=_("Behöver bekräftas"),
        widget=django_filters.widgets.BooleanWidget,
    )
    ej_listad = django_filters.BooleanFilter(
        method="filter_not_listed",
        label=_("Visas inte publikt"),
        widget=django_filters.widgets.BooleanWidget,
    )

    class Meta:
        model = Employer
        fields = []

    def __init__(self, data=None, *args, **kwargs):
        data = data.copy() if data is not None else QueryDict(mutable=True)
        text = read_text(data, "q", limit=200)
        data["q"] = text.value
        for flag in ("forsenad", "ej_listad"):
            reading = read_flag(data, flag)
            data[flag] = "true" if reading.value else ""
        super().__init__(data, *args, **kwargs)

    def filter_text(self, queryset, name, value):
        value = fold(value.strip())
        return queryset.filter(search_name__contains=value) if value else queryset

    def filter_overdue(self, queryset, name, value):
        return queryset.overdue_for_verification() if value else queryset

    def filter_not_listed(self, queryset, name, value):
        return (
            queryset.exclude(pk__in=Employer.objects.listed().values("pk")) if value else queryset
        )

    def filter_queryset(self, queryset):
        return super().filter_queryset(queryset).order_by(Swedish("name"), "pk")
