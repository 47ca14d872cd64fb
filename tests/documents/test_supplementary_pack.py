"""A supplement gets its own pack: numbered and bookmarked as its contents page says, listed on
the meeting page with its format and size, and a members' version for its exempt papers."""

from __future__ import annotations

import re

import pytest
from django.utils import timezone

from moot.documents.models import PaperKind
from moot.documents.papers.build import build_papers
from moot.portal.templatetags.moot import filesize
from tests.factories import make_exempt_item, make_item

from .conftest import add_report
from .pdfcheck import bookmarks, reader, texts
from .pdfs import report_pdf
from .test_build_papers import papers, read
from .test_pack import contents_numbers

LATE_EXEMPT_WORDS = "Bid price of 41,500 pounds from Northern Shield"


@pytest.fixture
def supplement(meeting):
    """The agenda's papers built, then two late items: a public one with a report and an
    appendix, and an exempt one with a report."""
    build_papers(meeting)
    now = timezone.now()
    funding = make_item(
        meeting, title="Urgent funding bid", reference="SSP/5/25", supplement=True, published_at=now
    )
    add_report(meeting, funding, "Funding bid", report_pdf("Funding bid", 3))
    add_report(
        meeting,
        funding,
        "Funding bid appendix",
        report_pdf("Funding appendix", 2),
        kind="appendix",
        position=2,
    )
    tender = make_exempt_item(
        meeting, title="Door staff tender", reference="SSP/6/25", supplement=True, published_at=now
    )
    add_report(
        meeting, tender, "Door staff tender report", report_pdf("Tender", 2, body=LATE_EXEMPT_WORDS)
    )
    result = build_papers(meeting)
    meeting.build_result = result
    return papers(meeting)


def test_a_supplement_builds_a_supplementary_pack_and_a_members_version(meeting, supplement):
    built = [p.kind for p in meeting.build_result.built]
    assert built == [PaperKind.SUPPLEMENT, PaperKind.MEMBERS_SUPPLEMENT]
    pack = supplement[PaperKind.SUPPLEMENT]
    # front sheet, contents, 3 + 2 report pages; the exempt report is not in it
    assert pack.page_count == 7 == len(reader(read(pack)).pages)
    assert supplement[PaperKind.MEMBERS_SUPPLEMENT].page_count == 9
    assert supplement[PaperKind.MEMBERS_SUPPLEMENT].is_restricted


def test_the_supplementary_contents_page_gives_the_stamped_pages(supplement):
    pages = texts(read(supplement[PaperKind.SUPPLEMENT]))
    assert "Supplementary agenda" in pages[0]
    assert "Recorded crime report" not in pages[0]  # the original agenda's papers stay out
    numbers = contents_numbers(pages[1])
    assert numbers["Supplementary agenda front sheet"] == 1
    assert numbers["Funding bid"] == 3
    assert numbers["Funding bid appendix"] == 6
    assert "page 1 of Funding bid" in pages[3 - 1]
    assert "page 1 of Funding appendix" in pages[6 - 1]
    for number, text in enumerate(pages, start=1):
        assert f"Page {number}" in text
    assert reader(read(supplement[PaperKind.SUPPLEMENT])).page_labels == [
        str(n) for n in range(1, 8)
    ]


def test_the_supplementary_pack_has_a_bookmark_per_item_and_paper(supplement):
    assert bookmarks(read(supplement[PaperKind.SUPPLEMENT])) == [
        (0, "Supplementary agenda front sheet", 0),
        (0, "Contents", 1),
        (0, "SSP/5/25 Urgent funding bid", 2),
        (1, "Funding bid", 2),
        (1, "Funding bid appendix", 5),
        (0, "SSP/6/25 Door staff tender", 0),
    ]


def test_the_members_supplement_holds_the_exempt_report_where_its_contents_say(supplement):
    data = read(supplement[PaperKind.MEMBERS_SUPPLEMENT])
    pages = texts(data)
    assert "Not for publication" in pages[1]
    assert contents_numbers(pages[1])["Door staff tender report"] == 8
    assert LATE_EXEMPT_WORDS in pages[8 - 1]
    assert (1, "Door staff tender report", 7) in bookmarks(data)
    assert LATE_EXEMPT_WORDS not in " ".join(texts(read(supplement[PaperKind.SUPPLEMENT])))


def test_the_meeting_page_lists_the_supplementary_pack_with_format_and_size(
    meeting, supplement, client
):
    pack = supplement[PaperKind.SUPPLEMENT]
    page = client.get(meeting.get_absolute_url()).content.decode()
    listed = re.search(
        rf'<a class="document__link" href="{re.escape(pack.get_absolute_url())}">'
        r"Supplementary reports pack</a>\s*"
        r'<span class="document__meta">([^<]*)</span>',
        page,
    )
    assert listed, "the supplementary pack is not listed"
    assert listed.group(1) == f"PDF, {filesize(pack.size_bytes)}, 7 pages"
    assert "Members&#x27; supplementary pack" not in page
    assert "Members' supplementary pack" not in page
    response = client.get(pack.get_absolute_url())
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == read(pack)
