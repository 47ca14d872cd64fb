"""The minutes checks on the clerk's minutes screen, and publishing despite their warnings."""

from __future__ import annotations

import pytest

from moot.meetings.choices import ItemKind, MinutesState
from moot.meetings.services import agenda, minutes, publishing, scheduling
from tests.factories import local


@pytest.fixture
def held(personas):
    meeting = scheduling.schedule_meeting(personas.committee, local(2030, 5, 15))
    report = agenda.add_item(meeting, {"title": "Recorded crime", "kind": ItemKind.INFORMATION})
    publishing.publish_agenda(meeting, accept_short_notice=True, now=local(2030, 5, 1))
    report.refresh_from_db()
    return meeting, report


def _write(item, text):
    minutes.save_minutes(item, text, version=minutes.version_of(item.minutes))


def test_the_minutes_screen_lists_findings_under_their_item(personas, held):
    meeting, report = held
    _write(report, "<p>Partners agreed rather then wait. The the figures rose.</p>")
    overview = personas.clerk.get(f"/clerk/meetings/{meeting.pk}/record/").content.decode()
    assert f'href="/clerk/items/{report.pk}/record/"' in overview.split('id="checks"')[1]
    page = personas.clerk.get(f"/clerk/items/{report.pk}/record/").content.decode()
    section = page.split("Minutes checks")[1].split("</div>")[0]
    assert "rather then" in section
    assert "Word slip" in section
    assert "Almost certain" in section


def test_clean_minutes_show_no_findings(personas, held):
    meeting, report = held
    _write(report, "<p>The report was noted.</p>")
    page = personas.clerk.get(f"/clerk/meetings/{meeting.pk}/record/").content.decode()
    assert "Minutes checks" not in page


def test_publishing_minutes_with_warnings_asks_for_confirmation(personas, held):
    meeting, report = held
    _write(report, "<p>Partners agreed rather then wait.</p>")
    url = f"/clerk/meetings/{meeting.pk}/minutes/publish/"
    page = personas.clerk.get(url).content.decode()
    assert "The minutes checks found" in page and "rather then" in page
    refused = personas.clerk.post(url, {})
    assert refused.status_code == 200
    assert "Confirm that you have read the warnings" in refused.content.decode()
    meeting.refresh_from_db()
    assert meeting.minutes_state == MinutesState.NONE
    assert personas.clerk.post(url, {"accept_warnings": "1"}).status_code == 302
    meeting.refresh_from_db()
    assert meeting.minutes_state == MinutesState.DRAFT


def test_clean_minutes_publish_without_a_confirmation(personas, held):
    meeting, report = held
    _write(report, "<p>The report was noted.</p>")
    url = f"/clerk/meetings/{meeting.pk}/minutes/publish/"
    assert "found nothing to look at" in personas.clerk.get(url).content.decode()
    assert personas.clerk.post(url, {}).status_code == 302
    meeting.refresh_from_db()
    assert meeting.minutes_state == MinutesState.DRAFT
