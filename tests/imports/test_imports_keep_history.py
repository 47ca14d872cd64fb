"""What an import learns besides the rows it upserts is kept in the history, like a clerk's
change: minutes published and approved, reference numbers used, files fetched, bodies made."""

from io import StringIO

import pytest
from django.core.management import call_command

from moot.demo.loader import SEED
from moot.importers.moderngov_page.importer import import_page
from moot.importers.pipeline import RunReport, fetch_files
from moot.meetings.models import Body, Document, Meeting, ReferenceCounter
from moot.meetings.services.history import revisions_of
from tests.documents.pdfs import report_pdf
from tests.factories import local, make_body, make_committee, make_document, make_meeting

pytestmark = pytest.mark.django_db

SEED_TEXT = SEED.read_text(encoding="utf-8")
ORIGIN = "import:moderngov_page"


@pytest.fixture
def body():
    return make_body(name="Stockton-on-Tees Borough Council", slug="stockton")


def test_it_keeps_the_minutes_a_page_published_in_the_meetings_history(body):
    meeting = Meeting.objects.get(pk=import_page("seed.txt", body=body, text=SEED_TEXT).meeting_id)
    revision = revisions_of(meeting).get(action="publish_minutes")
    assert revision.origin == ORIGIN
    assert revision.changes["minutes_published_at"][0] is None


def test_it_keeps_an_approval_read_from_a_page_in_the_earlier_meetings_history(body):
    ssp = make_committee(body, name="Safer Stockton Partnership", slug="safer-stockton-partnership")
    ssp.source, ssp.external_id = "moderngov_page", f"{body.slug}:safer-stockton-partnership"
    ssp.save()
    march = make_meeting(ssp, start=local(2025, 3, 19))
    import_page("seed.txt", body=body, text=SEED_TEXT)
    revision = revisions_of(march).get(action="approve_minutes")
    assert revision.origin == ORIGIN
    assert revision.changes["minutes_state"] == ["draft", "approved"]


def test_it_keeps_the_counter_moved_past_printed_references_in_the_history(body):
    import_page("seed.txt", body=body, text=SEED_TEXT)
    counter = ReferenceCounter.objects.get(year=2025)
    assert [r.changes["last"] for r in revisions_of(counter)] == [[0, 11]]
    assert counter.last == 11


def test_the_body_an_import_command_makes_has_its_history(tmp_path):
    page = tmp_path / "seed.txt"
    page.write_text(SEED_TEXT, encoding="utf-8")
    call_command(
        "import_page",
        str(page),
        "--body-name",
        "Stockton-on-Tees Borough Council",
        stdout=StringIO(),
    )
    body = Body.objects.get()
    assert body.slug == "stockton-on-tees-borough-council"
    assert revisions_of(body).get(action="create").origin == "import:command"


def test_a_fetched_file_is_stored_with_its_history():
    meeting = make_meeting()
    document = make_document(
        meeting, title="Crime report", source="oparl", external_id="https://x.test/file/1"
    )
    document.source_url = "https://x.test/file/1.pdf"
    report = RunReport()

    fetch_files(
        [document],
        lambda url, what: report_pdf("Crime report", 2),
        errors=(OSError,),
        origin="import:oparl",
        report=report,
    )

    document = Document.objects.get(pk=document.pk)
    assert report.documents_fetched == 1, report.failed
    assert (document.page_count, document.format, document.filename) == (
        2,
        "PDF",
        "crime-report.pdf",
    )
    revision = revisions_of(document).get(action="update")
    assert revision.origin == "import:oparl"
    assert revision.changes["file"][0] == ""
    assert revision.changes["text"][0] == "0 characters"
