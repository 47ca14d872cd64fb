"""Attendance: a substitute names the member they stood in for; officers who are not members
are added as in attendance, with their role."""

from __future__ import annotations

import pytest

from moot.meetings.models import Attendance
from moot.meetings.services import publishing, scheduling
from tests.factories import local, make_membership, make_person


@pytest.fixture
def meeting(personas):
    meeting = scheduling.schedule_meeting(personas.committee, local(2030, 5, 15))
    publishing.publish_agenda(meeting, accept_short_notice=True, now=local(2030, 5, 1))
    return meeting


def test_a_substitute_member_names_whom_they_stood_in_for(personas, meeting):
    ann = personas.committee.memberships.get().person
    sub = make_person(name="Sam Sub")
    make_membership(sub, personas.committee, role="substitute")
    url = f"/clerk/meetings/{meeting.pk}/record/"
    page = personas.clerk.get(url + "attendance/").content.decode()
    assert "Sam Sub: standing in for" in page
    refused = personas.clerk.post(
        url + "attendance/", {f"att-p{ann.pk}": "apologies", f"att-p{sub.pk}": "substitute"}
    )
    assert "Say whom Sam Sub stood in for" in refused.content.decode()
    assert not Attendance.objects.filter(meeting=meeting).exists()  # all or nothing
    response = personas.clerk.post(
        url + "attendance/",
        {
            f"att-p{ann.pk}": "apologies",
            f"att-p{sub.pk}": "substitute",
            f"att-s{sub.pk}": ann.pk,
        },
    )
    assert response.status_code == 302
    attendance = Attendance.objects.get(meeting=meeting, person=sub)
    assert attendance.substitute_for == ann
    publishing_page = personas.clerk.get(url + "attendance/").content.decode()
    assert f'<option value="{ann.pk}" selected>' in publishing_page


def test_an_officer_is_added_in_attendance_with_a_role(personas, meeting):
    officer = make_person(name="Olive Officer")
    url = f"/clerk/meetings/{meeting.pk}/record/"
    response = personas.clerk.post(
        url + "attendee/",
        {
            "add-person": officer.pk,
            "add-status": "in_attendance",
            "add-role": "Community Safety Manager",
            "add-organisation": "Stockton Council",
        },
    )
    assert response.status_code == 302
    attendance = Attendance.objects.get(meeting=meeting, person=officer)
    assert (attendance.status, attendance.role) == ("in_attendance", "Community Safety Manager")
    # Saving the members' attendance afterwards keeps the officer's role.
    ann = personas.committee.memberships.get().person
    personas.clerk.post(
        url + "attendance/",
        {f"att-p{ann.pk}": "present", f"att-p{officer.pk}": "in_attendance"},
    )
    attendance.refresh_from_db()
    assert attendance.role == "Community Safety Manager"


def test_a_substitute_added_from_outside_the_list(personas, meeting):
    ann = personas.committee.memberships.get().person
    stand_in = make_person(name="Pat Partner")
    personas.clerk.post(
        f"/clerk/meetings/{meeting.pk}/record/attendee/",
        {
            "add-person": stand_in.pk,
            "add-status": "substitute",
            "add-substitute_for": ann.pk,
            "add-organisation": "Cleveland Police",
        },
    )
    assert Attendance.objects.get(person=stand_in).substitute_for == ann
    page = personas.public.get(meeting.get_absolute_url()).content.decode()
    assert "Attendance" not in page  # not public until the minutes are
