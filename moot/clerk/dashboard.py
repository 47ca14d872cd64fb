"""The clerk's week: what is due in the bodies a clerk serves, read for the dashboard.

Reads only; every list is of the given bodies' live committees and meetings. One query a list
(plus one count where a list is cut short), however many meetings there are: the publication
deadlines are worked out in Python from the meeting's date and its body's notice
(``workingdays``, no query).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import F, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone

from moot.meetings import workingdays
from moot.meetings.choices import ActionStatus, MeetingStatus, MinutesState
from moot.meetings.models import Action, Document, Item, Meeting

FORTNIGHT = 14
SIX_WEEKS = 42
#: How far ahead a review or release date puts restricted material on the dashboard.
REMIND_DAYS = 14
#: The longest a list grows; the rest are counted ("and 12 more").
LONGEST = 25

_NOT_HELD = (MeetingStatus.CANCELLED, MeetingStatus.POSTPONED)


@dataclass(frozen=True)
class Coming:
    """A meeting coming up and the last day its agenda can go out with full notice."""

    meeting: Meeting
    last_day: date
    days_left: int

    @property
    def overdue(self) -> bool:
        return self.days_left < 0

    @property
    def published(self) -> bool:
        return self.meeting.agenda_published_at is not None


@dataclass(frozen=True)
class Waiting:
    """Draft minutes out but not yet agreed, and the committee's next meeting, which may agree
    them (None: the committee has no later meeting yet)."""

    meeting: Meeting
    next_pk: int | None
    next_start: datetime | None


@dataclass(frozen=True)
class Restricted:
    """An exempt or confidential item or document whose review or release date is near."""

    thing: Item | Document
    review: date | None
    release: date | None
    today: date

    @property
    def is_item(self) -> bool:
        return isinstance(self.thing, Item)

    @property
    def when(self) -> date:
        return min(d for d in (self.review, self.release) if d is not None)

    @property
    def overdue(self) -> bool:
        """A review date passed, or a release date passed with the material still withheld
        (``moot release-due`` has not run)."""
        return self.when < self.today


@dataclass(frozen=True)
class Cut:
    """A list cut at ``LONGEST``, and how many it left out."""

    rows: list
    more: int

    def __bool__(self) -> bool:
        return bool(self.rows)

    def __iter__(self):
        return iter(self.rows)

    @property
    def total(self) -> int:
        return len(self.rows) + self.more


@dataclass(frozen=True)
class Week:
    today: date
    soon: list[Coming]
    later: list[Coming]
    agendas: list[Coming]
    minutes: Cut
    approval: Cut
    restricted: list[Restricted]
    actions: Cut

    @property
    def coming(self) -> int:
        return len(self.soon) + len(self.later)


def _meetings(body_ids: Iterable[int]) -> QuerySet[Meeting]:
    return Meeting.objects.filter(
        committee__body_id__in=list(body_ids), committee__deleted_at__isnull=True
    ).select_related("committee__body")


def _cut(qs: QuerySet, wrap=None) -> Cut:
    rows = list(qs[: LONGEST + 1])
    more = qs.count() - LONGEST if len(rows) > LONGEST else 0
    rows = rows[:LONGEST]
    return Cut([wrap(r) for r in rows] if wrap else rows, more)


def coming(meeting: Meeting, today: date) -> Coming:
    """The meeting's publication deadline. No query beyond ``committee.body`` (select it)."""
    body = meeting.committee.body
    last_day = workingdays.latest_publication_date(
        timezone.localdate(meeting.start),
        body.notice_days,
        workingdays.region_for(body.jurisdiction),
    )
    return Coming(meeting, last_day, (last_day - today).days)


def upcoming(body_ids: Iterable[int], now: datetime) -> list[Coming]:
    """Meetings of the next six weeks, not cancelled or postponed, soonest first."""
    today = timezone.localdate(now)
    qs = (
        _meetings(body_ids)
        .filter(start__gte=now, start__lt=now + timedelta(days=SIX_WEEKS + 1))
        .exclude(status__in=_NOT_HELD)
        .order_by("start", "pk")
    )
    return [coming(m, today) for m in qs]


def to_write_up(body_ids: Iterable[int], now: datetime) -> Cut:
    """Meetings held (started, not cancelled or postponed) whose draft minutes are not out,
    newest first."""
    qs = (
        _meetings(body_ids)
        .filter(start__lt=now, minutes_state=MinutesState.NONE)
        .exclude(status__in=_NOT_HELD)
        .order_by("-start", "-pk")
    )
    return _cut(qs)


def awaiting_approval(body_ids: Iterable[int]) -> Cut:
    """Meetings whose draft minutes are published but not agreed, oldest first, each with the
    committee's next meeting (a subquery: still one query)."""
    later = (
        Meeting.objects.filter(committee_id=OuterRef("committee_id"), start__gt=OuterRef("start"))
        .exclude(status__in=_NOT_HELD)
        .order_by("start", "pk")
    )
    qs = (
        _meetings(body_ids)
        .filter(minutes_state=MinutesState.DRAFT)
        .annotate(
            next_id=Subquery(later.values("pk")[:1]),
            next_start=Subquery(later.values("start")[:1]),
        )
        .order_by("start", "pk")
    )

    def wrap(meeting: Meeting) -> Waiting:
        return Waiting(meeting, meeting.next_id, meeting.next_start)  # type: ignore[attr-defined]

    return _cut(qs, wrap)


def _near(today: date, field: str) -> Q:
    return Q(**{f"{field}__lte": today + timedelta(days=REMIND_DAYS)})


def restricted_due(body_ids: Iterable[int], today: date) -> list[Restricted]:
    """Restricted items and documents with a review or release date in the next fortnight (or
    past); soonest first. Two queries."""
    ids = list(body_ids)
    live = {
        "withdrawn_at__isnull": True,
        "meeting__deleted_at__isnull": True,
        "meeting__committee__deleted_at__isnull": True,
        "meeting__committee__body_id__in": ids,
    }
    items = (
        Item.objects.exclude(restriction="")
        .filter(_near(today, "review_date") | _near(today, "release_date"), **live)
        .select_related("meeting__committee")
    )
    documents = (
        Document.objects.exclude(restriction="")
        .filter(
            _near(today, "review_date") | _near(today, "release_date"),
            item__deleted_at__isnull=True,
            **live,
        )
        .select_related("meeting__committee", "item")
    )
    rows = [Restricted(i, i.review_date, i.release_date, today) for i in items]
    rows += [Restricted(d, d.review_date, d.release_date, today) for d in documents]
    return sorted(rows, key=lambda r: (r.when, r.thing.meeting.start, r.thing.pk))


def actions_overdue(body_ids: Iterable[int], today: date) -> Cut:
    """Open actions whose due date has passed, longest overdue first."""
    qs = (
        Action.objects.filter(
            status=ActionStatus.OPEN,
            due__lt=today,
            item__withdrawn_at__isnull=True,
            item__deleted_at__isnull=True,
            item__meeting__deleted_at__isnull=True,
            item__meeting__committee__deleted_at__isnull=True,
            item__meeting__committee__body_id__in=list(body_ids),
        )
        .select_related("item__meeting__committee")
        .order_by("due", F("item__meeting__start").asc(), "pk")
    )
    return _cut(qs)


def week(body_ids: Iterable[int], now: datetime | None = None) -> Week:
    """Everything the dashboard lists, for the bodies ``body_ids``."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    ids = list(body_ids)
    ahead = upcoming(ids, now)
    fortnight = today + timedelta(days=FORTNIGHT)
    return Week(
        today=today,
        soon=[c for c in ahead if timezone.localdate(c.meeting.start) <= fortnight],
        later=[c for c in ahead if timezone.localdate(c.meeting.start) > fortnight],
        agendas=sorted((c for c in ahead if not c.published), key=lambda c: c.last_day),
        minutes=to_write_up(ids, now),
        approval=awaiting_approval(ids),
        restricted=restricted_due(ids, today),
        actions=actions_overdue(ids, today),
    )
