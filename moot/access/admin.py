from typing import TYPE_CHECKING

from django.contrib import admin

from .models import ClerkRole, MonitoringOfficerRole

if TYPE_CHECKING:
    ModelAdmin = admin.ModelAdmin[ClerkRole]
    OfficerAdmin = admin.ModelAdmin[MonitoringOfficerRole]
else:  # not subscriptable when running
    ModelAdmin = OfficerAdmin = admin.ModelAdmin


@admin.register(ClerkRole)
class ClerkRoleAdmin(ModelAdmin):
    list_display = ["user", "body", "created_at"]
    list_filter = ["body"]
    # Pick the user by name (searched as you type), not by a raw id.
    autocomplete_fields = ["user"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "body__name"]


@admin.register(MonitoringOfficerRole)
class MonitoringOfficerRoleAdmin(OfficerAdmin):
    list_display = ["user", "body", "created_at"]
    list_filter = ["body"]
    autocomplete_fields = ["user"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "body__name"]
