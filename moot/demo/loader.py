"""Demo data: the real Safer Stockton Partnership meeting of 14 May 2025 (imported through the
page importer, as a council would), plus made-up but plausible records around it so that every
page has something to show.

Everything but the seed page is invented: people, organisations' representatives, other
committees and meetings. The seed meeting holds only what its page says (no attendance, no
actions, no approval by a made-up meeting); every made-up meeting has ``source="demo"`` and its
page says it is sample data. Loading twice changes nothing.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from moot.documents.extract import extract
from moot.importers.moderngov_page.importer import import_page
from moot.meetings.choices import (
    ActionStatus,
    AttendanceStatus,
    DecisionKind,
    DocumentKind,
    ItemKind,
    MeetingStatus,
    MembershipRole,
    MinutesState,
    Restriction,
)
from moot.meetings.html import paragraphs_to_html
from moot.meetings.models import (
    Action,
    Attendance,
    Body,
    Committee,
    Decision,
    Document,
    Item,
    Location,
    Meeting,
    Membership,
    Person,
    ReferenceCounter,
)
from moot.meetings.references import format_reference, municipal_year

from .accounts import make_accounts

SEED = Path(__file__).with_name("safer-stockton-partnership-2025-05-14.txt")
DEMO = "demo"
LONDON = ZoneInfo("Europe/London")

SSP_STANDARD_ITEMS = [
    {"title": "Evacuation Procedure", "kind": ItemKind.EVACUATION},
    {"title": "Declarations of Interest", "kind": ItemKind.DECLARATIONS},
    {"title": "Minutes", "kind": ItemKind.MINUTES},
    {"title": "Any Other Business", "kind": ItemKind.AOB},
]

# (name, organisation, role) — invented people representing the partner agencies.
SSP_MEMBERS = [
    ("Cllr Helen Marsh", "Stockton-on-Tees Borough Council", MembershipRole.CHAIR),
    ("Superintendent Gareth Lowe", "Cleveland Police", MembershipRole.VICE_CHAIR),
    ("Cllr Anil Patel", "Stockton-on-Tees Borough Council", MembershipRole.MEMBER),
    ("Station Manager Kerry Bell", "Cleveland Fire Brigade", MembershipRole.PARTNER),
    ("Joanne Whitfield", "The Probation Service", MembershipRole.PARTNER),
    (
        "Dr Priya Raman",
        "NHS North East and North Cumbria Integrated Care Board",
        MembershipRole.PARTNER,
    ),
    ("Michelle Rowntree", "A Way Out", MembershipRole.PARTNER),
    (
        "Craig Ferguson",
        "Office of the Police and Crime Commissioner for Cleveland",
        MembershipRole.PARTNER,
    ),
    ("Sarah Lindqvist", "Thirteen Group", MembershipRole.CO_OPTEE),
]


def _made_up(committee: Committee, start: datetime) -> dict:
    """Provenance of a made-up meeting: its page says it is sample data."""
    return {"source": DEMO, "external_id": f"{committee.slug}:{start.isoformat()}"}


def _at(day: date, hour: int = 9, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON)


def _slug(name: str) -> str:
    from django.utils.text import slugify

    return slugify(name)[:110]


def _person(name: str, organisation: str) -> Person:
    person, _ = Person.objects.get_or_create(
        slug=_slug(name),
        defaults={
            "name": name,
            "organisation": organisation,
            "source": DEMO,
            "external_id": _slug(name),
        },
    )
    return person


def _pdf(title: str, paragraphs: list[str]) -> bytes:
    """A small real PDF report, made with WeasyPrint."""
    from weasyprint import HTML

    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (
        f"<html lang='en-GB'><head><meta charset='utf-8'><title>{title}</title>"
        "<style>body{font-family:sans-serif;font-size:11pt} h1{font-size:16pt}</style></head>"
        f"<body><h1>{title}</h1>{body}</body></html>"
    )
    return HTML(string=html).write_pdf(pdf_variant="pdf/ua-1")


def _attach(
    meeting: Meeting, item: Item | None, title: str, filename: str, paragraphs: list[str], **extra
) -> Document:
    existing = Document.objects.filter(meeting=meeting, item=item, title=title).first()
    if existing is not None:
        return existing
    data = _pdf(title, paragraphs)
    info = extract(data)
    document = Document(
        meeting=meeting,
        item=item,
        title=title,
        filename=filename,
        media_type=info.media_type,
        format=info.format,
        size_bytes=len(data),
        page_count=info.page_count,
        text=info.text,
        published_at=meeting.agenda_published_at,
        kind=extra.pop("kind", DocumentKind.REPORT),
        **extra,
    )
    document.file.save(filename, ContentFile(data), save=False)
    document.save()
    return document


def _item(
    meeting: Meeting,
    position: int,
    title: str,
    kind: str,
    counter: ReferenceCounter | None = None,
    **fields,
) -> Item:
    item = Item.objects.filter(meeting=meeting, position=position).first()
    if item is not None:
        return item
    if counter is not None:
        counter.last += 1
        counter.save(update_fields=["last"])
        fields.setdefault(
            "reference",
            format_reference(meeting.committee.reference_prefix, counter.last, counter.year),
        )
        fields["reference_number"] = counter.last
        fields["reference_year"] = counter.year
    fields.setdefault("published_at", meeting.agenda_published_at)
    return Item.objects.create(meeting=meeting, position=position, title=title, kind=kind, **fields)


def _counter(committee: Committee, day: date) -> ReferenceCounter:
    year = municipal_year(
        day, committee.body.annual_meetings.values_list("date", flat=True), committee.start_month
    )
    return ReferenceCounter.objects.get_or_create(committee=committee, year=year)[0]


def load_demo(*, papers: bool = True) -> dict:
    """Load the demo archive, then build its papers (agenda packs, printed minutes).

    Idempotent: a second run finds everything in place and rebuilds no paper.
    """
    counts = _load_records()
    if papers:
        from moot.documents.papers.build import build_papers

        for meeting in Meeting.objects.filter(agenda_published_at__isnull=False):
            build_papers(meeting)
    return counts


@transaction.atomic
def _load_records() -> dict:
    body, _ = Body.objects.get_or_create(
        slug="stockton-on-tees",
        defaults={
            "name": "Stockton-on-Tees Borough Council",
            "short_name": "Stockton-on-Tees",
            "accent_colour": "#005a70",
            "website": "https://www.stockton.gov.uk/",
            "accessibility_contact": "democratic.services@example.org",
        },
    )
    chamber, _ = Location.objects.get_or_create(
        name="Council Chamber, Dunedin House, Columbia Drive, Thornaby TS17 6BJ",
        defaults={
            "source": "moderngov_page",
            "external_id": "Council Chamber, Dunedin House, Columbia Drive, Thornaby TS17 6BJ",
        },
    )
    committee_room, _ = Location.objects.get_or_create(
        name="Committee Room 2",
        defaults={
            "address": "Municipal Buildings, Church Road, Stockton-on-Tees",
            "postcode": "TS18 1LD",
        },
    )

    ssp = _safer_stockton(body, chamber)
    counts: dict[str, Any] = {"seed_meeting": None}
    # The seed: imported exactly as a council's published page would be.
    if not Meeting.objects.filter(committee=ssp, start=_at(date(2025, 5, 14))).exists():
        report = import_page(str(SEED), body=body)
        counts["seed_meeting"] = report.meeting_id
    seed_meeting = Meeting.objects.get(committee=ssp, start=_at(date(2025, 5, 14)))
    counts["seed_meeting"] = seed_meeting.pk
    _keep_as_published(seed_meeting)
    _later_ssp_meeting(ssp, chamber)
    _health_and_wellbeing(body, committee_room)
    _licensing(body, committee_room)
    counts["accounts"] = make_accounts(body, member=Person.objects.get(slug=_slug("Helen Marsh")))
    return counts


def _safer_stockton(body: Body, chamber: Location) -> Committee:
    ssp = Committee.objects.filter(body=body, slug="safer-stockton-partnership").first()
    if ssp is None:
        ssp = Committee.objects.create(
            body=body,
            name="Safer Stockton Partnership",
            slug="safer-stockton-partnership",
            source="moderngov_page",
            external_id=f"{body.slug}:safer-stockton-partnership",
            imported={
                "name": "Safer Stockton Partnership",
                "slug": "safer-stockton-partnership",
                "reference_prefix": "SSP",
                "body": body.pk,
            },
            reference_prefix="SSP",
            purpose=paragraphs_to_html(
                [
                    "The Safer Stockton Partnership is the borough's Community Safety Partnership under "
                    "the Crime and Disorder Act 1998. The council, Cleveland Police, Cleveland Fire "
                    "Brigade, the Probation Service and health partners work together to reduce crime, "
                    "disorder, anti-social behaviour and substance misuse, and to reduce reoffending.",
                    "It meets every two months and reports to the council's Cabinet.",
                ]
            ),
            standard_items=[
                {"title": s["title"], "kind": str(s["kind"])} for s in SSP_STANDARD_ITEMS
            ],
            contact_name="John Devine",
            contact_role="Democratic Services Support Officer",
            # The page names its contact but gives no email: a made-up address, clearly so.
            contact_email="democratic.services@example.org",
        )
    for name, organisation, role in SSP_MEMBERS:
        person = _person(name.replace("Cllr ", ""), organisation)
        if name.startswith("Cllr ") and not person.honorific:
            person.honorific = "Cllr"
            person.save(update_fields=["honorific"])
        Membership.objects.get_or_create(
            person=person,
            committee=ssp,
            defaults={"role": role, "organisation": organisation, "start": date(2025, 5, 1)},
        )
    former = _person("Derek Ashby", "Cleveland Police")
    Membership.objects.get_or_create(
        person=former,
        committee=ssp,
        defaults={
            "role": MembershipRole.VICE_CHAIR,
            "organisation": "Cleveland Police",
            "start": date(2023, 5, 1),
            "end": date(2025, 4, 30),
        },
    )

    # The meeting before the seed: its minutes are the ones the seed's SSP/3/25 agrees.
    march = Meeting.objects.filter(committee=ssp, start=_at(date(2025, 3, 19))).first()
    if march is None:
        march = Meeting.objects.create(
            committee=ssp,
            start=_at(date(2025, 3, 19)),
            **_made_up(ssp, _at(date(2025, 3, 19))),
            location=chamber,
            status=MeetingStatus.HELD,
            contact_name="John Devine",
            contact_role="Democratic Services Support Officer",
            agenda_published_at=_at(date(2025, 3, 11), 12),
            minutes_state=MinutesState.DRAFT,
            minutes_published_at=_at(date(2025, 3, 27), 10),
        )
        counter = _counter(ssp, march.start.date())
        counter.last = max(counter.last, 60)
        counter.save(update_fields=["last"])
        _item(
            march,
            1,
            "Evacuation Procedure",
            ItemKind.EVACUATION,
            counter,
            minutes=paragraphs_to_html(["The Evacuation Procedure was noted by members."]),
        )
        _item(
            march,
            2,
            "Declarations of Interest",
            ItemKind.DECLARATIONS,
            counter,
            minutes=paragraphs_to_html(["There were no declarations of interest."]),
        )
        minutes = _item(
            march,
            3,
            "Minutes",
            ItemKind.MINUTES,
            counter,
            minutes=paragraphs_to_html(
                [
                    "The minutes of the meeting held on Wednesday 15th January 2025 were agreed as a true record."
                ]
            ),
        )
        Decision.objects.create(
            item=minutes,
            kind=DecisionKind.AGREED,
            text="The minutes of the meeting held on 15 January 2025 were agreed as a true record.",
        )
        asb = _item(
            march,
            4,
            "Anti-Social Behaviour Tasking Update",
            ItemKind.INFORMATION,
            counter,
            minutes=paragraphs_to_html(
                [
                    "The Community Safety Manager presented an update on the multi-agency tasking "
                    "arrangements for anti-social behaviour in the town centre and in Thornaby.",
                    "Partners noted that reports of off-road motorcycles had fallen since the joint "
                    "operation with Cleveland Police in January, and asked for hot-spot maps to be shared.",
                ]
            ),
        )
        Decision.objects.create(
            item=asb, kind=DecisionKind.AGREED, text="Members AGREED to note the update."
        )
        Action.objects.create(
            item=asb,
            text="Share the anti-social behaviour hot-spot maps with partners.",
            owner="Community Safety Manager",
            due=date(2025, 4, 30),
            status=ActionStatus.DONE,
            closing_note="Maps circulated on 2 April 2025.",
        )
        strategy = _item(
            march,
            5,
            "Community Safety Plan 2025-2028 Consultation",
            ItemKind.DECISION,
            counter,
            agenda_text=paragraphs_to_html(
                [
                    "To consider the draft Community Safety Plan 2025-2028 before public consultation."
                ]
            ),
            minutes=paragraphs_to_html(
                [
                    "Members considered the draft Community Safety Plan, built around four priorities: "
                    "violence against women and girls, anti-social behaviour, drug and alcohol misuse, "
                    "and reoffending.",
                ]
            ),
        )
        Decision.objects.create(
            item=strategy,
            kind=DecisionKind.AGREED,
            text="AGREED that the draft Community Safety Plan 2025-2028 be approved for public consultation.",
        )
        _attach(
            march,
            strategy,
            "Draft Community Safety Plan 2025-2028",
            "community-safety-plan-2025-2028.pdf",
            [
                "This draft plan sets out how the Safer Stockton Partnership will keep the borough safe between 2025 and 2028.",
                "Priority one: violence against women and girls. Priority two: anti-social behaviour.",
                "Priority three: drug and alcohol misuse. Priority four: reducing reoffending.",
            ],
        )
        _item(
            march,
            6,
            "Any Other Business",
            ItemKind.AOB,
            counter,
            minutes=paragraphs_to_html(["There was no other business."]),
        )
    return ssp


def _keep_as_published(seed: Meeting) -> None:
    """Take off the real meeting anything its page does not record (demo databases loaded
    before kept a made-up attendance list, actions and an approval there)."""
    seed.attendances.exclude(source=seed.source).delete()
    # The importer reads sentences promising work as open actions; the page records no
    # actions, nor whether that work was done, so the real meeting holds none.
    Action.objects.filter(item__meeting=seed).delete()
    for item in Item.objects.filter(approves_meetings=seed).exclude(meeting__source=seed.source):
        item.approves_meetings.remove(seed)
    if seed.minutes_approved_at_item_id is not None:
        seed.minutes_approved_at_item = None
        seed.save(update_fields=["minutes_approved_at_item", "updated_at"])


def _attendance(meeting: Meeting) -> None:
    """A made-up attendance list for a made-up meeting."""
    statuses = [AttendanceStatus.PRESENT] * 6 + [
        AttendanceStatus.APOLOGIES,
        AttendanceStatus.PRESENT,
        AttendanceStatus.APOLOGIES,
    ]
    for (name, organisation, role), status in zip(SSP_MEMBERS, statuses, strict=True):
        person = Person.objects.get(slug=_slug(name.replace("Cllr ", "")))
        Attendance.objects.get_or_create(
            meeting=meeting,
            person=person,
            status=status,
            organisation=organisation,
            role=MembershipRole(role).label,
        )


def _later_ssp_meeting(ssp: Committee, chamber: Location) -> None:
    """16 July 2025: agenda and reports published, draft minutes, actions; an exempt item."""
    day = date(2025, 7, 16)
    if Meeting.objects.filter(committee=ssp, start=_at(day)).exists():
        return
    july = Meeting.objects.create(
        committee=ssp,
        start=_at(day),
        **_made_up(ssp, _at(day)),
        location=chamber,
        status=MeetingStatus.HELD,
        contact_name="John Devine",
        contact_role="Democratic Services Support Officer",
        contact_email="democratic.services@example.org",
        agenda_published_at=_at(date(2025, 7, 8), 11),
        minutes_state=MinutesState.DRAFT,
        minutes_published_at=_at(date(2025, 7, 24), 15),
    )
    counter = _counter(ssp, day)
    _item(
        july,
        1,
        "Evacuation Procedure",
        ItemKind.EVACUATION,
        counter,
        minutes=paragraphs_to_html(["The Evacuation Procedure was noted by members."]),
    )
    _item(
        july,
        2,
        "Declarations of Interest",
        ItemKind.DECLARATIONS,
        counter,
        minutes=paragraphs_to_html(["There were no declarations of interest."]),
    )
    minutes = _item(
        july,
        3,
        "Minutes",
        ItemKind.MINUTES,
        counter,
        minutes=paragraphs_to_html(
            [
                "The minutes of the meeting held on Wednesday 14th May 2025 were agreed as a true record."
            ]
        ),
    )
    Decision.objects.create(
        item=minutes,
        kind=DecisionKind.AGREED,
        text="The minutes of the meeting held on 14 May 2025 were agreed as a true record.",
    )
    # The real meeting's page does not say when its minutes were approved: this made-up
    # item names that meeting in its text only, and approves nothing.
    _attendance(july)
    asb = _item(
        july,
        4,
        "Anti-Social Behaviour In-Depth Report",
        ItemKind.INFORMATION,
        counter,
        agenda_text=paragraphs_to_html(
            [
                "The in-depth report on reported anti-social behaviour that partners asked for in May."
            ]
        ),
        minutes=paragraphs_to_html(
            [
                "Officers presented the in-depth analysis of anti-social behaviour reports requested at the May meeting. "
                "Most of the increase came from reports of noise and of youth-related nuisance in the evenings.",
                "Partners discussed the summer diversionary activities programme and the use of Public Spaces Protection Orders.",
            ]
        ),
    )
    Decision.objects.create(
        item=asb, kind=DecisionKind.AGREED, text="Members AGREED to note the report."
    )
    Action.objects.create(
        item=asb,
        text="Bring the evaluation of the summer diversionary activities programme to the November meeting.",
        owner="Community Safety Manager",
        due=date(2025, 11, 19),
        status=ActionStatus.OPEN,
    )
    _attach(
        july,
        asb,
        "Anti-Social Behaviour In-Depth Report",
        "asb-in-depth-report-july-2025.pdf",
        [
            "Reports of anti-social behaviour to Cleveland Police rose by 2.7% in the year to March 2025.",
            "Reports to the council's Community Safety team rose by 9.82%, mostly noise and alcohol-related nuisance.",
            "Hot spots: Stockton town centre, Thornaby Central and parts of Billingham.",
        ],
    )
    dapo = _item(
        july,
        5,
        "Domestic Abuse Protection Orders – Pilot Progress",
        ItemKind.VERBAL,
        counter,
        minutes=paragraphs_to_html(
            [
                "Cleveland Police gave a further verbal update on the Domestic Abuse Protection Order (DAPO) pilot. "
                "Twenty-three applications had been made since March, all within the 48-hour target.",
            ]
        ),
    )
    Decision.objects.create(item=dapo, kind=DecisionKind.AGREED, text="AGREED to note the update.")
    _item(
        july,
        6,
        "Exclusion of the Press and Public",
        ItemKind.EXCLUSION,
        counter,
        minutes=paragraphs_to_html(
            [
                "RESOLVED that under Section 100A(4) of the Local Government Act 1972 the press and public be "
                "excluded from the meeting for the following item of business on the grounds that it involves "
                "the likely disclosure of exempt information as defined in paragraph 7 of Part 1 of Schedule 12A "
                "of the Act."
            ]
        ),
    )
    exempt = _item(
        july,
        7,
        "Serious Violence Duty – Operational Case Review",
        ItemKind.DECISION,
        counter,
        restriction=Restriction.EXEMPT,
        exempt_paragraphs=[7],
        restriction_reason="Information relating to action in connection with the prevention and investigation of crime.",
        public_interest="Disclosure could prejudice ongoing investigations; the public interest in keeping it exempt outweighs disclosure.",
        public_summary="Members considered an operational review of multi-agency work on serious violence in one neighbourhood "
        "and agreed further joint action.",
        agenda_text=paragraphs_to_html(
            [
                "Operational review of the Mandale estate hot-spot patrols and named offender management."
            ]
        ),
        minutes=paragraphs_to_html(
            [
                "Detective Inspector set out the intelligence picture for the Mandale estate and the three "
                "individuals under integrated offender management."
            ]
        ),
    )
    Decision.objects.create(
        item=exempt,
        kind=DecisionKind.AGREED,
        text="AGREED that the Mandale estate patrol plan be extended to March 2026 and funded from the Serious Violence Duty grant.",
        public_text="AGREED that further joint action be taken, funded from the Serious Violence Duty grant.",
    )
    _attach(
        july,
        exempt,
        "Operational Case Review (exempt)",
        "operational-case-review.pdf",
        ["Mandale estate: intelligence summary for partners only."],
        restriction=Restriction.EXEMPT,
        exempt_paragraphs=[7],
    )
    _item(
        july,
        8,
        "Any Other Business",
        ItemKind.AOB,
        counter,
        minutes=paragraphs_to_html(["There was no other business."]),
    )

    # The next meetings, scheduled ahead of whenever the demo is run.
    today = timezone.localdate()
    for months_ahead in (1, 3):
        day = _next_wednesday(today + timedelta(days=30 * months_ahead))
        Meeting.objects.get_or_create(
            committee=ssp,
            start=_at(day),
            defaults={
                **_made_up(ssp, _at(day)),
                "location": chamber,
                "contact_name": "John Devine",
                "contact_role": "Democratic Services Support Officer",
            },
        )


def _next_wednesday(day: date) -> date:
    """The first Wednesday on or after ``day``, skipping the weeks around Christmas."""
    day = day + timedelta(days=(2 - day.weekday()) % 7)
    while (day.month == 12 and day.day >= 20) or (day.month == 1 and day.day <= 3):
        day += timedelta(days=7)
    return day


def _health_and_wellbeing(body: Body, room: Location) -> None:
    board, created = Committee.objects.get_or_create(
        body=body,
        slug="health-and-wellbeing-board",
        defaults={
            "name": "Health and Wellbeing Board",
            "reference_prefix": "HWB",
            "purpose": paragraphs_to_html(
                [
                    "The Health and Wellbeing Board brings together the council, the NHS, "
                    "Healthwatch and the voluntary sector to improve the health of local people "
                    "and reduce health inequalities (Health and Social Care Act 2012)."
                ]
            ),
            "contact_name": "Rachel Hughes",
            "contact_role": "Democratic Services Officer",
            "contact_email": "democratic.services@example.org",
        },
    )
    if not created:
        return
    for name, organisation, role in [
        ("Jim Beall", "Stockton-on-Tees Borough Council", MembershipRole.CHAIR),
        (
            "Dr Sameena Qureshi",
            "NHS North East and North Cumbria Integrated Care Board",
            MembershipRole.VICE_CHAIR,
        ),
        ("Lisa Oduya", "Healthwatch Stockton-on-Tees", MembershipRole.PARTNER),
        ("Marcus Holt", "Catalyst Stockton", MembershipRole.PARTNER),
    ]:
        Membership.objects.create(
            person=_person(name, organisation),
            committee=board,
            role=role,
            organisation=organisation,
            start=date(2025, 5, 1),
        )
    day = date(2025, 6, 25)
    june = Meeting.objects.create(
        committee=board,
        start=_at(day, 14),
        **_made_up(board, _at(day, 14)),
        location=room,
        status=MeetingStatus.HELD,
        agenda_published_at=_at(date(2025, 6, 17), 10),
        minutes_state=MinutesState.APPROVED,
        minutes_published_at=_at(date(2025, 7, 2), 10),
        contact_name="Rachel Hughes",
        contact_role="Democratic Services Officer",
    )
    counter = _counter(board, day)
    _item(
        june,
        1,
        "Apologies for Absence",
        ItemKind.APOLOGIES,
        counter,
        minutes=paragraphs_to_html(["Apologies were received from Marcus Holt."]),
    )
    plan = _item(
        june,
        2,
        "Joint Health and Wellbeing Strategy Delivery Plan",
        ItemKind.DECISION,
        counter,
        agenda_text=paragraphs_to_html(
            ["To agree the delivery plan for the Joint Health and Wellbeing Strategy 2025-2030."]
        ),
        minutes=paragraphs_to_html(
            [
                "The Director of Public Health presented the delivery plan, which focuses on "
                "healthy weight, smoking in pregnancy and mental wellbeing."
            ]
        ),
    )
    Decision.objects.create(
        item=plan,
        kind=DecisionKind.RESOLVED,
        text="RESOLVED that the Joint Health and Wellbeing Strategy Delivery Plan be approved.",
    )
    _attach(
        june,
        plan,
        "Joint Health and Wellbeing Strategy Delivery Plan",
        "jhws-delivery-plan.pdf",
        [
            "The delivery plan sets out actions for 2025-26 under three priorities: healthy weight, smoking in pregnancy and mental wellbeing.",
        ],
    )
    cancelled = date(2025, 9, 24)
    Meeting.objects.create(
        committee=board,
        start=_at(cancelled, 14),
        **_made_up(board, _at(cancelled, 14)),
        location=room,
        status=MeetingStatus.CANCELLED,
        status_reason="Cancelled because there was no business to transact.",
    )


def _licensing(body: Body, room: Location) -> None:
    committee, created = Committee.objects.get_or_create(
        body=body,
        slug="licensing-committee",
        defaults={
            "name": "Licensing Committee",
            "reference_prefix": "L",
            "purpose": paragraphs_to_html(
                [
                    "Decides licensing policy and hears applications under the Licensing Act 2003 "
                    "and the Gambling Act 2005 that officers cannot determine."
                ]
            ),
            "contact_name": "Rachel Hughes",
            "contact_role": "Democratic Services Officer",
        },
    )
    if not created:
        return
    for name in ["Paul Weston", "Carol Clark", "Mohammed Javed"]:
        Membership.objects.create(
            person=_person(name, "Stockton-on-Tees Borough Council"),
            committee=committee,
            role=MembershipRole.MEMBER,
            organisation="Stockton-on-Tees Borough Council",
            start=date(2025, 5, 1),
        )
    day = date(2025, 10, 7)
    october = Meeting.objects.create(
        committee=committee,
        start=_at(day, 10),
        **_made_up(committee, _at(day, 10)),
        location=room,
        status=MeetingStatus.HELD,
        agenda_published_at=_at(date(2025, 9, 29), 9),
        minutes_state=MinutesState.DRAFT,
        minutes_published_at=_at(date(2025, 10, 15), 9),
    )
    counter = _counter(committee, day)
    policy = _item(
        october,
        1,
        "Statement of Licensing Policy Review",
        ItemKind.DECISION,
        counter,
        minutes=paragraphs_to_html(
            [
                "Members considered the responses to the consultation on the Statement of Licensing Policy."
            ]
        ),
    )
    Decision.objects.create(
        item=policy,
        kind=DecisionKind.RECOMMENDED,
        text="RECOMMENDED to Council that the revised Statement of Licensing Policy be adopted.",
    )
