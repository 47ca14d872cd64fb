"""What every write of agenda items shares: the live items in agenda order, saving only the
fields a change names (after reading afresh what a move or publication may have changed), and
whether a change reaches the public.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from django.db.models import QuerySet

from moot.meetings.models import Item, Meeting

from . import positions

if TYPE_CHECKING:
    pass


# Fields the public sees even on a restricted item (s.100C(2)); changes to others are private.
PUBLIC_FIELDS_OF_RESTRICTED = {
    "title",
    "kind",
    "reference",
    "position",
    "restriction",
    "exempt_paragraphs",
    "restriction_reason",
    "public_interest",
    "public_summary",
    "release_date",
    "urgent",
    "urgency_reason",
}


# What an edit of other fields reads afresh first: a copy of the item read before a move, a
# publication or a withdrawal must not take its old values for the current ones.
STATE_FIELDS = (
    "position",
    "reference",
    "reference_number",
    "reference_year",
    "published_at",
    "supplement",
    "withdrawn_at",
)


def is_public_change(item: Item, changes: Mapping[str, object]) -> bool:
    if item.published_at is None or item.withdrawn_at is not None:
        return False
    if not item.is_restricted:
        return True
    return bool(set(changes) & PUBLIC_FIELDS_OF_RESTRICTED)


def live_items(meeting: Meeting) -> QuerySet[Item]:
    return Item.objects.filter(meeting=meeting, withdrawn_at__isnull=True).order_by(
        "position", "pk"
    )


def renumber(meeting: Meeting) -> None:
    """Positions 1…n in the current order (withdrawn items keep theirs, outside the order)."""
    positions.place(list(live_items(meeting)))


def save_changes(item: Item, changes: Mapping[str, object]) -> None:
    """Write only the fields that changed: the rest of the row may have moved on since the
    caller read ``item`` (another clerk moved the item, or published the agenda)."""
    item.save(update_fields=[*changes, "updated_at"])


def fresh(item: Item) -> None:
    """Read the item's place, reference and publication again (one query), so the change
    about to be made is judged (public or not) on the current row."""
    item.refresh_from_db(fields=STATE_FIELDS)
