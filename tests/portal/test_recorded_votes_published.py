"""A recorded vote is published with the minutes: the counts, who voted which way, the chair's
casting vote and whether the motion was carried or lost — on the meeting page, in the OParl
API and in the printed minutes; a restricted item's vote reaches none of them."""

from __future__ import annotations

import html
import re

import pytest

from moot.access.policy import Viewer
from moot.documents.papers import render
from moot.documents.papers.minutes import minutes_context
from moot.meetings.choices import VotePosition
from moot.meetings.services import decisions
from tests.clerk.test_recorded_votes import Room
from tests.factories import make_exempt_item

pytestmark = pytest.mark.django_db

FOR, AGAINST, ABSTAINED = VotePosition.FOR, VotePosition.AGAINST, VotePosition.ABSTAINED
API = "/oparl/v1/"


def text(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


@pytest.fixture
def room():
    room = Room()
    room.vote(
        {room.ann: FOR, room.bob: AGAINST, room.sub: ABSTAINED},
        casting_vote=FOR,
        casting_by=room.chair,
        motion="that the community safety plan be approved",
    )
    return room


@pytest.fixture
def lost():
    room = Room()
    room.vote({room.ann: FOR, room.bob: AGAINST, room.chair: AGAINST}, motion="that CCTV be cut")
    return room


@pytest.fixture
def secret():
    room = Room()
    exempt = make_exempt_item(room.meeting, title="Contract award")
    decisions.record_vote(
        exempt,
        motion="that Acme Secret Ltd be awarded the contract",
        positions={room.ann: FOR, room.bob: FOR},
        public_text="The contract was awarded.",
    )
    return room


def _page(client, room) -> str:
    return text(client.get(room.meeting.get_absolute_url()).content.decode())


def _printed(room, viewer=None) -> str:
    return text(render.html("papers/minutes.html", minutes_context(room.meeting, viewer=viewer)))


def _api_item(client, item) -> dict:
    return client.get(f"{API}agenda-item/{item.pk}/").json()


def _said_of_the_vote(shown: str) -> None:
    assert "that the community safety plan be approved" in shown
    assert "For (1): Cllr Ann" in shown
    assert "Against (1): Cllr Bob" in shown
    assert "Abstained (1): Cllr Sub" in shown
    assert "casting vote for the motion" in shown and "Cllr Chair" in shown
    assert "carried" in shown


def test_the_meeting_page_shows_the_recorded_vote(client, room):
    _said_of_the_vote(_page(client, room))


def test_the_printed_minutes_show_the_recorded_vote(room):
    _said_of_the_vote(_printed(room))


def test_a_lost_motion_reads_as_lost_and_never_as_resolved(client, lost):
    for shown in (_page(client, lost), _printed(lost)):
        assert "The motion that CCTV be cut was lost" in shown
        assert "RESOLVED" not in shown
    assert "RESOLVED" not in str(_api_item(client, lost.item))


def test_the_api_gives_the_named_vote_with_the_agenda_item(client, room):
    item = _api_item(client, room.item)
    [vote] = item["moot:votes"]
    person = "http://testserver/oparl/v1/person/{}/".format
    assert vote["motion"] == "that the community safety plan be approved"
    assert vote["result"] == "carried"
    assert (vote["for"], vote["against"], vote["abstentions"]) == (1, 1, 1)
    assert vote["voters"] == {
        "for": [person(room.ann.pk)],
        "against": [person(room.bob.pk)],
        "abstained": [person(room.sub.pk)],
    }
    assert vote["castingVote"] == "for" and vote["castingBy"] == person(room.chair.pk)
    assert item["result"] == "Resolved"


def test_the_api_gives_the_named_vote_in_the_meeting_s_agenda_items(client, room):
    meeting = client.get(f"{API}meeting/{room.meeting.pk}/").json()
    [item] = [i for i in meeting["agendaItem"] if i["name"] == "Community safety plan"]
    assert item["moot:votes"][0]["result"] == "carried"


def test_a_restricted_item_s_vote_reaches_no_public_surface(client, secret):
    exempt = secret.meeting.items.get(title="Contract award")
    surfaces = {
        "page": _page(client, secret),
        "printed": _printed(secret),
        "api": str(_api_item(client, exempt)),
        "meeting api": str(client.get(f"{API}meeting/{secret.meeting.pk}/").json()),
    }
    for name, shown in surfaces.items():
        assert "Acme Secret" not in shown, name
        assert "Recorded vote" not in shown and "moot:votes': [{" not in shown, name
    assert "The contract was awarded." in surfaces["page"]


def test_the_committee_s_members_read_the_restricted_item_s_vote(secret):
    viewer = Viewer(user_id=1, member_of=frozenset({secret.meeting.committee_id}))
    assert "Acme Secret" in _printed(secret, viewer)


def test_an_agenda_item_with_a_named_vote_is_valid_oparl(client, room):
    from tests.api.oparl_schema import validate

    validate(_api_item(client, room.item))
    validate(client.get(f"{API}meeting/{room.meeting.pk}/").json())


def test_the_named_votes_meet_their_published_schema(client, room, lost):
    from jsonschema import Draft202012Validator, FormatChecker

    from moot.api.schemas import votes

    validator = Draft202012Validator(votes(), format_checker=FormatChecker())
    for item in (room.item, lost.item):
        served = _api_item(client, item)["moot:votes"]
        assert not [e.message for e in validator.iter_errors(served)]
    casting_alone = dict(_api_item(client, room.item)["moot:votes"][0])
    del casting_alone["castingBy"]
    assert not validator.is_valid([casting_alone])
