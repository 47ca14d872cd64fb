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
    MeetingStatus,
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
    if unworded := _unworded(meeting):
        named = ", ".join(f"“{item}”" for item in unworded)
        raise ServiceError(
            f"Give the public wording of each decision on the restricted "
            f"item{'s' if len(unworded) > 1 else ''} {named} before "
            "publishing the minutes: the public reads only that wording."
        )
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


def _unworded(meeting: Meeting) -> list[Item]:
    """Restricted live items of ``meeting`` with a decision the public has no wording for.
    One query."""
    return list(
        Item.objects.filter(meeting=meeting, withdrawn_at__isnull=True)
        .exclude(restriction="")
        .filter(decisions__deleted_at__isnull=True, decisions__public_text="")
        .distinct()
        .order_by("position")
    )


def _check_approving(item: Item) -> None:
    """May the minutes of earlier meetings be agreed at ``item``? Only under the minutes item
    of a meeting whose agenda is out and that has taken place (its start is past, or it is
    marked held: it is being recorded)."""
    meeting = item.meeting
    if item.kind != ItemKind.MINUTES:
        raise ServiceError(
            "Minutes are approved under the meeting’s “minutes of the previous meeting” item."
        )
    if meeting.status in (MeetingStatus.CANCELLED, MeetingStatus.POSTPONED):
        raise ServiceError(
            f"The meeting of {public_date(meeting_date(meeting))} was "
            f"{meeting.get_status_display().lower()}: minutes cannot be approved at it."
        )
    if meeting.agenda_published_at is None or item.published_at is None:
        raise ServiceError(
            "The agenda of this meeting has not been published: minutes are approved only at "
            "a meeting the public was told of."
        )
    if meeting.status != MeetingStatus.HELD and meeting.start > timezone.now():
        raise ServiceError(
            f"The meeting of {public_date(meeting_date(meeting))} has not taken place yet: "
            "minutes are approved when it meets (mark it held to record it)."
        )


def _check_approvable(earlier: Meeting, at: Meeting) -> None:
    """May ``earlier``'s minutes be agreed at meeting ``at``?"""
    if earlier.committee_id != at.committee_id:
        raise ServiceError("Only minutes of the same committee can be approved here.")
    if earlier.start >= at.start:
        raise ServiceError("Only minutes of an earlier meeting can be approved.")
    if earlier.minutes_state == MinutesState.APPROVED:
        raise MinutesLocked(earlier)
    if earlier.minutes_state != MinutesState.DRAFT:
        raise ServiceError(
            f"The minutes of the meeting of {public_date(meeting_date(earlier))} were never "
            "published: write and publish them as a draft before they are approved."
        )


@transaction.atomic
def approve_minutes(
    item: Item, meetings: list[Meeting], *, amendment: str = "", user: Actor = None
) -> Approval:
    """At a later meeting's minutes item, agree earlier minutes as a true record (optionally
    subject to an amendment, which is recorded in the decision and kept with the approved
    minutes, which publish it, never written into the locked minutes). Links both ways and
    locks the approved minutes. One item may approve several.

    Refused (``ServiceError``) unless ``item`` is the minutes item of a published meeting that
    has taken place or is marked held, and every meeting is an earlier one of the same
    committee whose draft minutes were published. Reads the item and its meeting afresh (one
    query), so a copy read before the agenda went out or the meeting was held is no matter."""
    item = Item.objects.select_related("meeting").get(pk=item.pk)
    ensure_open(item.meeting)
    if not meetings:
        raise ServiceError("Choose the meeting or meetings whose minutes are agreed.")
    _check_approving(item)
    meetings = sorted(meetings, key=lambda m: m.start)
    for earlier in meetings:
        _check_approvable(earlier, item.meeting)
    dates = " and ".join(public_date(meeting_date(m)) for m in meetings)
    plural = "meetings" if len(meetings) > 1 else "meeting"
    text = f"The minutes of the {plural} held on {dates} were agreed as a true record"
    amended = amendment.strip().rstrip(".")
    if amended:
        text += f", subject to the following amendment: {amended}"
    decision = add_decision(item, text + ".", kind=DecisionKind.AGREED, user=user)
    item.approves_meetings.add(*meetings)
    for earlier in meetings:
        changes = apply(
            earlier,
            {
                "minutes_state": MinutesState.APPROVED,
                "minutes_approved_at_item": item,
                "minutes_amendment": f"{amended}." if amended else "",
            },
        )
        earlier.save()
        history.record(
            earlier, "approve_minutes", changes, origin=ORIGIN, user=user, public=True, note=text
        )
    papers_due(*meetings)
    return Approval(decision, meetings)
