"""Each committee has a quorum; the record screens say when those present (members and
substitutes) do not make it."""

from __future__ import annotations

import pytest

from moot.meetings.choices import AttendanceStatus
from moot.meetings.models import Attendance
from moot.meetings.services import publishing, scheduling
from tests.factories import local, make_membership, make_person


@pytest.fixture
def meeting(personas):
    committee = personas.committee
    committee.quorum = 3
    committee.save(update_fields=["quorum"])
    meeting = scheduling.schedule_meeting(committee, local(2030, 5, 15))
    publishing.publish_agenda(meeting, accept_short_notice=True, now=local(2030, 5, 1))
    return meeting


def attend(meeting, name, status, **kw):
    Attendance.objects.create(meeting=meeting, person=make_person(name=name), status=status, **kw)


def pages(personas, meeting):
    url = f"/clerk/meetings/{meeting.pk}/record/"
    return [personas.clerk.get(u).content.decode() for u in (url, url + "attendance/")]


def test_it_says_when_those_present_do_not_make_the_quorum(personas, meeting):
    attend(meeting, "Ann Able", AttendanceStatus.PRESENT)
    attend(meeting, "Bob Brown", AttendanceStatus.APOLOGIES)
    attend(meeting, "Olive Officer", AttendanceStatus.IN_ATTENDANCE)
    for page in pages(personas, meeting):
        assert "Not quorate: 1 member present; the quorum is 3." in page


def test_a_substitute_counts_towards_the_quorum(personas, meeting):
    ann = personas.committee.memberships.get().person
    Attendance.objects.create(meeting=meeting, person=ann, status=AttendanceStatus.PRESENT)
    attend(meeting, "Cat Cole", AttendanceStatus.PRESENT)
    sub = make_person(name="Sam Sub")
    make_membership(sub, personas.committee, role="substitute")
    Attendance.objects.create(
        meeting=meeting, person=sub, status=AttendanceStatus.SUBSTITUTE, substitute_for=ann
    )
    for page in pages(personas, meeting):
        assert "Not quorate" not in page
        assert "Quorate: 3 members present; the quorum is 3." in page


def test_it_says_nothing_before_attendance_is_recorded(personas, meeting):
    for page in pages(personas, meeting):
        assert "quorate" not in page.lower()
