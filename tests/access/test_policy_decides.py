"""Where two ways out disagreed on an access rule, the policy now says it once and the
stricter rule holds everywhere."""

from __future__ import annotations

import pytest
from django.test import Client
from django.utils import timezone

from moot.access import policy
from moot.documents.papers.minutes import minutes_context
from moot.meetings.choices import MinutesState
from moot.meetings.services import reports
from tests.clerk.personas import make_clerk, signed_in
from tests.factories import (
    local,
    make_body,
    make_committee,
    make_decision,
    make_exempt_item,
    make_item,
    make_meeting,
)
from tests.portal.pdf import one_page_pdf

pytestmark = pytest.mark.django_db


def _report(meeting, item, *, published=True):
    document = reports.attach_document(
        meeting, one_page_pdf("Report text"), filename="report.pdf", title="Report", item=item
    )
    if published:
        document.published_at = meeting.agenda_published_at
        document.save(update_fields=["published_at"])
    return document


def test_it_answers_404_for_a_document_of_a_withdrawn_committee():
    committee = make_committee()
    meeting = make_meeting(committee)
    document = _report(meeting, make_item(meeting))
    assert Client().get(document.get_absolute_url()).status_code == 200
    committee.deleted_at = timezone.now()
    committee.save(update_fields=["deleted_at"])
    assert Client().get(document.get_absolute_url()).status_code == 404
    assert not policy.documents(policy.Viewer.public()).filter(pk=document.pk).exists()


def test_it_hides_the_items_of_a_withdrawn_body_from_everyone_but_administrators():
    body = make_body()
    meeting = make_meeting(make_committee(body))
    item = make_item(meeting)
    body.deleted_at = timezone.now()
    body.save(update_fields=["deleted_at"])
    clerk = policy.Viewer(user_id=1, clerk_of=frozenset({body.pk}))
    assert not policy.items(policy.Viewer.public()).filter(pk=item.pk).exists()
    assert not policy.items(clerk).filter(pk=item.pk).exists()
    assert not policy.meetings(policy.Viewer.public()).filter(pk=meeting.pk).exists()


def test_it_serves_a_report_not_yet_published_to_its_clerk_as_private():
    committee = make_committee()
    meeting = make_meeting(committee)
    document = _report(meeting, make_item(meeting), published=False)
    clerk = signed_in(make_clerk(committee.body))
    response = clerk.get(document.get_absolute_url())
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex"


def test_it_serves_a_public_report_for_anyone_to_keep():
    meeting = make_meeting()
    document = _report(meeting, make_item(meeting))
    assert "private" not in Client().get(document.get_absolute_url()).get("Cache-Control", "")


def test_printed_minutes_name_no_approval_the_public_was_not_told_of():
    committee = make_committee()
    meeting = make_meeting(committee, start=local(2025, 5, 14), minutes_state=MinutesState.APPROVED)
    later = make_meeting(committee, start=local(2025, 6, 11))
    approving = make_item(later, title="Minutes of the last meeting", withdrawn_at=timezone.now())
    meeting.minutes_approved_at_item = approving
    meeting.save(update_fields=["minutes_approved_at_item"])
    assert minutes_context(meeting)["approval"] == {"meeting": None, "item": None, "amendment": ""}
    page = Client().get(meeting.get_absolute_url()).content.decode()
    assert "as a true record at the meeting of" not in page


def test_printed_minutes_list_only_the_declarations_the_policy_gives():
    from moot.meetings.models import Declaration
    from tests.factories import make_person

    meeting = make_meeting(minutes_state=MinutesState.DRAFT)
    item = make_item(meeting)
    Declaration.objects.create(item=item, person=make_person(name="Dee Clarer"), kind="other")
    context = minutes_context(meeting)
    assert [d.person.name for d in context["entries"][0].declarations] == ["Dee Clarer"]
    exempt = make_exempt_item(meeting)
    make_decision(exempt, "RESOLVED in full", public_text="RESOLVED in public")
    entries = {e.item.pk: e for e in minutes_context(meeting)["entries"]}
    assert entries[exempt.pk].decisions == ["RESOLVED in public"]
    assert entries[exempt.pk].minutes == ""


def test_a_correction_reads_in_the_wording_the_policy_gives():
    committee = make_committee()
    earlier = make_meeting(committee, start=local(2025, 5, 14))
    later = make_meeting(committee, start=local(2025, 6, 11), minutes_state=MinutesState.NONE)
    corrected = make_item(earlier)
    public_item = make_item(later)
    exempt = make_exempt_item(later)
    plain = make_decision(public_item, "Minute 3 should read 12.", corrects=corrected)
    withheld = make_decision(exempt, "Secret wording", public_text="Public wording")
    public = policy.Viewer.public()
    assert policy.correction_wording(public, plain) == ""  # the later minutes are not out
    later.minutes_state = MinutesState.DRAFT
    later.save(update_fields=["minutes_state"])
    plain.item.meeting = later
    withheld.item.meeting = later
    assert policy.correction_wording(public, plain) == "Minute 3 should read 12."
    assert policy.correction_wording(public, withheld) == "Public wording"
    member = policy.Viewer(user_id=1, member_of=frozenset({committee.pk}))
    assert policy.correction_wording(member, withheld) == "Secret wording"
