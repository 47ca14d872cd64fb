"""Keeping printed papers current: the papers listen to the domain's changes.

The write services announce what changed (``moot.meetings.events``); they know nothing of
papers. When a committed change makes a meeting's papers due (``Change.papers``: an agenda or
supplement published, minutes published or approved, material released), they are rebuilt
once per meeting after the commit, and a failure is logged, never raised into the clerk's
request. A change that may have put printed papers out of date (``Change.reprint``: an import
that corrected a meeting) rebuilds them only where Moot has printed them before. Rebuilding a
meeting also brings up to date the printed minutes of the earlier meetings its decisions
correct (the correction is printed beside the original minute once this meeting's minutes are
public).

A change that takes material away from the public (``Change.withdrawn``: a restriction or a
take-down of material already published, by a clerk or an import) withdraws, inside its own
transaction, the papers that may hold the material (they answer 404), and the content version
moves on with the change itself, so neither a paper nor a cached page or export zip built
before it is served for a moment after the commit, even if nothing after the commit runs. The
papers are rebuilt without the material once the transaction commits.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from moot.meetings import events
from moot.meetings.models import Meeting
from moot.meetings.services.printed import withdraw_printed

logger = logging.getLogger(__name__)


def withdraw_papers_of(meeting_ids: Iterable[int | None]) -> set[int]:
    """Withdraw every generated paper of those meetings and move the content version on, in
    the caller's transaction: from its commit no paper, cached page or cached export zip made
    before it is served. Returns the ids of the meetings that had papers to withdraw. One
    query, and one write per paper and for the version."""
    from moot.documents.models import Paper
    from moot.portal import cache as page_cache

    ids = {pk for pk in meeting_ids if pk is not None}
    if not ids:
        return set()
    papers = list(
        Paper.objects.filter(
            meeting_id__in=ids, document__withdrawn_at__isnull=True
        ).select_related("document")
    )
    withdraw_printed(
        [paper.document for paper in papers],
        note="Material it printed was taken from the public; made again without it",
    )
    had_papers = {paper.meeting_id for paper in papers}
    # Inside the transaction, not after it: the version that keys the page cache and the
    # export zip moves on at the very moment the change becomes visible.
    page_cache.bump()
    return had_papers


def corrected_meetings(meeting_id: int):
    """Earlier meetings with an item a decision of this meeting corrects. One query."""
    return (
        Meeting.objects.filter(items__corrections__item__meeting_id=meeting_id)
        .exclude(pk=meeting_id)
        .distinct()
    )


def rebuild(meeting_id: int) -> None:
    from .build import build_papers

    meeting = Meeting.objects.filter(pk=meeting_id).first()
    if meeting is None or meeting.agenda_published_at is None:
        return
    for target in [meeting, *corrected_meetings(meeting_id)]:
        if target.agenda_published_at is None:
            continue
        try:
            result = build_papers(target)
        except Exception:
            logger.exception("Could not rebuild the papers of meeting %s", target.pk)
            continue
        for problem in result.problems:
            logger.warning("Meeting %s papers: %s", target.pk, problem)


def due(change: events.Change) -> list[int]:
    """The meetings whose papers a committed change makes due: those it names as due, and
    those it may have made out of date that Moot has printed before. At most one query."""
    from moot.documents.models import Paper

    printed = change.reprint | change.withdrawn
    printed -= change.papers
    if printed:
        printed = frozenset(
            Paper.objects.filter(meeting_id__in=printed)
            .values_list("meeting_id", flat=True)
            .distinct()
        )
    return sorted(change.papers | printed)


def _withdraw(sender: object, change: events.Change, **kwargs: object) -> None:
    if change.withdrawn:
        withdraw_papers_of(change.withdrawn)


def _rebuild(sender: object, change: events.Change, **kwargs: object) -> None:
    from moot.background.tasks import rebuild_papers

    for meeting_id in due(change):
        rebuild_papers.enqueue(meeting_id)


def connect() -> None:
    events.changing.connect(_withdraw, dispatch_uid="moot-papers-withdraw")
    events.changed.connect(_rebuild, dispatch_uid="moot-papers-rebuild")
