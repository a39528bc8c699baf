"""Portal staff's read-only view of inquiries: steps are taken in the portal, where they are
recorded and e-mailed. Staff may delete an inquiry, e.g. one that names a participant anyway."""

from django.contrib import admin
from rules.contrib.admin import ObjectPermissionsModelAdmin
from simple_history.admin import SimpleHistoryAdmin

from .models import Inquiry, InquiryEvent


class InquiryEventInline(admin.TabularInline):
    model = InquiryEvent
    extra = 0
    can_delete = False
    fields = ["created_at", "kind", "side", "user", "answer", "message"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Inquiry)
class InquiryAdmin(ObjectPermissionsModelAdmin, SimpleHistoryAdmin):
    list_display = [
        "measure",
        "asking_municipality",
        "receiving_municipality",
        "places",
        "status",
        "answer",
        "created_at",
    ]
    list_filter = ["status", "answer", "asking_municipality", "receiving_municipality"]
    list_select_related = ["measure", "asking_municipality", "receiving_municipality"]
    search_fields = ["measure__title", "message", "answer_message"]
    date_hierarchy = "created_at"
    inlines = [InquiryEventInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
