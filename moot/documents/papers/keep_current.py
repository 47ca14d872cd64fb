"""Keeping printed papers current after the clerk's changes.

Write services call ``rebuild_after_commit`` when a change alters what the papers must say
(an agenda or supplement published, minutes published or approved, material released); the
papers are rebuilt once per meeting after the transaction commits, and a failure is logged,
never raised into the clerk's request. Rebuilding a meeting also brings up to date the printed
minutes of the earlier meetings its decisions correct (the correction is printed beside the
original minute once this meeting's minutes are public). A take-down calls ``withdraw_papers`` inside its own
transaction first, so no pack still holding the withdrawn material is served for a moment.
"""

from __future__ import annotations

import logging

from django.db import transaction
from django.utils import timezone

from moot.meetings.models import Meeting

logger = logging.getLogger(__name__)


def withdraw_papers(meeting: Meeting) -> int:
    """Withdraw every generated paper of ``meeting`` (in the caller's transaction)."""
    from moot.documents.models import Paper

    papers = Paper.objects.filter(meeting=meeting, document__withdrawn_at__isnull=True)
    count = 0
    for paper in papers.select_related("document"):
        paper.document.withdrawn_at = timezone.now()
        paper.document.save(update_fields=["withdrawn_at", "updated_at"])
        count += 1
    return count


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
