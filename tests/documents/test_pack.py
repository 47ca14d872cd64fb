"""The reports pack: what it holds, in what order, numbered and bookmarked as its contents say."""

from __future__ import annotations

import re

import pytest

from moot.documents.papers.agenda import agenda, members_viewer, public_viewer
from moot.documents.papers.pack import build_pack

from .conftest import EXEMPT_WORDS
from .pdfcheck import bookmarks, catalog, reader, tagged_pages, texts

TITLE = "Agenda reports pack: Safer Stockton Partnership, 14 May 2025"


@pytest.fixture
def public_pack(meeting):
    return build_pack(agenda(meeting, public_viewer()), title=TITLE)


@pytest.fixture
def members_pack(meeting):
    return build_pack(
        agenda(meeting, members_viewer(meeting)), title="Members' pack", members_pack=True
    )


def contents_numbers(page_text: str) -> dict[str, int]:
    """Paper title → page number, as the contents page prints them."""
    found = {}
    for line in page_text.splitlines():
        match = re.match(r"^(.*?)\s*(\d+)$", line.strip())
        if match and match.group(1):
            found[match.group(1).strip()] = int(match.group(2))
    return found


def test_the_public_pack_holds_the_front_sheet_contents_and_public_reports(public_pack):
    # front sheet, contents, 3 + 2 + 1 report pages; the exempt report's 2 pages are not there
    assert public_pack.page_count == 8
    assert len(reader(public_pack.data).pages) == 8
    assert public_pack.problems == []


def test_the_front_sheet_reads_in_the_conventional_order(public_pack):
    front = texts(public_pack.data)[0]
    for expected in [
        "Stockton-on-Tees Borough Council",
        "Safer Stockton Partnership",
        "Wednesday 14 May 2025",
        "9.00am",
        "Council Chamber, Dunedin House",
        "John Devine, Democratic Services Officer",
        "Cllr Steve Nelson (Chair)",
        "Kate Smith, Cleveland Police",
        "SSP/2/25",
        "Recorded crime report",
        "Report of the Director of Community Services",
        "SSP/4/25",
        "CCTV contract award",
        "paragraph 3 of Part 1 of Schedule 12A",
    ]:
        assert expected in " ".join(front.split()), expected
    flat = " ".join(front.split())
    assert flat.index("Membership") < flat.index("SSP/1/25") < flat.index("SSP/4/25")


def test_every_page_is_stamped_with_its_number_in_the_pack(public_pack):
    for number, text in enumerate(texts(public_pack.data), start=1):
        assert f"Page {number}" in text


def test_the_contents_page_numbers_are_the_stamped_pages(public_pack):
    pages = texts(public_pack.data)
    numbers = contents_numbers(pages[1])
    assert numbers["Recorded crime report"] == 3
    assert numbers["Project Harmony update"] == 6
    assert numbers["Appendix 1: figures"] == 8
    assert "page 1 of Recorded crime report" in pages[3 - 1]
    assert "page 1 of Project Harmony update" in pages[6 - 1]
    assert "page 1 of Appendix 1" in pages[8 - 1]


def test_there_is_a_bookmark_per_item_and_per_report(public_pack):
    assert bookmarks(public_pack.data) == [
        (0, "Agenda front sheet", 0),
        (0, "Contents", 1),
        (0, "SSP/1/25 Apologies for absence", 0),
        (0, "SSP/2/25 Recorded crime and disorder", 2),
        (1, "Recorded crime report", 2),
        (0, "SSP/3/25 Project Harmony", 5),
        (1, "Project Harmony update", 5),
        (1, "Appendix 1: figures", 7),
        (0, "SSP/4/25 CCTV contract award", 0),
    ]


def test_pages_are_labelled_with_the_pack_numbers(public_pack):
    assert reader(public_pack.data).page_labels == [str(n) for n in range(1, 9)]


def test_moot_s_own_pages_stay_tagged_with_title_and_language(public_pack):
    root = catalog(public_pack.data)
    assert root["/Lang"] == "en-GB"
    assert bool(root["/MarkInfo"]["/Marked"])
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    assert reader(public_pack.data).metadata.title == TITLE
    assert {0, 1} <= tagged_pages(public_pack.data)


def test_no_exempt_text_reaches_the_public_pack(public_pack):
    text = "\n".join(texts(public_pack.data))
    assert EXEMPT_WORDS not in text
    assert "CCTV contract report" not in text  # not even the exempt paper's title
    assert "Exempt: papers not published" in text


def test_the_members_pack_holds_the_exempt_report_and_says_so(members_pack):
    pages = texts(members_pack.data)
    assert members_pack.page_count == 10
    assert "Not for publication" in pages[1]
    assert contents_numbers(pages[1])["CCTV contract report"] == 9
    assert EXEMPT_WORDS in pages[8]
    assert (1, "CCTV contract report", 8) in bookmarks(members_pack.data)
