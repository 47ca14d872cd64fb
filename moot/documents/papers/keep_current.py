"""Keeping printed papers current after the clerk's changes.

Write services call ``rebuild_after_commit`` when a change alters what the papers must say
(an agenda or supplement published, minutes published or approved, material released); the
papers are rebuilt once per meeting after the transaction commits, and a failure is logged,
never raised into the clerk's request. Rebuilding a meeting also brings up to date the printed
minutes of the earlier meetings its decisions correct (the correction is printed beside the
original minute once this meeting's minutes are public).

A change that takes material away from the public — a restriction or a take-down of material
already published, by a clerk or an import — calls ``withdraw_papers`` inside its own
transaction: the papers that may hold the material are withdrawn (they answer 404) and the
content version moves on with the change itself, so neither a paper nor a cached page or
export zip built before it is served for a moment after the commit, even if nothing after the
commit runs. The papers are rebuilt without the material once the transaction commits.
"""

from __future__ import annotations

import logging

from django.db import transaction
from django.utils import timezone

from moot.meetings.models import Meeting

logger = logging.getLogger(__name__)


def withdraw_papers(*meetings: Meeting) -> int:
    """Withdraw every generated paper of ``meetings`` and move the content version on, in the
    caller's transaction: from its commit no paper, cached page or cached export zip made
    before it is served. Returns how many papers were withdrawn. One query, and one write per
    paper and for the version."""
    return len(withdraw_papers_of({meeting.pk for meeting in meetings}))


def withdraw_papers_of(meeting_ids) -> set[int]:
    """``withdraw_papers`` by meeting id (imports hold ids, not meetings). Returns the ids of
    the meetings that had papers to withdraw. One query, and one write per paper and for the
    version."""
    from moot.documents.models import Paper
    from moot.portal import cache as page_cache

    ids = {pk for pk in meeting_ids if pk is not None}
    if not ids:
        return set()
    papers = Paper.objects.filter(meeting_id__in=ids, document__withdrawn_at__isnull=True)
    now = timezone.now()
    had_papers = set()
    for paper in papers.select_related("document"):
        paper.document.withdrawn_at = now
        paper.document.save(update_fields=["withdrawn_at", "updated_at"])
        had_papers.add(paper.meeting_id)
    # Inside the transaction, not after it: the version that keys the page cache and the
    # export zip moves on at the very moment the change becomes visible.
    page_cache.bump()
    return had_papers


def withdraw_and_rebuild(meeting_ids) -> None:
    """What an import does when it restricts or takes down published material: the papers of
    those meetings that have any are withdrawn now and rebuilt after the commit (meetings
    whose papers Moot never printed are left so)."""
    had_papers = withdraw_papers_of(meeting_ids)
    if had_papers:
        rebuild_after_commit(*Meeting.objects.filter(pk__in=had_papers))


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


def rebuild_after_commit(*meetings: Meeting) -> None:
    """Rebuild the papers of ``meetings`` once the current transaction commits."""
    connection = transaction.get_connection()
    waiting = {getattr(entry[1], "meeting_id", None) for entry in connection.run_on_commit if entry}
    for meeting in meetings:
        if meeting.pk in waiting:
            continue
        job = _Job(meeting.pk)
        transaction.on_commit(job)
        waiting.add(meeting.pk)


class _Job:
    def __init__(self, meeting_id: int):
        self.meeting_id = meeting_id

    def __call__(self) -> None:
        rebuild(self.meeting_id)
