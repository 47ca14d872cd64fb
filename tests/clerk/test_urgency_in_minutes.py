"""An item taken as urgent (Local Government Act 1972, s.100B(4)(b)) carries the chair's
agreement and the reason into the minutes: the printed minutes and the public page of the
meeting say, under that item, that the chair agreed to take it as urgent, and why."""

from __future__ import annotations

import html
import re

import pytest

from moot.documents.papers import render
from moot.documents.papers.minutes import minutes_context
from moot.meetings.choices import Jurisdiction, MinutesState
from tests.factories import make_body, make_committee, make_exempt_item, make_item, make_meeting

REASON = "The storm repairs must start before the next meeting."


def text(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


@pytest.fixture
def urgent(db):
    meeting = make_meeting(make_committee(), minutes_state=MinutesState.DRAFT)
    make_item(meeting, title="Apologies for absence")
    return make_item(meeting, title="Storm damage to the depot", urgent=True, urgency_reason=REASON)


def _printed(meeting) -> str:
    return text(render.html("papers/minutes.html", minutes_context(meeting)))


def _minute(printed: str, title: str) -> str:
    """The printed minute of the item ``title``, up to the next minute."""
    start = printed.index(title)
    return printed[start : start + 400]


def test_the_printed_minutes_give_the_chair_s_agreement_and_the_reason(urgent):
    minute = _minute(_printed(urgent.meeting), "Storm damage to the depot")
    assert (
        "The chair agreed to take this item as a matter of urgency under section 100B(4)(b) "
        f"of the Local Government Act 1972, for this reason: {REASON}"
    ) in minute
    apologies = _minute(_printed(urgent.meeting), "Apologies for absence")
    assert "urgency" not in apologies.split("Storm damage")[0]


def test_the_public_minutes_of_the_item_give_the_chair_s_agreement_and_the_reason(client, urgent):
    page = client.get(urgent.meeting.get_absolute_url()).content.decode()
    start = page.index(f'id="{urgent.anchor}"')
    item = text(page[start : page.find('class="item"', start + 20)])
    assert (
        "The chair agreed to take this item as a matter of urgency under section 100B(4)(b) "
        f"of the Local Government Act 1972, for this reason: {REASON}"
    ) in item


def test_a_restricted_urgent_item_still_gives_its_reason_to_the_public(db):
    meeting = make_meeting(make_committee(), minutes_state=MinutesState.DRAFT)
    make_exempt_item(meeting, title="Depot lease", urgent=True, urgency_reason=REASON)
    assert f"for this reason: {REASON}" in _minute(_printed(meeting), "Depot lease")


def test_a_body_outside_part_va_cites_no_section(db):
    body = make_body(jurisdiction=Jurisdiction.OTHER)
    meeting = make_meeting(make_committee(body), minutes_state=MinutesState.DRAFT)
    make_item(meeting, title="Storm damage", urgent=True, urgency_reason=REASON)
    minute = _minute(_printed(meeting), "Storm damage")
    assert (
        f"The chair agreed to take this item as a matter of urgency, for this reason: {REASON}"
        in (minute)
    )
    assert "100B" not in minute
