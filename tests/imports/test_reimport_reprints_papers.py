"""A corrected page re-imported: the papers Moot printed for the meeting follow the correction."""

import pytest

from moot.demo.loader import SEED
from moot.documents.models import Paper
from moot.documents.papers.build import build_papers
from moot.importers.moderngov_page.importer import import_page
from moot.meetings.choices import DocumentKind
from moot.meetings.models import Meeting
from tests.documents.pdfcheck import texts
from tests.factories import local, make_body, make_committee, make_item, make_meeting

pytestmark = pytest.mark.django_db(transaction=True)

SEED_TEXT = SEED.read_text(encoding="utf-8")
WORDING = "AGREED to note the update."
CORRECTED = "AGREED to note the update and to ask for a further report in September."


@pytest.fixture(autouse=True)
def _papers_urls(settings):
    settings.ROOT_URLCONF = "tests.documents.urls"
    settings.SITE_URL = "https://democracy.example.gov.uk"


def _printed_minutes(meeting) -> str:
    """The text of the meeting's public printed minutes, as one line."""
    paper = Paper.objects.select_related("document").get(
        meeting=meeting, document__kind=DocumentKind.MINUTES, document__restriction=""
    )
    with paper.document.file.open("rb") as handle:
        return " ".join(" ".join(texts(handle.read())).split())


def test_it_rebuilds_the_printed_minutes_of_a_meeting_whose_draft_page_was_corrected():
    body = make_body(name="Stockton-on-Tees Borough Council", slug="stockton")
    draft = SEED_TEXT.replace("Agenda and minutes", "Agenda and draft minutes", 1)
    assert draft.count(WORDING) == 1
    meeting = Meeting.objects.get(pk=import_page("seed.txt", body=body, text=draft).meeting_id)
    build_papers(meeting)
    assert "ask for a further report in September" not in _printed_minutes(meeting)

    import_page("seed.txt", body=body, text=draft.replace(WORDING, CORRECTED))

    assert "ask for a further report in September" in _printed_minutes(meeting)


def test_a_page_imported_again_unchanged_prints_nothing_again():
    body = make_body(name="Stockton-on-Tees Borough Council", slug="stockton")
    meeting = Meeting.objects.get(pk=import_page("seed.txt", body=body, text=SEED_TEXT).meeting_id)
    build_papers(meeting)
    before = {p.pk: p.document.sha256 for p in Paper.objects.select_related("document")}

    import_page("seed.txt", body=body, text=SEED_TEXT)

    after = {p.pk: p.document.sha256 for p in Paper.objects.select_related("document")}
    assert after == before


def test_a_page_agreeing_earlier_minutes_reprints_them_as_the_approved_record():
    body = make_body(name="Stockton-on-Tees Borough Council", slug="stockton")
    ssp = make_committee(body, name="Safer Stockton Partnership", slug="safer-stockton-partnership")
    ssp.source, ssp.external_id = "moderngov_page", f"{body.slug}:safer-stockton-partnership"
    ssp.save()
    march = make_meeting(ssp, start=local(2025, 3, 19))
    make_item(march, title="Community safety plan", minutes="<p>Members noted the plan.</p>")
    build_papers(march)
    assert "Draft minutes" in _printed_minutes(march)

    import_page("seed.txt", body=body, text=SEED_TEXT)

    printed = _printed_minutes(march)
    assert "Draft minutes" not in printed
    assert "SSP/3/25" in printed  # approved at the May meeting's item
