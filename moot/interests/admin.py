from django.contrib import admin

from .models import DeclarationEntry, EntryChange, RegisterEntry, RegisterSettings


@admin.register(RegisterSettings)
class RegisterSettingsAdmin(admin.ModelAdmin):
    list_display = ["body", "gift_threshold"]


@admin.register(DeclarationEntry)
class DeclarationEntryAdmin(admin.ModelAdmin):
    raw_id_fields = ["declaration", "entry"]


class EntryChangeInline(admin.TabularInline):
    model = EntryChange
    extra = 0
    can_delete = False
    readonly_fields = ["at", "user", "action", "changes", "note"]


@admin.register(RegisterEntry)
class RegisterEntryAdmin(admin.ModelAdmin):
    """Read only: every write goes through the register's pages (and keeps its history)."""

    list_display = ["person", "body", "category", "state", "updated_at"]
    list_filter = ["state", "category", "body"]
    inlines = [EntryChangeInline]

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False
