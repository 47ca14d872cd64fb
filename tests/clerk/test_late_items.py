"""An item added after the agenda went out, too late to give the meeting its clear working
days' notice, is taken only as urgent: the chair's agreement and the reason are recorded with
it (Local Government Act 1972, s.100B(4)(b)); without them it is refused, saying why. Added
while full notice can still be given, it goes out as a supplement."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from moot.meetings.choices import ItemKind
from moot.meetings.models import Item
from moot.meetings.services import agenda, history, publishing, scheduling
from moot.meetings.services.common import ServiceError


def _published(committee, days_ahead: int):
    start = timezone.now() + timedelta(days=days_ahead)
    meeting = scheduling.schedule_meeting(committee, start)
    publishing.publish_agenda(
        meeting, accept_short_notice=True, now=timezone.now() - timedelta(days=30)
    )
    meeting.refresh_from_db()
    return meeting


@pytest.fixture
def soon(personas):
    """A published meeting two days away: fewer clear working days than the five required."""
    return _published(personas.committee, 2)


REPORT = {"title": "Storm damage to the depot", "kind": ItemKind.DECISION}


def test_it_refuses_a_late_item_without_the_chairs_agreement(soon):
    with pytest.raises(ServiceError, match=r"only as urgent.*chair"):
        agenda.add_item(soon, REPORT)
    assert not Item.objects.filter(title=REPORT["title"]).exists()


def test_it_refuses_a_late_item_without_a_reason(soon):
    with pytest.raises(ServiceError, match="reason"):
        agenda.add_item(soon, REPORT, chair_consented=True, urgency_reason=" ")


def test_it_adds_a_late_item_as_urgent_with_the_chairs_agreement_and_reason(soon):
    item = agenda.add_item(
        soon, REPORT, chair_consented=True, urgency_reason="The repairs must start this week."
    )
    assert item.urgent
    assert item.urgency_reason == "The repairs must start this week."
    created = history.revisions_of(item).get(action="create")
    assert "urgency_reason" in created.changes


def test_it_adds_an_item_as_a_supplement_while_full_notice_can_still_be_given(personas):
    later = _published(personas.committee, 60)
    item = agenda.add_item(later, REPORT)
    assert not item.urgent


def test_it_adds_an_item_to_an_agenda_not_yet_published_without_urgency(personas):
    meeting = scheduling.schedule_meeting(personas.committee, timezone.now() + timedelta(days=2))
    assert not agenda.add_item(meeting, REPORT).urgent


def test_the_add_item_form_offers_the_urgency_fields_only_when_an_item_would_be_late(
    personas, soon
):
    page = personas.clerk.get(reverse("clerk:meeting", args=[soon.pk])).content.decode()
    assert 'name="new-chair_consented"' in page
    assert 'name="new-urgency_reason"' in page
    assert "only as urgent" in page
    later = _published(personas.committee, 60)
    page = personas.clerk.get(reverse("clerk:meeting", args=[later.pk])).content.decode()
    assert 'name="new-urgency_reason"' not in page


def test_the_add_item_form_refuses_a_late_item_without_urgency_and_says_why(personas, soon):
    response = personas.clerk.post(
        reverse("clerk:item_new", args=[soon.pk]),
        {"new-title": REPORT["title"], "new-kind": "decision"},
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "only as urgent" in page
    assert "Reason for urgency: Give the reason the item is urgent" in page
    assert 'href="#id_new-chair_consented"' in page
    assert not Item.objects.filter(title=REPORT["title"]).exists()


def test_the_add_item_form_adds_a_late_item_as_urgent(personas, soon):
    response = personas.clerk.post(
        reverse("clerk:item_new", args=[soon.pk]),
        {
            "new-title": REPORT["title"],
            "new-kind": "decision",
            "new-chair_consented": "on",
            "new-urgency_reason": "The repairs must start this week.",
        },
    )
    assert response.status_code == 302
    item = Item.objects.get(title=REPORT["title"])
    assert item.urgent and item.urgency_reason == "The repairs must start this week."
