"""Decision notices and call-ins: the dates the law sets, and the writes.

Dates are pure functions (no database). The call-in period is the body's
``ExecutiveRules.call_in_working_days`` clear working days after the day the notice is
published: neither the day of publication nor weekends nor bank holidays count. The last of
them is the last day to call the decision in; it may be implemented on the next working day,
unless it is called in. Every write owns its transaction and announces the change so that
cached pages and feeds move on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from moot.meetings import events
from moot.meetings.models import Meeting, Person
from moot.meetings.services.common import ServiceError
from moot.meetings.workingdays import is_working_day, region_for

from .models import (
    CallIn,
    CallInOutcome,
    CallInStatus,
    DecisionNotice,
    ExecutiveRules,
    MakerKind,
)

# The reminder: a decision taken and not published after this many working days.
PUBLISH_WITHIN_WORKING_DAYS = 2


def nth_working_day_after(day: date, n: int, region: str) -> date:
    """The ``n``-th working day after ``day`` (``day`` itself never counts)."""
    if n < 0:
        raise ValueError("n cannot be negative")
    found = 0
    while found < n:
        day += timedelta(days=1)
        found += is_working_day(day, region)
    return day


def call_in_deadline(published: date, working_days: int, region: str) -> date:
    """The last day on which the decision may be called in."""
    return nth_working_day_after(published, working_days, region)


def implementable_on(published: date, working_days: int, region: str) -> date:
    """The first day the decision may be implemented if it is not called in: the working day
    after the call-in period ends."""
    return nth_working_day_after(call_in_deadline(published, working_days, region), 1, region)


def publication_overdue(taken_on: date, today: date, region: str) -> bool:
    """Is a decision taken on ``taken_on`` still unpublished after two working days?"""
    return nth_working_day_after(taken_on, PUBLISH_WITHIN_WORKING_DAYS, region) < today


def subject_to_call_in(notice: DecisionNotice) -> bool:
    """Executive decisions may be called in; officers' decisions and those taken under
    urgency may not."""
    return notice.maker.kind != MakerKind.OFFICER and not notice.urgent


class Stage:
    NOT_SUBJECT = "not_subject"
    URGENT = "urgent"
    UNPUBLISHED = "unpublished"
    OPEN = "open"
    REQUESTED = "requested"
    CALLED_IN = "called_in"
    DECIDED = "decided"
    IMPLEMENTABLE = "implementable"


@dataclass
class CallInState:
    """Where a decision stands: what its page and the clerk's dashboard say."""

    stage: str
    deadline: date | None = None
    implement_from: date | None = None
    call_ins: list[CallIn] = field(default_factory=list)
    outcome: str = ""

    @property
    def outcome_label(self) -> str:
        return CallInOutcome(self.outcome).label if self.outcome else ""


def call_in_state(
    notice: DecisionNotice, rules: ExecutiveRules | None = None, today: date | None = None
) -> CallInState:
    """The stage of ``notice``. Reads its call-ins (one query unless prefetched)."""
    if notice.urgent:
        return CallInState(Stage.URGENT)
    if not subject_to_call_in(notice):
        return CallInState(Stage.NOT_SUBJECT)
    if notice.published_at is None:
        return CallInState(Stage.UNPUBLISHED)
    rules = rules or ExecutiveRules.of(notice.body)
    region = region_for(notice.body.jurisdiction)
    published = timezone.localdate(notice.published_at)
    deadline = call_in_deadline(published, rules.call_in_working_days, region)
    implement = implementable_on(published, rules.call_in_working_days, region)
    today = today or timezone.localdate()
    call_ins = list(notice.call_ins.all())
    valid = [c for c in call_ins if c.status == CallInStatus.VALID]
    state = CallInState(Stage.OPEN, deadline, implement, call_ins)
    if valid:
        decided = [c for c in valid if c.outcome]
        if len(decided) == len(valid):
            state.stage = Stage.DECIDED
            state.outcome = decided[-1].outcome
        else:
            state.stage = Stage.CALLED_IN
    elif any(c.status == CallInStatus.REQUESTED for c in call_ins):
        state.stage = Stage.REQUESTED
    elif today > deadline:
        state.stage = Stage.IMPLEMENTABLE
    return state


def _check(notice: DecisionNotice) -> None:
    if notice.maker.body_id != notice.body_id:
        raise ServiceError("The decision maker belongs to another council.")
    if notice.urgent and not notice.urgency_reason.strip():
        raise ServiceError("Say why the decision could not wait (the urgency reason).")
    if notice.restriction and not notice.public_summary.strip():
        raise ServiceError("A restricted decision needs a public summary.")


@transaction.atomic
def save_notice(notice: DecisionNotice, wards=None) -> DecisionNotice:
    """Create or edit a notice (a published one changes in place: the page shows it)."""
    _check(notice)
    notice.save()
    if wards is not None:
        notice.wards.set(wards)
    return notice


@transaction.atomic
def publish_notice(notice: DecisionNotice, now: datetime | None = None) -> DecisionNotice:
    """Publish the record: from now it is public, and the call-in period runs."""
    _check(notice)
    if notice.published_at is not None:
        raise ServiceError("The decision notice is already published.")
    notice.published_at = now or timezone.now()
    notice.withdrawn_at = None
    notice.save(update_fields=["published_at", "withdrawn_at", "updated_at"])
    return notice


@transaction.atomic
def withdraw_notice(notice: DecisionNotice, now: datetime | None = None) -> DecisionNotice:
    """Take a published notice off every public surface."""
    notice.withdrawn_at = now or timezone.now()
    notice.save(update_fields=["withdrawn_at", "updated_at"])
    # A take-down: purged before any other work (the save alone says only "changed").
    events.announce(events.Change.of(taken_down=True, origin="clerk"))
    return notice


def scrutiny_member(notice: DecisionNotice, user, today: date) -> Person | None:
    """The person ``user`` is, if a current member of the body's scrutiny committee (one or
    two queries)."""
    rules = ExecutiveRules.of(notice.body)
    if rules.scrutiny_committee_id is None or not user.is_authenticated:
        return None
    current = Q(memberships__start__isnull=True) | Q(memberships__start__lte=today)
    current &= Q(memberships__end__isnull=True) | Q(memberships__end__gte=today)
    return (
        Person.objects.filter(user=user, memberships__committee_id=rules.scrutiny_committee_id)
        .filter(current)
        .first()
    )


@transaction.atomic
def request_call_in(
    notice: DecisionNotice, user, reasons: str, now: datetime | None = None
) -> CallIn:
    """A member of the scrutiny committee calls the decision in, within the period."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    if notice.withdrawn_at is not None or notice.published_at is None:
        raise ServiceError("Only a published decision can be called in.")
    state = call_in_state(notice, today=today)
    if state.stage == Stage.URGENT:
        raise ServiceError("The decision was taken under urgency: it cannot be called in.")
    if state.stage == Stage.NOT_SUBJECT:
        raise ServiceError("An officer's decision cannot be called in.")
    if state.deadline is not None and today > state.deadline:
        raise ServiceError("The call-in period has ended.")
    person = scrutiny_member(notice, user, today)
    if person is None:
        raise ServiceError("Only members of the scrutiny committee can call a decision in.")
    if not reasons.strip():
        raise ServiceError("Give the reasons for the call-in.")
    call_in = CallIn.objects.create(
        notice=notice, requested_by=person, user=user, requested_at=now, reasons=reasons
    )
    return call_in


@transaction.atomic
def record_validity(
    call_in: CallIn, valid: bool, note: str = "", meeting: Meeting | None = None
) -> CallIn:
    """The clerk (with the monitoring officer) says whether the call-in is valid, and which
    scrutiny meeting considers it."""
    call_in.status = CallInStatus.VALID if valid else CallInStatus.INVALID
    call_in.status_note = note
    call_in.meeting = meeting if valid else None
    call_in.save(update_fields=["status", "status_note", "meeting"])
    return call_in


@transaction.atomic
def record_outcome(call_in: CallIn, outcome: str, note: str = "", on: date | None = None) -> CallIn:
    """What the scrutiny committee decided about a valid call-in."""
    if call_in.status != CallInStatus.VALID:
        raise ServiceError("Only a valid call-in has an outcome.")
    if outcome not in CallInOutcome.values or not outcome:
        raise ServiceError("Choose the outcome.")
    call_in.outcome = outcome
    call_in.outcome_note = note
    call_in.outcome_on = on or timezone.localdate()
    call_in.save(update_fields=["outcome", "outcome_note", "outcome_on"])
    return call_in
