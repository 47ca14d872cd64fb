from typing import TYPE_CHECKING

from django.contrib import admin

from .models import ClerkRole

if TYPE_CHECKING:
    ModelAdmin = admin.ModelAdmin[ClerkRole]
else:  # not subscriptable when running
    ModelAdmin = admin.ModelAdmin


@admin.register(ClerkRole)
class ClerkRoleAdmin(ModelAdmin):
    list_display = ["user", "body", "created_at"]
    list_filter = ["body"]
    # Pick the user by name (searched as you type), not by a raw id.
    autocomplete_fields = ["user"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "body__name"]
