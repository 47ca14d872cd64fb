"""Index tasks for every change the domain announces (``moot.meetings.events``), and for
every save and delete of an executive decision notice or forward plan entry.

The listeners run inside the writer's transaction, so the task commits or rolls back with the
change; the queue is drained once the transaction commits. The executive's saves are announced
as changes naming nothing, so its rows are followed by their own ``post_save`` and
``post_delete``: publishing, editing, withdrawing or deleting a notice or an entry reindexes it.
"""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete, post_save

from moot.executive.models import DecisionNotice, PlanEntry
from moot.meetings import events

from .indexer import Target, enqueue, enqueue_many

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


def index_notice(sender: Any, instance: DecisionNotice, **kwargs: Any) -> None:
    if not kwargs.get("raw"):
        enqueue(Target.NOTICE, instance.pk)


def index_plan_entry(sender: Any, instance: PlanEntry, **kwargs: Any) -> None:
    if not kwargs.get("raw"):
        enqueue(Target.PLAN, instance.pk)


def connect() -> None:
    events.changing.connect(index_change, dispatch_uid="moot-search-index-change")
    for signal, name in ((post_save, "save"), (post_delete, "delete")):
        signal.connect(
            index_notice, sender=DecisionNotice, dispatch_uid=f"moot-search-notice-{name}"
        )
        signal.connect(index_plan_entry, sender=PlanEntry, dispatch_uid=f"moot-search-plan-{name}")
