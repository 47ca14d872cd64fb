"""A report that cannot be read never breaks a pack: a notice stands in its place."""

from __future__ import annotations

import pytest

from moot.documents.papers.agenda import agenda, public_viewer
from moot.documents.papers.pack import build_pack

from .conftest import add_report
from .pdfcheck import bookmarks, tagged_pages, texts
from .pdfs import NOT_A_PDF, encrypted, report_pdf, truncated

BROKEN = {
    "encrypted": (lambda: encrypted(report_pdf("Locked report", 2)), "protected by a password"),
    "truncated": (lambda: truncated(report_pdf("Cut report", 4)), "incomplete"),
    "not a PDF": (lambda: NOT_A_PDF, "plain text"),
}


@pytest.fixture(params=sorted(BROKEN))
def broken(request, meeting):
    make, reason = BROKEN[request.param]
    crime = meeting.test_items["crime"]
    document = add_report(meeting, crime, "Broken annex", make(), kind="appendix", position=2)
    return document, reason


def test_the_pack_is_built_with_a_notice_in_the_report_s_place(meeting, broken):
    _document, reason = broken
    pack = build_pack(agenda(meeting, public_viewer()), title="Pack")
    pages = texts(pack.data)
    # front sheet, contents, crime report (3 pages), the notice, harmony (2) and appendix (1)
    assert pack.page_count == 9
    notice = " ".join(pages[5].split())
    assert "Broken annex" in notice
    assert "This report could not be included in this pack" in notice
    assert reason in notice
    assert "Read it on the meeting page" in notice
    assert f"/meetings/{meeting.pk}/" in notice
    assert "Page 6" in pages[5]
    assert "page 1 of Project Harmony update" in pages[6]


def test_the_clerk_is_told_which_report_and_why(meeting, broken):
    document, reason = broken
    pack = build_pack(agenda(meeting, public_viewer()), title="Pack")
    [problem] = pack.problems
    assert problem.document_id == document.pk
    assert problem.title == "Broken annex"
    assert problem.item == "SSP/2/25 Recorded crime and disorder"
    assert reason in problem.reason
    assert reason in str(problem)


def test_the_contents_points_at_the_notice_and_the_notice_stays_tagged(meeting, broken):
    pack = build_pack(agenda(meeting, public_viewer()), title="Pack")
    contents = " ".join(texts(pack.data)[1].split())
    assert "Broken annex Not included: see the notice on page 6 6" in contents
    assert (1, "Broken annex", 5) in bookmarks(pack.data)
    assert {0, 1, 5} <= tagged_pages(pack.data)


def test_a_report_whose_file_is_lost_gets_a_notice_too(meeting):
    crime = meeting.test_items["crime"]
    document = add_report(meeting, crime, "Lost annex", report_pdf("Lost", 1), position=2)
    document.file.storage.delete(document.file.name)
    pack = build_pack(agenda(meeting, public_viewer()), title="Pack")
    [problem] = pack.problems
    assert problem.reason == "its file is missing from storage"
    assert "Lost annex" in texts(pack.data)[5]
