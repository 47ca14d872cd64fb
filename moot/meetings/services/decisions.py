"""Decisions and votes: what each item resolved, recorded votes, and corrections to approved
minutes recorded at a later meeting.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.db.models import QuerySet

from moot.meetings.choices import (
    DecisionKind,
    MinutesState,
)
from moot.meetings.models import (
    Decision,
    Item,
    Person,
)

from . import history
from .common import ORIGIN, ServiceError, apply
from .minutes import ensure_open, minutes_public, papers_due, papers_follow

if TYPE_CHECKING:
    from .history import Actor


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
        public=minutes_public(item.meeting),
    )
    papers_follow(decision.item.meeting)
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
            public=minutes_public(decision.item.meeting),
        )
    papers_follow(decision.item.meeting)
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
        public=minutes_public(decision.item.meeting),
    )
    corrected = decision.corrects.meeting if decision.corrects is not None else None
    decision.delete()
    papers_follow(decision.item.meeting)
    if corrected is not None:
        papers_due(corrected)


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
        public=minutes_public(later_item.meeting),
        note=f"Corrects {original.reference or original.title} of {original.meeting}",
    )
    papers_due(later_item.meeting)
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
