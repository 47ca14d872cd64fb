"""Recorded (named) votes are data: who voted which way, the counts, the chair's casting vote
and whether the motion was carried or lost — and only those entitled to vote are recorded."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from moot.meetings.choices import (
    AttendanceStatus,
    DecisionKind,
    InterestKind,
    MembershipRole,
    VotePosition,
    VoteResult,
)
from moot.meetings.models import Ballot, Vote
from moot.meetings.services import attending, decisions
from moot.meetings.services.common import ServiceError
from tests.clerk.personas import make_personas
from tests.factories import make_item, make_meeting, make_membership, make_person

pytestmark = pytest.mark.django_db

FOR, AGAINST, ABSTAINED = VotePosition.FOR, VotePosition.AGAINST, VotePosition.ABSTAINED


class Room:
    """A meeting with a chair, two members and a substitute present, an officer in attendance,
    an adviser present and a member who sent apologies."""

    def __init__(self, committee=None):
        self.meeting = make_meeting(committee)
        committee = self.meeting.committee
        self.item = make_item(self.meeting, title="Community safety plan")
        self.chair = self._member("Cllr Chair", MembershipRole.CHAIR, role="Chair")
        self.ann = self._member("Cllr Ann")
        self.bob = self._member("Cllr Bob")
        self.away = make_person(name="Cllr Away")
        make_membership(self.away, committee)
        attending.record_attendance(self.meeting, self.away, AttendanceStatus.APOLOGIES)
        self.sub = make_person(name="Cllr Sub")
        attending.record_attendance(
            self.meeting, self.sub, AttendanceStatus.SUBSTITUTE, substitute_for=self.away
        )
        self.officer = make_person(name="Olive Officer")
        attending.record_attendance(
            self.meeting, self.officer, AttendanceStatus.IN_ATTENDANCE, role="Legal adviser"
        )
        self.adviser = self._member("Ada Adviser", MembershipRole.ADVISER)
        self.stranger = make_person(name="Sam Stranger")

    def _member(self, name, membership=MembershipRole.MEMBER, **kw):
        person = make_person(name=name)
        make_membership(person, self.meeting.committee, role=membership)
        attending.record_attendance(self.meeting, person, AttendanceStatus.PRESENT, **kw)
        return person

    def vote(self, positions, **kw):
        kw.setdefault("motion", "that the community safety plan be approved")
        return decisions.record_vote(self.item, positions=positions, **kw)


@pytest.fixture
def room():
    return Room()


def test_it_keeps_each_members_vote_the_counts_and_a_carried_motion_as_resolved(room):
    vote = room.vote({room.chair: FOR, room.ann: FOR, room.bob: AGAINST, room.sub: ABSTAINED})
    vote = Vote.objects.get(pk=vote.pk)
    assert (vote.votes_for, vote.votes_against, vote.abstentions) == (2, 1, 1)
    assert vote.result == VoteResult.CARRIED and vote.item == room.item
    assert {(b.person.name, b.position) for b in Ballot.objects.filter(vote=vote)} == {
        ("Cllr Chair", FOR),
        ("Cllr Ann", FOR),
        ("Cllr Bob", AGAINST),
        ("Cllr Sub", ABSTAINED),
    }
    assert vote.decision.kind == DecisionKind.RESOLVED
    assert vote.decision.text == "RESOLVED that the community safety plan be approved."


def test_a_lost_motion_is_never_recorded_as_resolved(room):
    vote = room.vote(
        {room.ann: FOR, room.bob: AGAINST, room.chair: AGAINST},
        motion="RESOLVED that the plan be approved",
    )
    assert vote.result == VoteResult.LOST
    assert vote.decision.kind != DecisionKind.RESOLVED
    assert "resolved" not in vote.decision.text.lower()
    assert vote.decision.text == "The motion that the plan be approved was lost."


@pytest.mark.parametrize("who", ["officer", "adviser", "stranger", "away"])
def test_someone_not_a_voting_member_present_cannot_be_recorded_as_voting(room, who):
    person = getattr(room, who)
    with pytest.raises(ServiceError, match=person.name):
        room.vote({room.ann: FOR, person: FOR})
    assert not Vote.objects.exists() and not room.item.decisions.exists()


def test_a_member_with_a_pecuniary_interest_cannot_vote_without_a_dispensation(room):
    declaration = attending.add_declaration(room.item, room.bob, InterestKind.DPI)
    with pytest.raises(ServiceError, match=r"Cllr Bob.*dispensation"):
        room.vote({room.ann: FOR, room.bob: ABSTAINED})
    attending.edit_declaration(
        declaration,
        {
            "dispensation": "Granted by the Standards Committee",
            "dispensation_granted": date(2025, 4, 1),
        },
    )
    vote = room.vote({room.ann: FOR, room.bob: AGAINST, room.chair: FOR})
    assert vote.votes_against == 1


def test_a_member_with_another_interest_may_vote(room):
    attending.add_declaration(room.item, room.bob, InterestKind.OTHER_REGISTRABLE)
    assert room.vote({room.bob: FOR}).votes_for == 1


def test_equal_votes_ask_for_the_chairs_casting_vote(room):
    with pytest.raises(ServiceError, match="equal"):
        room.vote({room.ann: FOR, room.bob: AGAINST})
    vote = room.vote({room.ann: FOR, room.bob: AGAINST}, casting_vote=FOR, casting_by=room.chair)
    assert vote.result == VoteResult.CARRIED and vote.casting_by == room.chair
    lost = room.vote({room.ann: FOR, room.bob: AGAINST}, casting_vote="none")
    assert lost.result == VoteResult.LOST and lost.casting_vote == ""


def test_a_casting_vote_is_refused_when_the_votes_are_not_equal(room):
    with pytest.raises(ServiceError, match="only when the votes are equal"):
        room.vote({room.ann: FOR, room.bob: FOR}, casting_vote=AGAINST, casting_by=room.chair)


def test_only_the_person_chairing_may_give_the_casting_vote(room):
    with pytest.raises(ServiceError, match=r"Cllr Ann.*not chairing"):
        room.vote({room.ann: FOR, room.bob: AGAINST}, casting_vote=FOR, casting_by=room.ann)
    assert decisions.chair_of(room.meeting) == room.chair


def test_a_vote_with_nobody_voting_or_no_motion_is_refused(room):
    with pytest.raises(ServiceError, match="motion"):
        room.vote({room.ann: FOR}, motion=" ")
    with pytest.raises(ServiceError, match="Record how"):
        room.vote({})


def test_the_voters_offered_are_the_voting_members_present_with_substitutes(room):
    assert [p.name for p in decisions.voting_members(room.meeting)] == [
        "Cllr Ann",
        "Cllr Bob",
        "Cllr Chair",
        "Cllr Sub",
    ]


# The clerk's screen


@pytest.fixture
def personas():
    return make_personas()


def _url(item, **query):
    url = reverse("clerk:record_vote", args=[item.pk])
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def test_the_vote_page_lists_one_row_per_voting_member_present(personas):
    room = Room(personas.committee)
    page = personas.clerk.get(_url(room.item)).content.decode()
    for name in ("Cllr Ann", "Cllr Bob", "Cllr Chair", "Cllr Sub"):
        assert name in page
    for name in ("Olive Officer", "Ada Adviser", "Cllr Away"):
        assert name not in page
    assert "Did not vote" in page and "casting" not in page.lower()


def test_saving_the_vote_page_records_the_vote_and_goes_back(personas):
    room = Room(personas.committee)
    back = reverse("clerk:record_item", args=[room.item.pk])
    response = personas.clerk.post(
        _url(room.item, next=back),
        {
            "motion": "that the plan be approved",
            f"p{room.ann.pk}": FOR,
            f"p{room.bob.pk}": AGAINST,
            f"p{room.chair.pk}": FOR,
            f"p{room.sub.pk}": "",
        },
    )
    assert response.status_code == 302 and response["Location"] == back
    vote = Vote.objects.get()
    assert (vote.votes_for, vote.votes_against, vote.result) == (2, 1, VoteResult.CARRIED)


def test_the_item_s_record_page_links_to_the_vote_page_coming_back_to_the_item(personas):
    room = Room(personas.committee)
    back = reverse("clerk:record_item", args=[room.item.pk])
    page = personas.clerk.get(back).content.decode()
    assert f'href="{_url(room.item, next=back.replace("/", "%2F"))}"' in page


def test_an_unsafe_next_address_is_not_followed(personas):
    room = Room(personas.committee)
    response = personas.clerk.post(
        _url(room.item, next="https://evil.example/"),
        {"motion": "that the plan be approved", f"p{room.ann.pk}": FOR},
    )
    assert response["Location"] == reverse("clerk:record", args=[room.meeting.pk])


def test_equal_votes_show_the_error_and_the_casting_vote_of_the_chair(personas):
    room = Room(personas.committee)
    data = {
        "motion": "that the plan be approved",
        f"p{room.ann.pk}": FOR,
        f"p{room.bob.pk}": AGAINST,
    }
    response = personas.clerk.post(_url(room.item), data)
    page = response.content.decode()
    assert response.status_code == 200 and not Vote.objects.exists()
    assert "There is a problem" in page and "equal" in page
    assert "Casting vote of Cllr Chair" in page
    response = personas.clerk.post(_url(room.item), {**data, "casting_vote": AGAINST})
    assert response.status_code == 302
    assert Vote.objects.get().result == VoteResult.LOST


def test_a_member_with_a_pecuniary_interest_is_named_in_the_error(personas):
    room = Room(personas.committee)
    attending.add_declaration(room.item, room.bob, InterestKind.DPI)
    page = personas.clerk.post(
        _url(room.item), {"motion": "that the plan be approved", f"p{room.bob.pk}": FOR}
    ).content.decode()
    assert "There is a problem" in page and "Cllr Bob" in page and "dispensation" in page


def test_the_vote_page_is_for_clerks_of_the_body_only(personas):
    room = Room(personas.committee)
    assert personas.public.get(_url(room.item)).status_code == 302
    assert personas.other_clerk.get(_url(room.item)).status_code == 404


def test_a_dispensation_is_recorded_on_the_declaration_s_screen(personas):
    room = Room(personas.committee)
    declaration = attending.add_declaration(room.item, room.bob, InterestKind.DPI)
    screen = reverse("clerk:declaration", args=[declaration.pk])
    assert "Dispensation" in personas.clerk.get(screen).content.decode()
    response = personas.clerk.post(
        reverse("clerk:declaration_edit", args=[declaration.pk]),
        {
            "person": room.bob.pk,
            "kind": InterestKind.DPI,
            "dispensation": "Granted by the Standards Committee for two years",
            # the date as the date boxes post it, and as a browser's date input would
            "dispensation_granted_day": "1",
            "dispensation_granted_month": "4",
            "dispensation_granted_year": "2025",
            "dispensation_granted": "2025-04-01",
        },
    )
    assert response.status_code == 302
    declaration.refresh_from_db()
    assert declaration.dispensation == "Granted by the Standards Committee for two years"
    assert declaration.dispensation_granted == date(2025, 4, 1)
    assert room.vote({room.bob: FOR}).votes_for == 1


def test_a_dispensation_date_without_its_terms_is_refused(room):
    declaration = attending.add_declaration(room.item, room.bob, InterestKind.DPI)
    with pytest.raises(ServiceError, match="dispensation"):
        attending.edit_declaration(declaration, {"dispensation_granted": date(2025, 4, 1)})
