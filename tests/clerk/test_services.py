"""The clerk's write services, from scheduling to approved minutes."""

from __future__ import annotations

from datetime import date

import pytest

from moot.meetings.choices import ActionStatus, ItemKind, MeetingStatus, MinutesState, Restriction
from moot.meetings.models import Document, Item, ReferenceCounter, Revision
from moot.meetings.services import (
    actions,
    agenda,
    approval,
    decisions,
    minutes,
    publishing,
    reports,
    restrictions,
    scheduling,
)
from moot.meetings.services.common import ServiceError
from moot.meetings.services.history import revisions_of
from moot.meetings.services.items import live_items
from tests.factories import local, make_body, make_committee
from tests.portal.pdf import one_page_pdf

pytestmark = pytest.mark.django_db

PUBLISH_AT = local(2025, 5, 2, 12)  # in good time for 14 May 2025 (deadline 6 May)


@pytest.fixture
def committee():
    return make_committee(make_body(), name="Safer Stockton Partnership", reference_prefix="SSP")


def _titles(meeting):
    return [i.title for i in live_items(meeting)]


def _publish(meeting, at=PUBLISH_AT, **kw):
    return publishing.publish_agenda(
        meeting, now=at, accept_short_notice=kw.pop("short", False), **kw
    )


def test_a_new_meeting_starts_with_the_standard_items(committee):
    meeting = scheduling.schedule_meeting(committee, local(2025, 5, 14))
    assert _titles(meeting) == [
        "Evacuation procedure",
        "Apologies for absence",
        "Declarations of interest",
        "Minutes of the previous meeting",
        "Matters arising and action log",
        "Any other business",
    ]
    assert meeting.status == MeetingStatus.SCHEDULED


def test_the_committees_own_standard_items_replace_the_defaults(committee):
    committee.standard_items = [{"title": "Apologies", "kind": "apologies"}, "Public questions"]
    committee.save()
    meeting = scheduling.schedule_meeting(committee, local(2025, 5, 14))
    assert [(i.title, i.kind) for i in meeting.items.all()] == [
        ("Apologies", "apologies"),
        ("Public questions", "other"),
    ]


def test_a_programme_links_each_minutes_item_to_the_meeting_before(committee):
    meetings = scheduling.schedule_programme(
        committee, [local(2025, 9, 17), local(2025, 7, 16), local(2025, 11, 19)]
    )
    assert [m.start for m in meetings] == [
        local(2025, 7, 16),
        local(2025, 9, 17),
        local(2025, 11, 19),
    ]
    first_minutes = meetings[0].items.get(kind=ItemKind.MINUTES)
    assert list(first_minutes.approves_meetings.all()) == []
    second_minutes = meetings[1].items.get(kind=ItemKind.MINUTES)
    assert list(second_minutes.approves_meetings.all()) == [meetings[0]]
    with pytest.raises(ServiceError, match="already meets"):
        scheduling.schedule_programme(committee, [local(2025, 7, 16)])


def test_cancelling_needs_a_public_reason(committee):
    meeting = scheduling.schedule_meeting(committee, local(2025, 5, 14))
    with pytest.raises(ServiceError):
        scheduling.cancel_meeting(meeting, "  ")
    scheduling.cancel_meeting(meeting, "Not quorate.")
    assert meeting.status == MeetingStatus.CANCELLED
    assert revisions_of(meeting).filter(action="cancel", public=True).exists()


def test_publishing_numbers_items_in_agenda_order_per_municipal_year(committee):
    meeting = scheduling.schedule_meeting(committee, local(2025, 5, 14))
    result = _publish(meeting)
    assert result.references == [f"SSP/{n}/25" for n in range(1, 7)]
    assert ReferenceCounter.objects.get(committee=committee, year=2025).last == 6
    meeting.refresh_from_db()
    assert meeting.agenda_published_at == PUBLISH_AT
    nxt = scheduling.schedule_meeting(committee, local(2025, 7, 16))
    assert _publish(nxt, at=local(2025, 7, 1)).references[0] == "SSP/7/25"


def test_a_meeting_before_the_new_year_keeps_the_old_years_numbers(committee):
    meeting = scheduling.schedule_meeting(committee, local(2025, 3, 19))
    assert _publish(meeting, at=local(2025, 3, 1)).references[0] == "SSP/1/24"


def test_items_added_after_publication_go_out_as_a_supplement_with_the_next_numbers(
    committee, time_machine
):
    meeting = scheduling.schedule_meeting(committee, local(2025, 5, 14))
    _publish(meeting)
    time_machine.move_to(local(2025, 5, 1), tick=False)  # added in time for full notice
    late = agenda.add_item(meeting, {"title": "Late report", "kind": ItemKind.INFORMATION})
    assert late.position == 6  # before any other business
    with pytest.raises(publishing.ShortNotice) as refused:
        _publish(meeting, at=local(2025, 5, 12, 10))
    assert "Tuesday 13 May" in str(refused.value)
    result = _publish(meeting, at=local(2025, 5, 12, 10), short=True)
    assert result.supplement
    late.refresh_from_db()
    assert (late.reference, late.supplement) == ("SSP/7/25", True)
    aob = meeting.items.get(kind=ItemKind.AOB)
    assert (aob.position, aob.reference) == (7, "SSP/6/25")  # agenda and reference order differ


def test_the_short_notice_warning_names_the_days_and_the_deadline(committee):
    meeting = scheduling.schedule_meeting(committee, local(2025, 5, 14))
    check = publishing.notice_check(meeting, date(2025, 5, 8))
    assert check.short
    assert check.clear_days == [date(2025, 5, 9), date(2025, 5, 12), date(2025, 5, 13)]
    assert "Friday 9 May, Monday 12 May, Tuesday 13 May" in check.message
    assert "Tuesday 6 May 2025" in check.message
    assert not publishing.notice_check(meeting, date(2025, 5, 6)).short


def test_parish_councils_need_three_days(committee):
    committee.body.notice_days = 3
    committee.body.save()
    meeting = scheduling.schedule_meeting(committee, local(2025, 5, 14))
    assert not publishing.notice_check(meeting, date(2025, 5, 8)).short


def test_restricting_an_item_needs_paragraphs_reason_and_summary(committee):
    meeting = scheduling.schedule_meeting(committee, local(2025, 5, 14))
    item = agenda.add_item(meeting, {"title": "Contract", "kind": ItemKind.DECISION})
    with pytest.raises(ServiceError, match="paragraph"):
        restrictions.restrict_item(item, Restriction.EXEMPT, reason="x", public_summary="y")
    with pytest.raises(ServiceError, match="no paragraph 9"):
        restrictions.restrict_item(
            item,
            Restriction.EXEMPT,
            paragraphs=[9],
            reason="x",
            public_summary="y",
            public_interest="Withholding it outweighs disclosure for now.",
        )
    with pytest.raises(ServiceError, match="summary"):
        restrictions.restrict_item(
            item,
            Restriction.EXEMPT,
            paragraphs=[3],
            reason="x",
            public_interest="Withholding it outweighs disclosure for now.",
        )
    restrictions.restrict_item(
        item,
        Restriction.EXEMPT,
        paragraphs=[3],
        reason="Commercial terms.",
        public_summary="Members considered a contract.",
        public_interest="Withholding it outweighs disclosure for now.",
    )
    assert item.is_restricted


def test_the_exclusion_resolution_names_the_paragraphs_of_the_items_after_it(committee):
    meeting = scheduling.schedule_meeting(committee, local(2025, 5, 14))
    one = agenda.add_item(meeting, {"title": "Contract"})
    two = agenda.add_item(meeting, {"title": "Investigation"})
    restrictions.restrict_item(
        one,
        Restriction.EXEMPT,
        paragraphs=[3],
        reason="r",
        public_summary="s",
        public_interest="Withholding it outweighs disclosure for now.",
    )
    restrictions.restrict_item(
        two,
        Restriction.EXEMPT,
        paragraphs=[7, 1],
        reason="r",
        public_summary="s",
        public_interest="Withholding it outweighs disclosure for now.",
    )
    titles = _titles(meeting)
    assert titles.index("Exclusion of the press and public") == titles.index("Contract") - 1
    exclusion = meeting.items.get(kind=ItemKind.EXCLUSION)
    assert "paragraphs 1, 3 and 7 of Part 1 of Schedule 12A" in exclusion.agenda_text
    assert "the following items of business" in exclusion.agenda_text
    restrictions.restrict_item(one, "")
    restrictions.restrict_item(two, "")
    assert not meeting.items.filter(kind=ItemKind.EXCLUSION).exists()


def test_an_urgent_item_needs_the_chairs_consent_and_a_reason(committee):
    meeting = scheduling.schedule_meeting(committee, local(2025, 5, 14))
    item = agenda.add_item(meeting, {"title": "Flood response"})
    with pytest.raises(ServiceError, match="chair"):
        agenda.mark_urgent(item, "Floods last week", chair_consented=False)
    agenda.mark_urgent(item, "Floods last week", chair_consented=True)
    assert item.urgent and item.urgency_reason == "Floods last week"


def test_a_report_is_checked_from_its_content_and_its_text_kept(committee, settings):
    meeting = scheduling.schedule_meeting(committee, local(2025, 5, 14))
    item = agenda.add_item(meeting, {"title": "Crime report"})
    doc = reports.attach_document(
        meeting,
        one_page_pdf("Recorded crime"),
        filename="Crime Report.PDF",
        title="Recorded crime report",
        item=item,
    )
    assert (doc.format, doc.page_count, doc.filename) == ("PDF", 1, "crime-report.pdf")
    assert "Recorded crime" in doc.text
    with pytest.raises(ServiceError, match="PDF or a Word"):
        reports.attach_document(
            meeting, b"MZ\x90\x00 not a report", filename="report.pdf", title="x"
        )
    settings.MAX_DOCUMENT_BYTES = 100
    with pytest.raises(ServiceError, match="larger than the limit"):
        reports.attach_document(meeting, one_page_pdf(), filename="r.pdf", title="x")


def test_documents_go_out_with_the_agenda(committee):
    meeting = scheduling.schedule_meeting(committee, local(2025, 5, 14))
    doc = reports.attach_document(meeting, one_page_pdf(), filename="a.pdf", title="Agenda")
    _publish(meeting)
    doc.refresh_from_db()
    assert doc.published_at == PUBLISH_AT


def test_a_change_to_a_published_item_is_public_history_with_who_and_when(
    committee, django_user_model
):
    clerk = django_user_model.objects.create_user("clerk")
    meeting = scheduling.schedule_meeting(committee, local(2025, 5, 14))
    item = agenda.add_item(meeting, {"title": "Budget"})
    agenda.edit_item(item, {"title": "Budget 2025"}, user=clerk)
    assert not revisions_of(item).filter(public=True).exists()
    _publish(meeting)
    item.refresh_from_db()
    agenda.edit_item(item, {"title": "Budget 2025/26"}, user=clerk)
    revision = revisions_of(item).get(public=True)
    assert revision.user == clerk
    assert revision.changes == {"title": ["Budget 2025", "Budget 2025/26"]}
    assert revision.at is not None


def test_a_withheld_change_to_a_restricted_item_is_not_public_history(committee):
    meeting = scheduling.schedule_meeting(committee, local(2025, 5, 14))
    item = agenda.add_item(meeting, {"title": "Contract"})
    restrictions.restrict_item(
        item,
        Restriction.EXEMPT,
        paragraphs=[3],
        reason="r",
        public_summary="s",
        public_interest="Withholding it outweighs disclosure for now.",
    )
    _publish(meeting)
    item.refresh_from_db()
    agenda.edit_item(item, {"agenda_text": "<p>secret terms</p>"})
    assert not revisions_of(item).filter(public=True).exists()


def _held_meeting_with_minutes(committee):
    meeting = scheduling.schedule_meeting(committee, local(2025, 5, 14))
    _publish(meeting)
    item = meeting.items.get(kind=ItemKind.APOLOGIES)
    item = minutes.save_minutes(
        item, "<p>Apologies were received.</p>", version=minutes.version_of("")
    )
    approval.publish_minutes(meeting)
    return meeting, item


def test_a_second_save_of_stale_minutes_is_refused_and_changes_nothing(committee):
    _meeting, item = _held_meeting_with_minutes(committee)
    opened = minutes.version_of(item.minutes)
    minutes.save_minutes(item, "<p>Apologies from Cllr A.</p>", version=opened)
    with pytest.raises(minutes.StaleEdit, match="merge"):
        minutes.save_minutes(item, "<p>Apologies from Cllr B.</p>", version=opened)
    item.refresh_from_db()
    assert item.minutes == "<p>Apologies from Cllr A.</p>"


def test_approval_at_a_later_meeting_links_both_ways_and_locks(committee):
    meeting, item = _held_meeting_with_minutes(committee)
    later = scheduling.schedule_meeting(committee, local(2025, 7, 16))
    _publish(later, at=local(2025, 7, 1))
    minutes_item = later.items.get(kind=ItemKind.MINUTES)
    assert list(minutes_item.approves_meetings.all()) == [meeting]
    approved = approval.approve_minutes(minutes_item, [meeting], amendment="Cllr C was present.")
    assert approved.decision.text == (
        "The minutes of the meeting held on Wednesday 14 May 2025 were agreed as a true record, "
        "subject to the following amendment: Cllr C was present."
    )
    meeting.refresh_from_db()
    assert meeting.minutes_state == MinutesState.APPROVED
    assert meeting.minutes_approved_at_item == minutes_item
    assert list(meeting.approved_by_items.all()) == [minutes_item]
    with pytest.raises(minutes.MinutesLocked):
        minutes.save_minutes(item, "<p>Changed</p>", version=minutes.version_of(item.minutes))
    with pytest.raises(minutes.MinutesLocked):
        decisions.add_decision(item, "AGREED something else")
    with pytest.raises(minutes.MinutesLocked):
        approval.approve_minutes(minutes_item, [meeting])


def test_one_item_may_approve_several_meetings(committee):
    first, _ = _held_meeting_with_minutes(committee)
    second = scheduling.schedule_meeting(committee, local(2025, 6, 11))
    _publish(second, at=local(2025, 6, 1))
    approval.publish_minutes(second)
    third = scheduling.schedule_meeting(committee, local(2025, 7, 16))
    _publish(third, at=local(2025, 7, 1))
    item = third.items.get(kind=ItemKind.MINUTES)
    approved = approval.approve_minutes(item, [second, first])
    assert (
        "meetings held on Wednesday 14 May 2025 and Wednesday 11 June 2025"
        in approved.decision.text
    )
    assert set(item.approves_meetings.all()) == {first, second}


def test_open_actions_appear_at_the_next_meeting_and_close_there(committee):
    _meeting, item = _held_meeting_with_minutes(committee)
    action = actions.add_action(item, "Share the training links", owner="Community Safety")
    later = scheduling.schedule_meeting(committee, local(2025, 7, 16))
    assert list(actions.open_actions(committee, before=later)) == [action]
    arising = later.items.get(kind=ItemKind.MATTERS_ARISING)
    actions.close_action(action, arising, note="Links shared on 20 May.")
    assert action.status == ActionStatus.DONE and action.closed_at_item == arising
    assert list(actions.open_actions(committee, before=later)) == []
    with pytest.raises(ServiceError, match="later meeting"):
        actions.close_action(action, item)


def test_withdrawing_a_published_item_records_who_and_why(committee, django_user_model):
    clerk = django_user_model.objects.create_user("clerk")
    meeting = scheduling.schedule_meeting(committee, local(2025, 5, 14))
    item = agenda.add_item(meeting, {"title": "Named resident"})
    _publish(meeting)
    item.refresh_from_db()
    with pytest.raises(ServiceError, match="withdraw"):
        agenda.remove_item(item)
    publishing.withdraw_item(item, "Published by mistake: names a resident.", user=clerk)
    item.refresh_from_db()
    assert item.withdrawn_at is not None
    revision = revisions_of(item).get(action="withdraw")
    assert (revision.user, revision.note) == (clerk, "Published by mistake: names a resident.")


def test_a_release_date_publishes_but_a_review_date_only_reminds(committee):
    meeting = scheduling.schedule_meeting(committee, local(2025, 5, 14))
    released = agenda.add_item(meeting, {"title": "iQuanta report"})
    reviewed = agenda.add_item(meeting, {"title": "Investigation"})
    restrictions.restrict_item(
        released,
        Restriction.RESTRICTED,
        reason="Until the Home Office publishes.",
        public_summary="s",
        release_date=date(2025, 8, 1),
    )
    restrictions.restrict_item(
        reviewed,
        Restriction.EXEMPT,
        paragraphs=[7],
        reason="r",
        public_summary="s",
        review_date=date(2025, 8, 1),
        public_interest="Withholding it outweighs disclosure for now.",
    )
    _publish(meeting)
    assert publishing.release_due(date(2025, 7, 31)).items == []
    due = list(publishing.reviews_due([committee.body_id], date(2025, 7, 25)))
    assert reviewed in due
    result = publishing.release_due(date(2025, 8, 1))
    assert [i.pk for i in result.items] == [released.pk]
    released.refresh_from_db()
    reviewed.refresh_from_db()
    assert not released.is_restricted and reviewed.is_restricted
    revision = revisions_of(released).get(action="release")
    assert revision.public and "Friday 1 August 2025" in revision.note


def test_a_release_date_also_publishes_a_document(committee):
    meeting = scheduling.schedule_meeting(committee, local(2025, 5, 14))
    doc = reports.attach_document(meeting, one_page_pdf(), filename="a.pdf", title="Appendix")
    restrictions.restrict_document(
        doc, Restriction.RESTRICTED, reason="Embargoed.", release_date=date(2025, 8, 1)
    )
    publishing.release_due(date(2025, 8, 2))
    assert Document.objects.get(pk=doc.pk).restriction == ""


def test_removing_an_unpublished_item_closes_the_gap(committee):
    meeting = scheduling.schedule_meeting(committee, local(2025, 5, 14))
    agenda.remove_item(meeting.items.get(kind=ItemKind.EVACUATION))
    assert [i.position for i in live_items(meeting)] == [1, 2, 3, 4, 5]
    agenda.move_item(meeting.items.get(kind=ItemKind.AOB), 1)
    assert _titles(meeting)[0] == "Any other business"
    assert Item.objects.filter(meeting=meeting).count() == 5
    assert Revision.objects.filter(meeting=meeting, action="delete").count() == 1
