"""A withheld report may carry a redacted version: uploaded by the clerk with the same checks
as any report, it is what the public lists, downloads, searches, reuses and prints in place of
the original, which stays not found (404) to them."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from moot.access import policy
from moot.documents.papers.agenda import agenda, members_viewer, public_viewer
from moot.meetings.choices import ItemKind
from moot.meetings.models import Document
from moot.meetings.services import agenda as agenda_service
from moot.meetings.services import publishing, scheduling
from moot.meetings.services import reports as reports_service
from moot.meetings.services import restrictions as restrictions_service
from moot.meetings.services.common import ServiceError
from tests.factories import local
from tests.portal.pdf import one_page_pdf


@pytest.fixture
def withheld(personas):
    """An exempt item with a report, and a public item with a restricted appendix."""
    meeting = scheduling.schedule_meeting(personas.committee, local(2030, 5, 15))
    exempt = agenda_service.add_item(meeting, {"title": "Contract", "kind": ItemKind.DECISION})
    restrictions_service.restrict_item(
        exempt,
        "exempt",
        paragraphs=[3],
        reason="Bids.",
        public_summary="A contract was let.",
        public_interest="Withholding it outweighs disclosure for now.",
    )
    report = reports_service.attach_document(
        meeting, one_page_pdf("Tender scores secret"), filename="t.pdf", title="Tender", item=exempt
    )
    public = agenda_service.add_item(meeting, {"title": "Plan", "kind": ItemKind.INFORMATION})
    appendix = reports_service.attach_document(
        meeting, one_page_pdf("Names secret"), filename="a.pdf", title="Appendix", item=public
    )
    restrictions_service.restrict_document(
        appendix,
        "exempt",
        paragraphs=[1],
        reason="Names.",
        public_interest="Withholding it outweighs disclosure for now.",
    )
    return meeting, report, appendix


def _upload(client, document, text, title=""):
    return client.post(
        f"/clerk/documents/{document.pk}/redacted-version/",
        {
            "redact-title": title,
            "redact-file": SimpleUploadedFile("redacted.pdf", one_page_pdf(text)),
        },
    )


def test_the_clerk_uploads_a_redacted_version_from_the_document_screen(personas, withheld):
    meeting, report, _ = withheld
    builder = personas.clerk.get(f"/clerk/meetings/{meeting.pk}/").content.decode()
    assert f"/clerk/documents/{report.pk}/#redacted" in builder
    assert _upload(personas.clerk, report, "Tender scores summary").status_code == 302
    report.refresh_from_db()
    redacted = report.public_version
    assert redacted.title == "Tender (redacted)"
    assert redacted.item_id == report.item_id and redacted.position == report.position
    assert redacted.page_count == 1 and "Tender scores summary" in redacted.text
    assert redacted.media_type == "application/pdf" and redacted.published_at is None
    screen = personas.clerk.get(f"/clerk/documents/{report.pk}/").content.decode()
    assert "Tender (redacted)" in screen and 'value="redact"' not in screen


def test_a_redacted_version_is_checked_like_any_report(personas, withheld):
    _, report, _ = withheld
    response = personas.clerk.post(
        f"/clerk/documents/{report.pk}/redacted-version/",
        {
            "redact-file": SimpleUploadedFile("fake.pdf", b"just some text, not a PDF"),
        },
    )
    assert response.status_code == 200
    assert "must be a PDF or a Word document" in response.content.decode()
    with override_settings(MAX_DOCUMENT_BYTES=100):
        response = _upload(personas.clerk, report, "Too big")
    assert "larger than the limit" in response.content.decode()
    report.refresh_from_db()
    assert report.public_version is None


def test_only_a_withheld_document_takes_a_redacted_version_and_only_one(personas, withheld):
    meeting, report, _ = withheld
    plain = reports_service.attach_document(
        meeting, one_page_pdf("Open"), filename="o.pdf", title="Open", item=None
    )
    with pytest.raises(ServiceError, match="public"):
        reports_service.attach_public_version(plain, one_page_pdf("x"), filename="x.pdf")
    reports_service.attach_public_version(report, one_page_pdf("first"), filename="r.pdf")
    with pytest.raises(ServiceError, match="already has a redacted version"):
        reports_service.attach_public_version(report, one_page_pdf("second"), filename="r.pdf")


def test_the_public_reads_the_redacted_version_in_place_of_the_original(personas, withheld):
    meeting, report, appendix = withheld
    _upload(personas.clerk, report, "Tender scores summary")
    _upload(personas.clerk, appendix, "Names removed", title="Appendix with names removed")
    publishing.publish_agenda(meeting, accept_short_notice=True, now=local(2030, 5, 1))
    report.refresh_from_db()
    appendix.refresh_from_db()
    page = personas.public.get(meeting.get_absolute_url()).content.decode()
    assert "Tender (redacted)" in page and "Appendix with names removed" in page
    assert report.get_absolute_url() not in page and appendix.get_absolute_url() not in page
    download = personas.public.get(report.public_version.get_absolute_url())
    assert download.status_code == 200
    assert b"Tender scores summary" in b"".join(download.streaming_content)
    assert "no-store" not in download.get("Cache-Control", "")
    assert personas.public.get(report.get_absolute_url()).status_code == 404
    assert personas.public.get(appendix.get_absolute_url()).status_code == 404
    # Whoever may read the original reads it, not the redaction.
    member_page = personas.member.get(meeting.get_absolute_url()).content.decode()
    assert report.get_absolute_url() in member_page
    assert report.public_version.get_absolute_url() not in member_page


def test_the_policy_lets_the_public_open_only_the_redacted_versions(personas, withheld):
    meeting, report, appendix = withheld
    for original in (report, appendix):
        reports_service.attach_public_version(original, one_page_pdf("R"), filename="r.pdf")
    publishing.publish_agenda(meeting, accept_short_notice=True, now=local(2030, 5, 1))
    public = set(policy.documents(policy.Viewer.public()).values_list("title", flat=True))
    assert public == {"Tender (redacted)", "Appendix (redacted)"}
    # Withdrawing the original takes its redacted version down too.
    publishing.withdraw_document(Document.objects.get(pk=report.pk), "Wrong report")
    public = set(policy.documents(policy.Viewer.public()).values_list("title", flat=True))
    assert public == {"Appendix (redacted)"}


def test_the_public_pack_prints_the_redacted_version_and_the_members_pack_the_original(
    personas, withheld
):
    meeting, report, _ = withheld
    reports_service.attach_public_version(report, one_page_pdf("R"), filename="r.pdf")
    publishing.publish_agenda(meeting, accept_short_notice=True, now=local(2030, 5, 1))

    def papers(viewer):
        return [p.document.title for e in agenda(meeting, viewer).entries for p in e.papers]

    assert papers(public_viewer()) == ["Tender (redacted)"]
    assert set(papers(members_viewer(meeting))) == {"Tender", "Appendix"}


def test_the_api_lists_the_redacted_version_as_a_file_of_the_item(personas, withheld):
    from moot.api import queries

    meeting, report, appendix = withheld
    redacted = reports_service.attach_public_version(report, one_page_pdf("R"), filename="r.pdf")
    publishing.publish_agenda(meeting, accept_short_notice=True, now=local(2030, 5, 1))
    known = set(queries.FILE.queryset().values_list("pk", flat=True))
    live = set(queries.live_files().values_list("pk", flat=True))
    assert redacted.pk in known and redacted.pk in live
    assert report.pk not in known | live and appendix.pk not in known | live
