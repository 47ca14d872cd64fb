"""The demo's executive decisions (made up): a cabinet member's decision in its call-in period
and an officer's decision under delegated powers, written through the notice services."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from moot.executive import notice_services as services
from moot.executive.models import DecisionMaker, DecisionNotice, MakerKind
from moot.meetings.members import Ward
from moot.meetings.models import Body, Person


def _maker(body: Body, slug: str, **values) -> DecisionMaker:
    found = DecisionMaker.objects.filter(body=body, slug=slug).first()
    if found is not None:
        return found
    return DecisionMaker.objects.create(body=body, slug=slug, **values)


def load_decision_notices(body: Body) -> int:
    """Two notices, once: the count of notices the body has."""
    holder = Person.objects.filter(slug="anil-patel").first()
    member = _maker(
        body,
        "community-safety",
        kind=MakerKind.EXECUTIVE_MEMBER,
        title="Cabinet Member for Community Safety",
        person=holder,
        remit="Community safety, antisocial behaviour and the CCTV network.",
    )
    officer = _maker(
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
