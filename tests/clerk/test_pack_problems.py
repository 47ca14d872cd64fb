"""The clerk is told which reports could not go into the printed packs, and why."""

from __future__ import annotations

from moot.documents.models import Paper, PaperKind
from moot.meetings.services import agenda, publishing, scheduling
from tests.factories import local, make_document


def test_the_meeting_page_lists_reports_left_out_of_the_packs(personas):
    meeting = scheduling.schedule_meeting(personas.committee, local(2030, 5, 15))
    item = agenda.add_item(meeting, {"title": "Recorded crime"})
    publishing.publish_agenda(meeting, accept_short_notice=True, now=local(2030, 5, 1))
    report = make_document(meeting, item, title="Crime figures")
    problem = {
        "document_id": report.pk,
        "title": "Crime figures",
        "item": "SSP/1/30",
        "reason": "The file is protected by a password.",
    }
    for kind in (PaperKind.PACK, PaperKind.MEMBERS_PACK):
        Paper.objects.create(
            meeting=meeting,
            kind=kind,
            document=make_document(meeting, title=f"Pack {kind}"),
            input_hash="x",
            problems=[problem],
        )
    page = personas.clerk.get(f"/clerk/meetings/{meeting.pk}/").content.decode()
    assert "Reports left out of the printed packs" in page
    assert page.count("The file is protected by a password.") == 1
    assert f'href="/clerk/documents/{report.pk}/"' in page
    assert "Reports pack" in page and "Members&#x27; reports pack" in page


def test_no_notice_when_every_report_went_in(personas):
    meeting = scheduling.schedule_meeting(personas.committee, local(2030, 5, 15))
    page = personas.clerk.get(f"/clerk/meetings/{meeting.pk}/").content.decode()
    assert "left out of the printed packs" not in page
