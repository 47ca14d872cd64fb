"""What changed: the one announcement the domain makes to the ways out.

The domain knows no way out. Its write services (and, for single rows, the model signals of its
own tables, ``moot.meetings.signals``) describe each write as a ``Change`` and ``announce`` it;
search, the page cache, the printed papers and the feeds subscribe in their own app's
``ready()``. Two signals carry it:

``changing``
    Sent at once, inside the writer's transaction, with that one change. For the bookkeeping
    that must commit or roll back with the change itself: search index tasks, and withdrawing
    the printed papers that hold material just taken from the public (so no paper made before
    a take-down is served for a moment after its commit).

``changed``
    Sent once per transaction, after it commits, with every change of the transaction merged
    into one. For the work that follows a change: draining the index, rebuilding papers, moving
    the page cache on. A rolled-back transaction announces nothing. Outside a transaction
    (autocommit) it is sent straight after ``changing``.

A listener must never fail the writer: ``changed`` listeners log their own errors.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from django.db import DEFAULT_DB_ALIAS, transaction
from django.dispatch import Signal

log = logging.getLogger(__name__)

# Rows by the meeting they belong to: {meeting id: {row id, ...}} (0 for no meeting).
ByMeeting = Mapping[int, frozenset[int]]

changing = Signal()
changed = Signal()
# An agenda or a supplement was published: sent after the publishing transaction commits, with
# ``meeting_id``, ``supplement`` (bool) and ``at`` (the publication's time). For the summons
# email; its listeners must never fail the writer (``send_robust``, errors logged).
published = Signal()


def _by_meeting(pairs: Iterable[tuple[int | None, int]]) -> dict[int, frozenset[int]]:
    rows: dict[int, set[int]] = {}
    for meeting_id, row_id in pairs:
        rows.setdefault(meeting_id or 0, set()).add(row_id)
    return {m: frozenset(ids) for m, ids in rows.items()}


def _union(a: ByMeeting, b: ByMeeting) -> dict[int, frozenset[int]]:
    merged = dict(a)
    for key, ids in b.items():
        merged[key] = merged.get(key, frozenset()) | ids
    return merged


@dataclass(frozen=True)
class Change:
    """What one write changed. Every field is optional; an empty change still says that
    something in the domain changed (a person, a body, a venue), which moves the page cache on.

    - ``meetings``: meetings whose own details changed (date, venue, state, publication).
    - ``items``: items whose text, place, restriction or decisions changed, by meeting.
    - ``documents``: documents changed, by meeting.
    - ``committees``: committees withdrawn, restored or moved to another body (every meeting
      of theirs reads differently).
    - ``minutes``: meetings whose record changed: attendance, declarations, actions, minutes.
    - ``papers``: meetings whose printed papers are now due: made, or made again
      (publication, approval, release).
    - ``reprint``: meetings whose papers, where Moot has printed them, may now be out of date
      (an import corrected their content).
    - ``withdrawn``: meetings from which material already public was just taken away.
    - ``taken_down``: material already public outside any meeting (a decision notice, a
      register entry) was just taken away.
    - ``public``: whether anything changed was already public.
    - ``origin``: who or what wrote it (as the history says: "clerk", "import:oparl", ...).
    """

    meetings: frozenset[int] = frozenset()
    items: ByMeeting = field(default_factory=dict)
    documents: ByMeeting = field(default_factory=dict)
    committees: frozenset[int] = frozenset()
    minutes: frozenset[int] = frozenset()
    papers: frozenset[int] = frozenset()
    reprint: frozenset[int] = frozenset()
    withdrawn: frozenset[int] = frozenset()
    taken_down: bool = False
    public: bool = False
    origin: str = ""

    @classmethod
    def of(
        cls,
        *,
        meetings: Iterable[int | None] = (),
        items: Iterable[tuple[int | None, int]] = (),
        documents: Iterable[tuple[int | None, int]] = (),
        committees: Iterable[int | None] = (),
        minutes: Iterable[int | None] = (),
        papers: Iterable[int | None] = (),
        reprint: Iterable[int | None] = (),
        withdrawn: Iterable[int | None] = (),
        taken_down: bool = False,
        public: bool = False,
        origin: str = "",
    ) -> Change:
        """A change from plain iterables; ``items`` and ``documents`` are
        ``(meeting id, row id)`` pairs. ``None`` ids are left out."""

        def ids(values: Iterable[int | None]) -> frozenset[int]:
            return frozenset(v for v in values if v is not None)

        return cls(
            meetings=ids(meetings),
            items=_by_meeting(items),
            documents=_by_meeting(documents),
            committees=ids(committees),
            minutes=ids(minutes),
            papers=ids(papers),
            reprint=ids(reprint),
            withdrawn=ids(withdrawn),
            taken_down=taken_down,
            public=public,
            origin=origin,
        )

    def __or__(self, other: Change) -> Change:
        return Change(
            meetings=self.meetings | other.meetings,
            items=_union(self.items, other.items),
            documents=_union(self.documents, other.documents),
            committees=self.committees | other.committees,
            minutes=self.minutes | other.minutes,
            papers=self.papers | other.papers,
            reprint=self.reprint | other.reprint,
            withdrawn=self.withdrawn | other.withdrawn,
            taken_down=self.taken_down or other.taken_down,
            public=self.public or other.public,
            origin=self.origin if self.origin == other.origin else (self.origin or other.origin),
        )

    def touched(self) -> frozenset[int]:
        """Every meeting the change concerns, by any of its fields."""
        keys = {m for m in (*self.items, *self.documents) if m}
        return frozenset(
            keys | self.meetings | self.minutes | self.papers | self.reprint | self.withdrawn
        )


class _Pending:
    """The changes of one transaction, announced by ``changed`` once it commits."""

    def __init__(self) -> None:
        self.change = Change()

    def __call__(self) -> None:
        send_changed(self.change)


def send_changed(change: Change) -> None:
    for receiver, result in changed.send_robust(sender=Change, change=change):
        if isinstance(result, Exception):
            log.error(
                "A listener of the domain's changes failed: %s",
                getattr(receiver, "__qualname__", receiver),
                exc_info=result,
            )


def announce(change: Change, using: str = DEFAULT_DB_ALIAS) -> None:
    """Tell the ways out about ``change``: ``changing`` now, in the caller's transaction;
    ``changed`` once (merged with the transaction's other changes) after it commits."""
    changing.send(sender=Change, change=change)
    connection = transaction.get_connection(using)
    if not connection.in_atomic_block:
        send_changed(change)
        return
    # The callbacks waiting for this commit are the connection's own list, emptied on
    # rollback and trimmed of those registered inside a savepoint that rolls back. Joining the
    # waiting announcement is always safe: the savepoints still open are the ones around this
    # very change, so whatever would take that announcement away takes this change too. A
    # change made in a rolled-back savepoint may still be announced with those around it: that
    # costs a needless refresh, no more.
    for entry in connection.run_on_commit:
        if isinstance(entry[1], _Pending):
            entry[1].change = entry[1].change | change
            return
    pending = _Pending()
    pending.change = change
    transaction.on_commit(pending, using=using)


def announce_publication(meeting_id: int, *, supplement: bool, at: object) -> None:
    """Tell listeners, once the caller's transaction commits, that the agenda (or a
    supplement) of ``meeting_id`` is out. A rolled-back publication announces nothing."""

    def send() -> None:
        for receiver, result in published.send_robust(
            sender=Change, meeting_id=meeting_id, supplement=supplement, at=at
        ):
            if isinstance(result, Exception):
                log.error(
                    "A listener of publications failed: %s",
                    getattr(receiver, "__qualname__", receiver),
                    exc_info=result,
                )

    transaction.on_commit(send)
