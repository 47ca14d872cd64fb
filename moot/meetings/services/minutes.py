"""Recording a meeting: the minutes of each item, and what every write of the record shares.
Attendance and declarations are in ``attending``, decisions and votes in ``decisions``, actions
in ``actions``, publishing and approving the minutes in ``approval``.

Once minutes are published (draft or approved) every change to them is a public revision.
Approved minutes are the record: every write of it refuses them (``MinutesLocked``); a
correction is a decision at a later meeting.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from django.db import transaction

from moot.meetings import events
from moot.meetings.choices import (
    MinutesState,
)
from moot.meetings.html import sanitise
from moot.meetings.models import (
    Item,
    Meeting,
)

from . import history
from .common import ORIGIN, ServiceError, Stale, apply

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


class StaleEdit(Stale):
    """Someone saved the same minutes since this form was opened; nothing was saved."""

    def __init__(self, item: Item, who: str = ""):
        super().__init__(item, what="These minutes", was="were", them="them", who=who)


def ensure_open(meeting: Meeting) -> None:
    """Refuse a change to approved minutes. Reads the state from the database (one query), so
    a stale copy of the meeting cannot slip past the lock."""
    state = Meeting.objects.filter(pk=meeting.pk).values_list("minutes_state", flat=True).first()
    if state == MinutesState.APPROVED:
        meeting.minutes_state = state
        raise MinutesLocked(meeting)


def minutes_public(meeting: Meeting) -> bool:
    return meeting.minutes_state != MinutesState.NONE


def papers_due(*meetings: Meeting) -> None:
    """The printed papers of ``meetings`` are due again once this change commits."""
    events.announce(events.Change.of(papers=[m.pk for m in meetings], origin=ORIGIN))


def papers_follow(meeting: Meeting) -> None:
    """Once minutes are out, their printed copies follow every change (after the commit)."""
    if minutes_public(meeting):
        papers_due(meeting)


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
            item, "minutes", changes, origin=ORIGIN, user=user, public=minutes_public(item.meeting)
        )
    papers_follow(item.meeting)
    return item
