"""Pages people browse meetings by: the calendar (a month as a table or a list, filtered by
committee).

Like the other public pages, this one asks ``moot.access.policy`` what the viewer may see. It
shows only when and where meetings are and their status — nothing of any item.
"""

from __future__ import annotations

import calendar as calendars
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import urlencode

from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from moot.access import policy
from moot.meetings.models import Meeting

from .branding import brand_of

# The weekday names as the table's column headings, Monday first as UK calendars are.
WEEKDAYS = [
    ("Mon", "Monday"),
    ("Tue", "Tuesday"),
    ("Wed", "Wednesday"),
    ("Thu", "Thursday"),
    ("Fri", "Friday"),
    ("Sat", "Saturday"),
    ("Sun", "Sunday"),
]


@dataclass
class Day:
    """One cell of the month table: a date of the month (``None`` for padding) and its
    meetings."""

    day: date | None
    today: bool = False
    meetings: list[Meeting] = field(default_factory=list)


def month_asked(value: str | None, today: date) -> date:
    """The first of the month ``?month=YYYY-MM`` names, or of this month when it names none."""
    try:
        year, month = (int(part) for part in (value or "").split("-"))
        return date(year, month, 1)
    except ValueError:
        return today.replace(day=1)


def _shift(first: date, months: int) -> date:
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _local_midnight(day: date) -> datetime:
    return timezone.make_aware(datetime(day.year, day.month, day.day))


@require_safe
def calendar(request):
    """The month's meetings as a table (or ``?view=list`` as a list), ``?committee=<slug>``
    for one committee. 2 queries."""
    viewer = policy.viewer_for(request)
    today = timezone.localdate()
    first = month_asked(request.GET.get("month"), today)
    following = _shift(first, 1)
    as_list = request.GET.get("view") == "list"
    committees = list(
        policy.committees(viewer).filter(active=True).select_related("body").order_by("name")
    )
    chosen = next((c for c in committees if c.slug == request.GET.get("committee")), None)
    meetings = (
        policy.meetings(viewer)
        .filter(start__gte=_local_midnight(first), start__lt=_local_midnight(following))
        .select_related("committee")
        .order_by("start", "committee__name", "pk")
    )
    if chosen is not None:
        meetings = meetings.filter(committee=chosen)
    found = list(meetings)
    by_day: dict[date, list[Meeting]] = {}
    for meeting in found:
        by_day.setdefault(timezone.localdate(meeting.start), []).append(meeting)
    weeks = [
        [
            Day(d, d == today, by_day.get(d, [])) if d.month == first.month else Day(None)
            for d in week
        ]
        for week in calendars.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month)
    ]

    def link(month: date | None = None, view: str | None = None) -> str:
        query: dict[str, Any] = {"month": f"{month or first:%Y-%m}"}
        if chosen is not None:
            query["committee"] = chosen.slug
        if view:
            query["view"] = view
        return "?" + urlencode(query)

    view = "list" if as_list else None
    return render(
        request,
        "portal/calendar.html",
        {
            "first": first,
            "previous": _shift(first, -1),
            "following": following,
            "weekdays": WEEKDAYS,
            "weeks": weeks,
            "meetings": found,
            "as_list": as_list,
            "committees": committees,
            "chosen": chosen,
            "previous_link": link(_shift(first, -1), view),
            "next_link": link(following, view),
            "table_link": link(),
            "list_link": link(view="list"),
            "this_month": first == today.replace(day=1),
            "today_link": "?" + urlencode({"committee": chosen.slug}) if chosen else "",
            "brand": brand_of(chosen.body if chosen else None),
        },
    )


__all__ = ["calendar", "month_asked"]
