"""Approved minutes are the record: a correction is a decision at a later meeting, recorded
on its own screen and shown beside the original minute on the earlier meeting's page."""

from __future__ import annotations

import pytest

from moot.meetings.choices import ItemKind
from moot.meetings.models import Decision
from moot.meetings.services import agenda, approval, decisions, minutes, publishing, scheduling
from moot.meetings.services.common import ServiceError
from tests.factories import local


@pytest.fixture
def meetings(personas):
    """A first meeting with a minuted report; a second whose minutes item may approve it."""
    first = scheduling.schedule_meeting(personas.committee, local(2030, 5, 15))
    report = agenda.add_item(first, {"title": "Crime figures", "kind": ItemKind.INFORMATION})
    publishing.publish_agenda(first, accept_short_notice=True, now=local(2030, 5, 1))
    report.refresh_from_db()
    minutes.save_minutes(
        report, "<p>Burglary fell by 12%.</p>", version=minutes.version_of(""), user=None
    )
    approval.publish_minutes(first)
    second = scheduling.schedule_meeting(personas.committee, local(2030, 7, 17))
    publishing.publish_agenda(second, accept_short_notice=True, now=local(2030, 7, 1))
    scheduling.mark_held(second)  # being recorded: its minutes item may approve the first's
    at = second.items.get(kind=ItemKind.MINUTES)
    return first, report, second, at


def test_a_correction_is_refused_until_the_minutes_are_approved(personas, meetings):
    first, report, _, at = meetings
    with pytest.raises(ServiceError, match="not been approved"):
        decisions.record_correction(at, report, "Minute 2 to read 21%.")
    approval.approve_minutes(at, [first])
    decision = decisions.record_correction(at, report, "That the minute be corrected to read 21%.")
    assert decision.corrects == report and decision.item == at


def test_only_an_earlier_meeting_of_the_committee_can_be_corrected(personas, meetings):
    first, report, _, at = meetings
    approval.approve_minutes(at, [first])
    with pytest.raises(ServiceError, match="later meeting"):
        decisions.record_correction(report, report, "Itself.")
    with pytest.raises(ServiceError, match="Write the correction"):
        decisions.record_correction(at, report, "  ")


def test_the_clerk_records_a_correction_on_its_screen(personas, meetings):
    first, report, _, at = meetings
    record = personas.clerk.get(f"/clerk/items/{at.pk}/record/").content.decode()
    assert f"/clerk/items/{at.pk}/correction/" in record
    screen = personas.clerk.get(f"/clerk/items/{at.pk}/correction/").content.decode()
    assert "Crime figures" not in screen  # the first minutes are not approved yet
    approval.approve_minutes(at, [first])
    screen = personas.clerk.get(f"/clerk/items/{at.pk}/correction/").content.decode()
    assert "Crime figures" in screen
    response = personas.clerk.post(
        f"/clerk/items/{at.pk}/correction/",
        {"original": report.pk, "text": "That the minute read 21%, not 12%."},
    )
    assert response.status_code == 302
    assert Decision.objects.get(corrects=report).text == "That the minute read 21%, not 12%."


@pytest.mark.parametrize("who, status", [("public", 302), ("member", 403), ("other_clerk", 404)])
def test_only_a_clerk_of_the_body_reaches_the_correction_screen(personas, meetings, who, status):
    *_, at = meetings
    assert personas.all()[who].get(f"/clerk/items/{at.pk}/correction/").status_code == status


def test_the_earlier_meeting_shows_the_correction_beside_the_minute(personas, meetings):
    first, report, second, at = meetings
    approval.approve_minutes(at, [first])
    decisions.record_correction(at, report, "That the minute read 21%, not 12%.")
    page = personas.public.get(first.get_absolute_url()).content.decode()
    assert "Corrected at the meeting of" not in page  # the later minutes are not public yet
    approval.publish_minutes(second)
    page = personas.public.get(first.get_absolute_url()).content.decode()
    section = page.split("Crime figures", 1)[1]
    assert "Burglary fell by 12%." in section
    assert "Corrected at the meeting of" in section
    assert "17 July 2030" in section and "That the minute read 21%, not 12%." in section
    assert section.index("Burglary fell") < section.index("Corrected at the meeting of")


def test_approved_minutes_cost_one_more_query_for_the_corrections(
    personas, meetings, django_assert_num_queries
):
    first, report, second, at = meetings
    approval.approve_minutes(at, [first])
    approval.publish_minutes(second)
    with django_assert_num_queries(14):  # 13 with the action log, and the corrections
        personas.public.get(first.get_absolute_url())
    for n in range(5):
        decisions.record_correction(at, report, f"Correction {n}.")
    with django_assert_num_queries(14):
        assert "Correction 4." in personas.public.get(first.get_absolute_url()).content.decode()


def test_the_corrections_are_looked_up_by_joins_not_a_list_of_every_item(personas, meetings):
    """Filtering by a subquery of every item the reader may know made SQLite list them all
    first: 0.3 s a page on an archive of 150,000 items (docs/deploying.md)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    first, report, second, at = meetings
    approval.approve_minutes(at, [first])
    decisions.record_correction(at, report, "That the minute read 21%, not 12%.")
    approval.publish_minutes(second)
    with CaptureQueriesContext(connection) as queries:
        page = personas.public.get(first.get_absolute_url()).content.decode()
    assert "That the minute read 21%, not 12%." in page
    (lookup,) = [q["sql"] for q in queries.captured_queries if '"corrects_id" IN' in q["sql"]]
    assert 'FROM "meetings_item" U0' not in lookup, lookup
