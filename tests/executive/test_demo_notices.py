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
