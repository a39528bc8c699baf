from django.contrib import admin

from .models import Municipality, Unit


class UnitInline(admin.TabularInline):
    model = Unit
    extra = 0
    fields = ["name", "street_address", "postcode", "town", "phone", "email"]
    show_change_link = True


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["name", "kommunkod", "county", "is_skno_member", "website"]
    list_filter = ["is_skno_member", "county"]
    search_fields = ["name", "kommunkod", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [UnitInline]


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ["name", "municipality", "town", "phone", "email", "is_example"]
    list_filter = ["municipality", "is_example"]
    search_fields = ["name", "town", "municipality__name"]
    autocomplete_fields = ["municipality"]
    list_select_related = ["municipality"]
