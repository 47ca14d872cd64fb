"""A matter across meetings: an item that takes up again an earlier item (a report deferred,
then decided; a decision referred back; a matter that returns each quarter) names it as the
item it ``continues``, so each of its pages can show the matter's history.

The link always points back in time, to an earlier meeting of the same body: a chain can
neither loop nor run forwards. The history is read by following it
(``moot.meetings.queries.matter_history``).
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
