"""What the clerk's work puts on the public meeting page: the action log under matters arising
and supplement items labelled as such."""

from __future__ import annotations

import pytest

from moot.meetings.choices import ItemKind
from moot.meetings.services import (
    actions,
    agenda,
    approval,
    publishing,
    restrictions,
    scheduling,
)
from tests.factories import local


@pytest.fixture
def two_meetings(personas):
    first = scheduling.schedule_meeting(personas.committee, local(2030, 5, 15))
    report = agenda.add_item(first, {"title": "Crime figures", "kind": ItemKind.INFORMATION})
    secret = agenda.add_item(first, {"title": "Contract", "kind": ItemKind.DECISION})
    restrictions.restrict_item(
        secret,
        "exempt",
        paragraphs=[3],
        reason="Bids.",
        public_summary="A contract was let.",
        public_interest="Withholding it outweighs disclosure for now.",
    )
    publishing.publish_agenda(first, accept_short_notice=True, now=local(2030, 5, 1))
    report.refresh_from_db()
    secret.refresh_from_db()
    actions.add_action(report, "Bring the burglary figures", owner="Police")
    actions.add_action(secret, "Sign the exempt contract")
    second = scheduling.schedule_meeting(personas.committee, local(2030, 7, 17))
    publishing.publish_agenda(second, accept_short_notice=True, now=local(2030, 7, 1))
    return first, second


def _arising(page: str) -> str:
    return page.split("Matters arising")[1].split('class="item"')[0]


def test_open_actions_appear_under_matters_arising_once_their_minutes_are_public(
    personas, two_meetings
):
    first, second = two_meetings
    page = personas.public.get(second.get_absolute_url()).content.decode()
    assert "Bring the burglary figures" not in page  # the first minutes are not public yet
    approval.publish_minutes(first)
    section = _arising(personas.public.get(second.get_absolute_url()).content.decode())
    assert "Bring the burglary figures" in section and "Open" in section
    assert "Sign the exempt contract" not in section
    member_view = _arising(personas.member.get(second.get_absolute_url()).content.decode())
    assert "Sign the exempt contract" in member_view


def test_where_an_action_was_closed_is_shown_with_the_closing_minutes(personas, two_meetings):
    first, second = two_meetings
    approval.publish_minutes(first)
    action = first.items.get(title="Crime figures").actions.get()
    arising = second.items.get(kind=ItemKind.MATTERS_ARISING)
    actions.close_action(action, arising, status="done", note="Figures circulated")
    section = _arising(personas.public.get(second.get_absolute_url()).content.decode())
    assert "Figures circulated" not in section  # the second minutes are not public yet
    approval.publish_minutes(second)
    section = _arising(personas.public.get(second.get_absolute_url()).content.decode())
    assert "Completed" in section and "at this meeting" in section
    assert "Figures circulated" in section


def test_a_supplement_item_is_labelled(personas, two_meetings):
    _first, second = two_meetings
    agenda.add_item(second, {"title": "Late report", "kind": ItemKind.INFORMATION})
    publishing.publish_agenda(second, accept_short_notice=True, now=local(2030, 7, 10))
    page = personas.public.get(second.get_absolute_url()).content.decode()
    late = page.split("Late report")[1].split('class="item"')[0]
    assert "Supplement" in late
    assert page.count(">Supplement<") == 1


def test_the_action_log_costs_one_query_however_many_actions(
    personas, two_meetings, django_assert_num_queries
):
    first, second = two_meetings
    approval.publish_minutes(first)
    url = second.get_absolute_url()
    approval.publish_minutes(second)  # the page reads the attendance too: 11 + the log
    with django_assert_num_queries(13):
        personas.public.get(url)
    report = first.items.get(title="Crime figures")
    for n in range(10):
        actions.add_action(report, f"Action {n}")
    with django_assert_num_queries(13):
        assert "Action 9" in personas.public.get(url).content.decode()
