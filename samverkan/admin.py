from django.contrib import admin
from rules.contrib.admin import ObjectPermissionsModelAdmin
from simple_history.admin import SimpleHistoryAdmin

from .models import Meeting, SignUp


class SignUpInline(admin.TabularInline):
    model = SignUp
    extra = 0
    raw_id_fields = ["user"]


@admin.register(Meeting)
class MeetingAdmin(ObjectPermissionsModelAdmin, SimpleHistoryAdmin):
    list_display = ["title", "municipality", "starts_at", "status", "is_example"]
    list_filter = ["municipality", "status", "is_example"]
    search_fields = ["title"]
    inlines = [SignUpInline]
