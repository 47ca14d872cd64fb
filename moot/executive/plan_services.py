"""The forward plan: its dates and its writes.

Clear days (regs. 5, 9 and 10 of the 2012 Regulations) are counted strictly between two days:
neither the day the entry was first published nor the day of the decision counts. They are
calendar days: a weekend or bank holiday in between counts as any other day. The periods are
the body's ``ExecutiveRules`` (England's defaults: 28 and 5). Every write records a
``PlanEvent`` (who, when, what).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from moot.meetings.services.common import ServiceError

from .models import (
    EventKind,
    ExecutiveRules,
    PlanEntry,
    PlanEvent,
    PlanException,
    PlanState,
)


def clear_days(first: date, last: date) -> int:
    """Days strictly between ``first`` and ``last`` (0 if none)."""
    return max((last - first).days - 1, 0)


def earliest_decision(published: date, required: int) -> date:
    """The first day a decision may be taken ``required`` clear days after ``published``."""
    return published + timedelta(days=required + 1)


def latest_notice(decision_on: date, required: int) -> date:
    """The last day a notice can be given and still be ``required`` clear days before."""
    return decision_on - timedelta(days=required + 1)


@dataclass
class NoticeCheck:
    """Whether an entry gives the notice the law asks, and what to say when not."""

    ok: bool
    clear: int | None
    required: int
    warning: str = ""


def _day(d: date) -> str:
    return f"{d:%A} {d.day} {d:%B %Y}"


def check_notice(entry: PlanEntry, rules: ExecutiveRules, today: date | None = None) -> NoticeCheck:
    """A key decision must be on the plan ``rules.notice_clear_days`` clear days before it is
    taken, counted from the day it was first published (or today, if not yet published);
    otherwise it needs an exception."""
    required = rules.notice_clear_days
    if not entry.key_decision and not entry.private:
        return NoticeCheck(True, None, required)
    if entry.decision_on is None:
        return NoticeCheck(True, None, required)
    published = entry.first_published_on or today or timezone.localdate()
    clear = clear_days(published, entry.decision_on)
    if clear >= required:
        return NoticeCheck(True, clear, required)
    if entry.exception:
        return NoticeCheck(True, clear, required)
    return NoticeCheck(
        False,
        clear,
        required,
        f"Only {clear} clear days on the plan before {_day(entry.decision_on)}: a key "
        f"decision needs {required} (the earliest date is "
        f"{_day(earliest_decision(published, required))}). Record a general exception or "
        "special urgency, or move the decision.",
    )


def check_exception(entry: PlanEntry, rules: ExecutiveRules) -> str:
    """What is missing from the entry's exception ("" when it is complete)."""
    if entry.exception == PlanException.GENERAL:
        if not entry.exception_notice_on or not entry.scrutiny_chair:
            return "A general exception needs the day the scrutiny chair was told and the name."
        if entry.decision_on is None:
            return "A general exception needs the date of the decision."
        clear = clear_days(entry.exception_notice_on, entry.decision_on)
        if clear < rules.exception_clear_days:
            return (
                f"The general exception notice gives {clear} clear days; it needs "
                f"{rules.exception_clear_days} (give it by "
                f"{_day(latest_notice(entry.decision_on, rules.exception_clear_days))}), "
                "or use special urgency."
            )
    if entry.exception == PlanException.URGENCY and (
        not entry.urgency_agreed_on or not entry.scrutiny_chair
    ):
        return "Special urgency needs the scrutiny chair's name and the day they agreed."
    return ""


def check_second_notice(entry: PlanEntry, rules: ExecutiveRules) -> str:
    """A private decision's second notice is given ``private_notice_clear_days`` before."""
    if not entry.private or not entry.second_notice_on or not entry.decision_on:
        return ""
    clear = clear_days(entry.second_notice_on, entry.decision_on)
    if clear < rules.private_notice_clear_days:
        return (
            f"The second notice gives {clear} clear days; it needs "
            f"{rules.private_notice_clear_days}."
        )
    return ""


def _name(user) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def _record(entry: PlanEntry, kind: str, what: str, user=None) -> PlanEvent:
    return PlanEvent.objects.create(
        entry=entry, kind=kind, what=what, by=user, by_name=_name(user), at=timezone.now()
    )


def _validate(entry: PlanEntry, rules: ExecutiveRules) -> None:
    if entry.maker.body_id != entry.body_id:
        raise ServiceError("The decision maker belongs to another council.")
    for problem in (check_exception(entry, rules), check_second_notice(entry, rules)):
        if problem:
            raise ServiceError(problem)
    if entry.private and not entry.exempt_paragraphs:
        raise ServiceError("A decision taken in private needs the paragraph of Schedule 12A.")


@transaction.atomic
def save_entry(entry: PlanEntry, user=None, wards=None, publish: bool = False) -> PlanEntry:
    """Add or change an entry; ``publish`` puts it on the public plan (the day counts)."""
    rules = ExecutiveRules.of(entry.body)
    _validate(entry, rules)
    new = entry.pk is None
    if publish and entry.first_published_on is None:
        entry.first_published_on = timezone.localdate()
    entry.save()
    if wards is not None:
        entry.wards.set(wards)
    if new:
        _record(entry, EventKind.ADDED, f"Added for {entry.when}.", user)
    return entry


@transaction.atomic
def publish_entry(entry: PlanEntry, user=None, today: date | None = None) -> PlanEntry:
    if entry.first_published_on is None:
        entry.first_published_on = today or timezone.localdate()
        entry.save(update_fields=["first_published_on", "updated_at"])
        _record(entry, EventKind.ADDED, f"Published on the plan for {entry.when}.", user)
    return entry


@transaction.atomic
def move_entry(entry: PlanEntry, new_date: date | None, period: str = "", user=None) -> PlanEntry:
    """Move the decision to another date or period; the history keeps the old one."""
    if entry.state in (PlanState.WITHDRAWN, PlanState.TAKEN):
        raise ServiceError("A withdrawn or taken decision cannot be moved.")
    before = entry.when
    entry.decision_on = new_date
    entry.period = period
    entry.state = PlanState.MOVED
    entry.save(update_fields=["decision_on", "period", "state", "updated_at"])
    _record(entry, EventKind.MOVED, f"Moved from {before} to {entry.when}.", user)
    return entry


@transaction.atomic
def withdraw_entry(entry: PlanEntry, reason: str = "", user=None) -> PlanEntry:
    if entry.state == PlanState.TAKEN:
        raise ServiceError("The decision has been taken: it cannot be withdrawn.")
    entry.state = PlanState.WITHDRAWN
    entry.save(update_fields=["state", "updated_at"])
    _record(entry, EventKind.WITHDRAWN, reason or "Withdrawn from the plan.", user)
    return entry


@transaction.atomic
def take_entry(entry: PlanEntry, taken_on: date, user=None) -> PlanEntry:
    """Record the decision as taken on ``taken_on``; refused without an exception when the
    entry was not on the plan for the notice the body's rules ask."""
    if entry.state in (PlanState.WITHDRAWN, PlanState.TAKEN):
        raise ServiceError("The decision is withdrawn or already taken.")
    rules = ExecutiveRules.of(entry.body)
    if entry.key_decision and entry.first_published_on is None and not entry.exception:
        raise ServiceError(
            "A key decision not published on the plan needs a general exception or special urgency."
        )
    planned = entry.decision_on
    entry.decision_on = taken_on
    check = check_notice(entry, rules)
    if not check.ok:
        entry.decision_on = planned
        raise ServiceError(check.warning)
    entry.taken_on = taken_on
    entry.state = PlanState.TAKEN
    entry.save(update_fields=["decision_on", "taken_on", "state", "updated_at"])
    _record(entry, EventKind.TAKEN, f"Taken on {_day(taken_on)}.", user)
    return entry


@transaction.atomic
def record_exception(
    entry: PlanEntry,
    kind: str,
    reason: str,
    chair: str,
    on: date,
    user=None,
) -> PlanEntry:
    """A general exception (``on`` = the day of notice to the chair and the public notice)
    or special urgency (``on`` = the day the chair agreed)."""
    if kind not in (PlanException.GENERAL, PlanException.URGENCY):
        raise ServiceError("Choose the general exception or special urgency.")
    entry.exception = kind
    entry.exception_reason = reason
    entry.scrutiny_chair = chair
    if kind == PlanException.GENERAL:
        entry.exception_notice_on, entry.urgency_agreed_on = on, None
    else:
        entry.urgency_agreed_on, entry.exception_notice_on = on, None
    problem = check_exception(entry, ExecutiveRules.of(entry.body))
    if problem:
        raise ServiceError(problem)
    entry.save()
    label = PlanException(kind).label
    _record(entry, EventKind.EXCEPTION, f"{label}: {chair}, {_day(on)}.", user)
    return entry


def exceptions_between(body, start: date, end: date):
    """Entries under either exception whose decision falls in [start, end]: the leader's
    report to council (reg. 19 asks for special urgency; general exceptions alongside)."""
    return (
        PlanEntry.objects.filter(body=body, decision_on__gte=start, decision_on__lte=end)
        .exclude(exception="")
        .select_related("maker")
        .order_by("decision_on", "pk")
    )
