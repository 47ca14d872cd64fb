"""Minutes published and approved: draft minutes made public, and the later meeting's
resolution that agrees them as a true record, which locks them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone

from moot.meetings.choices import (
    DecisionKind,
    ItemKind,
    MinutesState,
)
from moot.meetings.models import (
    Decision,
    Item,
    Meeting,
)

from . import history
from .common import ORIGIN, ServiceError, apply, meeting_date, public_date
from .decisions import add_decision
from .minutes import MinutesLocked, ensure_open, papers_due

if TYPE_CHECKING:
    from .history import Actor


@transaction.atomic
def publish_minutes(meeting: Meeting, *, user: Actor = None) -> Meeting:
    """Publish the draft minutes (they become the record only when a later meeting agrees)."""
    ensure_open(meeting)
    if meeting.agenda_published_at is None:
        raise ServiceError("Publish the agenda before the minutes.")
    if meeting.minutes_state == MinutesState.DRAFT:
        return meeting
    meeting.minutes_state = MinutesState.DRAFT
    meeting.minutes_published_at = timezone.now()
    meeting.save(update_fields=["minutes_state", "minutes_published_at", "updated_at"])
    history.record(
        meeting,
        "publish_minutes",
        {"minutes_state": [MinutesState.NONE, MinutesState.DRAFT]},
        origin=ORIGIN,
        user=user,
        public=False,
        note="Draft minutes published",
    )
    papers_due(meeting)
    return meeting


@dataclass(frozen=True)
class Approval:
    decision: Decision
    meetings: list[Meeting]


@transaction.atomic
def approve_minutes(
    item: Item, meetings: list[Meeting], *, amendment: str = "", user: Actor = None
) -> Approval:
    """At a later meeting's minutes item, agree earlier minutes as a true record (optionally
    subject to an amendment, which is recorded in the decision, not written into the locked
    minutes). Links both ways and locks the approved minutes. One item may approve several."""
    ensure_open(item.meeting)
    if not meetings:
        raise ServiceError("Choose the meeting or meetings whose minutes are agreed.")
    if item.kind != ItemKind.MINUTES:
        raise ServiceError("Minutes are approved at a minutes item.")
    meetings = sorted(meetings, key=lambda m: m.start)
    for earlier in meetings:
        if earlier.committee_id != item.meeting.committee_id:
            raise ServiceError("Only minutes of the same committee can be approved here.")
        if earlier.start >= item.meeting.start:
            raise ServiceError("Only minutes of an earlier meeting can be approved.")
        if earlier.minutes_state == MinutesState.APPROVED:
            raise MinutesLocked(earlier)
    dates = " and ".join(public_date(meeting_date(m)) for m in meetings)
    plural = "meetings" if len(meetings) > 1 else "meeting"
    text = f"The minutes of the {plural} held on {dates} were agreed as a true record"
    if amendment.strip():
        text += f", subject to the following amendment: {amendment.strip().rstrip('.')}"
    decision = add_decision(item, text + ".", kind=DecisionKind.AGREED, user=user)
    item.approves_meetings.add(*meetings)
    for earlier in meetings:
        changes = apply(
            earlier, {"minutes_state": MinutesState.APPROVED, "minutes_approved_at_item": item}
        )
        if earlier.minutes_published_at is None:
            earlier.minutes_published_at = timezone.now()
        earlier.save()
        history.record(
            earlier, "approve_minutes", changes, origin=ORIGIN, user=user, public=True, note=text
        )
    papers_due(*meetings)
    return Approval(decision, meetings)
