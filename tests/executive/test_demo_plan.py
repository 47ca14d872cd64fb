"""The demo has a cabinet, two portfolio holders and an officer with entries on the forward
plan (made up), one taken under the general exception, and loading it twice adds nothing."""

from __future__ import annotations

import pytest
from django.test import Client

from moot.demo.loader import load_demo
from moot.executive.models import DecisionMaker, MakerKind, PlanEntry, PlanException


@pytest.mark.django_db
def test_the_demo_has_a_cabinet_its_members_an_officer_and_a_forward_plan(settings, tmp_path):
    settings.SEARCH_INDEX_DIR = tmp_path / "search"
    settings.MEDIA_ROOT = tmp_path / "media"
    load_demo(papers=False)
    load_demo(papers=False)
    kinds = sorted(DecisionMaker.objects.values_list("kind", flat=True))
    assert kinds == sorted(
        [
            MakerKind.EXECUTIVE,
            MakerKind.EXECUTIVE_MEMBER,
            MakerKind.EXECUTIVE_MEMBER,
            MakerKind.OFFICER,
        ]
    )
    assert PlanEntry.objects.count() == 4
    taken = PlanEntry.objects.get(exception=PlanException.GENERAL)
    assert [e.kind for e in taken.events.all()] == ["added", "exception", "taken"]
    page = Client().get("/forward-plan/stockton-on-tees/").content.decode()
    assert "Medium-term financial plan 2027 to 2030" in page
    assert "Emergency repairs to the Millbrook footbridge" in page
