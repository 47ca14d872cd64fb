"""Demo data: the real Safer Stockton Partnership meeting of 14 May 2025 (imported through the
page importer, as a council would), plus made-up but plausible records around it so that every
page has something to show.

Everything but the seed page is invented: people, organisations' representatives, other
committees and meetings. The seed meeting holds only what its page says (no attendance, no
actions, no approval by a made-up meeting); every made-up meeting has ``source="demo"`` and its
page says it is sample data. Loading twice changes nothing.

Every row is written by a write service (``moot.meetings.services``), so the archive keeps its
history and its references the way a council's would: the made-up people and meetings are
stated by the demo as a source states its records (``upsert``, origin ``demo``, with the dates
their agendas and minutes came out); bodies, committees and memberships are set up, agendas
built, published and numbered, minutes recorded and approved by the clerk's services.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from moot.importers.moderngov_page.importer import import_page
from moot.meetings.choices import (
    ActionStatus,
    AttendanceStatus,
    DecisionKind,
    DocumentKind,
    ItemKind,
    MembershipRole,
    MinutesState,
    Restriction,
)
from moot.meetings.html import paragraphs_to_html
from moot.meetings.models import (
    Action,
    Body,
    Committee,
    Document,
    Item,
    Location,
    Meeting,
    Membership,
    Person,
)
from moot.meetings.services import (
    actions,
    agenda,
    approval,
    attending,
    decisions,
    matters,
    minutes,
    publishing,
    reports,
    restrictions,
    scheduling,
    setup,
)
from moot.meetings.services.items import live_items
from moot.meetings.services.upsert import soft_delete, upsert, upsert_many

from .accounts import make_accounts
from .councillors import load_councillors
from .executive import load_decision_notices
from .plan import load_forward_plan
from .register import load_register

SEED = Path(__file__).with_name("safer-stockton-partnership-2025-05-14.txt")
DEMO = "demo"  # the made-up records' source, and the origin of what the demo states
# The page importer's source: the committee and venue the seed's import will meet.
PAGE = "moderngov_page"
LONDON = ZoneInfo("Europe/London")
CHAMBER = "Council Chamber, Dunedin House, Columbia Drive, Thornaby TS17 6BJ"
SSP_CONTACT = {
    "contact_name": "John Devine",
    "contact_role": "Democratic Services Support Officer",
}
HWB_CONTACT = {"contact_name": "Rachel Hughes", "contact_role": "Democratic Services Officer"}

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
HWB_MEMBERS = [
    ("Jim Beall", "Stockton-on-Tees Borough Council", MembershipRole.CHAIR),
    (
        "Dr Sameena Qureshi",
        "NHS North East and North Cumbria Integrated Care Board",
        MembershipRole.VICE_CHAIR,
    ),
    ("Lisa Oduya", "Healthwatch Stockton-on-Tees", MembershipRole.PARTNER),
    ("Marcus Holt", "Catalyst Stockton", MembershipRole.PARTNER),
]
LICENSING_MEMBERS = [
    (name, "Stockton-on-Tees Borough Council", MembershipRole.MEMBER)
    for name in ["Paul Weston", "Carol Clark", "Mohammed Javed"]
]
FORMER_SSP_MEMBER = ("Derek Ashby", "Cleveland Police")


def _at(day: date, hour: int = 9, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=LONDON)


def _slug(name: str) -> str:
    return slugify(name)[:110]


def _html(*paragraphs: str) -> str:
    return paragraphs_to_html(list(paragraphs))


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


def _people(members: Sequence[tuple[str, str, str]]) -> dict[str, Person]:
    """The made-up people, stated by the demo as their source: by name as listed."""
    rows = {}
    for name, organisation, *_ in members:
        plain = name.removeprefix("Cllr ")
        rows[_slug(plain)] = {
            "name": plain,
            "honorific": "Cllr" if name.startswith("Cllr ") else "",
            "slug": _slug(plain),
            "organisation": organisation,
        }
    made = upsert_many(Person, source=DEMO, rows=rows, origin=DEMO)
    people = {}
    for name, *_ in members:
        person = made[_slug(name.removeprefix("Cllr "))].obj
        assert isinstance(person, Person)
        people[name] = person
    return people


def _appoint(
    committee: Committee,
    members: Sequence[tuple[str, str, str]],
    *,
    start: date = date(2025, 5, 1),
    end: date | None = None,
) -> None:
    """Memberships of the people listed (made as needed), each set up once."""
    people = _people(members)
    for name, organisation, role in members:
        person = people[name]
        if Membership.objects.filter(person=person, committee=committee).exists():
            continue
        setup.save_record(
            Membership(person=person, committee=committee),
            {
                "role": role,
                "organisation": organisation,
                "start": start,
                "end": end,
            },
        )


def _meeting(committee: Committee, start: datetime, **values: Any) -> tuple[Meeting, bool]:
    """A made-up meeting, stated by the demo as its source (so its page says it is sample
    data): its venue, contact and, when it has them, the dates its minutes came out. Returns
    the meeting and whether it is new; one already there is left as it is."""
    key = f"{committee.slug}:{start.isoformat()}"
    existing = Meeting.objects.filter(committee=committee, start=start).first()
    if existing is not None:
        return existing, False
    result = upsert(
        Meeting,
        source=DEMO,
        external_id=key,
        values={"committee": committee, "start": start, **values},
        origin=DEMO,
    )
    assert isinstance(result.obj, Meeting)
    return result.obj, True


def _draft_minutes(published: datetime) -> dict[str, Any]:
    """A meeting's values for draft minutes published at ``published``."""
    return {"minutes_state": MinutesState.DRAFT, "minutes_published_at": published}


@dataclass
class MadeUpAgenda:
    """A made-up meeting's agenda, built item by item through the agenda and minutes
    services, then published."""

    meeting: Meeting

    def add(
        self,
        title: str,
        kind: str,
        *,
        agenda_text: str = "",
        minutes_text: str = "",
        decision: str = "",
        decision_kind: str = DecisionKind.AGREED,
    ) -> Item:
        """The next item, with its minutes and its decision."""
        item = agenda.add_item(
            self.meeting,
            {"title": title, "kind": kind, "agenda_text": agenda_text},
            position=live_items(self.meeting).count() + 1,
        )
        if minutes_text:
            minutes.save_minutes(item, minutes_text, version=minutes.version_of(item.minutes))
        if decision:
            decisions.add_decision(item, decision, kind=decision_kind)
        return item

    def attach(self, item: Item, title: str, filename: str, paragraphs: list[str]) -> Document:
        """A small real report for ``item``, published with the agenda."""
        return reports.attach_document(
            self.meeting,
            _pdf(title, paragraphs),
            filename=filename,
            title=title,
            item=item,
            kind=DocumentKind.REPORT,
        )

    def publish(self, on: datetime) -> None:
        """Publish the agenda as on ``on``: items take the committee's next references."""
        publishing.publish_agenda(self.meeting, now=on, accept_short_notice=True)


def load_demo(*, papers: bool = True) -> dict:
    """Load the demo archive, then build its papers (agenda packs, printed minutes).

    The papers its publications make due are built as the load commits (the papers follow
    the domain's changes); this builds the rest (the imported seed's) and finds the others
    current. Idempotent: a second run finds everything in place and rebuilds no paper.
    """
    counts = _load_records()
    if papers:
        from moot.documents.papers.build import build_papers

        for meeting in Meeting.objects.filter(agenda_published_at__isnull=False):
            build_papers(meeting)
    return counts


@transaction.atomic
def _load_records() -> dict:
    body = Body.objects.filter(slug="stockton-on-tees").first() or setup.save_record(
        Body(),
        {
            "name": "Stockton-on-Tees Borough Council",
            "slug": "stockton-on-tees",
            "short_name": "Stockton-on-Tees",
            "accent_colour": "#005a70",
            "website": "https://www.stockton.gov.uk/",
            "accessibility_contact": "democratic.services@example.org",
        },
    )
    # The venue the seed page names, known by the key its import will look for.
    chamber = upsert(
        Location,
        source=PAGE,
        external_id=CHAMBER,
        values={"name": CHAMBER, "remote": False},
        origin=DEMO,
    ).obj
    assert isinstance(chamber, Location)
    committee_room = Location.objects.filter(name="Committee Room 2").first() or (
        setup.save_record(
            Location(),
            {
                "name": "Committee Room 2",
                "address": "Municipal Buildings, Church Road, Stockton-on-Tees",
                "postcode": "TS18 1LD",
            },
        )
    )

    ssp = _safer_stockton(body)
    # The meeting before the seed, made first: the seed's import links the minutes it agreed.
    _march_ssp_meeting(ssp, chamber)
    counts: dict[str, Any] = {"seed_meeting": None}
    # The seed: imported exactly as a council's published page would be.
    seed = Meeting.objects.filter(committee=ssp, start=_at(date(2025, 5, 14))).first()
    if seed is None:
        report = import_page(str(SEED), body=body)
        seed = Meeting.objects.get(pk=report.meeting_id)
        _keep_as_published(seed)
    counts["seed_meeting"] = seed.pk
    _july_ssp_meeting(ssp, chamber)
    _next_ssp_meetings(ssp, chamber)
    _health_and_wellbeing(body, committee_room)
    _licensing(body, committee_room)
    counts["councillors"] = load_councillors(body)
    counts["decision_notices"] = load_decision_notices(body)
    counts["forward_plan"] = load_forward_plan(body)
    counts["register_entries"] = load_register(body)
    counts["accounts"] = make_accounts(body, member=Person.objects.get(slug=_slug("Helen Marsh")))
    return counts


def _safer_stockton(body: Body) -> Committee:
    """The partnership, known by the key the seed's import will look for; its purpose, standard
    items and contact are set up as a clerk would."""
    result = upsert(
        Committee,
        source=PAGE,
        external_id=f"{body.slug}:safer-stockton-partnership",
        values={
            "body": body,
            "name": "Safer Stockton Partnership",
            "slug": "safer-stockton-partnership",
            "reference_prefix": "SSP",
        },
        origin=DEMO,
    )
    ssp = result.obj
    assert isinstance(ssp, Committee)
    if result.created:
        setup.save_record(
            ssp,
            {
                "purpose": _html(
                    "The Safer Stockton Partnership is the borough's Community Safety Partnership "
                    "under the Crime and Disorder Act 1998. The council, Cleveland Police, "
                    "Cleveland Fire Brigade, the Probation Service and health partners work "
                    "together to reduce crime, disorder, anti-social behaviour and substance "
                    "misuse, and to reduce reoffending.",
                    "It meets every two months and reports to the council's Cabinet.",
                ),
                "standard_items": [
                    {"title": s["title"], "kind": str(s["kind"])} for s in SSP_STANDARD_ITEMS
                ],
                **SSP_CONTACT,
                # The page names its contact but gives no email: a made-up address, clearly so.
                "contact_email": "democratic.services@example.org",
            },
        )
    _appoint(ssp, SSP_MEMBERS)
    name, organisation = FORMER_SSP_MEMBER
    _appoint(
        ssp,
        [(name, organisation, MembershipRole.VICE_CHAIR)],
        start=date(2023, 5, 1),
        end=date(2025, 4, 30),
    )
    return ssp


def _march_ssp_meeting(ssp: Committee, chamber: Location) -> None:
    """19 March 2025: the minutes the seed's SSP/3/25 agrees (its import approves them)."""
    march, new = _meeting(
        ssp,
        _at(date(2025, 3, 19)),
        location=chamber,
        **SSP_CONTACT,
        **_draft_minutes(_at(date(2025, 3, 27), 10)),
    )
    if not new:
        return
    items = MadeUpAgenda(march)
    items.add(
        "Evacuation Procedure",
        ItemKind.EVACUATION,
        minutes_text=_html("The Evacuation Procedure was noted by members."),
    )
    items.add(
        "Declarations of Interest",
        ItemKind.DECLARATIONS,
        minutes_text=_html("There were no declarations of interest."),
    )
    items.add(
        "Minutes",
        ItemKind.MINUTES,
        minutes_text=_html(
            "The minutes of the meeting held on Wednesday 15th January 2025 were agreed as a "
            "true record."
        ),
        decision="The minutes of the meeting held on 15 January 2025 were agreed as a true record.",
    )
    asb = items.add(
        "Anti-Social Behaviour Tasking Update",
        ItemKind.INFORMATION,
        minutes_text=_html(
            "The Community Safety Manager presented an update on the multi-agency tasking "
            "arrangements for anti-social behaviour in the town centre and in Thornaby.",
            "Partners noted that reports of off-road motorcycles had fallen since the joint "
            "operation with Cleveland Police in January, and asked for hot-spot maps to be "
            "shared.",
        ),
        decision="Members AGREED to note the update.",
    )
    # Done by July: closed at that meeting (see _july_ssp_meeting).
    actions.add_action(
        asb,
        "Share the anti-social behaviour hot-spot maps with partners.",
        owner="Community Safety Manager",
        due=date(2025, 4, 30),
    )
    strategy = items.add(
        "Community Safety Plan 2025-2028 Consultation",
        ItemKind.DECISION,
        agenda_text=_html(
            "To consider the draft Community Safety Plan 2025-2028 before public consultation."
        ),
        minutes_text=_html(
            "Members considered the draft Community Safety Plan, built around four priorities: "
            "violence against women and girls, anti-social behaviour, drug and alcohol misuse, "
            "and reoffending.",
        ),
        decision="AGREED that the draft Community Safety Plan 2025-2028 be approved for public "
        "consultation.",
    )
    items.attach(
        strategy,
        "Draft Community Safety Plan 2025-2028",
        "community-safety-plan-2025-2028.pdf",
        [
            "This draft plan sets out how the Safer Stockton Partnership will keep the borough "
            "safe between 2025 and 2028.",
            "Priority one: violence against women and girls. Priority two: anti-social behaviour.",
            "Priority three: drug and alcohol misuse. Priority four: reducing reoffending.",
        ],
    )
    items.add(
        "Any Other Business",
        ItemKind.AOB,
        minutes_text=_html("There was no other business."),
    )
    items.publish(_at(date(2025, 3, 11), 12))
    _attendance(march)
    scheduling.mark_held(march)


def _keep_as_published(seed: Meeting) -> None:
    """Take off the real meeting what its page does not record. The importer reads sentences
    promising work as open actions; the page records no actions, nor whether that work was
    done, so the real meeting holds none (withdrawn as an import withdraws a row, with its
    history)."""
    for action in Action.objects.filter(item__meeting=seed):
        soft_delete(action, origin=DEMO, note="The published page records no actions.")


def _attendance(meeting: Meeting) -> None:
    """A made-up attendance list for a made-up meeting."""
    statuses = [AttendanceStatus.PRESENT] * 6 + [
        AttendanceStatus.APOLOGIES,
        AttendanceStatus.PRESENT,
        AttendanceStatus.APOLOGIES,
    ]
    people = {p.slug: p for p in Person.objects.filter(source=DEMO)}
    for (name, organisation, role), status in zip(SSP_MEMBERS, statuses, strict=True):
        attending.record_attendance(
            meeting,
            people[_slug(name.removeprefix("Cllr "))],
            status,
            role=str(MembershipRole(role).label),
            organisation=organisation,
        )


def _july_ssp_meeting(ssp: Committee, chamber: Location) -> None:
    """16 July 2025: agenda and reports published, draft minutes, actions; an exempt item."""
    july, new = _meeting(
        ssp,
        _at(date(2025, 7, 16)),
        location=chamber,
        **SSP_CONTACT,
        contact_email="democratic.services@example.org",
        **_draft_minutes(_at(date(2025, 7, 24), 15)),
    )
    if not new:
        return
    items = MadeUpAgenda(july)
    items.add(
        "Evacuation Procedure",
        ItemKind.EVACUATION,
        minutes_text=_html("The Evacuation Procedure was noted by members."),
    )
    items.add(
        "Declarations of Interest",
        ItemKind.DECLARATIONS,
        minutes_text=_html("There were no declarations of interest."),
    )
    # The real meeting's page does not say when its minutes were approved: this made-up
    # item names that meeting in its text only, and approves nothing.
    items.add(
        "Minutes",
        ItemKind.MINUTES,
        minutes_text=_html(
            "The minutes of the meeting held on Wednesday 14th May 2025 were agreed as a true "
            "record."
        ),
        decision="The minutes of the meeting held on 14 May 2025 were agreed as a true record.",
    )
    asb = items.add(
        "Anti-Social Behaviour In-Depth Report",
        ItemKind.INFORMATION,
        agenda_text=_html(
            "The in-depth report on reported anti-social behaviour that partners asked for in May."
        ),
        minutes_text=_html(
            "Officers presented the in-depth analysis of anti-social behaviour reports requested "
            "at the May meeting. Most of the increase came from reports of noise and of "
            "youth-related nuisance in the evenings.",
            "Partners discussed the summer diversionary activities programme and the use of "
            "Public Spaces Protection Orders.",
        ),
        decision="Members AGREED to note the report.",
    )
    actions.add_action(
        asb,
        "Bring the evaluation of the summer diversionary activities programme to the November "
        "meeting.",
        owner="Community Safety Manager",
        due=date(2025, 11, 19),
    )
    for action in actions.open_actions(ssp, before=july).filter(item__meeting__source=DEMO):
        actions.close_action(
            action, asb, status=ActionStatus.DONE, note="Maps circulated on 2 April 2025."
        )
    items.attach(
        asb,
        "Anti-Social Behaviour In-Depth Report",
        "asb-in-depth-report-july-2025.pdf",
        [
            "Reports of anti-social behaviour to Cleveland Police rose by 2.7% in the year to "
            "March 2025.",
            "Reports to the council's Community Safety team rose by 9.82%, mostly noise and "
            "alcohol-related nuisance.",
            "Hot spots: Stockton town centre, Thornaby Central and parts of Billingham.",
        ],
    )
    dapo = items.add(
        "Domestic Abuse Protection Orders – Pilot Progress",
        ItemKind.VERBAL,
        minutes_text=_html(
            "Cleveland Police gave a further verbal update on the Domestic Abuse Protection "
            "Order (DAPO) pilot. Twenty-three applications had been made since March, all "
            "within the 48-hour target.",
        ),
        decision="AGREED to note the update.",
    )
    # The same matter as the seed's SSP/5/25 ("DAPO Pilot"): its pages show the history.
    earlier = Item.objects.filter(meeting__committee=ssp, reference="SSP/5/25").first()
    if earlier is not None:
        matters.continue_matter(dapo, earlier)
    _exempt_item(items)
    items.add(
        "Any Other Business",
        ItemKind.AOB,
        minutes_text=_html("There was no other business."),
    )
    items.publish(_at(date(2025, 7, 8), 11))
    _attendance(july)
    scheduling.mark_held(july)


def _exempt_item(items: MadeUpAgenda) -> None:
    """The July meeting's exempt item, its report and the exclusion of the press and public
    that restricting it puts before it."""
    reason = (
        "Information relating to action in connection with the prevention and investigation "
        "of crime."
    )
    exempt = items.add(
        "Serious Violence Duty – Operational Case Review",
        ItemKind.DECISION,
        agenda_text=_html(
            "Operational review of the Mandale estate hot-spot patrols and named offender "
            "management."
        ),
        minutes_text=_html(
            "Detective Inspector set out the intelligence picture for the Mandale estate and the "
            "three individuals under integrated offender management."
        ),
    )
    restrictions.restrict_item(
        exempt,
        Restriction.EXEMPT,
        paragraphs=[7],
        reason=reason,
        public_interest="Disclosure could prejudice ongoing investigations; the public "
        "interest in keeping it exempt outweighs disclosure.",
        public_summary="Members considered an operational review of multi-agency work on "
        "serious violence in one neighbourhood and agreed further joint action.",
    )
    decisions.add_decision(
        exempt,
        "AGREED that the Mandale estate patrol plan be extended to March 2026 and funded from "
        "the Serious Violence Duty grant.",
        public_text="AGREED that further joint action be taken, funded from the Serious "
        "Violence Duty grant.",
    )
    report = items.attach(
        exempt,
        "Operational Case Review (exempt)",
        "operational-case-review.pdf",
        ["Mandale estate: intelligence summary for partners only."],
    )
    restrictions.restrict_document(
        report,
        Restriction.EXEMPT,
        paragraphs=[7],
        reason=reason,
        public_interest="Disclosure could prejudice ongoing investigations; the public "
        "interest in keeping it exempt outweighs disclosure.",
    )
    exclusion = Item.objects.get(meeting=items.meeting, kind=ItemKind.EXCLUSION)
    agenda.edit_item(exclusion, {"title": "Exclusion of the Press and Public"})
    minutes.save_minutes(
        exclusion,
        _html(
            "RESOLVED that under Section 100A(4) of the Local Government Act 1972 the press and "
            "public be excluded from the meeting for the following item of business on the "
            "grounds that it involves the likely disclosure of exempt information as defined in "
            "paragraph 7 of Part 1 of Schedule 12A of the Act."
        ),
        version=minutes.version_of(exclusion.minutes),
    )


def _next_ssp_meetings(ssp: Committee, chamber: Location) -> None:
    """The next meetings, scheduled ahead of whenever the demo is run."""
    today = timezone.localdate()
    for months_ahead in (1, 3):
        day = _next_wednesday(today + timedelta(days=30 * months_ahead))
        _meeting(ssp, _at(day), location=chamber, **SSP_CONTACT)


def _next_wednesday(day: date) -> date:
    """The first Wednesday on or after ``day``, skipping the weeks around Christmas."""
    day = day + timedelta(days=(2 - day.weekday()) % 7)
    while (day.month == 12 and day.day >= 20) or (day.month == 1 and day.day <= 3):
        day += timedelta(days=7)
    return day


def _committee(body: Body, slug: str, **values: Any) -> tuple[Committee, bool]:
    """A made-up committee of ``body``, set up once. Returns it and whether it is new."""
    committee = Committee.objects.filter(body=body, slug=slug).first()
    if committee is not None:
        return committee, False
    return setup.save_record(Committee(body=body), {"slug": slug, **values}), True


def _health_and_wellbeing(body: Body, room: Location) -> None:
    """June 2025: a decision and its report, the minutes approved at the November meeting; the
    September meeting cancelled."""
    board, new = _committee(
        body,
        "health-and-wellbeing-board",
        name="Health and Wellbeing Board",
        reference_prefix="HWB",
        purpose=_html(
            "The Health and Wellbeing Board brings together the council, the NHS, Healthwatch "
            "and the voluntary sector to improve the health of local people and reduce health "
            "inequalities (Health and Social Care Act 2012)."
        ),
        contact_email="democratic.services@example.org",
        **HWB_CONTACT,
    )
    if not new:
        return
    _appoint(board, HWB_MEMBERS)
    june, _ = _meeting(
        board,
        _at(date(2025, 6, 25), 14),
        location=room,
        **HWB_CONTACT,
        **_draft_minutes(_at(date(2025, 7, 2), 10)),
    )
    items = MadeUpAgenda(june)
    items.add(
        "Apologies for Absence",
        ItemKind.APOLOGIES,
        minutes_text=_html("Apologies were received from Marcus Holt."),
    )
    plan = items.add(
        "Joint Health and Wellbeing Strategy Delivery Plan",
        ItemKind.DECISION,
        agenda_text=_html(
            "To agree the delivery plan for the Joint Health and Wellbeing Strategy 2025-2030."
        ),
        minutes_text=_html(
            "The Director of Public Health presented the delivery plan, which focuses on "
            "healthy weight, smoking in pregnancy and mental wellbeing."
        ),
        decision="RESOLVED that the Joint Health and Wellbeing Strategy Delivery Plan be approved.",
        decision_kind=DecisionKind.RESOLVED,
    )
    items.attach(
        plan,
        "Joint Health and Wellbeing Strategy Delivery Plan",
        "jhws-delivery-plan.pdf",
        [
            "The delivery plan sets out actions for 2025-26 under three priorities: healthy "
            "weight, smoking in pregnancy and mental wellbeing.",
        ],
    )
    items.publish(_at(date(2025, 6, 17), 10))
    scheduling.mark_held(june)

    september, _ = _meeting(board, _at(date(2025, 9, 24), 14), location=room)
    scheduling.cancel_meeting(september, "Cancelled because there was no business to transact.")

    november, _ = _meeting(
        board,
        _at(date(2025, 11, 26), 14),
        location=room,
        **HWB_CONTACT,
        **_draft_minutes(_at(date(2025, 12, 3), 10)),
    )
    items = MadeUpAgenda(november)
    items.add(
        "Apologies for Absence",
        ItemKind.APOLOGIES,
        minutes_text=_html("Apologies were received from Dr Sameena Qureshi."),
    )
    approving = items.add(
        "Minutes",
        ItemKind.MINUTES,
        minutes_text=_html(
            "The minutes of the meeting held on Wednesday 25th June 2025 were agreed as a true "
            "record. The meeting of 24 September 2025 was cancelled."
        ),
    )
    items.publish(_at(date(2025, 11, 18), 10))
    scheduling.mark_held(november)  # minutes are agreed at a meeting that took place
    approval.approve_minutes(approving, [june])


def _licensing(body: Body, room: Location) -> None:
    """October 2025: a recommendation to Council, draft minutes."""
    committee, new = _committee(
        body,
        "licensing-committee",
        name="Licensing Committee",
        reference_prefix="L",
        purpose=_html(
            "Decides licensing policy and hears applications under the Licensing Act 2003 and "
            "the Gambling Act 2005 that officers cannot determine."
        ),
        **HWB_CONTACT,
    )
    if not new:
        return
    _appoint(committee, LICENSING_MEMBERS)
    october, _ = _meeting(
        committee,
        _at(date(2025, 10, 7), 10),
        location=room,
        **_draft_minutes(_at(date(2025, 10, 15), 9)),
    )
    items = MadeUpAgenda(october)
    items.add(
        "Statement of Licensing Policy Review",
        ItemKind.DECISION,
        minutes_text=_html(
            "Members considered the responses to the consultation on the Statement of "
            "Licensing Policy."
        ),
        decision="RECOMMENDED to Council that the revised Statement of Licensing Policy be "
        "adopted.",
        decision_kind=DecisionKind.RECOMMENDED,
    )
    items.publish(_at(date(2025, 9, 29), 9))
    scheduling.mark_held(october)
