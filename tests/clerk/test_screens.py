"""The clerk's screens drive the services: a meeting from scheduling to agreed minutes."""

from __future__ import annotations

import pytest
from django.utils import timezone

from moot.meetings.choices import ItemKind, MinutesState
from moot.meetings.models import Attendance, Committee, Document, Item, Meeting
from moot.meetings.services import agenda, minutes, publishing, restrictions, scheduling
from tests.factories import local
from tests.portal.pdf import one_page_pdf


@pytest.fixture
def meeting(personas):
    return scheduling.schedule_meeting(
        personas.committee, timezone.now() + timezone.timedelta(days=30)
    )


def test_the_dashboard_lists_my_meetings_only(personas, meeting):
    other = personas.other_body.committees.get()
    scheduling.schedule_meeting(other, timezone.now() + timezone.timedelta(days=20))
    page = personas.clerk.get("/clerk/").content.decode()
    assert "Safer Stockton Partnership" in page
    assert "Safer Hartlepool Partnership" not in page


def test_scheduling_a_meeting_from_the_form(personas):
    response = personas.clerk.post(
        f"/clerk/committees/{personas.committee.pk}/meetings/new/", {"start": "2030-06-12T14:00"}
    )
    meeting = Meeting.objects.get(committee=personas.committee)
    assert response["Location"] == f"/clerk/meetings/{meeting.pk}/"
    assert timezone.localtime(meeting.start).hour == 14
    assert meeting.items.count() == 6


def test_a_programme_from_a_list_of_dates(personas):
    response = personas.clerk.post(
        f"/clerk/committees/{personas.committee.pk}/programme/",
        {"dates": "2030-07-17\n2030-09-18 14:00\n\n2030-11-20", "time": "10:00"},
    )
    assert response.status_code == 302
    starts = [timezone.localtime(m.start) for m in Meeting.objects.order_by("start")]
    assert [(s.month, s.hour) for s in starts] == [(7, 10), (9, 14), (11, 10)]


def test_a_bad_programme_line_is_named(personas):
    response = personas.clerk.post(
        f"/clerk/committees/{personas.committee.pk}/programme/",
        {"dates": "next Tuesday", "time": "10:00"},
    )
    assert "Line 1, “next Tuesday”, is not a date" in response.content.decode()


def test_adding_restricting_and_uploading_through_the_item_screen(personas, meeting):
    url = f"/clerk/meetings/{meeting.pk}/"
    personas.clerk.post(
        url + "items/new/",
        {
            "new-title": "Contract award",
            "new-kind": "decision",
            "new-agenda_text": "First paragraph.\n\n- one\n- two",
        },
    )
    item = Item.objects.get(title="Contract award")
    assert item.agenda_text == "<p>First paragraph.</p><ul><li>one</li><li>two</li></ul>"
    item_url = f"/clerk/items/{item.pk}/"
    response = personas.clerk.post(
        item_url + "restrict/",
        {
            "restrict-restriction": "exempt",
            "restrict-reason": "Commercial terms.",
        },
    )
    assert "Name the paragraph" in response.content.decode()
    personas.clerk.post(
        item_url + "restrict/",
        {
            "restrict-restriction": "exempt",
            "restrict-paragraphs": ["3"],
            "restrict-reason": "Commercial terms.",
            "restrict-public_interest": "Disclosure would prejudice the tender.",
            "restrict-public_summary": "A contract was awarded.",
        },
    )
    item.refresh_from_db()
    assert item.exempt_paragraphs == [3]
    assert meeting.items.filter(kind=ItemKind.EXCLUSION).exists()
    upload = {"document-title": "Tender evaluation", "document-kind": "report"}
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload["document-file"] = SimpleUploadedFile(
        "Tender.pdf", one_page_pdf("Tender"), "application/pdf"
    )
    assert personas.clerk.post(item_url + "documents/new/", upload).status_code == 302
    assert Document.objects.get(item=item).page_count == 1
    upload["document-file"] = SimpleUploadedFile("evil.pdf", b"<script>", "application/pdf")
    response = personas.clerk.post(item_url + "documents/new/", upload)
    assert "must be a PDF or a Word document" in response.content.decode()


def test_publishing_at_short_notice_needs_confirmation(personas):
    meeting = scheduling.schedule_meeting(
        personas.committee, timezone.now() + timezone.timedelta(days=2)
    )
    url = f"/clerk/meetings/{meeting.pk}/publish/"
    page = personas.clerk.get(url).content.decode()
    assert "Short notice" in page and "are required" in page
    response = personas.clerk.post(url, {})
    assert "Confirm that you are publishing at short notice" in response.content.decode()
    assert personas.clerk.post(url, {"accept_short_notice": "1"}).status_code == 302
    meeting.refresh_from_db()
    assert meeting.is_published
    assert meeting.agenda_published_by == personas.clerk_user


def test_the_second_clerk_keeps_their_text_when_the_minutes_changed(personas, meeting):
    item = meeting.items.get(kind=ItemKind.APOLOGIES)
    url = f"/clerk/items/{item.pk}/record/"  # the item's page of the record screen
    opened = minutes.version_of("")
    first = personas.clerk.post(
        url,
        {
            f"i{item.pk}-min-minutes": "Apologies from Cllr A.",
            f"i{item.pk}-min-version": opened,
        },
    )
    assert first.status_code == 302
    second = personas.clerk.post(
        url,
        {
            f"i{item.pk}-min-minutes": "Apologies from Cllr B.",
            f"i{item.pk}-min-version": opened,
        },
    )
    assert second.status_code == 409
    page = second.content.decode()
    assert "changed" in page and "merge" in page
    assert "Apologies from Cllr B." in page  # the second clerk's text, kept
    assert "Apologies from Cllr A." in page  # the current text, to merge with
    item.refresh_from_db()
    assert item.minutes == "<p>Apologies from Cllr A.</p>"


def test_attendance_decision_action_and_approval_from_the_record_screen(personas):
    earlier = scheduling.schedule_meeting(personas.committee, local(2030, 5, 15))
    publishing.publish_agenda(earlier, accept_short_notice=True, now=local(2030, 5, 1))
    url = f"/clerk/meetings/{earlier.pk}/record/"
    ann = personas.committee.memberships.get().person
    personas.clerk.post(url + "attendance/", {f"att-p{ann.pk}": "present"})
    assert Attendance.objects.get(meeting=earlier, person=ann).status == "present"
    item = earlier.items.get(kind=ItemKind.AOB)
    personas.clerk.post(
        f"/clerk/items/{item.pk}/record/",
        {
            f"i{item.pk}-decn-kind": "agreed",
            f"i{item.pk}-decn-text": "AGREED to note.",
        },
    )
    personas.clerk.post(
        f"/clerk/items/{item.pk}/record/",
        {
            f"i{item.pk}-act-text": "Circulate the links",
            f"i{item.pk}-act-owner": "Clerk",
        },
    )
    assert item.decisions.get().text == "AGREED to note."
    personas.clerk.post(f"/clerk/meetings/{earlier.pk}/minutes/publish/")
    later = scheduling.schedule_meeting(personas.committee, local(2030, 7, 17))
    publishing.publish_agenda(later, accept_short_notice=True, now=local(2030, 7, 1))
    scheduling.mark_held(later)  # being recorded: its minutes item may approve the earlier ones
    minutes_item = later.items.get(kind=ItemKind.MINUTES)
    arising = later.items.get(kind=ItemKind.MATTERS_ARISING)
    page = personas.clerk.get(f"/clerk/items/{arising.pk}/record/").content.decode()
    assert "Circulate the links" in page
    action = item.actions.get()
    personas.clerk.post(
        f"/clerk/items/{arising.pk}/record/",
        {
            f"close{action.pk}-status": "done",
        },
    )
    action.refresh_from_db()
    assert action.closed_at_item == arising
    personas.clerk.post(
        f"/clerk/items/{minutes_item.pk}/record/",
        {"go": "approve", f"i{minutes_item.pk}-appr-meetings": [earlier.pk]},
    )
    earlier.refresh_from_db()
    assert earlier.minutes_state == MinutesState.APPROVED
    locked = personas.clerk.get(url).content.decode()
    assert "approved and are locked" in locked


def test_withdrawing_a_published_item_from_its_screen(personas, meeting):
    publishing.publish_agenda(meeting, accept_short_notice=True)
    item = meeting.items.get(kind=ItemKind.AOB)
    response = personas.clerk.post(
        f"/clerk/items/{item.pk}/withdraw/", {"withdraw-reason": "Wrong meeting."}
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.withdrawn_reason == "Wrong meeting."
    assert (
        personas.public.get(meeting.get_absolute_url()).content.decode().count("Any other business")
        == 0
    )


def test_reappointing_members_for_a_new_year(personas):
    committee = personas.committee
    response = personas.clerk.post(
        f"/clerk/committees/{committee.pk}/reappoint/",
        {"year": 2031, "memberships": [committee.memberships.get().pk]},
    )
    assert response.status_code == 302
    new = committee.memberships.order_by("-pk").first()
    assert (str(new.start), str(new.end)) == ("2031-05-01", "2032-04-30")


def test_an_edit_after_publication_shows_on_the_public_page(personas, meeting):
    publishing.publish_agenda(meeting, accept_short_notice=True)
    item = meeting.items.get(kind=ItemKind.AOB)
    public_page = meeting.get_absolute_url()
    assert "updated after publication" not in personas.public.get(public_page).content.decode()
    personas.clerk.post(
        f"/clerk/items/{item.pk}/edit/",
        {
            "edit-title": "Any other urgent business",
            "edit-kind": "aob",
            "edit-agenda_text": "",
            "edit-version": agenda.item_version(item),
        },
    )
    page = personas.public.get(public_page).content.decode()
    assert "Any other urgent business" in page
    assert "updated after publication" in page


def test_the_dashboard_reminds_of_review_dates(personas, meeting):
    from datetime import timedelta

    item = agenda.add_item(meeting, {"title": "Investigation update"})
    restrictions.restrict_item(
        item,
        "exempt",
        paragraphs=[7],
        reason="Police investigation.",
        public_summary="An update was given.",
        review_date=timezone.localdate() + timedelta(days=3),
        public_interest="Withholding it outweighs disclosure for now.",
    )
    page = personas.clerk.get("/clerk/").content.decode()
    assert "Investigation update" in page and "Review by" in page
    assert "Investigation update" not in personas.other_clerk.get("/clerk/").content.decode()


def test_the_second_clerk_keeps_their_item_edit_when_the_item_changed(personas, meeting):
    item = meeting.items.get(kind=ItemKind.AOB)
    url = f"/clerk/items/{item.pk}/"
    opened = agenda.item_version(item)

    def edit(title, text):
        return personas.clerk.post(
            url + "edit/",
            {
                "edit-title": title,
                "edit-kind": "aob",
                "edit-agenda_text": text,
                "edit-version": opened,
            },
        )

    assert edit("Any other business", "Urgent matters only.").status_code == 302
    second = edit("Other business", "Items the chair agrees.")
    assert second.status_code == 409
    page = second.content.decode()
    assert "changed" in page and "merge" in page
    assert "Items the chair agrees." in page  # the second clerk's text, kept
    assert "Urgent matters only." in page  # the current text, to merge with
    item.refresh_from_db()
    assert item.agenda_text == "<p>Urgent matters only.</p>"


def test_a_committee_address_another_body_uses_is_refused_with_a_reason(personas):
    """Slugs are web addresses, unique across bodies: Hartlepool's clerk cannot take "ssp"."""
    response = personas.other_clerk.post(
        f"/clerk/bodies/{personas.other_body.slug}/committees/new/",
        {"name": "Safer Partnership", "slug": "ssp", "reference_prefix": "SP", "active": "on"},
    )
    assert response.status_code == 200
    assert "Another committee already has this web address." in response.content.decode()
    assert not Committee.objects.filter(body=personas.other_body, name="Safer Partnership")
