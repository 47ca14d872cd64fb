from django.contrib import admin

from .models import ClerkRole


@admin.register(ClerkRole)
class ClerkRoleAdmin(admin.ModelAdmin):
    list_display = ["user", "body", "created_at"]
    list_filter = ["body"]
    # Pick the user by name (searched as you type), not by a raw id.
    autocomplete_fields = ["user"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "body__name"]
