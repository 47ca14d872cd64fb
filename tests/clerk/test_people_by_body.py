"""A clerk keeps the people of the bodies they clerk — and people on no body yet — and no one
else's: another body's person (and their private email address) is not found."""

from __future__ import annotations

from datetime import date

import pytest

from moot.access import policy
from moot.access.policy import Viewer
from moot.meetings.choices import AttendanceStatus
from moot.meetings.models import Attendance, Declaration, Person
from tests.factories import make_committee, make_item, make_meeting, make_membership, make_person

EMAIL = "ann.member@stockton.example"


@pytest.fixture
def ann(personas):
    person = Person.objects.get(name="Ann Member")
    person.email = EMAIL
    person.save()
    return person


def _form(person, **changes):
    data = {
        "honorific": person.honorific,
        "name": person.name,
        "slug": person.slug,
        "organisation": person.organisation,
        "email": person.email,
    }
    data.update(changes)
    return data


def test_it_hides_another_bodys_person_page_from_a_clerk(personas, ann):
    assert personas.other_clerk.get(f"/clerk/people/{ann.slug}/").status_code == 404


def test_it_refuses_another_bodys_clerk_a_change_of_email(personas, ann):
    response = personas.other_clerk.post(
        f"/clerk/people/{ann.slug}/", _form(ann, email="attacker@example.com")
    )
    assert response.status_code == 404
    ann.refresh_from_db()
    assert ann.email == EMAIL


def test_it_leaves_another_bodys_people_out_of_a_clerks_list(personas, ann):
    response = personas.other_clerk.get("/clerk/people/")
    assert response.status_code == 200
    assert "Ann Member" not in response.content.decode()
    assert EMAIL not in response.content.decode()


def test_it_lets_the_bodys_own_clerk_see_and_change_the_email(personas, ann):
    page = personas.clerk.get(f"/clerk/people/{ann.slug}/")
    assert page.status_code == 200
    assert EMAIL in page.content.decode()
    assert "Ann Member" in personas.clerk.get("/clerk/people/").content.decode()
    response = personas.clerk.post(
        f"/clerk/people/{ann.slug}/", _form(ann, email="ann@stockton.example")
    )
    assert response.status_code == 302
    ann.refresh_from_db()
    assert ann.email == "ann@stockton.example"


def test_it_lets_any_clerk_keep_someone_on_no_body_yet(personas):
    newcomer = make_person(name="Nia Newcomer", email="nia@example.com")
    assert "Nia Newcomer" in personas.other_clerk.get("/clerk/people/").content.decode()
    response = personas.other_clerk.post(
        f"/clerk/people/{newcomer.slug}/", _form(newcomer, organisation="Cleveland Police")
    )
    assert response.status_code == 302
    newcomer.refresh_from_db()
    assert newcomer.organisation == "Cleveland Police"


def test_it_lets_the_clerks_of_both_bodies_keep_someone_on_both(personas, ann):
    make_membership(ann, personas.other_body.committees.get())
    assert personas.other_clerk.get(f"/clerk/people/{ann.slug}/").status_code == 200
    assert personas.clerk.get(f"/clerk/people/{ann.slug}/").status_code == 200


def test_it_counts_an_officer_in_attendance_or_a_declaration_as_the_bodys(personas):
    meeting = make_meeting(personas.committee)
    officer = make_person(name="Olu Officer")
    Attendance.objects.create(
        meeting=meeting, person=officer, status=AttendanceStatus.IN_ATTENDANCE
    )
    declarer = make_person(name="Dee Declarer")
    Declaration.objects.create(item=make_item(meeting), person=declarer)
    for person in (officer, declarer):
        assert personas.other_clerk.get(f"/clerk/people/{person.slug}/").status_code == 404
        assert personas.clerk.get(f"/clerk/people/{person.slug}/").status_code == 200


def test_it_gives_a_clerk_the_people_of_their_bodies_and_of_none(db):
    ours = make_committee()
    theirs = make_committee()
    member = make_person()
    make_membership(member, ours)
    stranger = make_person()
    make_membership(stranger, theirs)
    former = make_person()
    make_membership(former, theirs)
    make_membership(former, ours, end=date(2020, 5, 1))  # an ended membership still counts
    nobody = make_person()
    clerk = Viewer(user_id=1, clerk_of=frozenset({ours.body_id}))
    clerked = set(policy.people_clerked(clerk))
    assert clerked == {member, former, nobody}
    assert policy.can_edit_person(clerk, member)
    assert policy.can_edit_person(clerk, nobody)
    assert not policy.can_edit_person(clerk, stranger)


def test_it_gives_an_administrator_everyone_and_the_public_no_one(db):
    people = {make_person(), make_person()}
    make_membership(next(iter(people)), make_committee())
    assert set(policy.people_clerked(Viewer(user_id=1, superuser=True))) == people
    assert not policy.people_clerked(Viewer.public()).exists()
    member = Viewer(user_id=2, member_of=frozenset({1}))
    assert not policy.people_clerked(member).exists()
