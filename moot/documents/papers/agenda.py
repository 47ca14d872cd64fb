"""What a meeting's papers print, read through the access policy for one viewer.

The public papers are read as ``Viewer.public()``; the members' papers as a member of the
committee. Nothing here reads a table the policy has not filtered: a paper the public may
not open never reaches a public pack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Prefetch, Q
from django.utils import timezone

from moot.access import policy
from moot.access.policy import Viewer
from moot.meetings.choices import (
    EXEMPT_PARAGRAPHS,
    MembershipRole,
    Restriction,
    paragraph_list,
    schedule_12a_part,
)
from moot.meetings.models import Document, Item, Meeting, Membership

ROLE_ORDER = {MembershipRole.CHAIR: 0, MembershipRole.VICE_CHAIR: 1}

# Officers' reports name their author near the top; the front sheet prints that line.
_LEAD_OFFICER = re.compile(
    r"^\s*(?P<line>(?:lead officer|report of|report author|author|contact officer|report by)"
    r"\s*[:\-–]?\s+\S.{2,150}?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def public_viewer() -> Viewer:
    return Viewer.public()


def members_viewer(meeting: Meeting) -> Viewer:
    """A current member of the meeting's committee: entitled to its exempt papers."""
    return Viewer(user_id=0, member_of=frozenset({meeting.committee_id}))


# A lead officer typed as the whole line ("Report of the Director of …") is printed as typed.
_LEAD_OFFICER_LINE = re.compile(
    r"^(?:lead officer|report of|report author|author|contact officer|report by)\b",
    re.IGNORECASE,
)


def lead_officer_from_text(document: Document) -> str:
    """The report's author as the report itself states it, from its first page's text."""
    first_page = (document.text or "").split("\f", 1)[0][:4000]
    match = _LEAD_OFFICER.search(first_page)
    return " ".join(match.group("line").split()).rstrip(".") if match else ""


def lead_officer(document: Document) -> str:
    """The front sheet's lead officer line: the clerk's ``Document.lead_officer`` ("Report of
    the Director of Community Services" as typed, or "Lead officer: Jane Smith, Director of
    …" for a bare name or post); only when that is blank, the line the first page states."""
    given = " ".join((document.lead_officer or "").split())
    if not given:
        return lead_officer_from_text(document)
    if _LEAD_OFFICER_LINE.match(given):
        return given
    return f"Lead officer: {given}"


def exemption_wording(item: Item, jurisdiction: str) -> str:
    """The front-sheet wording of why an item is taken in private, citing the Part of
    Schedule 12A of the body's jurisdiction (Part 1 in England, Part 4 in Wales)."""
    if item.restriction == Restriction.EXEMPT:
        act = f"{schedule_12a_part(jurisdiction)} of Schedule 12A to the Local Government Act 1972"
        numbers = paragraph_list(item.exempt_paragraphs)
        if not numbers:
            return f"Exempt information under {act}"
        return f"Exempt information under {numbers} of {act}"
    if item.restriction == Restriction.CONFIDENTIAL:
        return "Confidential information (Local Government Act 1972, section 100A(3))"
    return "Not for publication" + (
        f": {item.restriction_reason}" if item.restriction_reason else ""
    )


@dataclass
class AgendaPaper:
    document: Document
    lead_officer: str = ""

    @property
    def withheld(self) -> bool:
        """Is the paper itself not for publication (the policy's ``is_withheld``)?"""
        return policy.is_withheld(self.document)


@dataclass
class AgendaEntry:
    item: Item
    show_detail: bool
    exemption: str = ""
    paragraph_descriptions: list[str] = field(default_factory=list)
    papers: list[AgendaPaper] = field(default_factory=list)

    @property
    def withheld(self) -> bool:
        """Is the item taken in private (the policy's ``is_withheld``)?"""
        return policy.is_withheld(self.item)

    @property
    def reason(self) -> str:
        """The stated reason printed under an exempt or confidential item's basis (another
        restriction's reason is part of its basis already)."""
        if self.item.restriction in (Restriction.EXEMPT, Restriction.CONFIDENTIAL):
            return self.item.restriction_reason
        return ""

    @property
    def label(self) -> str:
        """ "SSP/4/25 Update on DARDRs", or "4. …" where the body uses no references."""
        number = self.item.reference or f"{self.item.position}."
        return f"{number} {self.item.title}"


@dataclass
class Agenda:
    meeting: Meeting
    viewer: Viewer
    entries: list[AgendaEntry]
    members: list[Membership]
    supplement: bool = False

    @property
    def committee(self):
        return self.meeting.committee

    @property
    def body(self):
        return self.meeting.committee.body

    @property
    def public_entries(self) -> list[AgendaEntry]:
        return [e for e in self.entries if not e.withheld]

    @property
    def private_entries(self) -> list[AgendaEntry]:
        return [e for e in self.entries if e.withheld]

    @property
    def papers(self) -> list[tuple[AgendaEntry, AgendaPaper]]:
        return [(entry, paper) for entry in self.entries for paper in entry.papers]

    @property
    def title(self) -> str:
        kind = "Supplementary agenda" if self.supplement else "Agenda"
        when = timezone.localtime(self.meeting.start)
        return f"{kind}: {self.committee.name}, {when.day} {when:%B} {when.year}"


def current_members(meeting: Meeting, on: date | None = None) -> list[Membership]:
    """Members of the committee on the day of the meeting: chair, vice-chair, then by name."""
    on = on or timezone.localdate(meeting.start)
    members = list(
        Membership.objects.filter(committee_id=meeting.committee_id)
        .filter(Q(start__isnull=True) | Q(start__lte=on), Q(end__isnull=True) | Q(end__gte=on))
        .select_related("person")
    )
    members.sort(key=lambda m: (ROLE_ORDER.get(m.role, 2), m.person.name))
    return members


def agenda(meeting: Meeting, viewer: Viewer, *, supplement: bool | None = None) -> Agenda:
    """The items and papers ``viewer`` may see, in agenda order. Three or four queries.

    ``supplement`` picks the items published with the agenda (False), those published later
    as a supplement (True), or all of them (None).
    """
    jurisdiction = meeting.committee.body.jurisdiction
    documents = (
        policy.documents(viewer).filter(published_at__isnull=False).order_by("position", "pk")
    )
    items = policy.items(viewer, meeting).order_by("position", "pk")
    if supplement is not None:
        items = items.filter(supplement=supplement)
    items = items.prefetch_related(Prefetch("documents", queryset=documents, to_attr="papers"))
    entries = []
    for item in items:
        item.meeting = meeting  # the policy reads the committee from here: no query
        show = policy.can_see_item_detail(viewer, item)
        entry = AgendaEntry(item=item, show_detail=show)
        if entry.withheld:
            entry.exemption = exemption_wording(item, jurisdiction)
            known = EXEMPT_PARAGRAPHS.get(jurisdiction, {})
            entry.paragraph_descriptions = [
                known[int(p)]
                for p in item.exempt_paragraphs or []
                if str(p).isdigit() and int(p) in known
            ]
        # The policy has filtered the papers: on a restricted item the public gets only its
        # redacted versions, and whoever may read an original gets it instead of its redaction.
        entry.papers = [
            AgendaPaper(doc, lead_officer(doc)) for doc in policy.in_place_of_originals(item.papers)
        ]
        entries.append(entry)
    return Agenda(
        meeting=meeting,
        viewer=viewer,
        entries=entries,
        members=current_members(meeting),
        supplement=bool(supplement),
    )
