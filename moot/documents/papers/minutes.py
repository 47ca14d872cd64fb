"""Printed minutes and decision notices, from the same rows as the meeting page.

Both are read as the public sees them: an exempt item shows its basis, its public summary and
its public decision wording, never its minutes or decision text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils import timezone

from moot.access import policy
from moot.access.policy import Viewer
from moot.meetings.choices import AttendanceStatus, MinutesState
from moot.meetings.models import Attendance, Declaration, Item, Meeting

from .agenda import exemption_wording

ATTENDANCE_GROUPS = [
    (AttendanceStatus.PRESENT, "Present"),
    (AttendanceStatus.SUBSTITUTE, "Substitutes"),
    (AttendanceStatus.IN_ATTENDANCE, "Also in attendance"),
    (AttendanceStatus.APOLOGIES, "Apologies for absence"),
    (AttendanceStatus.ABSENT, "Absent"),
]


@dataclass
class MinutesEntry:
    item: Item
    show_detail: bool
    exemption: str = ""
    decisions: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.item.reference or f'{self.item.position}.'} {self.item.title}"


def approval(meeting: Meeting) -> dict | None:
    """Where the minutes were approved: the later meeting and its item. One query, or none."""
    if meeting.minutes_state != MinutesState.APPROVED:
        return None
    item = (
        Item.objects.filter(pk=meeting.minutes_approved_at_item_id)
        .select_related("meeting__committee")
        .first()
    )
    if item is None:
        return {"meeting": None, "item": None}
    return {"meeting": item.meeting, "item": item}


def entries(meeting: Meeting, viewer: Viewer) -> list[MinutesEntry]:
    """Items with their decisions as ``viewer`` may read them, in agenda order. Four queries."""
    jurisdiction = meeting.committee.body.jurisdiction
    items = (
        policy.items(viewer, meeting)
        .order_by("position", "pk")
        .prefetch_related(
            "decisions",
            Prefetch("declarations", queryset=Declaration.objects.select_related("person")),
        )
    )
    result = []
    for item in items:
        item.meeting = meeting
        show = policy.can_see_item_detail(viewer, item)
        entry = MinutesEntry(item=item, show_detail=show)
        if item.is_restricted:
            entry.exemption = exemption_wording(item, jurisdiction)
        if show:
            entry.decisions = [d.text for d in item.decisions.all()]
        else:
            entry.decisions = [d.public_text for d in item.decisions.all() if d.public_text]
        result.append(entry)
    return result


def attendance(meeting: Meeting) -> list[tuple[str, list[Attendance]]]:
    rows = list(
        Attendance.objects.filter(meeting=meeting).select_related("person", "substitute_for")
    )
    groups = []
    for status, label in ATTENDANCE_GROUPS:
        people = sorted((a for a in rows if a.status == status), key=lambda a: a.person.name)
        if people:
            groups.append((label, people))
    return groups


def minutes_context(meeting: Meeting, *, site_url: str = "") -> dict:
    viewer = Viewer.public()
    when = timezone.localtime(meeting.start)
    draft = meeting.minutes_state != MinutesState.APPROVED
    kind = "Draft minutes" if draft else "Minutes"
    return {
        "meeting": meeting,
        "committee": meeting.committee,
        "body": meeting.committee.body,
        "title": f"{kind}: {meeting.committee.name}, {when.day} {when:%B} {when.year}",
        "draft": draft,
        "numbered": True,
        "approval": approval(meeting),
        "entries": entries(meeting, viewer),
        "attendance": attendance(meeting),
        "site_url": site_url,
        "accent": meeting.committee.body.accent_colour,
    }


def notice_context(meeting: Meeting, *, call_in_days: int | None, site_url: str = "") -> dict:
    """A decision notice: every decision of the meeting, as the public may read it."""
    when = timezone.localtime(meeting.start)
    decided = [e for e in entries(meeting, Viewer.public()) if e.decisions]
    return {
        "meeting": meeting,
        "committee": meeting.committee,
        "body": meeting.committee.body,
        "title": f"Decision notice: {meeting.committee.name}, {when.day} {when:%B} {when.year}",
        "entries": decided,
        "call_in_days": call_in_days,
        "numbered": True,
        "site_url": site_url,
        "accent": meeting.committee.body.accent_colour,
    }
