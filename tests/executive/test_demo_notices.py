"""The demo has a cabinet member's decision in its call-in period and an officer's decision,
both made up, and loading it twice adds nothing."""

from __future__ import annotations

import pytest
from django.test import Client

from moot.demo.loader import load_demo
from moot.executive.models import DecisionNotice, MakerKind


@pytest.mark.django_db
def test_the_demo_publishes_a_cabinet_member_and_an_officer_decision(settings, tmp_path):
    settings.SEARCH_INDEX_DIR = tmp_path / "search"
    settings.MEDIA_ROOT = tmp_path / "media"
    load_demo(papers=False)
    load_demo(papers=False)
    notices = DecisionNotice.objects.select_related("maker")
    assert sorted(n.maker.kind for n in notices) == [MakerKind.EXECUTIVE_MEMBER, MakerKind.OFFICER]
    member = notices.get(maker__kind=MakerKind.EXECUTIVE_MEMBER)
    page = Client().get(member.get_absolute_url()).content.decode()
    assert "Cabinet Member for Community Safety" in page and "In the call-in period" in page
    listing = Client().get("/executive-decisions/").content.decode()
    assert "Write-off of an irrecoverable business rates debt" in listing


@pytest.mark.django_db
def test_the_demo_member_sits_on_the_scrutiny_committee_and_may_call_the_decision_in(
    settings, tmp_path
):
    from moot.demo.accounts import DEMO_MEMBER
    from moot.executive import notice_services
    from moot.executive.models import DecisionMaker, ExecutiveRules
    from moot.meetings.models import Body, Committee
    from moot.meetings.services.common import ServiceError

    settings.SEARCH_INDEX_DIR = tmp_path / "search"
    settings.MEDIA_ROOT = tmp_path / "media"
    load_demo(papers=False)
    load_demo(papers=False)
    body = Body.objects.get(slug="stockton-on-tees")
    rules = ExecutiveRules.of(body)
    assert rules.scrutiny_committee is not None
    assert rules.scrutiny_committee.name == "Overview and Scrutiny Committee"
    assert Committee.objects.filter(body=body, name="Cabinet").count() == 1
    assert DecisionMaker.objects.get(body=body, slug="cabinet").committee.name == "Cabinet"
    assert rules.scrutiny_committee.memberships.count() == 3
    cctv = DecisionNotice.objects.get(maker__kind=MakerKind.EXECUTIVE_MEMBER)
    officer = DecisionNotice.objects.get(maker__kind=MakerKind.OFFICER)
    from django.contrib.auth import get_user_model

    member = get_user_model().objects.get(username=DEMO_MEMBER)
    call_in = notice_services.request_call_in(cctv, member, "The cost was not consulted on.")
    assert call_in.requested_by.slug == "helen-marsh"
    with pytest.raises(ServiceError):
        notice_services.request_call_in(officer, member, "An officer's decision.")
