"""Pages people browse meetings by: the calendar (a month as a table or a list, filtered by
committee), a committee's meetings by municipal year (the archive) and the decisions register.

Like the other public pages, this one asks ``moot.access.policy`` what the viewer may see. It
shows only when and where meetings are and their status — nothing of any item.
"""

from __future__ import annotations

import calendar as calendars
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from moot.access import policy
from moot.meetings.models import Committee, Decision, Meeting
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


# ---------- the decisions register ----------

REGISTER_PAGE_SIZE = 50


@dataclass(frozen=True)
class RegisterRow:
    """One decision as the register lists it, whoever took it. Committee decisions come from
    ``committee_decisions``; executive and officer decisions are to join the register as rows
    of the same shape."""

    when: datetime
    decision_maker: str
    reference: str
    title: str
    wording: str
    url: str
    restricted: bool


@dataclass(frozen=True)
class RegisterFilters:
    committee: Committee | None = None
    start: date | None = None
    end: date | None = None
    words: str = ""


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value or "")
    except ValueError:
        return None


def committee_decisions(viewer: policy.Viewer, filters: RegisterFilters) -> Any:
    """The decisions of committee meetings the viewer may know of (``policy.decisions``),
    newest meeting first. Words are looked for in the item's title and reference and in the
    public wording of a restricted item's decision — never in wording withheld from the
    public."""
    found = policy.decisions(viewer).select_related("item__meeting__committee__body")
    if filters.committee is not None:
        found = found.filter(item__meeting__committee=filters.committee)
    if filters.start is not None:
        found = found.filter(item__meeting__start__gte=_local_midnight(filters.start))
    if filters.end is not None:
        found = found.filter(
            item__meeting__start__lt=_local_midnight(filters.end + timedelta(days=1))
        )
    if filters.words:
        words = filters.words
        found = found.filter(
            Q(item__title__icontains=words)
            | Q(item__reference__icontains=words)
            | Q(item__restriction="", text__icontains=words)
            | (~Q(item__restriction="") & Q(public_text__icontains=words))
        )
    return found.order_by("-item__meeting__start", "item__position", "position", "pk")


def register_rows(viewer: policy.Viewer, decisions: Any) -> Iterator[RegisterRow]:
    """The register's rows for ``decisions``, each in the wording the viewer may read."""
    decision: Decision
    for decision in decisions:
        item = decision.item
        yield RegisterRow(
            when=item.meeting.start,
            decision_maker=item.meeting.committee.name,
            reference=item.reference,
            title=item.title,
            wording=policy.decision_wording(viewer, item, decision),
            url=item.get_absolute_url(),
            restricted=bool(item.restriction),
        )


@require_safe
def decisions_register(request):
    """Every decision the viewer may read, by committee, dates (``from``, ``to``) and words
    (``q``), 50 a page. 3 queries."""
    viewer = policy.viewer_for(request)
    committees = list(policy.committees(viewer).order_by("name"))
    chosen = next((c for c in committees if c.slug == request.GET.get("committee")), None)
    filters = RegisterFilters(
        committee=chosen,
        start=_day(request.GET.get("from")),
        end=_day(request.GET.get("to")),
        words=(request.GET.get("q") or "").strip()[:200],
    )
    page = Paginator(committee_decisions(viewer, filters), REGISTER_PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    query: dict[str, str] = {}
    if chosen is not None:
        query["committee"] = chosen.slug
    if filters.start is not None:
        query["from"] = filters.start.isoformat()
    if filters.end is not None:
        query["to"] = filters.end.isoformat()
    if filters.words:
        query["q"] = filters.words

    def page_link(number: int) -> str:
        return "?" + urlencode({**query, "page": number} if number > 1 else query)

    return render(
        request,
        "portal/decisions_register.html",
        {
            "rows": list(register_rows(viewer, page.object_list)),
            "page": page,
            "previous_link": page_link(page.number - 1) if page.has_previous() else "",
            "next_link": page_link(page.number + 1) if page.has_next() else "",
            "committees": committees,
            "filters": filters,
            "filtered": bool(query),
            "brand": brand_of(None),
        },
    )
