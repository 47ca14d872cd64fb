from django import forms
from django.contrib import admin

from . import services
from .models import DeclarationEntry, Dispensation, EntryChange, RegisterEntry, RegisterSettings


@admin.register(RegisterSettings)
class RegisterSettingsAdmin(admin.ModelAdmin):
    list_display = ["body", "gift_threshold"]


class DeclarationEntryForm(forms.ModelForm):
    """Refuses what the clerk's screens refuse: another member's or another body's entry or
    dispensation, or a dispensation not in force on the day of the meeting."""

    class Meta:
        model = DeclarationEntry
        fields = ["declaration", "entry", "dispensation"]

    def clean(self):
        data = super().clean() or self.cleaned_data
        declaration = data.get("declaration")
        if declaration is not None:
            try:
                services.check_citation(
                    declaration, entry=data.get("entry"), dispensation=data.get("dispensation")
                )
            except services.RegisterError as error:
                raise forms.ValidationError(str(error)) from error
        return data


@admin.register(DeclarationEntry)
class DeclarationEntryAdmin(admin.ModelAdmin):
    form = DeclarationEntryForm
    raw_id_fields = ["declaration", "entry", "dispensation"]


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


class CitedByInline(admin.TabularInline):
    """The declarations at meetings that cite the dispensation."""

    model = DeclarationEntry
    extra = 0
    can_delete = False
    fields = ("declaration", "entry")
    readonly_fields = ("declaration", "entry")
    verbose_name = "declaration citing it"
    verbose_name_plural = "declarations citing it"

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Dispensation)
class DispensationAdmin(admin.ModelAdmin):
    """Read only: dispensations are recorded on the register of dispensations' pages, which
    check their dates (at most four years, in force on the day of any meeting citing them)."""

    list_display = ["person", "body", "granted_by", "granted_on", "valid_from", "valid_to"]
    list_filter = ["body", "granted_by", "may_vote"]
    search_fields = ["person__name", "scope"]
    date_hierarchy = "valid_from"
    readonly_fields = ["recorded_by", "recorded_at"]
    inlines = [CitedByInline]

    def has_change_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request):
        return False
