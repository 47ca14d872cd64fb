"""The clerk names each report's lead officer when attaching it or on its screen; the front
sheet prints it."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from moot.meetings.choices import ItemKind
from moot.meetings.models import Document, Revision
from moot.meetings.services import agenda, publishing, reports, scheduling
from tests.factories import local
from tests.portal.pdf import one_page_pdf


@pytest.fixture
def item(personas):
    meeting = scheduling.schedule_meeting(personas.committee, local(2030, 5, 15))
    return agenda.add_item(meeting, {"title": "Crime figures", "kind": ItemKind.INFORMATION})


def upload(title: str, lead_officer: str = "") -> dict:
    return {
        "document-title": title,
        "document-kind": "report",
        "document-lead_officer": lead_officer,
        "document-file": SimpleUploadedFile(f"{title}.pdf", one_page_pdf(title), "application/pdf"),
    }


def test_the_clerk_names_the_lead_officer_when_attaching_a_report(personas, item):
    url = f"/clerk/items/{item.pk}/"
    assert 'name="document-lead_officer"' in personas.clerk.get(url).content.decode()
    response = personas.clerk.post(
        url + "documents/new/", upload("Crime report", "  Director of   Community Services ")
    )
    assert response.status_code == 302
    document = Document.objects.get(item=item)
    assert document.lead_officer == "Director of Community Services"
    page = personas.clerk.get(url).content.decode()
    assert "Crime report</a> (PDF, " in page and "Director of Community Services" in page


def test_the_lead_officer_may_be_left_empty(personas, item):
    personas.clerk.post(f"/clerk/items/{item.pk}/documents/new/", upload("Crime report"))
    assert Document.objects.get(item=item).lead_officer == ""


def test_the_clerk_edits_the_lead_officer_on_the_document_screen(personas, item):
    personas.clerk.post(
        f"/clerk/items/{item.pk}/documents/new/", upload("Crime report", "Head of Service")
    )
    document = Document.objects.get(item=item)
    url = f"/clerk/documents/{document.pk}/"
    screen = personas.clerk.get(url).content.decode()
    assert 'name="lead-lead_officer"' in screen and 'value="Head of Service"' in screen
    response = personas.clerk.post(
        url + "lead-officer/", {"lead-lead_officer": "Report of the Chief Executive"}
    )
    assert response.status_code == 302 and response["Location"] == url
    document.refresh_from_db()
    assert document.lead_officer == "Report of the Chief Executive"
    revision = Revision.objects.filter(object_id=document.pk, action="update").get()
    assert revision.changes == {
        "lead_officer": ["Head of Service", "Report of the Chief Executive"]
    }
    assert revision.public is False  # not yet published
    personas.clerk.post(url + "lead-officer/", {"lead-lead_officer": ""})
    document.refresh_from_db()
    assert document.lead_officer == ""


def test_a_published_report_s_change_is_a_public_revision(personas, item):
    personas.clerk.post(f"/clerk/items/{item.pk}/documents/new/", upload("Crime report"))
    publishing.publish_agenda(item.meeting, accept_short_notice=True, now=local(2030, 5, 1))
    document = Document.objects.get(item=item)
    reports.set_lead_officer(document, "Community Safety Manager")
    assert Revision.objects.get(object_id=document.pk, action="update").public is True


@pytest.mark.parametrize("who, status", [("public", 302), ("member", 403), ("other_clerk", 404)])
def test_only_a_clerk_of_the_body_may_change_the_lead_officer(personas, item, who, status):
    personas.clerk.post(
        f"/clerk/items/{item.pk}/documents/new/", upload("Crime report", "Head of Service")
    )
    document = Document.objects.get(item=item)
    response = personas.all()[who].post(
        f"/clerk/documents/{document.pk}/lead-officer/", {"lead-lead_officer": "Someone else"}
    )
    assert response.status_code == status
    document.refresh_from_db()
    assert document.lead_officer == "Head of Service"
