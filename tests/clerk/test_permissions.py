"""Every back-office screen, asked by the four personas: the public is sent to sign in, a
committee member is refused, a clerk of another body finds nothing, the body's clerk gets in."""

from __future__ import annotations

import pytest

from moot.meetings.models import Location, Membership, Person
from moot.meetings.services import reports, scheduling
from tests.factories import local
from tests.portal.pdf import one_page_pdf


@pytest.fixture
def urls(personas):
    committee = personas.committee
    meeting = scheduling.schedule_meeting(committee, local(2030, 5, 15))
    item = meeting.items.get(kind="apologies")
    document = reports.attach_document(
        meeting, one_page_pdf(), filename="r.pdf", title="Report", item=item
    )
    membership = Membership.objects.get(committee=committee)
    person = Person.objects.get(name="Ann Member")
    location = Location.objects.create(name="Council Chamber")
    body = personas.body
    return {
        "body": [
            f"/clerk/bodies/{body.slug}/",
            f"/clerk/bodies/{body.slug}/committees/new/",
            f"/clerk/committees/{committee.pk}/",
            f"/clerk/committees/{committee.pk}/members/",
            f"/clerk/committees/{committee.pk}/reappoint/",
            f"/clerk/committees/{committee.pk}/meetings/new/",
            f"/clerk/committees/{committee.pk}/programme/",
            f"/clerk/memberships/{membership.pk}/",
            f"/clerk/meetings/{meeting.pk}/",
            f"/clerk/meetings/{meeting.pk}/edit/",
            f"/clerk/meetings/{meeting.pk}/publish/",
            f"/clerk/meetings/{meeting.pk}/record/",
            f"/clerk/meetings/{meeting.pk}/minutes/publish/",
            f"/clerk/items/{item.pk}/",
            f"/clerk/documents/{document.pk}/",
            f"/clerk/people/{person.slug}/",  # a member of this body's committee
        ],
        "shared": [
            "/clerk/",
            "/clerk/people/",
            "/clerk/people/new/",
            "/clerk/venues/",
            "/clerk/venues/new/",
            f"/clerk/venues/{location.pk}/",
        ],
    }


def _all(urls):
    return urls["body"] + urls["shared"]


def test_the_public_is_sent_to_sign_in_everywhere(personas, urls):
    for url in _all(urls):
        response = personas.public.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/accounts/login/?next="), url


def test_a_committee_member_is_refused_everywhere(personas, urls):
    for url in _all(urls):
        assert personas.member.get(url).status_code == 403, url


def test_a_clerk_of_another_body_finds_nothing_of_this_body(personas, urls):
    for url in urls["body"]:
        assert personas.other_clerk.get(url).status_code == 404, url


def test_a_clerk_of_another_body_shares_the_people_list_and_the_venues(personas, urls):
    for url in urls["shared"]:
        assert personas.other_clerk.get(url).status_code == 200, url


def test_the_clerk_of_this_body_opens_every_screen(personas, urls):
    for url in _all(urls):
        assert personas.clerk.get(url).status_code == 200, url


def test_posts_are_refused_the_same_way(personas, urls):
    url = urls["body"][8] + "items/new/"  # the agenda builder's form
    data = {"new-title": "Sneaky item", "new-kind": "other"}
    assert personas.public.post(url, data).status_code == 302
    assert personas.member.post(url, data).status_code == 403
    assert personas.other_clerk.post(url, data).status_code == 404
    assert personas.clerk.post(url, data).status_code == 302


def test_a_missing_object_is_not_found_for_the_clerk(personas):
    assert personas.clerk.get("/clerk/meetings/999999/").status_code == 404
