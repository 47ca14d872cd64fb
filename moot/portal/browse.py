"""Pages people browse meetings by: the calendar (a month as a table or a list, filtered by
committee), a committee's meetings by municipal year (the archive) and the decisions register
(committee, executive and officer decisions).

Like the other public pages, these ask ``moot.access.policy`` what the viewer may see. The
calendar and the archive show only when and where meetings are and their status — nothing of
any item; the register shows each decision in the wording the viewer may read.
"""

from __future__ import annotations

import calendar as calendars
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import DateTimeField, F, Q, Value
from django.db.models.functions import Cast
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from moot.access import policy
from moot.executive.models import DecisionMaker, DecisionNotice
from moot.meetings.members import Ward
from moot.meetings.models import Committee, Decision, Meeting
from moot.meetings.references import municipal_year

from .branding import brand_of
from .cache import public_page

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
@public_page
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
@public_page
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
    """One decision as the register lists it, whoever took it: a committee decision
    (``committee_decisions``) or an executive or officer decision notice (``notice_rows``).
    ``when`` is a meeting's start (a datetime) or the day a notice's decision was taken."""

    when: datetime | date
    decision_maker: str
    reference: str
    title: str
    wording: str
    url: str
    restricted: bool
    key_decision: bool = False

    @property
    def at_meeting(self) -> bool:
        return isinstance(self.when, datetime)


@dataclass(frozen=True)
class RegisterFilters:
    committee: Committee | None = None
    maker: DecisionMaker | None = None
    start: date | None = None
    end: date | None = None
    words: str = ""
    key_only: bool = False
    ward: Ward | None = None

    @property
    def notices_only(self) -> bool:
        """Filters only a notice can meet: a committee's minutes say nothing of key
        decisions or wards."""
        return self.maker is not None or self.key_only or self.ward is not None


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
    if filters.notices_only:
        return found.none()
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


def notice_decisions(filters: RegisterFilters) -> Any:
    """The published executive and officer decision notices (the same for every viewer:
    ``policy.public_decision_notices``), newest first. Words are looked for in the title and
    in the decision, or, for a restricted notice, in its public summary only."""
    found = policy.public_decision_notices().select_related("maker")
    if filters.committee is not None:
        return found.none()
    if filters.maker is not None:
        found = found.filter(maker=filters.maker)
    if filters.key_only:
        found = found.filter(key_decision=True)
    if filters.ward is not None:
        found = found.filter(wards=filters.ward)
    if filters.start is not None:
        found = found.filter(taken_on__gte=filters.start)
    if filters.end is not None:
        found = found.filter(taken_on__lte=filters.end)
    if filters.words:
        words = filters.words
        found = found.filter(
            Q(title__icontains=words)
            | Q(restriction="", decision__icontains=words)
            | (~Q(restriction="") & Q(public_summary__icontains=words))
        )
    return found.order_by("-taken_on", "-pk")


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


def notice_rows(viewer: policy.Viewer, notices: Any) -> Iterator[RegisterRow]:
    """The register's rows for decision notices: the decision where the viewer may read the
    whole record, else (a restricted notice) its public summary."""
    notice: DecisionNotice
    for notice in notices:
        whole = not notice.restriction or policy.can_see_notice_detail(viewer, notice)
        yield RegisterRow(
            when=notice.taken_on,
            decision_maker=notice.maker.title,
            reference=notice.reference,
            title=notice.title,
            wording=notice.decision if whole else notice.public_summary,
            url=notice.get_absolute_url(),
            restricted=bool(notice.restriction),
            key_decision=notice.key_decision,
        )


class RegisterPage:
    """The register's rows, newest first, committee decisions and notices interleaved,
    counted and sliced in the database: one query for the count, one for the page's keys
    (a ``UNION`` of both kinds), one for each kind's rows on the page."""

    COMMITTEE, NOTICE = 0, 1

    def __init__(self, viewer: policy.Viewer, filters: RegisterFilters):
        self.viewer = viewer
        decisions = committee_decisions(viewer, filters)
        notices = notice_decisions(filters)
        self.decisions, self.notices = decisions, notices
        keys = decisions.annotate(
            row_kind=Value(self.COMMITTEE),
            at=F("item__meeting__start"),
            first=F("item__position"),
            then=F("position"),
        ).values_list("row_kind", "pk", "at", "first", "then")
        notice_keys = notices.annotate(
            row_kind=Value(self.NOTICE),
            # A notice is dated by the day, put before the day's meetings at the same time.
            at=Cast("taken_on", DateTimeField()),
            first=Value(0),
            then=-F("pk"),
        ).values_list("row_kind", "pk", "at", "first", "then")
        self.keys = (
            keys.order_by()
            .union(notice_keys.order_by(), all=True)
            .order_by("-at", "row_kind", "first", "then")
        )

    def count(self) -> int:
        return self.keys.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index: slice) -> list[RegisterRow]:
        page = list(self.keys[index])
        wanted = {kind: [pk for k, pk, *_ in page if k == kind] for kind in (0, 1)}
        rows: dict[tuple[int, int], RegisterRow] = {}
        if wanted[self.COMMITTEE]:
            chosen = self.decisions.filter(pk__in=wanted[self.COMMITTEE])
            for decision, row in zip(chosen, register_rows(self.viewer, chosen), strict=True):
                rows[(self.COMMITTEE, decision.pk)] = row
        if wanted[self.NOTICE]:
            chosen = list(self.notices.filter(pk__in=wanted[self.NOTICE]))
            for notice, row in zip(chosen, notice_rows(self.viewer, chosen), strict=True):
                rows[(self.NOTICE, notice.pk)] = row
        return [rows[(kind, pk)] for kind, pk, *_ in page if (kind, pk) in rows]


def _option(value: str | None, options: dict[str, Any]) -> Any:
    return options.get(value or "")


@require_safe
@public_page
def decisions_register(request):
    """Every decision the viewer may read, committee, executive and officer, by decision
    maker, dates (``from``, ``to``), key decision, ward and words (``q``), 50 a page. A
    handful of queries, however many decisions."""
    viewer = policy.viewer_for(request)
    committees = list(policy.committees(viewer).order_by("name"))
    bodies = {c.body_id for c in committees}
    makers = list(
        DecisionMaker.objects.filter(
            body_id__in=bodies, notices__in=policy.public_decision_notices()
        )
        .distinct()
        .order_by("title")
    )
    wards = list(Ward.objects.filter(body_id__in=bodies).order_by("name"))
    choices = {f"c-{c.slug}": c for c in committees} | {f"e-{m.slug}": m for m in makers}
    chosen = _option(request.GET.get("maker"), choices) or _option(
        request.GET.get("committee"), {c.slug: c for c in committees}
    )
    filters = RegisterFilters(
        committee=chosen if isinstance(chosen, Committee) else None,
        maker=chosen if isinstance(chosen, DecisionMaker) else None,
        start=_day(request.GET.get("from")),
        end=_day(request.GET.get("to")),
        words=(request.GET.get("q") or "").strip()[:200],
        key_only=request.GET.get("key") == "1",
        ward=_option(request.GET.get("ward"), {str(w.pk): w for w in wards}),
    )
    rows: Any = RegisterPage(viewer, filters)  # a sequence to the paginator: count, slices
    page = Paginator(rows, REGISTER_PAGE_SIZE).get_page(request.GET.get("page"))
    query: dict[str, str] = {}
    if chosen is not None:
        query["maker"] = next(k for k, v in choices.items() if v == chosen)
    if filters.start is not None:
        query["from"] = filters.start.isoformat()
    if filters.end is not None:
        query["to"] = filters.end.isoformat()
    if filters.key_only:
        query["key"] = "1"
    if filters.ward is not None:
        query["ward"] = str(filters.ward.pk)
    if filters.words:
        query["q"] = filters.words

    def page_link(number: int) -> str:
        return "?" + urlencode({**query, "page": number} if number > 1 else query)

    return render(
        request,
        "portal/decisions_register.html",
        {
            "rows": page.object_list,
            "page": page,
            "previous_link": page_link(page.number - 1) if page.has_previous() else "",
            "next_link": page_link(page.number + 1) if page.has_next() else "",
            "committees": committees,
            "makers": makers,
            "wards": wards,
            "chosen": query.get("maker", ""),
            "filters": filters,
            "filtered": bool(query),
            "brand": brand_of(None),
        },
    )
