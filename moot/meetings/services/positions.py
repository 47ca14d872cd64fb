"""Where items sit on an agenda.

Two live items (neither withdrawn nor deleted) of one meeting never share a position: the
database refuses it (the constraint ``item_live_position_uniq``), and it checks each row as it
is written, on SQLite and PostgreSQL alike (a partial unique constraint cannot be deferred).
So positions change in two steps: the items that move are first lifted above every position in
use or wanted, then put down in their new places. Only the services that add, move and remove
items (``agenda``) and the import upsert (``upsert``) write positions; every other save of an
item names the fields it changed, so a copy read before a move cannot write an old position
back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from django.db.models import Case, Max, PositiveIntegerField, Value, When

from moot.meetings.models import Item, Meeting

CHUNK = 500


def lock(meeting_ids: Iterable[int]) -> None:
    """Lock the meetings' rows (one query) so one writer at a time changes their agendas. On
    SQLite, whose write transactions are serialised anyway, this is a plain read."""
    ids = sorted(set(meeting_ids))
    for start in range(0, len(ids), CHUNK):
        list(
            Meeting.all_objects.select_for_update()
            .filter(pk__in=ids[start : start + CHUNK])
            .values_list("pk", flat=True)
        )


def highest(meeting_ids: Iterable[int]) -> int:
    """The highest position any item of the meetings holds, withdrawn and deleted ones
    included (0 for none). One query."""
    found = Item.all_objects.filter(meeting_id__in=set(meeting_ids)).aggregate(m=Max("position"))
    return found["m"] or 0


def lift(meeting_ids: Iterable[int], pks: Iterable[int], *, above: int = 0) -> None:
    """Move the items ``pks`` (of ``meeting_ids``) out of the way, each to a place of its own
    above the highest position any item of those meetings holds, and above ``above``. Two
    queries (one more per 500 items)."""
    pks = list(pks)
    if not pks:
        return
    base = max(highest(meeting_ids), above) + 1
    put_down({pk: base + n for n, pk in enumerate(pks)})


def put_down(positions: Mapping[int, int]) -> None:
    """Write each item's position (by pk), in one query per 500. The places must be free: no
    live item of the meeting holds one unless it is itself in ``positions``, lifted."""
    pairs = list(positions.items())
    for start in range(0, len(pairs), CHUNK):
        chunk = pairs[start : start + CHUNK]
        Item.all_objects.filter(pk__in=[pk for pk, _ in chunk]).update(
            position=Case(
                *(When(pk=pk, then=Value(position)) for pk, position in chunk),
                output_field=PositiveIntegerField(),
            )
        )


def place(ordered: list[Item]) -> None:
    """Number ``ordered`` — every live item of one meeting, in agenda order — 1…n, writing
    only the items whose position changes (none: no query; else three) and setting the
    instances' positions too."""
    moving = {item.pk: n for n, item in enumerate(ordered, start=1) if item.position != n}
    if moving:
        lift({ordered[0].meeting_id}, moving, above=len(ordered))
        put_down(moving)
    for n, item in enumerate(ordered, start=1):
        item.position = n


def live(item: Item) -> bool:
    return item.withdrawn_at is None and item.deleted_at is None


def settle_imported(incoming: list[Item]) -> Callable[[], None]:
    """Make room for imported items before they are written, and return what to do after.

    ``incoming`` are the new and changed items of one import batch, their positions as the
    source gives them. The stored live items of their meetings keep their places; an incoming
    item whose place is taken, or that two items of the source share, goes to the next free
    one after it (so the source's own numbers stand wherever they can). Before the writes,
    the stored items that move are lifted (two queries); the function returned puts them down
    (one query). Costs two queries first (the meetings' lock and their live items) when any
    incoming item is live.
    """
    placed = [item for item in incoming if live(item)]
    if not placed:
        return lambda: None
    meeting_ids = {item.meeting_id for item in placed}
    lock(meeting_ids)
    mine = {item.pk for item in incoming if item.pk is not None}
    stored: dict[int, list[tuple[int, int]]] = {}
    now: dict[int, int] = {}
    ids = sorted(meeting_ids)
    for start in range(0, len(ids), CHUNK):
        rows = Item.all_objects.filter(
            meeting_id__in=ids[start : start + CHUNK],
            withdrawn_at__isnull=True,
            deleted_at__isnull=True,
        ).values_list("pk", "meeting_id", "position")
        for pk, meeting_id, position in rows:
            now[pk] = position
            if pk not in mine:
                stored.setdefault(meeting_id, []).append((position, pk))
    wanted: dict[int, list[Item]] = {}
    for item in placed:
        wanted.setdefault(item.meeting_id, []).append(item)
    finals: dict[int, int] = {}
    for meeting_id, items in wanted.items():
        # The stored items first at a shared position: the import makes room, not the clerk.
        entries: list[tuple[int, int, int, Item | None]] = [
            (position, 0, pk, None) for position, pk in stored.get(meeting_id, [])
        ]
        entries += [(item.position, 1, item.pk or 0, item) for item in items]
        entries.sort(key=lambda e: (e[0], e[1], e[2] or float("inf")))
        last = 0
        for position, _, pk, incoming_item in entries:
            final = max(position, last + 1)
            last = final
            if incoming_item is not None:
                incoming_item.position = final
            # A stored row that moves, or one the import brings back (withdrawn or deleted
            # until now, its old place perhaps taken since).
            if pk and now.get(pk) != final:
                finals[pk] = final
    if not finals:
        return lambda: None
    highest = max([*finals.values(), *(item.position for item in placed)])
    lift(meeting_ids, finals, above=highest)
    return lambda: put_down(finals)
