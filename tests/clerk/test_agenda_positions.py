"""An item's place on the agenda: only the services that move, add and remove items write it,
so a copy of an item read before another clerk moved things cannot put an old position back."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from moot.meetings.choices import ItemKind, Restriction
from moot.meetings.models import Item
from moot.meetings.services import agenda, publishing, restrictions, scheduling
from moot.meetings.services.upsert import upsert_many
from tests.factories import local, make_body, make_committee, make_meeting

PUBLISH_AT = local(2025, 5, 2, 12)


@pytest.fixture
def meeting(db):
    committee = make_committee(
        make_body(), name="Safer Stockton Partnership", reference_prefix="SSP"
    )
    committee.standard_items = ["Apologies for absence", "Community safety plan", "Youth offending"]
    committee.save()
    return scheduling.schedule_meeting(committee, local(2025, 5, 14))


def _agenda(meeting):
    return [
        (i.position, i.title, i.reference)
        for i in Item.objects.filter(meeting=meeting, withdrawn_at__isnull=True).order_by(
            "position", "pk"
        )
    ]


def _publish(meeting):
    return publishing.publish_agenda(meeting, now=PUBLISH_AT, accept_short_notice=True)


def test_it_keeps_an_item_where_another_clerk_moved_it_when_its_title_is_saved_from_an_old_copy(
    meeting,
):
    third = meeting.items.get(position=3)
    # Two clerks open item 3 before either saves.
    theirs, mine = Item.objects.get(pk=third.pk), Item.objects.get(pk=third.pk)
    version = agenda.item_version(mine)
    agenda.move_item(theirs, 1)
    agenda.edit_item(mine, {"title": "Youth offending: annual report"}, version=version)
    _publish(meeting)
    assert _agenda(meeting) == [
        (1, "Youth offending: annual report", "SSP/1/25"),
        (2, "Apologies for absence", "SSP/2/25"),
        (3, "Community safety plan", "SSP/3/25"),
    ]


def test_it_keeps_an_item_published_when_it_is_restricted_from_a_copy_read_before_publication(
    meeting,
):
    item = meeting.items.get(position=3)
    stale = Item.objects.get(pk=item.pk)
    _publish(meeting)
    restrictions.restrict_item(
        stale,
        Restriction.EXEMPT,
        paragraphs=[1],
        reason="Information about an individual.",
        public_summary="Members considered a case about a young person.",
        public_interest="Withholding it outweighs disclosure for now.",
    )
    item.refresh_from_db()
    assert item.restriction == Restriction.EXEMPT
    assert item.published_at is not None
    assert item.reference == "SSP/3/25"
    # The exclusion resolution went in before it without two items sharing a place.
    assert [(p, t) for p, t, _ in _agenda(meeting)] == [
        (1, "Apologies for absence"),
        (2, "Community safety plan"),
        (3, "Exclusion of the press and public"),
        (4, "Youth offending"),
    ]


def test_it_keeps_an_item_where_another_clerk_moved_it_when_it_is_marked_urgent_from_an_old_copy(
    meeting,
):
    first = meeting.items.get(position=1)
    stale = Item.objects.get(pk=first.pk)
    agenda.move_item(Item.objects.get(pk=first.pk), 3)
    agenda.mark_urgent(stale, "The grant closes on Friday.", chair_consented=True)
    assert [p for p, _, _ in _agenda(meeting)] == [1, 2, 3]
    assert Item.objects.get(pk=first.pk).position == 3


def test_two_live_items_of_one_meeting_cannot_share_a_position(meeting):
    with pytest.raises(IntegrityError), transaction.atomic():
        Item.objects.create(meeting=meeting, position=2, title="A second item 2")
    withdrawn = meeting.items.get(position=2)
    Item.objects.filter(pk=withdrawn.pk).update(withdrawn_at=timezone.now())
    Item.objects.create(meeting=meeting, position=2, title="In place of the withdrawn item")


def test_adding_moving_and_removing_items_keeps_the_positions_consecutive(meeting):
    added = agenda.add_item(meeting, {"title": "Serious violence duty"}, position=1)
    agenda.add_item(meeting, {"title": "Any other business", "kind": ItemKind.AOB})
    agenda.move_item(added, 4)
    agenda.move_item(meeting.items.get(title="Youth offending"), 1)
    agenda.remove_item(meeting.items.get(title="Apologies for absence"))
    assert [(p, t) for p, t, _ in _agenda(meeting)] == [
        (1, "Youth offending"),
        (2, "Community safety plan"),
        (3, "Serious violence duty"),
        (4, "Any other business"),
    ]


def test_an_import_may_swap_two_items_and_put_a_new_one_where_a_clerk_added_one(db, time_machine):
    time_machine.move_to(local(2025, 5, 1), tick=False)  # in time for the meeting's notice
    meeting = make_meeting()
    rows = {
        f"item-{n}": {"meeting": meeting, "position": n, "title": f"Report {n}"} for n in (1, 2)
    }
    upsert_many(Item, source="test", rows=rows, origin="import:test")
    agenda.add_item(meeting, {"title": "Added by the clerk"})
    rows["item-1"]["position"], rows["item-2"]["position"] = 2, 1
    rows["item-3"] = {"meeting": meeting, "position": 3, "title": "Report 3"}
    upsert_many(Item, source="test", rows=rows, origin="import:test")
    assert [(p, t) for p, t, _ in _agenda(meeting)] == [
        (1, "Report 2"),
        (2, "Report 1"),
        (3, "Added by the clerk"),
        (4, "Report 3"),
    ]


@pytest.mark.django_db(transaction=True)
def test_the_migration_renumbers_a_meeting_whose_items_share_a_position():
    before = [("meetings", "0005_document_text_acronyms")]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    apps = executor.loader.project_state(before).apps
    body = apps.get_model("meetings", "Body").objects.create(name="Stockton", slug="stockton")
    committee = apps.get_model("meetings", "Committee").objects.create(
        body=body, name="Safer Stockton Partnership", slug="ssp", reference_prefix="SSP"
    )
    meeting = apps.get_model("meetings", "Meeting").objects.create(
        committee=committee, start=local(2025, 5, 14)
    )
    item = apps.get_model("meetings", "Item")
    for position, title in [(1, "A"), (3, "B"), (3, "C"), (4, "D"), (2, "Withdrawn")]:
        withdrawn = timezone.now() if title == "Withdrawn" else None
        item.objects.create(meeting=meeting, position=position, title=title, withdrawn_at=withdrawn)
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    live = Item.objects.filter(meeting_id=meeting.pk, withdrawn_at__isnull=True)
    assert list(live.order_by("position").values_list("position", "title")) == [
        (1, "A"),
        (2, "B"),
        (3, "C"),
        (4, "D"),
    ]
    assert Item.objects.get(title="Withdrawn").position == 2
