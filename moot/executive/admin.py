"""The executive's set-up in the admin: decision makers and each body's rules (periods,
key-decision threshold, scrutiny committee). Notices and call-ins are written in the back
office, where the services check them; the admin only lists them."""

from django.contrib import admin

from .models import CallIn, DecisionMaker, DecisionNotice, ExecutiveRules, PlanEntry, PlanEvent


@admin.register(DecisionMaker)
class DecisionMakerAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "body", "person", "active"]
    list_filter = ["body", "kind", "active"]
    prepopulated_fields = {"slug": ["title"]}


@admin.register(ExecutiveRules)
class ExecutiveRulesAdmin(admin.ModelAdmin):
    list_display = ["body", "call_in_working_days", "scrutiny_committee"]


class ReadOnly(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(DecisionNotice)
class DecisionNoticeAdmin(ReadOnly):
    list_display = ["title", "maker", "taken_on", "published_at", "withdrawn_at"]
    list_filter = ["body"]


@admin.register(CallIn)
class CallInAdmin(ReadOnly):
    list_display = ["notice", "requested_by", "requested_at", "status", "outcome"]


class PlanEventInline(admin.TabularInline):
    model = PlanEvent
    extra = 0
    can_delete = False
    readonly_fields = ["kind", "at", "by_name", "what"]
    fields = ["kind", "at", "by_name", "what"]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(PlanEntry)
class PlanEntryAdmin(ReadOnly):
    list_display = ["matter", "maker", "decision_on", "state", "first_published_on", "exception"]
    list_filter = ["body", "state", "exception"]
    inlines = [PlanEventInline]
