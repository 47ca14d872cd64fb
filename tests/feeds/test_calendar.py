"""iCalendar for all meetings, a committee and one meeting, read back with icalendar."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from moot.meetings.choices import MeetingStatus
from moot.meetings.services.history import record
from tests.factories import local, make_committee, make_location, make_meeting

from .conftest import CANARY

LONDON = ZoneInfo("Europe/London")


@pytest.fixture(autouse=True)
def _now(time_machine):
    """Frozen in April 2025, so last year's and next year's meetings are in the calendars."""
    time_machine.move_to(datetime(2025, 4, 1, 12, tzinfo=ZoneInfo("UTC")), tick=False)


def fetch(client, url) -> tuple[Calendar, str]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    text = response.content.decode()
    return Calendar.from_ical(text), text


def events(cal: Calendar) -> dict[str, object]:
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def test_the_calendar_of_all_meetings_has_every_committee(client, meeting):
    other = make_meeting(make_committee(name="Planning Committee", slug="planning"))
    cal, _ = fetch(client, "/feeds/meetings.ics")
    assert set(events(cal)) == {
        f"meeting-{meeting.pk}@meetings.example.gov.uk",
        f"meeting-{other.pk}@meetings.example.gov.uk",
    }


def test_a_meeting_event_has_its_venue_time_and_link(client, meeting):
    cal, text = fetch(client, f"/feeds/meetings/{meeting.pk}.ics")
    (event,) = cal.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Safer Stockton Partnership"
    assert str(event["LOCATION"]) == (
        "Council Chamber, Town Hall, High Street, Stockton-on-Tees, TS18 1AU"
    )
    assert event["DTSTART"].dt == datetime(2025, 5, 14, 9, 0, tzinfo=LONDON)
    assert str(event["STATUS"]) == "CONFIRMED"
    assert str(event["URL"]) == f"https://meetings.example.gov.uk/meetings/{meeting.pk}/"
    assert "DTSTART;TZID=Europe/London:20250514T090000" in text


def test_a_committee_calendar_has_only_its_meetings(client, meeting):
    make_meeting(make_committee(slug="planning"))
    cal, _ = fetch(client, "/feeds/committees/ssp.ics")
    assert list(events(cal)) == [f"meeting-{meeting.pk}@meetings.example.gov.uk"]


def test_a_cancelled_meeting_is_status_cancelled(client, committee):
    cancelled = make_meeting(
        committee, status=MeetingStatus.CANCELLED, status_reason="No business to transact."
    )
    cal, _ = fetch(client, f"/feeds/meetings/{cancelled.pk}.ics")
    (event,) = cal.walk("VEVENT")
    assert str(event["STATUS"]) == "CANCELLED"
    assert str(event["SUMMARY"]).startswith("CANCELLED")
    assert "No business to transact." in str(event["DESCRIPTION"])


def test_a_changed_meeting_gets_a_higher_sequence_and_keeps_its_uid(client, meeting):
    cal, _ = fetch(client, f"/feeds/meetings/{meeting.pk}.ics")
    (before,) = cal.walk("VEVENT")

    old = meeting.start
    meeting.start = local(2025, 5, 15, 14, 0)
    meeting.save()
    record(
        meeting, "update", {"start": [old.isoformat(), meeting.start.isoformat()]}, origin="clerk"
    )

    cal, _ = fetch(client, f"/feeds/meetings/{meeting.pk}.ics")
    (after,) = cal.walk("VEVENT")
    assert after["UID"] == before["UID"]
    assert after["SEQUENCE"] > before["SEQUENCE"]
    assert after["DTSTART"].dt == datetime(2025, 5, 15, 14, 0, tzinfo=LONDON)


def test_wall_time_is_kept_across_the_clocks_changing(client, committee):
    """A November meeting in GMT and a late-March one in British Summer Time both stay at
    6.00pm local: the calendar says Europe/London and carries its VTIMEZONE."""
    location = make_location()
    march = make_meeting(committee, start=local(2026, 3, 30, 18, 0), location=location)
    november = make_meeting(committee, start=local(2025, 11, 5, 18, 0), location=location)
    cal, text = fetch(client, "/feeds/committees/ssp.ics")

    (zone,) = cal.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/London"
    assert {c.name for c in zone.subcomponents} == {"STANDARD", "DAYLIGHT"}
    assert "DTSTART;TZID=Europe/London:20260330T180000" in text
    assert "DTSTART;TZID=Europe/London:20251105T180000" in text

    found = events(cal)
    for meeting in (march, november):
        start = found[f"meeting-{meeting.pk}@meetings.example.gov.uk"]["DTSTART"].dt
        assert (start.hour, start.minute) == (18, 0)
    utc = {
        meeting: found[f"meeting-{meeting.pk}@meetings.example.gov.uk"]["DTSTART"]
        .dt.astimezone(ZoneInfo("UTC"))
        .hour
        for meeting in (march, november)
    }
    assert utc == {march: 17, november: 18}  # BST is an hour ahead of UTC, GMT is not


@pytest.mark.parametrize("url", ["/feeds/meetings.ics", "/feeds/committees/ssp.ics"])
def test_no_calendar_carries_exempt_text(client, meeting, url):
    _, text = fetch(client, url)
    assert CANARY not in text


def test_the_calendar_costs_the_same_queries_however_many_meetings(
    client, committee, django_assert_max_num_queries
):
    for day in range(1, 11):
        make_meeting(committee, start=local(2025, 6, day), location=make_location())
    client.get("/feeds/meetings.ics")  # Django keeps content types once read
    # The content version (the feed's ETag), the body, the meetings.
    with django_assert_max_num_queries(3):
        client.get("/feeds/meetings.ics")


def test_feeds_may_be_kept_by_shared_caches(client, meeting):
    for url in ("/feeds/meetings.ics", "/feeds/atom.xml"):
        assert "public" in client.get(url)["Cache-Control"]
