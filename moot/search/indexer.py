"""Keeping the index current: index tasks in, one writer draining them.

Every change to searchable material writes an ``IndexTask`` in the writer's own transaction
(``moot.search.signals`` does it for saves and deletes; code that changes rows with
``QuerySet.update`` calls ``enqueue`` itself). After the transaction commits, the queue is
drained in-process; ``moot index-worker`` drains whatever is left (say, after a crash) and
``moot reindex`` rebuilds everything from the database.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator

from django.db import connection, transaction

from moot.meetings.models import Document, Item, Meeting

from .engine import Engine, get_engine
from .models import IndexTask
from .units import Unit, document_units, item_units

log = logging.getLogger(__name__)
Target = IndexTask.Target
BATCH = 500


def enqueue(target: str, object_id: int) -> None:
    """Record that ``target`` ``object_id`` changed, and drain once the transaction commits.

    Costs one INSERT in the caller's transaction. If the transaction rolls back, so does the
    task, and nothing reaches the index.
    """
    IndexTask.objects.create(target=target, object_id=object_id)
    _drain_on_commit()


def _drain_on_commit() -> None:
    # One drain per transaction is enough, however many rows it changed.
    if connection.in_atomic_block and any(
        entry[1] is _drain_quietly for entry in connection.run_on_commit
    ):
        return
    transaction.on_commit(_drain_quietly)


def _drain_quietly() -> None:
    """Drain after a commit without ever failing the request that made the change.

    Tasks that cannot be applied now stay queued for the next drain or the index worker.
    """
    try:
        drain()
    except Exception:
        log.exception("Could not apply search index tasks; they stay queued")


def drain(engine: Engine | None = None, batch: int = BATCH) -> int:
    """Apply every queued task (in batches) under the engine's writer lock; returns how many.

    Each batch reads the rows as they are now, replaces their units in the engine, then
    deletes exactly the tasks it read — a task queued meanwhile waits for the next batch.
    """
    engine = engine or get_engine()
    done = 0
    with engine.writer_lock():
        while True:
            tasks = list(IndexTask.objects.order_by("pk")[:batch])
            if not tasks:
                break
            item_ids, document_ids = _expand(tasks)
            owners, units = _collect(item_ids, document_ids)
            engine.replace(owners, units)
            IndexTask.objects.filter(pk__in=[t.pk for t in tasks]).delete()
            done += len(tasks)
    return done


def _expand(tasks: Iterable[IndexTask]) -> tuple[list[int], list[int]]:
    """The items and documents a set of tasks touches."""
    items: set[int] = set()
    documents: set[int] = set()
    meetings: set[int] = set()
    committees: set[int] = set()
    for task in tasks:
        {
            Target.ITEM: items,
            Target.DOCUMENT: documents,
            Target.MEETING: meetings,
            Target.COMMITTEE: committees,
        }[task.target].add(task.object_id)
    if committees:
        meetings |= set(
            Meeting.all_objects.filter(committee_id__in=committees).values_list("pk", flat=True)
        )
    if meetings:
        items |= set(Item.all_objects.filter(meeting_id__in=meetings).values_list("pk", flat=True))
        documents |= set(
            Document.all_objects.filter(meeting_id__in=meetings).values_list("pk", flat=True)
        )
    if items:
        # A document's visibility follows its item's restriction.
        documents |= set(
            Document.all_objects.filter(item_id__in=items).values_list("pk", flat=True)
        )
    return sorted(items), sorted(documents)


def _collect(item_ids: list[int], document_ids: list[int]) -> tuple[list[str], list[Unit]]:
    owners: list[str] = []
    units: list[Unit] = []
    for owner, owned in [*item_units(item_ids), *document_units(document_ids)]:
        owners.append(owner)
        units.extend(owned)
    return owners, units


def all_units(progress: Callable[[int], None] | None = None, batch: int = BATCH) -> Iterator[Unit]:
    """Every unit in the database, read in batches; ``progress(n)`` after each batch of rows."""
    for model, build in ((Item, item_units), (Document, document_units)):
        ids = list(model.objects.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(ids), batch):
            chunk = ids[start : start + batch]
            for _, units in build(chunk):
                yield from units
            if progress:
                progress(len(chunk))


def count_rows() -> int:
    return Item.objects.count() + Document.objects.count()


def rebuild(engine: Engine | None = None, progress: Callable[[int], None] | None = None) -> int:
    """Rebuild the whole index from the database; returns the number of units.

    Holds the writer lock throughout. Tasks already queued when the rebuild started are
    settled by it and deleted; tasks queued during it stay for the next drain.
    """
    engine = engine or get_engine()
    with engine.writer_lock():
        settled = list(IndexTask.objects.values_list("pk", flat=True))
        count = engine.rebuild(all_units(progress))
        for start in range(0, len(settled), BATCH):
            IndexTask.objects.filter(pk__in=settled[start : start + BATCH]).delete()
    return count
