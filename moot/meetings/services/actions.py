"""Actions: what a meeting asked someone to do, and the action log carried from meeting to
meeting until a later item closes each action.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.db.models import QuerySet

from moot.meetings.choices import (
    ActionStatus,
)
from moot.meetings.models import (
    Action,
    Committee,
    Item,
    Meeting,
)

from . import history
from .common import ORIGIN, ServiceError, apply
from .minutes import ensure_open, minutes_public, papers_follow

if TYPE_CHECKING:
    from .history import Actor


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
        public=minutes_public(item.meeting),
    )
    papers_follow(action.item.meeting)
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
            action,
            "update",
            changes,
            origin=ORIGIN,
            user=user,
            public=minutes_public(action.item.meeting),
        )
    papers_follow(action.item.meeting)
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
        public=minutes_public(action.item.meeting),
    )
    action.delete()
    papers_follow(action.item.meeting)


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
        public=minutes_public(at_item.meeting),
        note=note.strip(),
    )
    return action
