"""The domain announces what changed: ``changing`` in the writer's transaction, ``changed``
once after it commits, with the transaction's changes merged; nothing for a rollback."""

from __future__ import annotations

import pytest
from django.db import transaction

from moot.meetings import events
from moot.meetings.services import agenda, publishing, scheduling
from tests.factories import local, make_committee

pytestmark = pytest.mark.django_db


@pytest.fixture
def heard():
    """What each signal carried, in order."""
    log: dict[str, list[events.Change]] = {"changing": [], "changed": []}

    def on_changing(sender, change, **kwargs):
        log["changing"].append(change)

    def on_changed(sender, change, **kwargs):
        log["changed"].append(change)

    events.changing.connect(on_changing, dispatch_uid="test-changing")
    events.changed.connect(on_changed, dispatch_uid="test-changed")
    yield log
    events.changing.disconnect(dispatch_uid="test-changing")
    events.changed.disconnect(dispatch_uid="test-changed")


def test_a_transaction_is_announced_once_after_it_commits(
    heard, django_capture_on_commit_callbacks
):
    # Everything inside the capture: a change made before it would be joined by these and run
    # when the test's own transaction ends, not here.
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        meeting = scheduling.schedule_meeting(make_committee(), local(2030, 5, 15))
        first = agenda.add_item(meeting, {"title": "Crime figures", "kind": "information"})
        second = agenda.add_item(meeting, {"title": "Budget", "kind": "decision"})
        assert heard["changed"] == []  # nothing is announced before the commit
        assert len(heard["changing"]) >= 2
    assert len(heard["changed"]) == 1
    change = heard["changed"][0]
    assert {first.pk, second.pk} <= change.items[meeting.pk]


def test_a_rolled_back_change_is_never_announced(heard, django_capture_on_commit_callbacks):
    committee = make_committee()
    meeting = scheduling.schedule_meeting(committee, local(2030, 5, 15))
    heard["changed"].clear()
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        agenda.add_item(meeting, {"title": "Never", "kind": "information"})
        raise RuntimeError("the clerk's request failed")
    assert heard["changed"] == []


def test_a_change_joined_to_one_made_in_a_rolled_back_savepoint_is_still_announced(
    heard, django_capture_on_commit_callbacks
):
    outer = events.Change.of(meetings=[1])
    inner = events.Change.of(meetings=[2])
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        try:
            with transaction.atomic():
                events.announce(inner)
                raise RuntimeError
        except RuntimeError:
            pass
        events.announce(outer)
    assert [c.meetings for c in heard["changed"]] == [frozenset({1})]


def test_changes_merge_field_by_field():
    a = events.Change.of(items=[(1, 10)], papers=[1], origin="clerk")
    b = events.Change.of(items=[(1, 11), (2, 20)], withdrawn=[2], public=True, origin="clerk")
    merged = a | b
    assert merged.items == {1: frozenset({10, 11}), 2: frozenset({20})}
    assert merged.papers == {1} and merged.withdrawn == {2} and merged.public
    assert merged.touched() == {1, 2}


def test_a_failing_listener_does_not_fail_the_writer(django_capture_on_commit_callbacks, caplog):
    def broken(sender, change, **kwargs):
        raise ValueError("the index is on fire")

    events.changed.connect(broken, dispatch_uid="test-broken")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            meeting = scheduling.schedule_meeting(make_committee(), local(2030, 5, 15))
    finally:
        events.changed.disconnect(dispatch_uid="test-broken")
    assert meeting.pk
    assert "A listener of the domain's changes failed" in caplog.text


def test_taking_down_published_material_is_announced_in_its_transaction(
    heard, django_capture_on_commit_callbacks
):
    meeting = scheduling.schedule_meeting(make_committee(), local(2030, 5, 15))
    item = agenda.add_item(meeting, {"title": "Crime figures", "kind": "information"})
    publishing.publish_agenda(meeting, accept_short_notice=True, now=local(2030, 5, 1))
    item.refresh_from_db()
    heard["changing"].clear()
    with django_capture_on_commit_callbacks(execute=False):
        publishing.withdraw_item(item, "Published by mistake")
        assert any(meeting.pk in c.withdrawn for c in heard["changing"])


def test_changes_of_nested_service_calls_are_announced_together_once(
    heard, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        with transaction.atomic():  # a service call of its own, released
            events.announce(events.Change.of(meetings=[1]))
        with transaction.atomic():
            events.announce(events.Change.of(meetings=[2]))
        events.announce(events.Change.of(meetings=[3]))
    assert [c.meetings for c in heard["changed"]] == [frozenset({1, 2, 3})]


def test_a_row_whose_item_is_loaded_names_its_meeting_without_a_query(
    django_assert_num_queries,
):
    from moot.meetings.models import Decision, Declaration
    from moot.meetings.signals import change_of
    from tests.factories import make_item, make_meeting

    item = make_item(make_meeting())
    with django_assert_num_queries(0):
        change = change_of(Decision(item=item, text="AGREED"))
        assert change == events.Change.of(
            items=[(item.meeting_id, item.pk)], minutes=[item.meeting_id]
        )
    with django_assert_num_queries(1):  # the item not loaded: one look-up
        change = change_of(Declaration(item_id=item.pk))
    assert change == events.Change.of(minutes=[item.meeting_id])


def test_an_app_outside_the_domain_can_have_its_saves_announced(heard):
    from moot.executive.models import DecisionMaker, MakerKind
    from moot.meetings.signals import ANNOUNCED, announce_saves_of
    from tests.factories import make_body

    body = make_body()
    heard["changing"].clear()
    joined = "executive" in ANNOUNCED
    announce_saves_of("executive")
    try:
        DecisionMaker.objects.create(
            body=body, kind=MakerKind.OFFICER, title="Director of Finance", slug="finance"
        )
    finally:
        if not joined:
            ANNOUNCED.discard("executive")
    assert heard["changing"] == [events.Change()]  # nothing named: every page may show it
