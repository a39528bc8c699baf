"""The Django admin for lists: portal staff can see and tidy them.

The share token is not editable, so the admin never shows it and it never ends up in a screenshot.
"""

from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from .models import ShortList, ShortListItem


class ShortListItemInline(admin.TabularInline):
    model = ShortListItem
    extra = 0
    autocomplete_fields = ["measure"]
    readonly_fields = ["added_at"]


@admin.register(ShortList)
class ShortListAdmin(admin.ModelAdmin):
    list_display = ["name", "owner", "item_count", "created_at", "updated_at"]
    search_fields = ["name", "owner__username", "owner__email"]
    list_select_related = ["owner"]
    autocomplete_fields = ["owner"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [ShortListItemInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(item_count=Count("items"))

    @admin.display(description=_("antal insatser"), ordering="item_count")
    def item_count(self, obj):
        return obj.item_count
