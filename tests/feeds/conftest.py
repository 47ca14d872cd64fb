"""Shared set-up for feeds and alerts: a public committee with a published meeting, an exempt
item whose withheld text is a canary, and a search index of each test's own."""

from __future__ import annotations

import pytest

from tests.factories import (
    local,
    make_committee,
    make_decision,
    make_exempt_item,
    make_item,
    make_location,
    make_meeting,
)

CANARY = "ZEBRACANARY"


@pytest.fixture(autouse=True)
def _site(settings, tmp_path):
    settings.SITE_URL = "https://meetings.example.gov.uk"
    settings.SEARCH_INDEX_DIR = tmp_path / "search"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.DEFAULT_FROM_EMAIL = "alerts@meetings.example.gov.uk"
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def committee(db):
    return make_committee(name="Safer Stockton Partnership", slug="ssp", reference_prefix="SSP")


@pytest.fixture
def meeting(committee):
    """Published agenda (items SSP/1/25 and the exempt SSP/2/25), draft minutes."""
    meeting = make_meeting(
        committee,
        start=local(2025, 5, 14, 9, 0),
        location=make_location(),
        minutes_published_at=local(2025, 5, 20, 12, 0),
    )
    make_item(meeting, reference="SSP/1/25", title="Anti-social behaviour update")
    secret = make_exempt_item(
        meeting,
        reference="SSP/2/25",
        title="Contract for CCTV monitoring",
        agenda_text=f"<p>The {CANARY} tender figures.</p>",
        minutes=f"<p>Members discussed {CANARY} and the bids.</p>",
        decision_text=f"<p>{CANARY} chosen.</p>",
    )
    make_decision(
        secret, f"AGREED to award to {CANARY}.", public_text="AGREED to award the contract."
    )
    return meeting
