"""The demo's cabinet and forward plan (made up): the cabinet, two portfolio holders and an
officer, with entries on the plan written through the plan services, once."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from moot.executive import plan_services as services
from moot.executive.models import MakerKind, PlanEntry, PlanException
from moot.meetings.members import Ward
from moot.meetings.models import Body, Person

from .executive import cabinet_maker, maker


def load_forward_plan(body: Body) -> int:
    """The makers and four entries, once: the count of entries the body has."""
    cabinet = cabinet_maker(body)
    safety = maker(
        body,
        "community-safety",
        kind=MakerKind.EXECUTIVE_MEMBER,
        title="Cabinet Member for Community Safety",
        person=Person.objects.filter(slug="anil-patel").first(),
        remit="Community safety, antisocial behaviour and the CCTV network.",
    )
    resources = maker(
        body,
        "resources",
        kind=MakerKind.EXECUTIVE_MEMBER,
        title="Leader and Cabinet Member for Resources",
        person=Person.objects.filter(slug="carol-clark").first(),
        remit="The budget, property and the council's assets.",
    )
    officer = maker(
        body,
        "director-of-finance",
        kind=MakerKind.OFFICER,
        title="Director of Finance and Business Services",
        remit="Write-offs of debts up to £25,000; treasury management.",
    )
    if PlanEntry.objects.filter(body=body).exists():
        return PlanEntry.objects.filter(body=body).count()
    today = timezone.localdate()
    wards = list(Ward.objects.filter(body=body, name__in=["Northfield", "Eastgate"]))
    services.save_entry(
        PlanEntry(
            body=body,
            maker=cabinet,
            matter="Medium-term financial plan 2027 to 2030",
            decision_on=today + timedelta(days=45),
            key_decision=True,
            over_threshold=True,
            documents="Report of the Director of Finance and Business Services; "
            "consultation responses.",
            contact="Democratic Services, democratic.services@example.org",
            representations_by=today + timedelta(days=35),
            first_published_on=today - timedelta(days=3),
        ),
    )
    services.save_entry(
        PlanEntry(
            body=body,
            maker=safety,
            matter="Public space protection order for the town centre",
            period="Within the next three months",
            key_decision=True,
            documents="Report of the Director of Community Services; consultation results.",
            contact="Community Safety Team, community.safety@example.org",
            first_published_on=today - timedelta(days=3),
        ),
        wards=wards,
    )
    services.save_entry(
        PlanEntry(
            body=body,
            maker=officer,
            matter="Award of the CCTV maintenance contract",
            decision_on=today + timedelta(days=40),
            key_decision=True,
            over_threshold=True,
            private=True,
            exempt_paragraphs=[3],
            private_reason="The report names the bidders and their prices.",
            documents="Tender evaluation report (exempt).",
            contact="Procurement, procurement@example.org",
            first_published_on=today - timedelta(days=3),
        ),
    )
    footbridge = services.save_entry(
        PlanEntry(
            body=body,
            maker=resources,
            matter="Emergency repairs to the Millbrook footbridge",
            decision_on=today - timedelta(days=7),
            key_decision=True,
            over_threshold=True,
            documents="Structural engineer's report.",
            first_published_on=today - timedelta(days=20),
        ),
    )
    services.record_exception(
        footbridge,
        PlanException.GENERAL,
        "The engineer found the deck unsafe; the repairs could not wait 28 days.",
        "Cllr Helen Marsh",
        today - timedelta(days=14),
    )
    services.take_entry(footbridge, today - timedelta(days=7))
    return PlanEntry.objects.filter(body=body).count()
