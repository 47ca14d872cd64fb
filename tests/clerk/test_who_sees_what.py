"""The access policy's rows of docs/access.md that the pages once got wrong: draft minutes for a
clerk who also sits on the committee, unpublished documents for members, attendance on the
person page before the minutes are out."""

from __future__ import annotations

import pytest

from moot.meetings.choices import MinutesState
from tests.clerk.personas import make_user, signed_in
from tests.factories import (
    local,
    make_item,
    make_meeting,
    make_membership,
    make_person,
)

DRAFT = "Draft-minutes-4c1e"


@pytest.fixture
def undrafted(personas):
    """A held meeting whose agenda is out but whose minutes are not yet published."""
    meeting = make_meeting(personas.committee, start=local(2025, 5, 14))
    meeting.minutes_state = MinutesState.NONE
    meeting.save(update_fields=["minutes_state"])
    make_item(meeting, title="Community safety plan", minutes=f"<p>{DRAFT} text</p>")
    return meeting


def _sits_on(user, committee):
    make_membership(make_person(name=f"{user.username} sitting", user=user), committee)
    return signed_in(user)


def test_it_shows_draft_minutes_to_a_clerk_who_also_sits_on_the_committee(personas, undrafted):
    clerk = _sits_on(personas.clerk_user, personas.committee)
    assert DRAFT in clerk.get(undrafted.get_absolute_url()).content.decode()


def test_it_shows_draft_minutes_to_an_administrator_who_also_sits_on_the_committee(
    personas, undrafted
):
    admin = _sits_on(make_user("admin", is_superuser=True), personas.committee)
    assert DRAFT in admin.get(undrafted.get_absolute_url()).content.decode()


def test_it_keeps_draft_minutes_from_members_and_the_public(personas, undrafted):
    for client in (personas.public, personas.member, personas.other_clerk):
        assert DRAFT not in client.get(undrafted.get_absolute_url()).content.decode()
