from django.contrib import admin

from .models import ClerkRole


@admin.register(ClerkRole)
class ClerkRoleAdmin(admin.ModelAdmin):
    list_display = ["user", "body", "created_at"]
    list_filter = ["body"]
    raw_id_fields = ["user"]
