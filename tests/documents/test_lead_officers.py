"""The front sheet names each report's lead officer: as the clerk gave it, or else as the
report's first page states it."""

from __future__ import annotations

from moot.documents.models import PaperKind
from moot.documents.papers.agenda import agenda, lead_officer, public_viewer
from moot.documents.papers.build import build_papers
from moot.documents.papers.frontsheet import pdf
from moot.meetings.models import Document
from moot.meetings.services import reports as reports_service

from .pdfcheck import texts
from .pdfs import report_pdf
from .test_build_papers import papers, read


def flat(data: bytes) -> str:
    return " ".join(" ".join(texts(data)).split())


def report(meeting, title: str) -> Document:
    return Document.objects.get(meeting=meeting, title=title)


def test_the_clerk_s_lead_officer_is_printed_on_the_front_sheet(meeting):
    harmony = report(meeting, "Project Harmony update")
    harmony.lead_officer = "Jane Smith, Head of Community Safety"
    harmony.save()
    text = flat(pdf(agenda(meeting, public_viewer())))
    assert "Project Harmony update Lead officer: Jane Smith, Head of Community Safety" in text


def test_a_lead_officer_typed_as_the_whole_line_is_printed_as_typed(meeting):
    harmony = report(meeting, "Project Harmony update")
    harmony.lead_officer = "Report of the Director of Adults, Health and Wellbeing"
    harmony.save()
    assert lead_officer(harmony) == "Report of the Director of Adults, Health and Wellbeing"
    text = flat(pdf(agenda(meeting, public_viewer())))
    assert "Report of the Director of Adults, Health and Wellbeing" in text
    assert "Lead officer: Report of" not in text


def test_the_field_wins_over_what_the_first_page_says(meeting):
    crime = report(meeting, "Recorded crime report")
    crime.lead_officer = "Chief Inspector Mark Davies, Cleveland Police"
    crime.save()
    text = flat(pdf(agenda(meeting, public_viewer())))
    assert "Lead officer: Chief Inspector Mark Davies, Cleveland Police" in text
    assert "Director of Community Services" not in text


def test_a_blank_lead_officer_falls_back_to_the_first_page(meeting):
    crime = report(meeting, "Recorded crime report")
    assert crime.lead_officer == ""
    text = flat(pdf(agenda(meeting, public_viewer())))
    assert "Recorded crime report Report of the Director of Community Services" in text


def test_a_report_without_either_prints_no_lead_officer_line(meeting):
    text = flat(pdf(agenda(meeting, public_viewer())))
    assert "Project Harmony update Appendix 1: figures" in text


def test_the_exempt_report_s_lead_officer_stays_out_of_the_public_front_sheet(meeting):
    contract = report(meeting, "CCTV contract report")
    contract.lead_officer = "Procurement Manager Petra Secretname"
    contract.save()
    build_papers(meeting)
    built = papers(meeting)
    assert "Secretname" not in flat(read(built[PaperKind.FRONT_SHEET]))
    assert "Secretname" not in flat(read(built[PaperKind.PACK]))
    assert "Procurement Manager Petra Secretname" in flat(read(built[PaperKind.MEMBERS_PACK]))


def test_changing_the_lead_officer_rebuilds_the_front_sheet(meeting):
    build_papers(meeting)
    before = papers(meeting)[PaperKind.FRONT_SHEET].sha256
    reports_service.set_lead_officer(
        report(meeting, "Project Harmony update"), "  Director of   Community Services "
    )
    assert report(meeting, "Project Harmony update").lead_officer == (
        "Director of Community Services"
    )
    result = build_papers(meeting)
    assert PaperKind.FRONT_SHEET in [p.kind for p in result.built]
    sheet = papers(meeting)[PaperKind.FRONT_SHEET]
    assert sheet.sha256 != before
    assert "Project Harmony update Lead officer: Director of Community Services" in flat(
        read(sheet)
    )


def test_a_redacted_version_keeps_the_original_s_lead_officer(meeting):
    contract = report(meeting, "CCTV contract report")
    contract.lead_officer = "Head of Procurement"
    contract.save()
    redacted = reports_service.attach_public_version(
        contract, report_pdf("CCTV contract (redacted)", 1), filename="redacted.pdf"
    )
    assert redacted.lead_officer == "Head of Procurement"


def test_attaching_a_report_saves_its_lead_officer(meeting):
    document = reports_service.attach_document(
        meeting,
        report_pdf("Youth diversion", 1),
        filename="youth.pdf",
        title="Youth diversion",
        item=meeting.test_items["harmony"],
        lead_officer="Youth Justice Manager",
    )
    assert document.lead_officer == "Youth Justice Manager"
