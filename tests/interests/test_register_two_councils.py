"""A member who sits on two councils registers an interest with either: the form offers a
choice of their own councils (none when they sit on one), the entry is saved in the council
chosen, and only that council's Monitoring Officer reviews and publishes it."""

from __future__ import annotations

import pytest

from moot.access.models import MonitoringOfficerRole
from moot.interests.models import RegisterEntry, State
from tests.clerk.personas import make_clerk, make_user, signed_in
from tests.factories import make_body, make_committee, make_membership, make_person

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    county = make_body(name="Borsetshire County Council", slug="borsetshire")
    district = make_body(name="Felpersham District Council", slug="felpersham")
    elsewhere = make_body(name="Loxley Barrett Parish Council", slug="loxley")
    member_user = make_user("member")
    ann = make_person(name="Ann Example", user=member_user)
    make_membership(ann, make_committee(county, name="Planning Committee", slug="planning"))
    make_membership(ann, make_committee(district, name="Licensing Committee", slug="licensing"))
    bob_user = make_user("bob")
    bob = make_person(name="Bob Example", user=bob_user)
    make_membership(bob, make_committee(county, name="Cabinet", slug="cabinet"))
    officers = {}
    for body in (county, district):
        user = make_user(f"mo-{body.slug}")
        MonitoringOfficerRole.objects.create(user=user, body=body)
        officers[body.slug] = signed_in(user)
    return {
        "county": county,
        "district": district,
        "elsewhere": elsewhere,
        "ann": ann,
        "bob": bob,
        "member": signed_in(member_user),
        "bob_client": signed_in(bob_user),
        "county_mo": officers["borsetshire"],
        "district_mo": officers["felpersham"],
    }


LAND = {"category": "land", "description": "Field at Ambridge", "submit": "1"}


def _add(client, person, **fields):
    return client.post(f"/register-of-interests/member/{person.slug}/add", fields)


def test_the_form_offers_the_members_own_councils_only(world):
    page = world["member"].get(f"/register-of-interests/member/{world['ann'].slug}/")
    html = page.content.decode()
    assert '<legend class="legend">Council</legend>' in html
    assert html.count('type="radio" name="body"') == 2
    assert "Borsetshire County Council" in html and "Felpersham District Council" in html
    assert "Loxley Barrett Parish Council" not in html


def test_a_member_on_one_council_is_offered_no_choice(world):
    page = world["bob_client"].get(f"/register-of-interests/member/{world['bob'].slug}/")
    html = page.content.decode()
    assert 'type="radio" name="body"' not in html and ">Council</legend>" not in html
    assert _add(world["bob_client"], world["bob"], **LAND).status_code == 302
    assert RegisterEntry.objects.get().body == world["county"]


def test_a_member_on_two_councils_registers_with_the_second(world):
    ann, district = world["ann"], world["district"]
    saved = _add(world["member"], ann, body=district.pk, **LAND)
    assert saved.status_code == 302
    entry = RegisterEntry.objects.get()
    assert entry.body == district and entry.state == State.SUBMITTED
    page = world["member"].get(saved["Location"]).content.decode()
    assert "saved in the register of Felpersham District Council" in page
    assert '<th scope="col">Council</th>' in page

    # Only the district's Monitoring Officer reviews it.
    assert (
        "Field at Ambridge"
        in world["district_mo"].get("/register-of-interests/review/").content.decode()
    )
    county_review = world["county_mo"].get("/register-of-interests/review/").content.decode()
    assert "Field at Ambridge" not in county_review
    refused = world["county_mo"].post(f"/register-of-interests/entries/{entry.pk}/publish")
    assert refused.status_code == 403
    entry.refresh_from_db()
    assert entry.state == State.SUBMITTED and entry.published_at is None
    world["district_mo"].post(f"/register-of-interests/entries/{entry.pk}/publish")
    entry.refresh_from_db()
    assert entry.state == State.PUBLISHED


def test_a_member_on_two_councils_must_choose_one(world):
    page = _add(world["member"], world["ann"], **LAND)
    assert page.status_code == 400
    assert "Choose the council whose register the entry goes in." in page.content.decode()
    assert not RegisterEntry.objects.exists()


@pytest.mark.parametrize("who", ["ann", "bob"])
def test_a_council_the_member_does_not_sit_on_is_refused(world, who):
    client = world["member"] if who == "ann" else world["bob_client"]
    elsewhere = world["elsewhere"]
    page = _add(client, world[who], body=elsewhere.pk, **LAND)
    assert page.status_code == 400
    assert "Choose one of your own councils." in page.content.decode()
    # What was typed stays on the page.
    assert "Field at Ambridge" in page.content.decode()
    assert not RegisterEntry.objects.exists()


def test_the_clerk_registers_on_the_members_behalf_with_the_council_chosen(world):
    clerk = signed_in(make_clerk(world["district"]))
    assert _add(clerk, world["ann"], body=world["district"].pk, **LAND).status_code == 302
    assert RegisterEntry.objects.get().body == world["district"]


def test_one_councils_monitoring_officer_sees_and_touches_nothing_of_the_others(world):
    ann, county, district = world["ann"], world["county"], world["district"]
    _add(world["member"], ann, body=county.pk, **{**LAND, "description": "County field"})
    _add(world["member"], ann, body=district.pk, **{**LAND, "description": "District draft"})
    county_entry = RegisterEntry.objects.get(body=county)
    district_entry = RegisterEntry.objects.get(body=district)
    page = world["county_mo"].get(f"/register-of-interests/member/{ann.slug}/").content.decode()
    assert "County field" in page and "District draft" not in page
    assert "Felpersham District Council" not in page  # nor offered as a council to add to
    for action in ("submit", "remove", "publish", "return"):
        answer = world["county_mo"].post(
            f"/register-of-interests/entries/{district_entry.pk}/{action}"
        )
        assert answer.status_code == 403, action
    # Adding to the other council's register on the member's behalf is refused.
    refused = _add(world["county_mo"], ann, body=district.pk, **LAND)
    assert refused.status_code == 400
    assert RegisterEntry.objects.filter(body=district).count() == 1
    # The member sees both; the other council's officer sees theirs.
    mine = world["member"].get(f"/register-of-interests/member/{ann.slug}/").content.decode()
    assert "County field" in mine and "District draft" in mine
    theirs = world["district_mo"].get(f"/register-of-interests/member/{ann.slug}/")
    assert "District draft" in theirs.content.decode()
    assert "County field" not in theirs.content.decode()
    district_entry.refresh_from_db()
    assert district_entry.state == State.SUBMITTED and county_entry.pk
