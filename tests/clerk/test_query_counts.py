"""The back office's busiest screens cost a fixed number of queries, however big the meeting."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from moot.meetings.services import actions, agenda, decisions, publishing, scheduling
from tests.factories import local, make_document, make_membership, make_person


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def _grow(meeting, n: int, committee):
    for k in range(n):
        item = agenda.add_item(meeting, {"title": f"Report {k}", "kind": "information"})
        make_document(meeting, item, title=f"Report {k} paper")
        make_membership(make_person(name=f"Member {k}"), committee)
    publishing.publish_agenda(meeting, accept_short_notice=True, now=local(2030, 5, 1))
    for item in meeting.items.filter(title__startswith="Report"):
        decisions.add_decision(item, "AGREED to note.")
        actions.add_action(item, "Report back")


@pytest.mark.parametrize(
    ("url", "queries"),
    [
        ("/clerk/meetings/{pk}/", 12),
        ("/clerk/meetings/{pk}/record/", 28),
        ("/clerk/items/{item}/record/", 31),
    ],  # one: the brand; the checks read earlier meetings' days, people's names, the attendance (present and absent), dismissals (and their counts), whether the archive's names changed; the viewer's memberships and clerk roles are one query; an item's declaration form reads the members' register entries and dispensations (one query each)
)
def test_the_agenda_builder_and_minutes_screen_cost_the_same_for_any_size(
    personas, url, queries, django_assert_num_queries
):
    # Both have a previous meeting: the minutes checks read its minutes too.
    scheduling.schedule_meeting(personas.committee, local(2030, 4, 15))
    small = scheduling.schedule_meeting(personas.committee, local(2030, 5, 15))
    large = scheduling.schedule_meeting(personas.committee, local(2030, 5, 16))
    _grow(small, 1, personas.committee)
    _grow(large, 12, personas.committee)

    def at(meeting):
        last = meeting.items.order_by("position").last()
        return url.format(pk=meeting.pk, item=last.pk)

    _count(personas.clerk, at(small))  # warm caches (content types, dictionary)
    for meeting in (small, large):
        address = at(meeting)
        with django_assert_num_queries(queries):
            assert personas.clerk.get(address).status_code == 200


def test_the_dashboard_costs_the_same_for_any_number_of_meetings(
    personas, django_assert_num_queries
):
    now = timezone.now()
    scheduling.schedule_meeting(personas.committee, now + timezone.timedelta(days=10))
    _count(personas.clerk, "/clerk/")
    with django_assert_num_queries(12):
        personas.clerk.get("/clerk/")
    for n in range(8):
        scheduling.schedule_meeting(personas.committee, now + timezone.timedelta(days=20 + n))
    with django_assert_num_queries(12):
        personas.clerk.get("/clerk/")
