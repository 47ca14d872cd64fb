"""Attendance statistics, as councils publish them: for each member and each committee, over
a period, the meetings they were expected at, present at, present at as a substitute, sent
apologies for and were absent from.

A member is *expected* at a meeting of a committee they sat on that day (any role but
substitute and adviser), and at any meeting where the record names them present, with
apologies, absent or expected. Standing in for a member counts as *present as a substitute*,
not as expected. *Absent* is what is left of expected once present and apologies are taken
away, so a member the record leaves out is counted absent.

Which meetings count is the caller's to say (the public's statistics count only meetings
whose minutes are published: ``moot.access.policy.minutes_meetings``). Two queries,
whatever the number of meetings or members.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Q, QuerySet
from django.db.models.functions import TruncDate

from .choices import AttendanceStatus, MembershipRole
from .models import Attendance, Body, Meeting
from .references import municipal_year

# Roles that make a member expected at every meeting of their committee.
_NOT_EXPECTED = (MembershipRole.SUBSTITUTE, MembershipRole.ADVISER)
_PRESENT = {AttendanceStatus.PRESENT, AttendanceStatus.IN_ATTENDANCE}
# A record of these says the person was expected, whatever their membership.
_EXPECTED = {
    AttendanceStatus.PRESENT,
    AttendanceStatus.APOLOGIES,
    AttendanceStatus.ABSENT,
    AttendanceStatus.INVITED,
}


def _percent(part: int, whole: int) -> int | None:
    return round(100 * part / whole) if whole else None


@dataclass
class Tally:
    """One row of the statistics: counts and, of the meetings expected, percentages."""

    expected: int = 0
    present: int = 0
    substitute: int = 0
    apologies: int = 0
    meetings: set[int] = field(default_factory=set)

    @property
    def absent(self) -> int:
        return self.expected - self.present - self.apologies

    @property
    def present_percent(self) -> int | None:
        return _percent(self.present, self.expected)

    @property
    def apologies_percent(self) -> int | None:
        return _percent(self.apologies, self.expected)

    @property
    def absent_percent(self) -> int | None:
        return _percent(self.absent, self.expected)


@dataclass
class Statistics:
    """Tallies for a period: per person (by pk), per committee (by pk), and per person per
    committee (by (person pk, committee pk))."""

    start: date
    end: date
    people: dict[int, Tally]
    committees: dict[int, Tally]
    person_committees: dict[tuple[int, int], Tally]


def year_bounds(body: Body, year: int, annual: Iterable[date] | None = None) -> tuple[date, date]:
    """The first and last day of ``body``'s municipal year ``year``. One query, none if
    given the body's ``annual`` meeting dates."""
    if annual is None:
        annual = body.annual_meetings.values_list("date", flat=True)
    by_year = {d.year: d for d in annual}

    def first(y: int) -> date:
        return by_year.get(y) or date(y, body.year_start_month, 1)

    return first(year), first(year + 1) - timedelta(days=1)


def current_year(body: Body, today: date, annual: Iterable[date] | None = None) -> int:
    """The municipal year ``today`` falls in for ``body``. One query, none if given the
    body's ``annual`` meeting dates."""
    if annual is None:
        annual = body.annual_meetings.values_list("date", flat=True)
    return municipal_year(today, list(annual), body.year_start_month)


def attendance(
    meetings: QuerySet[Meeting], start: date, end: date, people: Iterable[int] | None = None
) -> Statistics:
    """The statistics of ``meetings`` held from ``start`` to ``end`` (both included), for
    everyone or only ``people`` (pks). Two queries."""
    counted = meetings.annotate(day=TruncDate("start")).filter(day__gte=start, day__lte=end)
    wanted = None if people is None else set(people)
    seats = Meeting.objects.filter(pk__in=counted.values("pk")).filter(
        Q(committee__memberships__start__isnull=True)
        | Q(committee__memberships__start__lte=TruncDate("start")),
        Q(committee__memberships__end__isnull=True)
        | Q(committee__memberships__end__gte=TruncDate("start")),
        committee__memberships__deleted_at__isnull=True,
        committee__memberships__person__deleted_at__isnull=True,
        committee__memberships__role__in=[r for r in MembershipRole if r not in _NOT_EXPECTED],
    )
    records = Attendance.objects.filter(meeting__in=counted.values("pk"))
    if wanted is not None:
        seats = seats.filter(committee__memberships__person__in=wanted)
        records = records.filter(person__in=wanted)
    committee_of: dict[int, int] = {}
    expected: set[tuple[int, int]] = set()
    for meeting_id, committee_id, person_id in seats.values_list(
        "pk", "committee_id", "committee__memberships__person_id"
    ).distinct():
        committee_of[meeting_id] = committee_id
        expected.add((person_id, meeting_id))
    status: dict[tuple[int, int], str] = {}
    for meeting_id, committee_id, person_id, state in records.values_list(
        "meeting_id", "meeting__committee_id", "person_id", "status"
    ):
        committee_of[meeting_id] = committee_id
        status[(person_id, meeting_id)] = state
        if state in _EXPECTED:
            expected.add((person_id, meeting_id))
        elif state == AttendanceStatus.SUBSTITUTE:
            expected.discard((person_id, meeting_id))

    people_t: dict[int, Tally] = defaultdict(Tally)
    committees_t: dict[int, Tally] = defaultdict(Tally)
    both: dict[tuple[int, int], Tally] = defaultdict(Tally)
    for (person_id, meeting_id), state in [*((k, status.get(k, "")) for k in expected)] + [
        (k, s) for k, s in status.items() if s == AttendanceStatus.SUBSTITUTE
    ]:
        committee_id = committee_of[meeting_id]
        for tally in (
            people_t[person_id],
            committees_t[committee_id],
            both[(person_id, committee_id)],
        ):
            tally.meetings.add(meeting_id)
            if state == AttendanceStatus.SUBSTITUTE:
                tally.substitute += 1
                continue
            tally.expected += 1
            if state in _PRESENT:
                tally.present += 1
            elif state == AttendanceStatus.APOLOGIES:
                tally.apologies += 1
    return Statistics(start, end, dict(people_t), dict(committees_t), dict(both))
