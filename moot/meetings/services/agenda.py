"""Building an agenda: items (add, edit, reorder, remove) and urgent items. Restrictions and
the exclusion resolution are in ``restrictions``, reports in ``reports``, publishing in
``publishing``.

A change to an item already published is a public revision — unless the item is restricted
and only withheld fields changed, which the public never saw.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from django.db import transaction

from moot.meetings.choices import (
    ItemKind,
)
from moot.meetings.html import sanitise
from moot.meetings.kinds import infer_kind
from moot.meetings.models import Item, Meeting

from . import history, positions
from .common import ORIGIN, ServiceError, Stale, apply, public_date
from .items import fresh, is_public_change, live_items, renumber, save_changes
from .publishing import NoticeCheck, notice_check
from .restrictions import refresh_exclusion

if TYPE_CHECKING:
    from .history import Actor


HTML_FIELDS = {"agenda_text", "minutes", "decision_text"}


# An item's place and reference: written only by the services that add, move and remove items
# (positions, under the meeting's lock) and by publication (references), never by an edit.
PLACE_FIELDS = {"meeting", "position", "reference", "reference_number", "reference_year"}


# What a new item goes before: the end of the agenda and its exempt part.
ENDING_KINDS = {ItemKind.AOB, ItemKind.NEXT_MEETING, ItemKind.EXCLUSION}


def _ends_the_agenda(item: Item) -> bool:
    """Any other business, the date of the next meeting, the exclusion resolution or a
    restricted item. An item of no known kind counts by its title ("Any other business" typed
    as a committee's standard item without its kind)."""
    kind = infer_kind(item.title) if item.kind == ItemKind.OTHER else item.kind
    return kind in ENDING_KINDS or item.is_restricted


def _clean(data: Mapping[str, Any]) -> dict[str, Any]:
    return {k: sanitise(v) if k in HTML_FIELDS else v for k, v in data.items()}


def late_notice(meeting: Meeting) -> NoticeCheck | None:
    """The notice an item added today would give, when it is late: the agenda went out and
    a supplement published today gives fewer clear working days than the body requires (no
    query beyond the committee's body). None when an item added now is on time."""
    if not meeting.is_published:
        return None
    check = notice_check(meeting)
    return check if check.short else None


def late_message(check: NoticeCheck) -> str:
    count = len(check.clear_days)
    return (
        f"The agenda has gone out and the meeting is on {public_date(check.meeting)}: an item "
        f"added now gives {count} clear working day{'s' if count != 1 else ''}' notice, fewer "
        f"than the {check.required} required, so it can be taken only as urgent — record that "
        "the chair agreed and the reason, which is printed in the minutes (Local Government "
        "Act 1972, s.100B(4)(b))."
    )


def _urgency(meeting: Meeting, reason: str, chair_consented: bool) -> dict[str, Any]:
    """The urgency fields of a new item: required when it is late, recorded when given."""
    late = late_notice(meeting)
    if late is None and not reason.strip() and not chair_consented:
        return {}
    if not chair_consented:
        raise ServiceError(
            late_message(late) if late else "An urgent item needs the chair's agreement."
        )
    if not reason.strip():
        raise ServiceError("Record why the item is urgent: the reason is public.")
    return {"urgent": True, "urgency_reason": reason.strip()}


@transaction.atomic
def add_item(
    meeting: Meeting,
    data: Mapping[str, Any],
    *,
    user: Actor = None,
    position: int | None = None,
    chair_consented: bool = False,
    urgency_reason: str = "",
) -> Item:
    """A new item at ``position`` (default: before any other business, the date of the next
    meeting and the exempt part).

    Added after the agenda went out, it is published later as a supplement. Too late for the
    meeting's notice (``late_notice``), it is refused unless the chair agreed to take it as
    urgent and the reason is given (s.100B(4)(b)); both are recorded with it.
    """
    data = {k: v for k, v in _clean(data).items() if k not in PLACE_FIELDS}
    if not data.get("title", "").strip():
        raise ServiceError("Give the item a title.")
    data.update(_urgency(meeting, urgency_reason, chair_consented))
    positions.lock([meeting.pk])
    items = list(live_items(meeting))
    if position is None:
        tail = [i for i in items if _ends_the_agenda(i)]
        index = items.index(tail[0]) if tail else len(items)
    else:
        index = max(1, min(position, len(items) + 1)) - 1
    # Made after the last item, then put in its place: no two live items share a position.
    item: Item = Item.objects.create(
        meeting=meeting, position=positions.highest([meeting.pk]) + 1, **data
    )
    positions.place([*items[:index], item, *items[index:]])
    history.record(
        item,
        "create",
        {k: [None, history.plain(v)] for k, v in data.items()},
        origin=ORIGIN,
        user=user,
        public=False,
    )
    renumber(meeting)
    refresh_exclusion(meeting, user=user)
    item.refresh_from_db()
    return item


class StaleItem(Stale):
    """Someone saved the item since this form was opened; nothing was saved."""

    def __init__(self, item: Item, who: str = ""):
        super().__init__(item, what="This item", was="was", them="it", who=who)


def item_version(item: Item) -> str:
    """The version an item form carries: a digest of the title, kind and agenda text it was
    opened with."""
    text = "\x1f".join((item.title, item.kind, item.agenda_text or ""))
    return hashlib.sha256(text.encode()).hexdigest()[:20]


@transaction.atomic
def edit_item(
    item: Item, data: Mapping[str, Any], *, user: Actor = None, version: str | None = None
) -> Item:
    """Change an item's title, kind or agenda text. Published: a public revision. With
    ``version`` (from ``item_version`` when the form was opened), refuse with StaleItem if
    someone saved the item since (no lost update)."""
    if "title" in data and not str(data["title"]).strip():
        raise ServiceError("Give the item a title.")
    data = {k: v for k, v in data.items() if k not in PLACE_FIELDS}  # moved, never edited
    if version is not None:
        current = Item.objects.select_for_update().get(pk=item.pk)
        if version != item_version(current):
            updates = history.revisions_of(current).filter(action="update")
            last = updates.select_related("user").order_by("-at").first()
            raise StaleItem(current, who=str(last.user) if last and last.user else "")
    fresh(item)
    changes = apply(item, _clean(data))
    if changes:
        save_changes(item, changes)
        history.record(
            item,
            "update",
            changes,
            origin=ORIGIN,
            user=user,
            public=is_public_change(item, changes),
        )
    return item


@transaction.atomic
def move_item(item: Item, to: int, *, user: Actor = None) -> Item:
    """Move an item to agenda position ``to``. References do not change (they are numbers
    given at publication, so reference order and agenda order can differ). The meeting is
    locked and the agenda read afresh: the others close up and stay numbered 1…n."""
    positions.lock([item.meeting_id])
    items = list(live_items(item.meeting))
    current = next((i for i in items if i.pk == item.pk), None)
    if current is None:
        raise ServiceError("This item has been withdrawn: it has no place on the agenda.")
    others = [i for i in items if i.pk != item.pk]
    to = max(1, min(to, len(others) + 1))
    old = current.position
    positions.place([*others[: to - 1], current, *others[to - 1 :]])
    item.position = to
    if old != to:
        history.record(
            item,
            "move",
            {"position": [old, to]},
            origin=ORIGIN,
            user=user,
            public=is_public_change(current, {"position": 1}),
        )
        refresh_exclusion(item.meeting, user=user)
    return item


@transaction.atomic
def remove_item(item: Item, *, user: Actor = None) -> None:
    """Remove an unpublished item. A published one is withdrawn instead (take-down), so the
    record of what was published stays."""
    if item.published_at is not None:
        raise ServiceError("This item has been published: withdraw it instead, giving a reason.")
    if item.documents.exists():
        raise ServiceError("Remove the item's documents first.")
    meeting = item.meeting
    positions.lock([meeting.pk])
    history.record(
        item, "delete", {"title": [item.title, None]}, origin=ORIGIN, user=user, public=False
    )
    item.delete()
    renumber(meeting)
    refresh_exclusion(meeting, user=user)


@transaction.atomic
def mark_urgent(item: Item, reason: str, *, chair_consented: bool, user: Actor = None) -> Item:
    """An urgent item (s.100B(4)(b)): the chair's consent and the reason are recorded."""
    if not chair_consented:
        raise ServiceError("An urgent item needs the chair's agreement.")
    if not reason.strip():
        raise ServiceError("Record why the item is urgent: the reason is public.")
    fresh(item)
    changes = apply(item, {"urgent": True, "urgency_reason": reason.strip()})
    if changes:
        save_changes(item, changes)
        history.record(
            item,
            "urgent",
            changes,
            origin=ORIGIN,
            user=user,
            note="Chair agreed the item is urgent",
            public=is_public_change(item, changes),
        )
    return item
