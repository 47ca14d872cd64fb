"""Pages people browse meetings by: the calendar (a month as a table or a list, filtered by
committee) and a committee's meetings by municipal year (the archive).

Like the other public pages, this one asks ``moot.access.policy`` what the viewer may see. It
shows only when and where meetings are and their status — nothing of any item.
"""

from __future__ import annotations

import calendar as calendars
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import urlencode

from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from moot.access import policy
from moot.meetings.models import Meeting
from moot.meetings.references import municipal_year

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


def year_label(year: int) -> str:
    """2025 → "2025/26"."""
    return f"{year}/{(year + 1) % 100:02d}"


@require_safe
def committee_year(request, slug: str, year: int):
    """A committee's meetings in one municipal year, with links to every year that has
    meetings. 3 queries."""
    viewer = policy.viewer_for(request)
    committee = (
        policy.committees(viewer).filter(slug=slug).select_related("body").order_by("pk").first()
    )
    if committee is None:
        raise Http404("No such committee")
    annual = [a.date for a in committee.body.annual_meetings.all()]
    starts = (
        policy.meetings(viewer)
        .filter(committee=committee)
        .select_related("location")
        .order_by("start", "pk")
    )
    years: set[int] = set()
    meetings = []
    for meeting in starts:
        held = municipal_year(timezone.localdate(meeting.start), annual, committee.start_month)
        years.add(held)
        if held == year:
            meetings.append(meeting)
    earlier = max((y for y in years if y < year), default=None)
    later = min((y for y in years if y > year), default=None)
    return render(
        request,
        "portal/committee_year.html",
        {
            "committee": committee,
            "year": year,
            "label": year_label(year),
            "meetings": meetings,
            "years": [(y, year_label(y)) for y in sorted(years, reverse=True)],
            "earlier": (earlier, year_label(earlier)) if earlier is not None else None,
            "later": (later, year_label(later)) if later is not None else None,
            "brand": brand_of(committee.body),
        },
    )
