from django.contrib import admin
from rules.contrib.admin import ObjectPermissionsModelAdmin
from simple_history.admin import SimpleHistoryAdmin

from .models import Employer, PlacementKind


@admin.register(Employer)
class EmployerAdmin(ObjectPermissionsModelAdmin, SimpleHistoryAdmin):
    list_display = ["name", "municipality", "sector", "industry", "listing_consent", "is_example"]
    list_filter = ["municipality", "sector", "industry", "listing_consent", "is_example"]
    search_fields = ["name", "org_number", "town"]
    filter_horizontal = ["placement_kinds", "languages", "hosted_measures"]


@admin.register(PlacementKind)
class PlacementKindAdmin(admin.ModelAdmin):
    list_display = ["name", "name_en", "slug", "position"]
    prepopulated_fields = {"slug": ["name"]}
