"""The access policy's rows of docs/access.md that the pages once got wrong: draft minutes for a
clerk who also sits on the committee, unpublished documents for members, attendance on the
person page before the minutes are out."""

from __future__ import annotations

import pytest
from django.utils import timezone

from moot.meetings.choices import AttendanceStatus, MinutesState
from moot.meetings.models import Attendance, Document
from moot.meetings.services import reports
from tests.clerk.personas import make_user, signed_in
from tests.factories import (
    local,
    make_exempt_item,
    make_item,
    make_meeting,
    make_membership,
    make_person,
)
from tests.portal.pdf import one_page_pdf

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


# ---------- documents not yet published ----------


def _unpublished_report(meeting, item):
    document = reports.attach_document(
        meeting, one_page_pdf("Draft report"), filename="draft.pdf", title="Draft", item=item
    )
    assert document.published_at is None
    return document


def test_it_hides_an_unpublished_document_of_a_restricted_item_from_a_member(personas):
    meeting = make_meeting(personas.committee, start=local(2030, 5, 14), published=False)
    item = make_exempt_item(meeting, published=False)
    document = _unpublished_report(meeting, item)
    url = document.get_absolute_url()
    assert personas.member.get(url).status_code == 404
    assert personas.public.get(url).status_code == 404
    assert personas.other_clerk.get(url).status_code == 404
    assert personas.clerk.get(url).status_code == 200


def test_it_hides_an_unpublished_restricted_document_of_a_published_item_from_a_member(personas):
    meeting = make_meeting(personas.committee, start=local(2030, 5, 14))
    item = make_item(meeting)
    document = _unpublished_report(meeting, item)
    Document.objects.filter(pk=document.pk).update(restriction="exempt", exempt_paragraphs=[1])
    url = document.get_absolute_url()
    assert personas.member.get(url).status_code == 404
    assert personas.clerk.get(url).status_code == 200
    Document.objects.filter(pk=document.pk).update(published_at=timezone.now())
    assert personas.member.get(url).status_code == 200
    assert personas.public.get(url).status_code == 404


def test_it_hides_a_published_document_of_an_unpublished_item_from_everyone_but_clerks(personas):
    meeting = make_meeting(personas.committee, start=local(2030, 5, 14))
    item = make_item(meeting, published=False)
    document = _unpublished_report(meeting, item)
    Document.objects.filter(pk=document.pk).update(published_at=timezone.now())
    url = document.get_absolute_url()
    for client in (personas.public, personas.member, personas.other_clerk):
        assert client.get(url).status_code == 404
    assert personas.clerk.get(url).status_code == 200


def test_it_hides_the_documents_of_a_withdrawn_item_from_a_member(personas):
    meeting = make_meeting(personas.committee, start=local(2030, 5, 14))
    item = make_exempt_item(meeting)
    document = _unpublished_report(meeting, item)
    Document.objects.filter(pk=document.pk).update(published_at=timezone.now())
    assert personas.member.get(document.get_absolute_url()).status_code == 200
    item.withdrawn_at = timezone.now()
    item.save(update_fields=["withdrawn_at"])
    assert personas.member.get(document.get_absolute_url()).status_code == 404
    assert personas.clerk.get(document.get_absolute_url()).status_code == 200


# ---------- attendance on the person page ----------


def test_the_person_page_shows_attendance_only_once_the_minutes_may_be_read(personas, undrafted):
    person = make_person(name="Bea Present")
    Attendance.objects.create(meeting=undrafted, person=person, status=AttendanceStatus.PRESENT)
    url = person.get_absolute_url()
    for client in (personas.public, personas.member, personas.other_clerk):
        assert "14 May 2025" not in client.get(url).content.decode()
    assert "14 May 2025" in personas.clerk.get(url).content.decode()
    undrafted.minutes_state = MinutesState.DRAFT
    undrafted.save(update_fields=["minutes_state"])
    assert "14 May 2025" in personas.public.get(url).content.decode()
