"""Recording a meeting: attendance, declarations, minutes, decisions, recorded votes and
actions; publishing draft minutes; approval at a later meeting, which locks them.

Once minutes are published (draft or approved) every change to them is a public revision.
Approved minutes are the record: every write here refuses them (``MinutesLocked``); a
correction is a decision at a later meeting.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from moot.meetings import events
from moot.meetings.choices import (
    ActionStatus,
    AttendanceStatus,
    DecisionKind,
    ItemKind,
    MinutesState,
)
from moot.meetings.html import sanitise
from moot.meetings.models import (
    Action,
    Attendance,
    Committee,
    Decision,
    Declaration,
    Item,
    Meeting,
    Person,
)

from . import history
from .common import ORIGIN, ServiceError, apply, meeting_date, public_date

if TYPE_CHECKING:
    from .history import Actor


class MinutesLocked(ServiceError):
    """The minutes were approved at a later meeting and are the record now."""

    def __init__(self, meeting: Meeting):
        super().__init__(
            f"The minutes of {meeting} were approved and cannot be changed. Record a "
            "correction as a decision at a later meeting."
        )
        self.meeting = meeting


class StaleEdit(ServiceError):
    """Someone saved the same minutes since this form was opened; nothing was saved."""

    def __init__(self, item: Item, who: str = ""):
        by = f" by {who}" if who else ""
        super().__init__(
            f"These minutes were changed{by} since you opened them, so your text was not saved. "
            "The current minutes are shown; your text is kept below them: merge the two and "
            "save again."
        )
        self.item = item


def ensure_open(meeting: Meeting) -> None:
    """Refuse a change to approved minutes. Reads the state from the database (one query), so
    a stale copy of the meeting cannot slip past the lock."""
    state = Meeting.objects.filter(pk=meeting.pk).values_list("minutes_state", flat=True).first()
    if state == MinutesState.APPROVED:
        meeting.minutes_state = state
        raise MinutesLocked(meeting)


def _public(meeting: Meeting) -> bool:
    return meeting.minutes_state != MinutesState.NONE


def _papers_due(*meetings: Meeting) -> None:
    """The printed papers of ``meetings`` are due again once this change commits."""
    events.announce(events.Change.of(papers=[m.pk for m in meetings], origin=ORIGIN))


def _papers_follow(meeting: Meeting) -> None:
    """Once minutes are out, their printed copies follow every change (after the commit)."""
    if _public(meeting):
        _papers_due(meeting)


def version_of(text: str) -> str:
    """The version a minutes form carries: a digest of the text it was opened with."""
    return hashlib.sha256((text or "").encode()).hexdigest()[:20]


@transaction.atomic
def save_minutes(item: Item, text: str, *, version: str, user: Actor = None) -> Item:
    """Save an item's minutes (sanitised HTML) if nobody else saved them since ``version``
    was read; otherwise raise StaleEdit and change nothing (no lost update)."""
    item = Item.objects.select_for_update().select_related("meeting").get(pk=item.pk)
    ensure_open(item.meeting)
    if version != version_of(item.minutes):
        last = history.revisions_of(item).filter(action="minutes").select_related("user").first()
        raise StaleEdit(item, who=str(last.user) if last and last.user else "")
    changes = apply(item, {"minutes": sanitise(text)})
    if changes:
        item.save(update_fields=["minutes", "updated_at"])
        history.record(
            item, "minutes", changes, origin=ORIGIN, user=user, public=_public(item.meeting)
        )
    _papers_follow(item.meeting)
    return item


@transaction.atomic
def record_attendance(
    meeting: Meeting,
    person: Person,
    status: str,
    *,
    user: Actor = None,
    substitute_for: Person | None = None,
    role: str | None = None,
    organisation: str | None = None,
) -> Attendance:
    """One person's attendance (present, apologies, substitute, in attendance …), made or
    changed. A substitute names the member they stood in for; anyone else stands in for
    nobody. ``role`` and ``organisation`` ("Community Safety Manager", "Cleveland Police")
    describe an officer in attendance; left as None they keep what was recorded."""
    ensure_open(meeting)
    if status not in AttendanceStatus.values:
        raise ServiceError("Choose an attendance status.")
    if status == AttendanceStatus.SUBSTITUTE and substitute_for is None:
        raise ServiceError(f"Say whom {person} stood in for as a substitute.")
    if substitute_for is not None and substitute_for.pk == person.pk:
        raise ServiceError(f"{person} cannot stand in for themselves.")
    attendance: Attendance | None = Attendance.objects.filter(
        meeting=meeting, person=person
    ).first()
    data: dict[str, object] = {
        "status": status,
        "substitute_for": substitute_for if status == AttendanceStatus.SUBSTITUTE else None,
    }
    if role is not None or attendance is None:
        data["role"] = (role or "").strip()
    if organisation is not None or attendance is None:
        data["organisation"] = (organisation or "").strip()
    if attendance is None:
        attendance = Attendance.objects.create(meeting=meeting, person=person, **data)
        changes: dict[str, object] = {k: [None, history.plain(v)] for k, v in data.items()}
        history.record(
            attendance, "create", changes, origin=ORIGIN, user=user, public=_public(meeting)
        )
        return attendance
    changes = apply(attendance, data)
    if changes:
        attendance.save()
        history.record(
            attendance, "update", changes, origin=ORIGIN, user=user, public=_public(meeting)
        )
    return attendance


@transaction.atomic
def add_declaration(
    item: Item,
    person: Person,
    kind: str,
    *,
    nature: str = "",
    left_room: bool = False,
    user: Actor = None,
) -> Declaration:
    ensure_open(item.meeting)
    declaration: Declaration = Declaration.objects.create(
        item=item, person=person, kind=kind, nature=nature.strip(), left_room=left_room
    )
    history.record(
        declaration,
        "create",
        {"kind": [None, kind], "person": [None, person.pk]},
        origin=ORIGIN,
        user=user,
        public=_public(item.meeting),
    )
    _papers_follow(declaration.item.meeting)
    return declaration


@transaction.atomic
def edit_declaration(
    declaration: Declaration, data: Mapping[str, Any], *, user: Actor = None
) -> Declaration:
    """Change who declared, the kind, the nature or whether they left the room."""
    ensure_open(declaration.item.meeting)
    data = {**data}
    if "nature" in data:
        data["nature"] = (data["nature"] or "").strip()
    changes = apply(declaration, data)
    if changes:
        declaration.save()
        history.record(
            declaration,
            "update",
            changes,
            origin=ORIGIN,
            user=user,
            public=_public(declaration.item.meeting),
        )
    _papers_follow(declaration.item.meeting)
    return declaration


@transaction.atomic
def remove_declaration(declaration: Declaration, *, user: Actor = None) -> None:
    ensure_open(declaration.item.meeting)
    history.record(
        declaration,
        "delete",
        {"kind": [declaration.kind, None]},
        origin=ORIGIN,
        user=user,
        public=_public(declaration.item.meeting),
    )
    declaration.delete()
    _papers_follow(declaration.item.meeting)


@transaction.atomic
def add_decision(
    item: Item,
    text: str,
    *,
    kind: str = DecisionKind.AGREED,
    public_text: str = "",
    user: Actor = None,
) -> Decision:
    """A decision on an item. On a restricted item, ``public_text`` is what the public reads."""
    ensure_open(item.meeting)
    if not text.strip():
        raise ServiceError("Write the decision.")
    position = item.decisions.count() + 1
    decision: Decision = Decision.objects.create(
        item=item, position=position, kind=kind, text=text.strip(), public_text=public_text.strip()
    )
    history.record(
        decision,
        "create",
        {"text": [None, decision.text]},
        origin=ORIGIN,
        user=user,
        public=_public(item.meeting),
    )
    _papers_follow(decision.item.meeting)
    return decision


@transaction.atomic
def edit_decision(decision: Decision, data: Mapping[str, Any], *, user: Actor = None) -> Decision:
    ensure_open(decision.item.meeting)
    data = {k: v.strip() if isinstance(v, str) else v for k, v in data.items()}
    if "text" in data and not data["text"]:
        raise ServiceError("Write the decision.")
    changes = apply(decision, data)
    if changes:
        decision.save()
        history.record(
            decision,
            "update",
            changes,
            origin=ORIGIN,
            user=user,
            public=_public(decision.item.meeting),
        )
    _papers_follow(decision.item.meeting)
    return decision


@transaction.atomic
def remove_decision(decision: Decision, *, user: Actor = None) -> None:
    ensure_open(decision.item.meeting)
    history.record(
        decision,
        "delete",
        {"text": [decision.text, None]},
        origin=ORIGIN,
        user=user,
        public=_public(decision.item.meeting),
    )
    corrected = decision.corrects.meeting if decision.corrects is not None else None
    decision.delete()
    _papers_follow(decision.item.meeting)
    if corrected is not None:
        _papers_due(corrected)


def correctable_items(later_item: Item) -> QuerySet[Item]:
    """Items of the committee's earlier meetings whose minutes are approved: what a decision
    at ``later_item`` may correct. One query when read."""
    meeting = later_item.meeting
    return (
        Item.objects.filter(
            meeting__committee_id=meeting.committee_id,
            meeting__start__lt=meeting.start,
            meeting__minutes_state=MinutesState.APPROVED,
            withdrawn_at__isnull=True,
            published_at__isnull=False,
        )
        .select_related("meeting")
        .order_by("-meeting__start", "position")
    )


@transaction.atomic
def record_correction(
    later_item: Item, original_item: Item, text: str, *, public_text: str = "", user: Actor = None
) -> Decision:
    """Correct approved minutes the only way the record allows: a decision at a later
    meeting (``later_item``) naming the item it corrects. The original minutes stay as they
    were; the public page of the original meeting shows the correction beside them.

    Refused unless the original's minutes are approved (draft minutes are simply edited),
    the original is of an earlier meeting of the same committee, and the later meeting's own
    minutes are still open."""
    ensure_open(later_item.meeting)
    original = Item.objects.select_related("meeting").get(pk=original_item.pk)
    if original.meeting.minutes_state != MinutesState.APPROVED:
        raise ServiceError(
            "Those minutes have not been approved: edit them instead of recording a correction."
        )
    if original.meeting.committee_id != later_item.meeting.committee_id:
        raise ServiceError("Only minutes of the same committee can be corrected here.")
    if original.meeting.start >= later_item.meeting.start:
        raise ServiceError("A correction is recorded at a later meeting than the one corrected.")
    if original.withdrawn_at is not None:
        raise ServiceError("That item was withdrawn.")
    if not text.strip():
        raise ServiceError("Write the correction.")
    decision: Decision = Decision.objects.create(
        item=later_item,
        position=later_item.decisions.count() + 1,
        kind=DecisionKind.AGREED,
        text=text.strip(),
        public_text=public_text.strip(),
        corrects=original,
    )
    history.record(
        decision,
        "correct",
        {"text": [None, decision.text], "corrects": [None, original.pk]},
        origin=ORIGIN,
        user=user,
        public=_public(later_item.meeting),
        note=f"Corrects {original.reference or original.title} of {original.meeting}",
    )
    _papers_due(later_item.meeting)
    return decision


def _names(people: Iterable[Person]) -> str:
    names = [str(p) for p in people]
    return ", ".join(names) if names else "none"


@transaction.atomic
def record_vote(
    item: Item,
    *,
    for_: list[Person],
    against: list[Person],
    abstained: list[Person],
    outcome: str,
    user: Actor = None,
) -> Decision:
    """A recorded (named) vote, kept as a decision of the item naming how each member voted."""
    if not outcome.strip():
        raise ServiceError("State the outcome of the vote.")
    voters = [*for_, *against, *abstained]
    if len({p.pk for p in voters}) != len(voters):
        raise ServiceError("Someone is listed twice in the vote.")
    text = (
        f"{outcome.strip().rstrip('.')}. Recorded vote: for ({len(for_)}): {_names(for_)}; "
        f"against ({len(against)}): {_names(against)}; abstained ({len(abstained)}): "
        f"{_names(abstained)}."
    )
    return add_decision(item, text, kind=DecisionKind.RESOLVED, user=user)


@transaction.atomic
def add_action(
    item: Item, text: str, *, owner: str = "", due: date | None = None, user: Actor = None
) -> Action:
    ensure_open(item.meeting)
    if not text.strip():
        raise ServiceError("Say what is to be done.")
    action: Action = Action.objects.create(
        item=item, text=text.strip(), owner=owner.strip(), due=due
    )
    history.record(
        action,
        "create",
        {"text": [None, action.text]},
        origin=ORIGIN,
        user=user,
        public=_public(item.meeting),
    )
    _papers_follow(action.item.meeting)
    return action


@transaction.atomic
def edit_action(action: Action, data: Mapping[str, Any], *, user: Actor = None) -> Action:
    """Change what is to be done, by whom and when (closing is ``close_action``)."""
    ensure_open(action.item.meeting)
    data = {k: v.strip() if isinstance(v, str) else v for k, v in data.items()}
    if "text" in data and not data["text"]:
        raise ServiceError("Say what is to be done.")
    changes = apply(action, data)
    if changes:
        action.save()
        history.record(
            action, "update", changes, origin=ORIGIN, user=user, public=_public(action.item.meeting)
        )
    _papers_follow(action.item.meeting)
    return action


@transaction.atomic
def remove_action(action: Action, *, user: Actor = None) -> None:
    """Remove an action recorded in error. One closed at a later meeting stays: its closing
    is part of that meeting's record."""
    ensure_open(action.item.meeting)
    if action.closed_at_item_id:
        raise ServiceError(
            "This action was closed at a later meeting, so it is part of that record. "
            "Edit its wording instead."
        )
    history.record(
        action,
        "delete",
        {"text": [action.text, None]},
        origin=ORIGIN,
        user=user,
        public=_public(action.item.meeting),
    )
    action.delete()
    _papers_follow(action.item.meeting)


def open_actions(committee: Committee, before: Meeting | None = None) -> QuerySet[Action]:
    """Open actions of the committee's earlier meetings: matters arising on the next agenda."""
    qs = Action.objects.filter(
        item__meeting__committee=committee,
        status=ActionStatus.OPEN,
        item__withdrawn_at__isnull=True,
    )
    if before is not None:
        qs = qs.filter(item__meeting__start__lt=before.start)
    return qs.select_related("item__meeting").order_by("item__meeting__start", "pk")


@transaction.atomic
def close_action(
    action: Action,
    at_item: Item,
    *,
    status: str = ActionStatus.DONE,
    note: str = "",
    user: Actor = None,
) -> Action:
    """Close an action at a later meeting's item (usually matters arising). The action's own
    meeting may be approved already: closing is recorded at the later meeting, not an edit."""
    ensure_open(at_item.meeting)
    if status == ActionStatus.OPEN:
        raise ServiceError("Choose how the action was closed.")
    if at_item.meeting.committee_id != action.item.meeting.committee_id:
        raise ServiceError("An action is closed at a meeting of its own committee.")
    if at_item.meeting.start <= action.item.meeting.start:
        raise ServiceError("An action is closed at a later meeting.")
    changes = apply(
        action, {"status": status, "closed_at_item": at_item, "closing_note": note.strip()}
    )
    action.save()
    history.record(
        action,
        "close",
        changes,
        origin=ORIGIN,
        user=user,
        public=_public(at_item.meeting),
        note=note.strip(),
    )
    return action


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
    _papers_due(meeting)
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
    _papers_due(*meetings)
    return Approval(decision, meetings)
