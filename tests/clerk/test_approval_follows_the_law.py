"""Minutes are approved as the law and the calendar allow: at a later meeting of the same
committee that has taken place (or is being recorded), under its minutes item, and only minutes
that were published. An amendment agreed with them is published with them, and once approved
the meeting's record is locked for everyone, imports included."""

from __future__ import annotations

import pytest
from django.utils import timezone

from moot.documents.models import PaperKind
from moot.documents.papers.build import build_papers
from moot.meetings.choices import AttendanceStatus, ItemKind, MinutesState, Restriction
from moot.meetings.models import Attendance, Decision, Item, Meeting
from moot.meetings.services import (
    agenda,
    approval,
    decisions,
    minutes,
    publishing,
    restrictions,
    scheduling,
)
from moot.meetings.services.common import ServiceError
from moot.meetings.services.upsert import soft_delete, upsert
from tests.documents.pdfcheck import texts
from tests.documents.test_build_papers import papers, read
from tests.factories import local, make_committee, make_person

SOURCE = "moderngov-page"


def _published(meeting, on):
    publishing.publish_agenda(meeting, accept_short_notice=True, now=on)
    return meeting


@pytest.fixture
def first(personas):
    """A meeting held in May 2025 with a minuted report and its draft minutes published."""
    meeting = scheduling.schedule_meeting(personas.committee, local(2025, 5, 14))
    report = agenda.add_item(meeting, {"title": "Crime figures", "kind": ItemKind.INFORMATION})
    _published(meeting, local(2025, 5, 1))
    report.refresh_from_db()
    minutes.save_minutes(report, "<p>Burglary fell by 12%.</p>", version=minutes.version_of(""))
    approval.publish_minutes(meeting)
    return meeting


def _minutes_item(meeting) -> Item:
    return meeting.items.get(kind=ItemKind.MINUTES)


def _later(committee, start, *, published=True):
    meeting = scheduling.schedule_meeting(committee, start)
    if published:
        _published(meeting, start - timezone.timedelta(days=14))
    return meeting


def test_it_approves_minutes_at_a_later_meeting_that_has_taken_place(personas, first):
    later = _later(personas.committee, local(2025, 7, 16))
    approval.approve_minutes(_minutes_item(later), [first])
    first.refresh_from_db()
    assert first.minutes_state == MinutesState.APPROVED


def test_it_refuses_to_approve_minutes_at_a_meeting_still_to_come(personas, first):
    future = _later(personas.committee, timezone.now() + timezone.timedelta(days=30))
    with pytest.raises(ServiceError, match="has not taken place"):
        approval.approve_minutes(_minutes_item(future), [first])
    first.refresh_from_db()
    assert first.minutes_state == MinutesState.DRAFT


def test_it_approves_at_a_meeting_marked_held_while_it_is_being_recorded(personas, first):
    today = _later(personas.committee, timezone.now() + timezone.timedelta(hours=2))
    scheduling.mark_held(today)
    approval.approve_minutes(_minutes_item(today), [first])
    first.refresh_from_db()
    assert first.minutes_state == MinutesState.APPROVED


def test_it_refuses_to_approve_minutes_at_a_meeting_whose_agenda_is_unpublished(personas, first):
    later = _later(personas.committee, local(2025, 7, 16), published=False)
    with pytest.raises(ServiceError, match=r"agenda .* not been published"):
        approval.approve_minutes(_minutes_item(later), [first])


def test_it_refuses_to_approve_minutes_at_a_cancelled_meeting(personas, first):
    later = _later(personas.committee, local(2025, 7, 16))
    scheduling.cancel_meeting(later, "No business.")
    with pytest.raises(ServiceError, match="cancelled"):
        approval.approve_minutes(_minutes_item(later), [first])


def test_it_refuses_to_approve_another_committees_minutes(personas, first):
    other = make_committee(personas.body, name="Licensing Committee", slug="licensing")
    later = _later(other, local(2025, 7, 16))
    with pytest.raises(ServiceError, match="same committee"):
        approval.approve_minutes(_minutes_item(later), [first])


def test_it_approves_only_under_the_minutes_of_the_previous_meeting_item(personas, first):
    later = _later(personas.committee, local(2025, 7, 16))
    other_item = later.items.exclude(kind=ItemKind.MINUTES).first()
    with pytest.raises(ServiceError, match="minutes of the previous meeting"):
        approval.approve_minutes(other_item, [first])


def test_it_refuses_to_approve_minutes_that_were_never_published(personas):
    unwritten = _published(
        scheduling.schedule_meeting(personas.committee, local(2025, 5, 14)), local(2025, 5, 1)
    )
    later = _later(personas.committee, local(2025, 7, 16))
    with pytest.raises(ServiceError, match="never published"):
        approval.approve_minutes(_minutes_item(later), [unwritten])
    unwritten.refresh_from_db()
    assert unwritten.minutes_state == MinutesState.NONE


def test_the_amendment_is_published_with_the_approved_minutes(personas, first):
    later = _later(personas.committee, local(2025, 7, 16))
    approval.approve_minutes(
        _minutes_item(later), [first], amendment="Cllr Clare Gamble was present."
    )
    first.refresh_from_db()
    assert first.minutes_amendment == "Cllr Clare Gamble was present."
    page = personas.public.get(first.get_absolute_url()).content.decode()
    assert "subject to the following amendment" in page
    assert "Cllr Clare Gamble was present." in page


def test_the_printed_minutes_carry_the_amendment(personas, first):
    later = _later(personas.committee, local(2025, 7, 16))
    approval.approve_minutes(
        _minutes_item(later), [first], amendment="Cllr Clare Gamble was present."
    )
    first.refresh_from_db()
    build_papers(first)
    text = " ".join(" ".join(texts(read(papers(first)[PaperKind.MINUTES]))).split())
    assert "subject to the following amendment: Cllr Clare Gamble was present." in text


# Approved minutes are locked for imports too.


@pytest.fixture
def imported(personas):
    """A meeting and its record as an import wrote them, draft minutes published."""
    meeting = _published(
        scheduling.schedule_meeting(personas.committee, local(2025, 5, 14)), local(2025, 5, 1)
    )
    approval.publish_minutes(meeting)
    item = upsert(
        Item,
        source=SOURCE,
        external_id="ssp:2025-05-14:2",
        values={"meeting": meeting, "position": 9, "title": "Crime figures"},
        origin="test",
    ).obj
    decision = upsert(
        Decision,
        source=SOURCE,
        external_id="ssp:2025-05-14:2:decision:1",
        values={"item": item, "text": "AGREED to note the report."},
        origin="test",
    ).obj
    person = make_person(name="Ann Ward")
    attendance = upsert(
        Attendance,
        source=SOURCE,
        external_id="ssp:2025-05-14:ann",
        values={"meeting": meeting, "person": person, "status": AttendanceStatus.PRESENT},
        origin="test",
    ).obj
    later = _later(personas.committee, local(2025, 7, 16))
    approval.approve_minutes(_minutes_item(later), [meeting])
    return meeting, item, decision, attendance


def test_a_reimport_does_not_change_an_approved_meetings_items_and_says_why(imported):
    meeting, item, _decision, _attendance = imported
    result = upsert(
        Item,
        source=SOURCE,
        external_id=item.external_id,
        values={"meeting": meeting, "position": 9, "title": "Crime figures (revised)"},
        origin="test",
    )
    assert result.outcome == "unchanged"
    assert [c.field for c in result.conflicts] == ["title"]
    assert "approved" in str(result.conflicts[0])
    item.refresh_from_db()
    assert item.title == "Crime figures"


def test_a_reimport_does_not_change_an_approved_meetings_decisions_or_attendance(imported):
    meeting, item, decision, attendance = imported
    changed = upsert(
        Decision,
        source=SOURCE,
        external_id=decision.external_id,
        values={"item": item, "text": "RESOLVED to do something else."},
        origin="test",
    )
    assert changed.conflicts and changed.outcome == "unchanged"
    decision.refresh_from_db()
    assert decision.text == "AGREED to note the report."
    upsert(
        Attendance,
        source=SOURCE,
        external_id=attendance.external_id,
        values={
            "meeting": meeting,
            "person": attendance.person,
            "status": AttendanceStatus.APOLOGIES,
        },
        origin="test",
    )
    attendance.refresh_from_db()
    assert attendance.status == AttendanceStatus.PRESENT


def test_an_import_cannot_take_a_row_out_of_approved_minutes(imported):
    _meeting, item, decision, _attendance = imported
    assert soft_delete(decision, origin="test") is False
    assert soft_delete(item, origin="test") is False
    assert Decision.objects.filter(pk=decision.pk).exists()
    assert Item.objects.filter(pk=item.pk).exists()


def test_an_import_cannot_unapprove_minutes(imported):
    meeting, *_ = imported
    meeting = Meeting.objects.get(pk=meeting.pk)
    meeting.source, meeting.external_id = SOURCE, "ssp:2025-05-14"
    meeting.imported = {"minutes_state": MinutesState.APPROVED}
    meeting.save()
    result = upsert(
        Meeting,
        source=SOURCE,
        external_id="ssp:2025-05-14",
        values={"minutes_state": MinutesState.DRAFT},
        origin="test",
    )
    assert result.conflicts
    meeting.refresh_from_db()
    assert meeting.minutes_state == MinutesState.APPROVED


# Draft minutes of a restricted item need its public decision wording.


def test_draft_minutes_wait_for_a_restricted_items_public_decision_wording(personas):
    meeting = scheduling.schedule_meeting(personas.committee, local(2025, 5, 14))
    contract = agenda.add_item(meeting, {"title": "CCTV contract", "kind": ItemKind.DECISION})
    restrictions.restrict_item(
        contract,
        Restriction.EXEMPT,
        paragraphs=[3],
        reason="Commercially sensitive.",
        public_interest="Disclosure would prejudice the tender.",
        public_summary="Members considered the award of the contract.",
    )
    _published(meeting, local(2025, 5, 1))
    contract.refresh_from_db()
    decision = decisions.add_decision(contract, "RESOLVED to award it to Acme for 212,000 pounds.")
    with pytest.raises(ServiceError, match="CCTV contract"):
        approval.publish_minutes(meeting)
    meeting.refresh_from_db()
    assert meeting.minutes_state == MinutesState.NONE
    decisions.edit_decision(decision, {"public_text": "RESOLVED to award the contract."})
    approval.publish_minutes(meeting)
    meeting.refresh_from_db()
    assert meeting.minutes_state == MinutesState.DRAFT
