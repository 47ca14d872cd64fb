"""The demo's executive decisions (made up): the Cabinet and the Overview and Scrutiny
Committee as committees with members (the scrutiny committee's members may call decisions in,
the demo member among them), the body's executive rules naming it, a cabinet member's
decision in its call-in period and an officer's decision under delegated powers, written
through the notice services."""

from __future__ import annotations

from datetime import date, timedelta

from django.utils import timezone

from moot.executive import notice_services as services
from moot.executive.models import DecisionMaker, DecisionNotice, ExecutiveRules, MakerKind
from moot.meetings.choices import MembershipRole
from moot.meetings.members import Ward
from moot.meetings.models import Body, Committee, Membership, Person
from moot.meetings.services import setup

# slug, name, reference prefix, members (person slug, role), purpose
EXECUTIVE_COMMITTEES = [
    (
        "cabinet",
        "Cabinet",
        "CAB",
        [("carol-clark", MembershipRole.CHAIR), ("anil-patel", MembershipRole.MEMBER)],
        "The Cabinet takes the executive decisions not delegated to a cabinet member or an "
        "officer; its key decisions are announced on the forward plan.",
    ),
    (
        "overview-and-scrutiny",
        "Overview and Scrutiny Committee",
        "OSC",
        [
            ("paul-weston", MembershipRole.CHAIR),
            ("helen-marsh", MembershipRole.MEMBER),
            ("mohammed-javed", MembershipRole.MEMBER),
        ],
        "The Overview and Scrutiny Committee reviews the executive's decisions and policies; "
        "its members may call in an executive decision before it is implemented.",
    ),
]


def maker(body: Body, slug: str, **values) -> DecisionMaker:
    """The body's decision maker known by ``slug``, made with ``values`` the first time."""
    found = DecisionMaker.objects.filter(body=body, slug=slug).first()
    if found is not None:
        return found
    return DecisionMaker.objects.create(body=body, slug=slug, **values)


def cabinet_maker(body: Body) -> DecisionMaker:
    """The Cabinet as a decision maker (tied to its committee by ``load_executive_committees``)."""
    return maker(
        body,
        "cabinet",
        kind=MakerKind.EXECUTIVE,
        title="Cabinet",
        remit="Executive decisions not delegated to a cabinet member or an officer.",
    )


def _committee(body: Body, slug: str, name: str, prefix: str, purpose: str) -> Committee:
    found = Committee.objects.filter(body=body, slug=slug).first()
    if found is not None:
        return found
    return setup.save_record(
        Committee(body=body),
        {
            "name": name,
            "slug": slug,
            "reference_prefix": prefix,
            "purpose": f"<p>{purpose}</p>",
            "contact_email": "democratic.services@example.org",
        },
    )


def load_executive_committees(body: Body) -> dict[str, Committee]:
    """The Cabinet and the scrutiny committee with their members, the executive rules naming
    the scrutiny committee, and the Cabinet as a decision maker meeting as that committee.
    Once: loading again changes nothing."""
    made = {}
    people = {p.slug: p for p in Person.objects.filter(slug__in=_member_slugs())}
    for slug, name, prefix, members, purpose in EXECUTIVE_COMMITTEES:
        committee = _committee(body, slug, name, prefix, purpose)
        for person_slug, role in members:
            person = people.get(person_slug)
            if (
                person is None
                or Membership.objects.filter(person=person, committee=committee).exists()
            ):
                continue
            setup.save_record(
                Membership(person=person, committee=committee),
                {"role": role, "start": date(2025, 5, 21)},
            )
        made[slug] = committee
    rules = ExecutiveRules.objects.filter(body=body).first() or ExecutiveRules(body=body)
    if rules.scrutiny_committee_id is None:
        rules.scrutiny_committee = made["overview-and-scrutiny"]
        rules.save()
    cabinet = cabinet_maker(body)
    if cabinet.committee_id is None:
        cabinet.committee = made["cabinet"]
        cabinet.save()
    return made


def _member_slugs() -> set[str]:
    return {slug for *_, members, _purpose in EXECUTIVE_COMMITTEES for slug, _role in members}


def load_decision_notices(body: Body) -> int:
    """Two notices, once: the count of notices the body has."""
    load_executive_committees(body)
    holder = Person.objects.filter(slug="anil-patel").first()
    member = maker(
        body,
        "community-safety",
        kind=MakerKind.EXECUTIVE_MEMBER,
        title="Cabinet Member for Community Safety",
        person=holder,
        remit="Community safety, antisocial behaviour and the CCTV network.",
    )
    officer = maker(
        body,
        "director-of-finance",
        kind=MakerKind.OFFICER,
        title="Director of Finance and Business Services",
        remit="Write-offs of debts up to £25,000; treasury management.",
    )
    today = timezone.localdate()
    if not DecisionNotice.objects.filter(body=body, maker=member).exists():
        notice = services.save_notice(
            DecisionNotice(
                body=body,
                maker=member,
                taken_by=holder.name if holder else "",
                title="Extension of the town-centre CCTV network",
                decision="To approve ten further cameras in the town centre and Norton "
                "High Street, funded from the community safety reserve.",
                taken_on=today - timedelta(days=1),
                reasons="Reports of antisocial behaviour in both areas rose in the last year; "
                "the police asked for coverage of the late-night economy.",
                alternatives="Mobile cameras only: rejected, as they cover one site at a time. "
                "No extension: rejected, given the rise in reports.",
                interests="None declared.",
                report_title="CCTV network extension (report of the Director of Community "
                "Services)",
                key_decision=False,
            ),
            wards=Ward.objects.filter(body=body)[:2],
        )
        services.publish_notice(notice)
    if not DecisionNotice.objects.filter(body=body, maker=officer).exists():
        notice = services.save_notice(
            DecisionNotice(
                body=body,
                maker=officer,
                taken_by="Director of Finance and Business Services",
                title="Write-off of an irrecoverable business rates debt",
                decision="To write off £18,400 of business rates owed by a dissolved company.",
                taken_on=today - timedelta(days=10),
                reasons="The company is dissolved with no assets; recovery is not possible.",
                alternatives="Further recovery action: rejected, as there is no one to pursue.",
            )
        )
        services.publish_notice(notice, now=timezone.now() - timedelta(days=9))
    return DecisionNotice.objects.filter(body=body).count()
