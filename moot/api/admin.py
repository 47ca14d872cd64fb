from django.contrib import admin

from moot.meetings.models import LegislativeTerm


@admin.register(LegislativeTerm)
class LegislativeTermAdmin(admin.ModelAdmin):
    list_display = ["name", "body", "start_date", "end_date", "deleted_at"]
    list_filter = ["body"]
