"""The dashboard's list of a municipality's own measures: status, overdue and free text."""

import django_filters
from django.utils.translation import gettext_lazy as _

from core.params import clean_text_input
from measures.models import Measure


class DashboardFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_text", label=_("Sök"))
    status = django_filters.ChoiceFilter(
        choices=Measure.Status.choices, label=_("Status"), empty_label=_("Alla")
    )
    forsenad = django_filters.BooleanFilter(
        method="filter_overdue",
        label=_("Behöver bekräftas"),
        widget=django_filters.widgets.BooleanWidget,
    )

    class Meta:
        model = Measure
        fields = []

    def __init__(self, data=None, *args, **kwargs):
        self.notices = []
        data = data.copy() if data is not None else None
        if data is not None:
            status = data.get("status", "")
            if status and status not in Measure.Status.values:
                self.notices.append(
                    _("Okänd status ”%(value)s” hoppades över.") % {"value": status[:40]}
                )
                data.pop("status")
            if "q" in data:
                data["q"] = clean_text_input(data.get("q", ""))[:200]
        super().__init__(data, *args, **kwargs)

    def filter_text(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(title__icontains=value)

    def filter_overdue(self, queryset, name, value):
        if value:
            return queryset.overdue_for_verification()
        return queryset

    def filter_queryset(self, queryset):
        return super().filter_queryset(queryset).order_by("title", "pk")
