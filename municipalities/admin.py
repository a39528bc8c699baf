from django.contrib import admin
from django.db import models
from rules.contrib.admin import ObjectPermissionsModelAdmin
from simple_history.admin import SimpleHistoryAdmin

from .models import Municipality, Unit

# Addresses typed without a scheme are taken as https (Django 6's default, chosen now).
HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}


class UnitInline(admin.TabularInline):
    model = Unit
    formfield_overrides = HTTPS_URLS
    extra = 0
    fields = ["name", "street_address", "postcode", "town", "phone", "email"]
    show_change_link = True


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    formfield_overrides = HTTPS_URLS
    list_display = ["name", "kommunkod", "county", "is_skno_member", "website"]
    list_filter = ["is_skno_member", "county"]
    search_fields = ["name", "kommunkod", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [UnitInline]


@admin.register(Unit)
class UnitAdmin(ObjectPermissionsModelAdmin, SimpleHistoryAdmin):
    formfield_overrides = HTTPS_URLS
    list_display = ["name", "municipality", "town", "phone", "email", "is_example"]
    list_filter = ["municipality", "is_example"]
    search_fields = ["name", "town", "municipality__name"]
    autocomplete_fields = ["municipality"]
    list_select_related = ["municipality"]
