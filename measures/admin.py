from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from rules.contrib.admin import ObjectPermissionsModelAdmin
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    Category,
    ErrorReport,
    Language,
    Location,
    Measure,
    MeasureType,
    Need,
    Project,
    SearchTerm,
    TargetGroup,
)


class TermAdmin(admin.ModelAdmin):
    list_display = ["name", "name_en", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name", "name_en", "slug"]
    prepopulated_fields = {"slug": ["name"]}


for model in (Category, MeasureType, TargetGroup, Need, Language):
    admin.site.register(model, TermAdmin)


@admin.register(SearchTerm)
class SearchTermAdmin(admin.ModelAdmin):
    """The search thesaurus: what a visitor's word or phrase finds besides itself."""

    list_display = ["phrase", "language", "words", "measure_type", "need", "category"]
    list_filter = ["language", "measure_type", "need", "category"]
    search_fields = ["phrase", "words"]


class LocationInline(admin.StackedInline):
    model = Location
    extra = 0


EXAMPLE_NOTICE = _(
    "Det här är exempeldata: en påhittad insats som visar hur portalen fungerar, "
    "inte ett verkligt erbjudande."
)


@admin.register(Measure)
class MeasureAdmin(ObjectPermissionsModelAdmin, SimpleHistoryAdmin):
    """Portal staff's view of every measure; object permissions come from accounts/rules.py."""

    list_display = [
        "title",
        "municipality",
        "measure_type",
        "status",
        "places_available",
        "open_to_others",
        "last_verified",
        "is_example",
    ]
    list_filter = [
        "status",
        "is_example",
        "municipality",
        "measure_type",
        "categories",
        "open_to_others",
        "format",
        "project",
    ]
    search_fields = ["title", "summary", "slug", "unit__name"]
    list_select_related = ["municipality", "measure_type"]
    autocomplete_fields = ["municipality", "unit", "project"]
    filter_horizontal = ["categories", "target_groups", "needs", "languages"]
    readonly_fields = ["published_at", "created_at", "updated_at"]
    date_hierarchy = "updated_at"
    inlines = [LocationInline]

    def save_model(self, request, obj, form, change):
        if change:
            # A staff save is a new version too: an editor's page opened before it is now stale
            # and refused (core/versioning.py), instead of writing the old values back.
            obj.version += 1
        super().save_model(request, obj, form, change)

    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "description", "is_example"]}),
        (_("Vem och var"), {"fields": ["municipality", "unit", "project"]}),
        (
            _("Klassificering"),
            {"fields": ["measure_type", "categories", "target_groups", "needs", "languages"]},
        ),
        (
            _("Upplägg"),
            {
                "fields": [
                    ("min_age", "max_age"),
                    "format",
                    ("hours_per_week", "schedule"),
                    "duration_weeks",
                    ("intake", "next_start"),
                    ("capacity", "places_available", "places_updated_at"),
                ]
            },
        ),
        (
            _("Andra kommuner och anvisning"),
            {
                "fields": [
                    "open_to_others",
                    "other_municipality_terms",
                    ("referral_by_case_officer", "referral_by_af", "self_referral"),
                    "referral_instructions",
                ]
            },
        ),
        (
            _("Kontakt"),
            {"fields": [("contact_name", "contact_role"), ("contact_phone", "contact_email")]},
        ),
        (
            _("Publicering"),
            {
                "fields": [
                    "status",
                    ("visible_from", "visible_until"),
                    "last_verified",
                    ("published_at", "created_at", "updated_at"),
                ]
            },
        ),
    ]

    def changelist_view(self, request, extra_context=None):
        if Measure.objects.filter(is_example=True).exists():
            messages.warning(
                request,
                _("Portalen innehåller exempeldata. Exempelinsatserna är markerade i listan."),
            )
        return super().changelist_view(request, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, object_id)
        if obj is not None and obj.is_example:
            messages.warning(request, EXAMPLE_NOTICE)
        return super().change_view(request, object_id, form_url, extra_context)


@admin.register(Project)
class ProjectAdmin(admin.ModelAdmin):
    list_display = ["name", "project_number", "owner", "fund", "start_date", "end_date"]
    list_filter = ["fund", "partner_municipalities"]
    search_fields = ["name", "project_number", "owner"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["partner_municipalities"]


@admin.register(ErrorReport)
class ErrorReportAdmin(admin.ModelAdmin):
    list_display = ["measure", "created_at", "handled_at", "handled_by"]
    list_filter = ["handled_at", "measure__municipality"]
    search_fields = ["message", "measure__title"]
    autocomplete_fields = ["measure"]
    list_select_related = ["measure", "handled_by"]
