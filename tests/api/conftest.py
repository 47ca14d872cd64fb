"""A small public archive for the OParl tests: one body with two committees, their people,
meetings (one held, one cancelled, one yet to come, one withdrawn), public, exempt,
withdrawn, deleted and unpublished items, decisions, and public and restricted documents.

Everything that must never leave Moot carries ``CANARY``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from django.utils import timezone

from moot.meetings.choices import (
    AttendanceStatus,
    DecisionKind,
    DocumentKind,
    ItemKind,
    MeetingStatus,
    MembershipRole,
    MinutesState,
    Restriction,
)
from moot.meetings.models import Attendance, LegislativeTerm
from tests.factories import (
    local,
    make_body,
    make_committee,
    make_decision,
    make_document,
    make_exempt_item,
    make_item,
    make_location,
    make_meeting,
    make_membership,
    make_person,
)

CANARY = "CANARY-7f3e9b"
SITE = "https://moot.example.gov.uk"


@dataclass
class Archive:
    body: object
    term: object
    partnership: object
    planning: object
    chair: object
    member: object
    partner: object
    officer: object
    chamber: object
    held: object
    cancelled: object
    upcoming: object
    withdrawn_meeting: object
    report_item: object
    exempt_item: object
    withdrawn_item: object
    deleted_item: object
    unpublished_item: object
    report: object
    appendix: object
    agenda: object
    minutes: object
    pack: object
    restricted_document: object
    exempt_item_document: object
    restricted_decision: object


@pytest.fixture
def archive(db, settings) -> Archive:
    settings.SITE_URL = SITE
    body = make_body(name="Stockton-on-Tees Borough Council", short_name="Stockton")
    term = LegislativeTerm.objects.create(
        body=body, name="2023–2027", start_date=date(2023, 5, 4), end_date=date(2027, 5, 5)
    )
    partnership = make_committee(body, name="Safer Stockton Partnership", reference_prefix="SSP")
    planning = make_committee(body, name="Planning Committee", reference_prefix="PC")

    chair = make_person(name="Jane Smith", honorific="Cllr", email=f"{CANARY}@example.org")
    member = make_person(name="Ravi Patel", honorific="Cllr")
    partner = make_person(name="Sam Jones", organisation="Cleveland Police")
    officer = make_person(name="Alex Brown")
    make_membership(chair, partnership, role=MembershipRole.CHAIR, start=date(2025, 5, 14))
    make_membership(member, partnership)
    make_membership(member, planning, role=MembershipRole.VICE_CHAIR)
    make_membership(
        partner, partnership, role=MembershipRole.PARTNER, organisation="Cleveland Police"
    )

    chamber = make_location()
    held = make_meeting(partnership, start=local(2025, 5, 14, 14), location=chamber)
    held.status = MeetingStatus.HELD
    held.save()
    for person, status in [
        (chair, AttendanceStatus.PRESENT),
        (member, AttendanceStatus.PRESENT),
        (partner, AttendanceStatus.APOLOGIES),
        (officer, AttendanceStatus.IN_ATTENDANCE),
    ]:
        Attendance.objects.create(meeting=held, person=person, status=status)

    make_item(held, title="Apologies for absence", kind=ItemKind.APOLOGIES, reference="SSP/1/25")
    report_item = make_item(
        held, title="Community Safety Plan", kind=ItemKind.DECISION, reference="SSP/2/25"
    )
    make_decision(report_item, "AGREED to approve the Community Safety Plan.")
    report = make_document(
        held,
        report_item,
        title="Community Safety Plan report",
        filename="plan.pdf",
        media_type="application/pdf",
        text="The plan for the year.",
    )
    appendix = make_document(
        held,
        report_item,
        title="Appendix 1: action plan",
        kind=DocumentKind.APPENDIX,
        filename="appendix.pdf",
        position=2,
    )
    exempt_item = make_exempt_item(
        held,
        title="Contract for CCTV maintenance",
        reference="SSP/3/25",
        agenda_text=f"<p>{CANARY} agenda</p>",
        minutes=f"<p>{CANARY} minutes</p>",
        decision_text=f"<p>{CANARY} decision</p>",
    )
    restricted_decision = make_decision(
        exempt_item,
        f"AGREED to award the contract to {CANARY} Ltd.",
        kind=DecisionKind.AGREED,
        public_text="AGREED to award the contract as set out in the report.",
    )
    exempt_item_document = make_document(
        held,
        exempt_item,
        title=f"{CANARY} contract report",
        filename="contract.pdf",
        text=f"{CANARY} figures",
    )
    withdrawn_item = make_item(held, title="Withdrawn report", withdrawn_at=timezone.now())
    deleted_item = make_item(held, title="Deleted report", deleted_at=timezone.now())
    unpublished_item = make_item(held, title=f"{CANARY} draft item", published=False)

    agenda = make_document(held, title="Agenda", kind=DocumentKind.AGENDA, filename="agenda.pdf")
    minutes = make_document(
        held, title="Minutes", kind=DocumentKind.MINUTES, filename="minutes.pdf", position=2
    )
    pack = make_document(
        held, title="Reports pack", kind=DocumentKind.PACK, filename="pack.pdf", position=3
    )
    restricted_document = make_document(
        held,
        title=f"{CANARY} exempt appendix",
        kind=DocumentKind.APPENDIX,
        restriction=Restriction.EXEMPT,
        exempt_paragraphs=[3],
        filename="exempt.pdf",
        text=f"{CANARY} text",
        position=4,
    )

    cancelled = make_meeting(
        partnership,
        start=local(2025, 6, 11, 14),
        status=MeetingStatus.CANCELLED,
        status_reason="No business",
        minutes_state=MinutesState.NONE,
    )
    upcoming = make_meeting(planning, start=local(2025, 7, 2, 18), minutes_state=MinutesState.NONE)
    upcoming_item = make_item(upcoming, title="Land at Harrowgate Lane", reference="PC/1/25")
    make_decision(upcoming_item, f"{CANARY} decided before the minutes were published.")
    withdrawn_meeting = make_meeting(
        planning, start=local(2025, 7, 9, 18), deleted_at=timezone.now()
    )
    return Archive(
        body=body,
        term=term,
        partnership=partnership,
        planning=planning,
        chair=chair,
        member=member,
        partner=partner,
        officer=officer,
        chamber=chamber,
        held=held,
        cancelled=cancelled,
        upcoming=upcoming,
        withdrawn_meeting=withdrawn_meeting,
        report_item=report_item,
        exempt_item=exempt_item,
        withdrawn_item=withdrawn_item,
        deleted_item=deleted_item,
        unpublished_item=unpublished_item,
        report=report,
        appendix=appendix,
        agenda=agenda,
        minutes=minutes,
        pack=pack,
        restricted_document=restricted_document,
        exempt_item_document=exempt_item_document,
        restricted_decision=restricted_decision,
    )
