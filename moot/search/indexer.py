"""Keeping the index current: index tasks in, one writer draining them.

Every change to searchable material writes an ``IndexTask`` in the writer's own transaction
(``moot.search.signals`` does it for saves and deletes; code that changes rows with
``QuerySet.update`` calls ``enqueue`` itself, and bulk writes ``enqueue_many``). After the
transaction commits, the queue is drained in-process (long runs of small transactions space
their drains out with ``drains_every``); ``moot index-worker`` drains whatever is left (say, after a crash) and
``moot reindex`` rebuilds everything from the database.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import connection, transaction

from moot import heap
from moot.executive.models import DecisionNotice, PlanEntry
from moot.meetings.inserts import insert_values
from moot.meetings.models import Document, Item, Meeting

from . import workers as workers_
from .engine import Engine, get_engine
from .models import IndexTask
from .units import Unit, document_units, item_units, notice_units, plan_units

log = logging.getLogger(__name__)
Target = IndexTask.Target
BATCH = 500
PER_COMMIT = 5000
# A commit also stops once its units reach this many (a meeting's task brings every unit of its
# items and documents): what a drain holds at once is bounded, however large the backlog.
UNITS_PER_COMMIT = 10_000
# Inside ``drains_every(seconds)``: the seconds between drains and when the last one ran.
_spacing: ContextVar[list[float] | None] = ContextVar("search_drain_spacing", default=None)


def enqueue(target: str, object_id: int) -> None:
    """Record that ``target`` ``object_id`` changed, and drain once the transaction commits.

    Costs one INSERT in the caller's transaction. If the transaction rolls back, so does the
    task, and nothing reaches the index.
    """
    IndexTask.objects.create(target=target, object_id=object_id)
    _drain_on_commit()


def enqueue_many(tasks: Iterable[tuple[str, int]]) -> None:
    """``enqueue`` for many ``(target, object_id)`` pairs, for code writing rows in bulk.

    Costs one INSERT per 500 distinct tasks in the caller's transaction (none for no tasks).
    """
    # Plain values, not instances: nothing reads the tasks back here.
    rows = [{"target": t, "object_id": i} for t, i in dict.fromkeys(tasks)]
    if rows:
        insert_values(IndexTask, rows)
        _drain_on_commit()


@contextmanager
def drains_every(seconds: float):
    """Within the block, drain after a commit only if ``seconds`` have passed since the last
    drain; drain whatever is left when the block ends.

    For long runs of small transactions (an import commits each meeting): each drain costs one
    index commit, which would otherwise cost more than the transaction itself. Tasks still
    commit with their changes, so nothing is lost if the process stops; the index is at most
    ``seconds`` (plus one drain) behind meanwhile.
    """
    token = _spacing.set([seconds, time.monotonic()])
    try:
        yield
    finally:
        _spacing.reset(token)
        if connection.in_atomic_block:
            _drain_on_commit()
        else:
            _drain_quietly()


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
    spacing = _spacing.get()
    if spacing is not None:
        if time.monotonic() - spacing[1] < spacing[0]:
            return  # left for a later drain in the block, or the one at its end
        spacing[1] = time.monotonic()
    try:
        drain()
    except Exception:
        log.exception("Could not apply search index tasks; they stay queued")


# A commit of this many units or more is followed by a full garbage collection (see drain).
COLLECT_FROM_UNITS = 2_000


def drain(engine: Engine | None = None, batch: int = BATCH, per_commit: int = PER_COMMIT) -> int:
    """Apply every queued task under the engine's writer lock; returns how many.

    Tasks are read ``batch`` at a time and their rows as they are now; the units of up to
    ``per_commit`` tasks (or of the batches that reach ``UNITS_PER_COMMIT`` units) go to the
    engine in one commit (a tantivy commit costs about the same
    for ten units as for ten thousand), then exactly the tasks read are deleted — a task
    queued meanwhile waits for the next round.
    """
    engine = engine or get_engine()
    done = 0
    with engine.writer_lock():
        while True:
            read: list[int] = []
            owners: list[str] = []
            units: list[Unit] = []
            seen: dict[str, set[int]] = {label: set() for label in _BUILDERS}
            while len(read) < per_commit and len(units) < UNITS_PER_COMMIT:
                tasks = list(
                    IndexTask.objects.filter(pk__gt=read[-1] if read else 0).order_by("pk")[:batch]
                )
                if not tasks:
                    break
                read.extend(t.pk for t in tasks)
                # A row met in an earlier batch of this commit is built once.
                wanted = {
                    label: [pk for pk in ids if pk not in seen[label]]
                    for label, ids in _expand(tasks).items()
                }
                for label, ids in wanted.items():
                    seen[label].update(ids)
                batch_owners, batch_units = _collect(wanted)
                owners.extend(batch_owners)
                units.extend(batch_units)
            if not read:
                break
            engine.replace(owners, units)
            for start in range(0, len(read), batch):
                IndexTask.objects.filter(pk__in=read[start : start + batch]).delete()
            done += len(read)
            # The rows read for a large commit's units are left in reference cycles, which
            # only a full collection frees: freed here, so each commit of an import or a
            # worker starts level. (A clerk's change makes a few units: no collection then.)
            large = len(units) >= COLLECT_FROM_UNITS
            del owners, units
            if large:
                gc.collect()
    return done


def _expand(tasks: Iterable[IndexTask]) -> dict[str, list[int]]:
    """The rows a set of tasks touches, by builder (``_BUILDERS``)."""
    items: set[int] = set()
    documents: set[int] = set()
    meetings: set[int] = set()
    committees: set[int] = set()
    notices: set[int] = set()
    plans: set[int] = set()
    by_target: dict[str, set[int]] = {
        Target.ITEM: items,
        Target.DOCUMENT: documents,
        Target.MEETING: meetings,
        Target.COMMITTEE: committees,
        Target.NOTICE: notices,
        Target.PLAN: plans,
    }
    for task in tasks:
        by_target[task.target].add(task.object_id)
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
    return {
        "item": sorted(items),
        "document": sorted(documents),
        "notice": sorted(notices),
        "plan": sorted(plans),
    }


def _collect(wanted: dict[str, list[int]]) -> tuple[list[str], list[Unit]]:
    owners: list[str] = []
    units: list[Unit] = []
    for label, ids in wanted.items():
        for owner, owned in _BUILDERS[label](ids):
            owners.append(owner)
            units.extend(owned)
    return owners, units


# Rows read at a time by a rebuild. Documents carry their whole text (about 30 MB a batch at
# the largest archive's 14,000 characters a document); 2,000 rather than 1,000 a batch costs
# 10% less CPU a document (fewer queries compiled and run for the same rows).
REBUILD_BATCHES = {Item: 2000, Document: 2000, DecisionNotice: 2000, PlanEntry: 2000}
_BUILDERS = {
    "item": item_units,
    "document": document_units,
    "notice": notice_units,
    "plan": plan_units,
}
# Below this many rows a rebuild builds its units in this process: starting workers (each sets
# up Django afresh) costs more than it saves.
PARALLEL_FROM = 20_000


def _chunks() -> list[tuple[str, list[int]]]:
    """The rebuild's work as (model, ids) chunks, items first, in primary-key order; then
    documents, executive decision notices and forward plan entries."""
    out = []
    models = (
        (Item, "item"),
        (Document, "document"),
        (DecisionNotice, "notice"),
        (PlanEntry, "plan"),
    )
    for model, label in models:
        batch = REBUILD_BATCHES[model]
        ids = list(model.objects.order_by("pk").values_list("pk", flat=True))
        out += [(label, ids[start : start + batch]) for start in range(0, len(ids), batch)]
    return out


def build_chunk(chunk: tuple[str, list[int]]) -> list[Unit]:
    """The units of one chunk of rows."""
    label, ids = chunk
    return [unit for _, owned in _BUILDERS[label](ids) for unit in owned]


def default_workers(rows: int) -> int:
    """How many processes build units for a rebuild of ``rows`` rows: one for a small
    database or an in-memory one (other processes cannot see it), else one per CPU, up to 4."""
    if rows < PARALLEL_FROM or _in_memory_database():
        return 1
    return max(1, min(4, os.cpu_count() or 1))


def _in_memory_database() -> bool:
    name = str(connection.settings_dict.get("NAME") or "")
    return connection.vendor == "sqlite" and (name == ":memory:" or "mode=memory" in name)


def all_units(progress: Callable[[int], None] | None = None, workers: int = 1) -> Iterator[Unit]:
    """Every unit in the database, read in batches; ``progress(n)`` after each batch of rows.

    Costs four queries per batch of rows (the rows, and the policy asked about the public, a
    member and a clerk), plus one for the decisions of a batch of items. With ``workers``
    above one, the batches of items are built by that many worker processes (each reading
    the database itself) and yielded here in the same order; at most two batches a worker
    wait to be taken, so memory stays bounded however large the archive. Documents are
    always built here: their units are mostly their text as stored, which costs less to read
    than to pass from one process to another.
    """
    chunks = _chunks()
    item_chunks = [c for c in chunks if c[0] == "item"] if workers > 1 else []
    if item_chunks:
        yield from _built_by_workers(item_chunks, progress, workers)
    for chunk in chunks[len(item_chunks) :]:
        yield from build_chunk(chunk)
        if progress:
            progress(len(chunk[1]))


def _built_by_workers(
    chunks: list[tuple[str, list[int]]], progress: Callable[[int], None] | None, workers: int
) -> Iterator[Unit]:
    # Workers are started afresh ("spawn"): forking a process with tantivy's threads and open
    # database connections is not safe. They read committed rows only. A worker that cannot
    # start or dies breaks the pool, and the rebuild fails rather than waits.
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=workers_.start,
        initargs=(connection.settings_dict["NAME"],),
    )
    with pool:
        waiting: deque = deque()

        def oldest() -> Iterator[Unit]:
            rows, future = waiting.popleft()
            yield from future.result()
            if progress:
                progress(rows)

        for chunk in chunks:
            waiting.append((len(chunk[1]), pool.submit(workers_.build, chunk)))
            if len(waiting) > 2 * workers:
                yield from oldest()
        while waiting:
            yield from oldest()


def count_rows() -> int:
    return (
        Item.objects.count()
        + Document.objects.count()
        + DecisionNotice.objects.count()
        + PlanEntry.objects.count()
    )


def rebuild(
    engine: Engine | None = None,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
) -> int:
    """Rebuild the whole index from the database; returns the number of units.

    Holds the writer lock throughout. Tasks already queued when the rebuild started are
    settled by it and deleted; tasks queued during it stay for the next drain. ``workers``:
    processes building units (default: ``default_workers``).
    """
    engine = engine or get_engine()
    if workers is None:
        workers = default_workers(count_rows())
    # A rebuild makes units by the million: without the freeze, each full collection walked
    # everything the process had loaded (about 3 of 50 seconds of a large rebuild).
    with engine.writer_lock(), heap.frozen():
        settled = list(IndexTask.objects.values_list("pk", flat=True))
        count = engine.rebuild(all_units(progress, workers))
        for start in range(0, len(settled), BATCH):
            IndexTask.objects.filter(pk__in=settled[start : start + BATCH]).delete()
    return count
