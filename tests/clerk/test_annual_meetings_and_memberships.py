"""Set-up screens: a body's annual meeting dates (each starts a municipal year) and ending or
deleting a committee membership."""

from __future__ import annotations

from datetime import date

import pytest

from moot.access.policy import viewer_for_user
from moot.meetings.models import AnnualMeeting, Membership, Revision
from moot.meetings.services.common import year_of


def test_the_clerk_adds_and_removes_annual_meeting_dates(personas):
    url = f"/clerk/bodies/{personas.body.slug}/annual-meetings/"
    assert url in personas.clerk.get("/clerk/").content.decode()
    response = personas.clerk.post(url + "add/", {"annual-date": "2030-05-21"})
    assert response.status_code == 302
    annual = AnnualMeeting.objects.get(body=personas.body)
    assert annual.date == date(2030, 5, 21)
    # The municipal year now starts on the annual meeting, not on 1 May.
    assert year_of(personas.committee, date(2030, 5, 20)) == 2029
    assert year_of(personas.committee, date(2030, 5, 21)) == 2030
    page = personas.clerk.get(url).content.decode()
    assert "21 May 2030" in page and "2030/31" in page
    again = personas.clerk.post(url + "add/", {"annual-date": "2030-06-01"})
    assert again.status_code == 200 and "already recorded" in again.content.decode()
    removed = personas.clerk.post(f"{url}{annual.pk}/remove/")
    assert removed.status_code == 302
    assert not AnnualMeeting.objects.exists()
    assert Revision.objects.filter(action="delete", object_id=annual.pk).exists()


def test_a_clerk_cannot_remove_another_bodys_annual_meeting(personas):
    theirs = AnnualMeeting.objects.create(body=personas.other_body, date=date(2030, 5, 21))
    url = f"/clerk/bodies/{personas.body.slug}/annual-meetings/"
    assert personas.clerk.post(f"{url}{theirs.pk}/remove/").status_code == 404
    assert AnnualMeeting.objects.filter(pk=theirs.pk).exists()


@pytest.mark.parametrize("who, status", [("public", 302), ("member", 403), ("other_clerk", 404)])
def test_only_a_clerk_of_the_body_reaches_the_annual_meetings(personas, who, status):
    url = f"/clerk/bodies/{personas.body.slug}/annual-meetings/"
    assert personas.all()[who].get(url).status_code == status


def test_ending_a_membership_ends_the_members_entitlement(personas):
    membership = personas.committee.memberships.get()
    url = f"/clerk/memberships/{membership.pk}/"
    assert personas.committee.pk in viewer_for_user(personas.member_user).member_of
    response = personas.clerk.post(url + "end/", {"end-end": "2020-01-31"})
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.end == date(2020, 1, 31)
    assert personas.committee.pk not in viewer_for_user(personas.member_user).member_of
    assert Revision.objects.filter(action="end", object_id=membership.pk).exists()


def test_a_membership_cannot_end_before_it_starts(personas):
    membership = personas.committee.memberships.get()
    membership.start = date(2025, 5, 1)
    membership.save()
    response = personas.clerk.post(
        f"/clerk/memberships/{membership.pk}/end/", {"end-end": "2024-01-31"}
    )
    assert response.status_code == 200
    assert "on or after the day it started" in response.content.decode()


def test_deleting_a_membership_recorded_in_error(personas):
    membership = personas.committee.memberships.get()
    response = personas.clerk.post(f"/clerk/memberships/{membership.pk}/delete/")
    assert response.status_code == 302
    assert not Membership.all_objects.filter(pk=membership.pk).exists()
    assert Revision.objects.filter(action="delete", object_id=membership.pk).exists()


def test_an_imported_membership_is_soft_deleted(personas):
    membership = personas.committee.memberships.get()
    Membership.all_objects.filter(pk=membership.pk).update(source="moderngov", external_id="7")
    personas.clerk.post(f"/clerk/memberships/{membership.pk}/delete/")
    assert not Membership.objects.filter(pk=membership.pk).exists()
    assert Membership.all_objects.get(pk=membership.pk).deleted_at is not None


def test_the_membership_screen_still_edits(personas):
    membership = personas.committee.memberships.get()
    response = personas.clerk.post(
        f"/clerk/memberships/{membership.pk}/edit/",
        {"person": membership.person_id, "role": "chair", "organisation": "X"},
    )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.role == "chair" and membership.organisation == "X"


@pytest.mark.parametrize("who, status", [("public", 302), ("member", 403), ("other_clerk", 404)])
def test_only_a_clerk_of_the_body_ends_or_deletes_a_membership(personas, who, status):
    membership = personas.committee.memberships.get()
    url = f"/clerk/memberships/{membership.pk}/"
    assert personas.all()[who].post(url + "delete/").status_code == status
    assert Membership.objects.filter(pk=membership.pk).exists()
