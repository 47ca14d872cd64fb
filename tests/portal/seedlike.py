"""Data modelled on the seed meeting (Safer Stockton Partnership, 14 May 2025), built with
the factories: 11 items SSP/1/25 … SSP/11/25, papers on items 1, 3 and 6, item 11 exempt.

``CANARY`` is written into everything item 11 withholds, so a test can prove no public page
ever shows it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.files.base import ContentFile

from moot.meetings.choices import (
    ActionStatus,
    AttendanceStatus,
    ItemKind,
    MeetingStatus,
    MembershipRole,
    MinutesState,
    Restriction,
)
from moot.meetings.models import (
    Action,
    Attendance,
    Committee,
    Declaration,
    Document,
    Item,
    Meeting,
)
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

from .pdf import one_page_pdf

CANARY = "CANARY-7f3a9c-withheld"

ITEMS = [
    (
        "Evacuation Procedure",
        ItemKind.EVACUATION,
        "<p>The Evacuation Procedure was noted by members.</p>",
    ),
    (
        "Declarations of Interest",
        ItemKind.DECLARATIONS,
        "<p>There were no declarations of interest.</p>",
    ),
    (
        "Minutes",
        ItemKind.MINUTES,
        "<p>The minutes of the previous meeting held on Wednesday 19th March 2025 were agreed as a "
        "true record.</p><p>AGREED.</p>",
    ),
    (
        "Update On DARDRS",
        ItemKind.VERBAL,
        "<p>Members were given a brief update on the three Domestic Abuse Related Death Reviews "
        "(DARDRs) which were being reviewed by Stockton Council.</p><p>What partners need to know "
        "about SARs are as follows:</p><ul><li>Creates an open, honest and learning culture in the "
        "workforce</li><li>Keeps people safe – can learn from what happened to prevent similar "
        "incidents in the future.</li></ul><p>Members AGREED to note the report.</p>",
    ),
    (
        "DAPO Pilot",
        ItemKind.VERBAL,
        "<p>Officers gave a verbal update on the Domestic Abuse Protection Order (DAPO) Pilot.</p>"
        "<ul><li>Police are required to act within 48 hours of a DAPO Application.</li></ul>"
        "<p>AGREED to note the update.</p>",
    ),
    (
        "Recorded Crime & Disorder Report",
        ItemKind.INFORMATION,
        "<p>The Recorded Crime &amp; Disorder Report was presented to partners; there were four "
        "parts of the report.</p><p>Members AGREED to note the report.</p>",
    ),
    (
        "Project Harmony/ Shield Update",
        ItemKind.VERBAL,
        "<p>A brief update on the progress and work being undertaken by Officers and partners "
        "through Project Harmony &amp; Shield was given to members.</p>",
    ),
    ("Prevent (CT) Update", ItemKind.VERBAL, "<p>A brief update on Prevent was given.</p>"),
    (
        "Any Other Business",
        ItemKind.AOB,
        "<p>There was no other Officer business raised at the meeting.</p>",
    ),
    (
        "iQuanta Report",
        ItemKind.INFORMATION,
        "<p>Members were presented with a restricted report that provided an overview on crime "
        "comparisons against other similar CSPs utilising iQuanta.</p>",
    ),
]


@dataclass
class SeedLike:
    committee: Committee
    meeting: Meeting
    previous: Meeting
    following: Meeting
    items: list[Item]
    exempt: Item
    documents: list[Document]
    restricted_document: Document


def build_seed_like(*, with_files: bool = False, accent_colour: str = "#00566e") -> SeedLike:
    """The seed meeting and its neighbours. ``with_files`` stores a real PDF for item 1."""
    body = make_body(
        name="Stockton-on-Tees Borough Council", slug="stockton", accent_colour=accent_colour
    )
    committee = make_committee(
        body,
        name="Safer Stockton Partnership",
        slug="safer-stockton-partnership",
        reference_prefix="SSP",
        purpose="<p>The community safety partnership for the borough under the Crime and "
        "Disorder Act 1998.</p>",
        contact_name="John Devine",
        contact_role="Democratic Services Support Officer",
        contact_email="democratic.services@example.org",
    )
    chair = make_person(
        name="Steve Nelson", honorific="Cllr", slug="steve-nelson", email="chair@private.example"
    )
    police = make_person(name="Jo Smith", slug="jo-smith", organisation="Cleveland Police")
    make_membership(
        chair, committee, role=MembershipRole.CHAIR, organisation="Stockton-on-Tees Borough Council"
    )
    make_membership(police, committee, role=MembershipRole.PARTNER, organisation="Cleveland Police")

    venue = make_location(
        name="Council Chamber",
        address="Dunedin House, Columbia Drive, Thornaby",
        postcode="TS17 6BJ",
    )
    previous = make_meeting(
        committee, start=local(2025, 3, 19), location=venue, minutes_state=MinutesState.APPROVED
    )
    meeting = make_meeting(
        committee,
        start=local(2025, 5, 14, 9, 0),
        location=venue,
        status=MeetingStatus.HELD,
        minutes_state=MinutesState.APPROVED,
        contact_name="John Devine",
        contact_role="Democratic Services Support Officer",
    )
    following = make_meeting(
        committee,
        start=local(2025, 7, 16, 9, 0),
        location=venue,
        published=False,
        status=MeetingStatus.CANCELLED,
        status_reason="Not enough business to transact.",
    )
    Attendance.objects.create(meeting=meeting, person=chair, status=AttendanceStatus.PRESENT)
    Attendance.objects.create(meeting=meeting, person=police, status=AttendanceStatus.APOLOGIES)

    items = []
    for n, (title, kind, minutes) in enumerate(ITEMS, start=1):
        items.append(
            make_item(
                meeting,
                position=n,
                reference=f"SSP/{n}/25",
                reference_number=n,
                reference_year=2025,
                title=title,
                kind=kind,
                minutes=minutes,
            )
        )
    exempt = make_exempt_item(
        meeting,
        position=11,
        reference="SSP/11/25",
        title="SBC Performance",
        restriction=Restriction.EXEMPT,
        exempt_paragraphs=[7],
        restriction_reason="Due to the connection to an ongoing Police investigation this Agenda Item was restricted.",
        public_summary="Members received an update on performance connected to an ongoing investigation.",
        agenda_text=f"<p>Agenda detail {CANARY}</p>",
        minutes=f"<p>Minutes detail {CANARY}</p>",
        decision_text=f"<p>Decision detail {CANARY}</p>",
    )
    items.append(exempt)
    make_decision(exempt, text=f"AGREED {CANARY}", public_text="Agreed that the update be noted.")
    Declaration.objects.create(item=exempt, person=police, nature=f"Officer in the case {CANARY}")
    Action.objects.create(item=exempt, text=f"Follow up {CANARY}", owner="Police")
    for item in items[3:10]:
        make_decision(item, text="AGREED to note the report.")
    Action.objects.create(
        item=items[5],
        text="Bring an in-depth report on anti-social behaviour data.",
        owner="Community Safety",
        status=ActionStatus.OPEN,
    )

    documents = [
        make_document(
            meeting,
            items[0],
            title="Evacuation Procedure",
            size_bytes=100 * 1024,
            filename="evacuation-procedure.pdf",
            media_type="application/pdf",
        ),
        make_document(
            meeting,
            items[2],
            title="Minutes",
            size_bytes=99 * 1024,
            filename="minutes.pdf",
            media_type="application/pdf",
        ),
        make_document(
            meeting,
            items[5],
            title="Recorded Crime & Disorder Report",
            size_bytes=1024 * 1024,
            filename="recorded-crime.pdf",
            media_type="application/pdf",
        ),
    ]
    if with_files:
        documents[0].file.save("evacuation-procedure.pdf", ContentFile(one_page_pdf()), save=True)
    restricted_document = make_document(
        meeting,
        exempt,
        title=f"Performance figures {CANARY}",
        filename="performance.pdf",
        media_type="application/pdf",
    )
    restricted_document.file.save("performance.pdf", ContentFile(one_page_pdf(CANARY)), save=True)
    return SeedLike(
        committee, meeting, previous, following, items, exempt, documents, restricted_document
    )
