"""A matter across meetings: an item that takes up again an earlier item (a report deferred,
then decided; a decision referred back; a matter that returns each quarter) names it as the
item it ``continues``, so each of its pages can show the matter's history.

The link always points back in time, to an earlier meeting of the same body: a chain can
neither loop nor run forwards, and the history is read by following it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import transaction

from moot.meetings import events
from moot.meetings.models import Item

from . import history
from .common import ORIGIN, ServiceError, apply
from .items import fresh, save_changes

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from .history import Actor


# How far a history is followed each way: a matter back on the agenda more often than this
# is shown up to here (each step is one query).
LONGEST = 30


def earlier_candidates(item: Item) -> QuerySet[Item]:
    """Items an item may continue: live items of earlier meetings of the same body, the
    latest first (the clerk's list narrows them to the item's committee)."""
    meeting = item.meeting
    return (
        Item.objects.filter(
            meeting__committee__body_id=meeting.committee.body_id,
            meeting__start__lt=meeting.start,
            meeting__deleted_at__isnull=True,
            withdrawn_at__isnull=True,
            deleted_at__isnull=True,
        )
        .select_related("meeting__committee")
        .order_by("-meeting__start", "position", "pk")
    )


@transaction.atomic
def continue_matter(
    item: Item, earlier: Item | None, *, user: Actor = None, origin: str = ORIGIN
) -> Item:
    """Record that ``item`` takes up the matter of ``earlier`` (None: it takes up none).
    Refused unless ``earlier`` is a live item of an earlier meeting of the same body. A public
    revision when the item is published: the link is public even on a restricted item (its
    title is)."""
    if earlier is not None and not earlier_candidates(item).filter(pk=earlier.pk).exists():
        raise ServiceError(
            "An item can only continue a live item of an earlier meeting of the same body."
        )
    fresh(item)
    before = item.continues
    changes = apply(item, {"continues_id": earlier.pk if earlier else None})
    if changes:
        # The earlier items' pages list this one (or did): they change with it.
        events.announce(
            events.Change.of(
                items=[(i.meeting_id, i.pk) for i in (before, earlier) if i is not None],
                public=item.published_at is not None,
            )
        )
        save_changes(item, changes)
        history.record(
            item,
            "update",
            {"continues": changes["continues_id"]},
            origin=origin,
            user=user,
            public=item.published_at is not None and item.withdrawn_at is None,
        )
    return item


def chain(item: Item, visible: QuerySet[Item]) -> list[Item]:
    """The matter's history, oldest first, ``item`` included: the items it continues (back
    in time) and the items that continue it (forward, every branch), as far as ``visible``
    (the viewer's items) goes. One query a step, at most ``LONGEST`` steps each way; just
    ``[item]`` when the matter has no history."""
    related = visible.select_related("meeting__committee")
    back: list[Item] = []
    previous = item.continues_id
    while previous and len(back) < LONGEST:
        found = related.filter(pk=previous).first()
        if found is None:
            break
        back.append(found)
        previous = found.continues_id
    forward: list[Item] = []
    frontier = [item.pk]
    seen = {item.pk, *(i.pk for i in back)}
    while frontier and len(forward) < LONGEST:
        step = [i for i in related.filter(continues_id__in=frontier) if i.pk not in seen]
        seen.update(i.pk for i in step)
        forward.extend(step)
        frontier = [i.pk for i in step]
    ordered = [*reversed(back), item, *forward]
    ordered.sort(key=lambda i: (i.meeting.start, i.position, i.pk))
    return ordered
