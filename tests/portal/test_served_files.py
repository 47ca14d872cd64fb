"""Every stored file Moot serves — a report (PDF or DOCX), an HTML/PDF polyglot an officer
uploaded, a paper Moot printed, the bulk export — carries ``Content-Security-Policy: sandbox``
and ``nosniff``: whatever script a file holds runs nothing in the site's origin."""

from __future__ import annotations

import io
import zipfile

import pytest

from moot.documents.models import Paper, PaperKind
from moot.documents.papers.build import build_papers
from moot.meetings.services import reports
from tests.factories import local, make_committee, make_item, make_meeting
from tests.portal.pdf import one_page_pdf

pytestmark = pytest.mark.django_db

SCRIPT = b"<html><body><script>document.title='ran'</script></body></html>\n"


def _docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr(
            "word/document.xml",
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            b"<w:body><w:p><w:r><w:t>Report</w:t></w:r></w:p></w:body></w:document>",
        )
    return out.getvalue()


@pytest.fixture
def published(settings):
    settings.SITE_URL = ""
    committee = make_committee(name="Safer Stockton Partnership", reference_prefix="SSP")
    meeting = make_meeting(committee, start=local(2025, 5, 14, 9))
    item = make_item(meeting, title="Recorded crime")
    files = {}
    for name, data in (
        ("report.pdf", one_page_pdf("Recorded crime report")),
        ("report.docx", _docx()),
        ("polyglot.pdf", SCRIPT + one_page_pdf("Polyglot")),  # HTML first, a PDF after
    ):
        document = reports.attach_document(meeting, data, filename=name, title=name, item=item)
        document.published_at = meeting.agenda_published_at or document.created_at
        document.save(update_fields=["published_at"])
        files[name] = document
    return meeting, files


def _assert_sandboxed(response):
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "sandbox"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_every_report_is_served_sandboxed(client, published):
    _meeting, files = published
    for document in files.values():
        response = client.get(document.get_absolute_url())
        _assert_sandboxed(response)
    polyglot = client.get(files["polyglot.pdf"].get_absolute_url())
    assert polyglot["Content-Type"] == "application/pdf"  # never text/html
    assert b"<script>" in b"".join(polyglot.streaming_content)


def test_every_printed_paper_is_served_sandboxed(client, published):
    meeting, _files = published
    build_papers(meeting)
    papers = Paper.objects.filter(meeting=meeting, document__published_at__isnull=False)
    assert {p.kind for p in papers} >= {PaperKind.FRONT_SHEET}
    for paper in papers:
        _assert_sandboxed(client.get(paper.document.get_absolute_url()))


def test_the_bulk_export_is_served_sandboxed(client, published):
    _assert_sandboxed(client.get("/oparl/v1/export.zip"))
