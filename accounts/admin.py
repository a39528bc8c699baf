"""The Django admin for memberships: portal staff see and correct who belongs where."""

from django.contrib import admin

from .models import Membership


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "municipality", "role", "created_at"]
    list_filter = ["role", "municipality"]
    search_fields = [
        "user__username",
        "user__email",
        "user__first_name",
        "user__last_name",
        "municipality__name",
    ]
    autocomplete_fields = ["user", "municipality"]
    list_select_related = ["user", "municipality"]
    readonly_fields = ["created_at"]
