"""Index tasks for every change the domain announces (``moot.meetings.events``).

The listener runs on ``changing``, inside the writer's transaction, so the task commits or
rolls back with the change; the queue is drained once the transaction commits.
"""

from __future__ import annotations

from typing import Any

from moot.meetings import events

from .indexer import Target, enqueue_many

# Past this many rows of one meeting in one change, one task for the whole meeting is cheaper
# to write and to apply than one per row (an import of a meeting's agenda, say).
MEETING_TASK_FROM = 20


def tasks_for(change: events.Change) -> list[tuple[str, int]]:
    tasks: list[tuple[str, int]] = []
    whole: set[int] = set()
    for target, rows in ((Target.ITEM, change.items), (Target.DOCUMENT, change.documents)):
        for meeting_id, ids in rows.items():
            if meeting_id and len(ids) >= MEETING_TASK_FROM:
                whole.add(meeting_id)
            else:
                tasks.extend((target, pk) for pk in sorted(ids))
    tasks.extend((Target.MEETING, pk) for pk in sorted(whole | change.meetings))
    tasks.extend((Target.COMMITTEE, pk) for pk in sorted(change.committees))
    return tasks


def index_change(sender: Any, change: events.Change, **kwargs: Any) -> None:
    enqueue_many(tasks_for(change))


def connect() -> None:
    events.changing.connect(index_change, dispatch_uid="moot-search-index-change")
