"""Printed minutes and decision notices, from the same rows as the meeting page.

The public minutes and decision notices are read as the public sees them: an exempt item shows
its basis, its public summary and its public decision wording, never its minutes or decision
text. The members' minutes (a restricted paper) are read as a member of the committee, so they
hold exempt items' minutes, declarations and decisions in full.

Approved minutes are never changed: a correction agreed at a later meeting is printed beside
the original minute, as the meeting page shows it, once the later meeting's minutes are public.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils import timezone

from moot.access import policy
from moot.access.policy import Viewer
from moot.meetings.choices import AttendanceStatus, MinutesState, urgency_statement
from moot.meetings.models import Attendance, Decision, Declaration, Item, Meeting, Vote
from moot.meetings.queries import with_votes

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
    urgency: str = ""
    minutes: str = ""
    declarations: list[Declaration] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)

    @property
    def withheld(self) -> bool:
        """Is the item taken in private (the policy's ``is_withheld``)?"""
        return policy.is_withheld(self.item)

    @property
    def label(self) -> str:
        return f"{self.item.reference or f'{self.item.position}.'} {self.item.title}"


@dataclass
class Correction:
    """A correction of this minute agreed at a later meeting, in the words the viewer may read."""

    decision: Decision
    wording: str

    @property
    def meeting(self) -> Meeting:
        return self.decision.item.meeting

    @property
    def reference(self) -> str:
        return self.decision.item.reference


def approval(meeting: Meeting) -> dict | None:
    """Where the minutes were approved: the later meeting and its item, where the public has
    been told of it (``policy.minutes_approved_at``), and the amendment they were agreed
    subject to (``policy.minutes_amendment``). Two queries, or none."""
    if meeting.minutes_state != MinutesState.APPROVED:
        return None
    item = policy.minutes_approved_at(meeting)
    if item is None:
        return {"meeting": None, "item": None, "amendment": ""}
    return {"meeting": item.meeting, "item": item, "amendment": policy.minutes_amendment(meeting)}


def corrections(meeting: Meeting, viewer: Viewer) -> dict[int, list[Correction]]:
    """Corrections of ``meeting``'s approved minutes, by corrected item id: decisions of later
    meetings whose minutes ``viewer`` may read, in the later item's full wording where they
    may see its detail, else its public wording. One query, for approved minutes only."""
    if meeting.minutes_state != MinutesState.APPROVED:
        return {}
    later = (  # joins, not a list of every item the viewer may know (the meeting page's note)
        policy.decisions(viewer)
        .filter(corrects__meeting=meeting, item__meeting__committee__body__deleted_at__isnull=True)
        .select_related("item__meeting__committee")
        .order_by("item__meeting__start", "pk")
    )
    found: dict[int, list[Correction]] = {}
    for decision in later:
        corrected = decision.corrects_id  # never None: filtered by what it corrects
        if corrected is not None and (wording := policy.correction_wording(viewer, decision)):
            found.setdefault(corrected, []).append(Correction(decision, wording))
    return found


def entries(meeting: Meeting, viewer: Viewer) -> list[MinutesEntry]:
    """Items with their decisions as ``viewer`` may read them, in agenda order, and the
    corrections agreed since. Four queries; five for approved minutes."""
    jurisdiction = meeting.committee.body.jurisdiction
    corrected = corrections(meeting, viewer)
    items = (
        policy.items(viewer, meeting)
        .order_by("position", "pk")
        # What the minutes record, as far as the viewer may read it: the policy decides. One
        # prefetch a call, so that the type checker gives each list its own rows' type.
        .prefetch_related(
            Prefetch(
                "decisions",
                queryset=with_votes(policy.decisions(viewer)),
                to_attr="known_decisions",
            )
        )
        .prefetch_related(
            Prefetch(
                "declarations",
                queryset=policy.declarations(viewer).select_related("person"),
                to_attr="declarations_shown",
            ),
        )
    )
    result = []
    for item in items:
        item.meeting = meeting
        show = policy.can_see_item_detail(viewer, item)
        entry = MinutesEntry(item=item, show_detail=show)
        if entry.withheld:
            entry.exemption = exemption_wording(item, jurisdiction)
        if item.urgent:
            entry.urgency = urgency_statement(item.urgency_reason, jurisdiction)
        if policy.can_see_record(viewer, item):
            entry.minutes = item.minutes
            entry.declarations = item.declarations_shown
        entry.decisions = [
            wording
            for decision in item.known_decisions
            if (wording := policy.decision_wording(viewer, item, decision))
        ]
        entry.votes = [
            vote
            for decision in item.known_decisions
            if (vote := policy.vote_of(viewer, item, decision))
        ]
        entry.corrections = corrected.get(item.pk, [])
        result.append(entry)
    return result


def attendance(meeting: Meeting, viewer: Viewer) -> list[tuple[str, list[Attendance]]]:
    """Who came, by status, as far as ``viewer`` may know (``policy.attendances``). One query."""
    rows = list(
        policy.attendances(viewer)
        .filter(meeting=meeting)
        .select_related("person", "substitute_for")
    )
    groups = []
    for status, label in ATTENDANCE_GROUPS:
        people = sorted((a for a in rows if a.status == status), key=lambda a: a.person.name)
        if people:
            groups.append((label, people))
    return groups


def minutes_context(meeting: Meeting, *, site_url: str = "", viewer: Viewer | None = None) -> dict:
    """What the printed minutes say to ``viewer``: the public (the default) or, for the
    members' minutes, a member of the committee (``members`` is then true)."""
    viewer = viewer or Viewer.public()
    members = not viewer.is_public
    when = timezone.localtime(meeting.start)
    draft = meeting.minutes_state != MinutesState.APPROVED
    kind = "Draft minutes" if draft else "Minutes"
    if members:
        kind = f"Members' {kind.lower()} (not for publication)"
    return {
        "meeting": meeting,
        "committee": meeting.committee,
        "body": meeting.committee.body,
        "title": f"{kind}: {meeting.committee.name}, {when.day} {when:%B} {when.year}",
        "draft": draft,
        "members": members,
        "numbered": True,
        "approval": approval(meeting),
        "entries": entries(meeting, viewer),
        "attendance": attendance(meeting, viewer),
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
