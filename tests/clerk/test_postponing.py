"""Postponing a meeting offers to schedule the new date: the new meeting gets the same agenda
items as unpublished drafts, and the two public pages link to each other."""

from __future__ import annotations

import pytest

from moot.meetings.choices import ItemKind, MeetingStatus
from moot.meetings.models import Meeting
from moot.meetings.services import agenda, publishing, restrictions, scheduling
from moot.meetings.services.common import ServiceError
from tests.factories import local


@pytest.fixture
def meeting(personas):
    meeting = scheduling.schedule_meeting(personas.committee, local(2030, 5, 15))
    report = agenda.add_item(meeting, {"title": "Crime figures", "kind": ItemKind.INFORMATION})
    secret = agenda.add_item(meeting, {"title": "Contract", "kind": ItemKind.DECISION})
    restrictions.restrict_item(
        secret,
        "exempt",
        paragraphs=[3],
        reason="Bids.",
        public_summary="A contract was let.",
        public_interest="Withholding it outweighs disclosure for now.",
    )
    publishing.publish_agenda(meeting, accept_short_notice=True, now=local(2030, 5, 1))
    report.refresh_from_db()
    publishing.withdraw_item(report, "Not ready")
    return meeting


def test_postponing_to_a_new_date_schedules_it_with_the_same_items(personas, meeting):
    scheduling.postpone_meeting(meeting, "The chair is ill.", new_start=local(2030, 6, 4, 14))
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.POSTPONED
    new = Meeting.objects.get(start=local(2030, 6, 4, 14))
    old_items = list(meeting.items.filter(withdrawn_at__isnull=True).order_by("position"))
    new_items = list(new.items.order_by("position"))
    assert [(i.title, i.kind) for i in new_items] == [(i.title, i.kind) for i in old_items]
    assert "Crime figures" not in [i.title for i in new_items]  # withdrawn: not carried over
    assert all(i.published_at is None and not i.reference for i in new_items)
    contract = new.items.get(title="Contract")
    assert contract.restriction == "exempt" and contract.exempt_paragraphs == [3]
    assert contract.public_summary == "A contract was let."
    approves = new.items.get(kind=ItemKind.MINUTES).approves_meetings.all()
    assert list(approves) == list(meeting.items.get(kind=ItemKind.MINUTES).approves_meetings.all())
    assert new.location_id == meeting.location_id and new.agenda_published_at is None


def test_postponing_without_a_new_date_schedules_nothing(personas, meeting):
    scheduling.postpone_meeting(meeting, "The chair is ill.")
    assert Meeting.objects.count() == 1


def test_the_new_date_cannot_clash_with_another_meeting(personas, meeting):
    other = scheduling.schedule_meeting(personas.committee, local(2030, 6, 4, 14))
    with pytest.raises(ServiceError, match="already meets"):
        scheduling.postpone_meeting(meeting, "Clash.", new_start=other.start)
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.SCHEDULED


def test_the_postpone_form_takes_a_new_date(personas, meeting):
    response = personas.clerk.post(
        f"/clerk/meetings/{meeting.pk}/edit/status/",
        {
            "status-action": "postpone",
            "status-reason": "The chair is ill.",
            "status-new_start": "2030-06-04T14:00",
        },
    )
    assert response.status_code == 302
    assert Meeting.objects.filter(start=local(2030, 6, 4, 14)).exists()
    refused = personas.clerk.post(
        f"/clerk/meetings/{meeting.pk}/edit/status/",
        {
            "status-action": "cancel",
            "status-reason": "No business.",
            "status-new_start": "2030-06-11T14:00",
        },
    )
    assert refused.status_code == 200
    assert "only when postponing" in refused.content.decode()


def test_both_public_pages_link_to_each_other(personas, meeting, django_assert_max_num_queries):
    scheduling.postpone_meeting(meeting, "The chair is ill.", new_start=local(2030, 6, 4, 14))
    new = Meeting.objects.get(start=local(2030, 6, 4, 14))
    old_page = personas.public.get(meeting.get_absolute_url()).content.decode()
    assert "Postponed to" in old_page and new.get_absolute_url() in old_page
    assert "4 June 2030" in old_page
    new_page = personas.public.get(new.get_absolute_url()).content.decode()
    assert "Postponed from" in new_page and meeting.get_absolute_url() in new_page
    with django_assert_max_num_queries(14):  # one more than a page without a postponement
        personas.public.get(meeting.get_absolute_url())


def test_the_postponed_meeting_points_at_its_new_date(personas, meeting):
    scheduling.postpone_meeting(meeting, "The chair is ill.", new_start=local(2030, 6, 4, 14))
    meeting.refresh_from_db()
    new = Meeting.objects.get(start=local(2030, 6, 4, 14))
    assert meeting.postponed_to == new
    assert list(new.postponed_from.all()) == [meeting]
    change = meeting.revisions.get(action="postpone").changes
    assert change["postponed_to"] == [None, new.pk]


@pytest.mark.django_db(transaction=True)
def test_postponements_recorded_only_in_the_history_are_carried_into_the_link():
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    executor.migrate([("meetings", "0007_item_live_position_uniq")])
    old = executor.loader.project_state([("meetings", "0007_item_live_position_uniq")]).apps
    OldMeeting = old.get_model("meetings", "Meeting")
    Revision = old.get_model("meetings", "Revision")
    kind = old.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label="meetings", model="meeting"
    )[0]
    # The committee is made with the models of that time: later fields have no column yet.
    body = old.get_model("meetings", "Body").objects.create(name="Old Council", slug="old-council")
    committee = old.get_model("meetings", "Committee").objects.create(
        body_id=body.pk, name="Old Committee", slug="old-committee", reference_prefix="OC"
    )
    first = OldMeeting.objects.create(committee_id=committee.pk, start=local(2030, 5, 15))
    second = OldMeeting.objects.create(committee_id=committee.pk, start=local(2030, 6, 4))
    third = OldMeeting.objects.create(committee_id=committee.pk, start=local(2030, 7, 4))
    for at, target in ((local(2030, 5, 1), second), (local(2030, 5, 2), third)):
        Revision.objects.create(
            meeting_id=first.pk,
            content_type_id=kind.pk,
            object_id=first.pk,
            action="postpone",
            changes={"status": ["scheduled", "postponed"], "postponed_to": [None, target.pk]},
            public=True,
            at=at,
            origin="clerk",
        )
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    assert Meeting.objects.get(pk=first.pk).postponed_to_id == third.pk  # the latest wins
    assert Meeting.objects.get(pk=second.pk).postponed_to_id is None
