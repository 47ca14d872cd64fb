"""Saved HTML of ModernGov's ieListDocuments.aspx as councils' installations publish it: item
tables with and without number cells, sub-items, linked titles without sizes, restricted items
and enclosures, tables inside minutes, cancelled meetings, and pages a browser saved with its
scripts, cookie banners and footers, in capitals, in another charset or as one MHTML file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moot.importers.moderngov_page.parser import PageParseError, parse_page, parse_page_file
from moot.meetings.html import sanitise

PAGES = Path(__file__).parent / "fixtures" / "pages"


def page(name):
    return parse_page_file(PAGES / name)


def numbers_and_titles(p):
    return [(i.number, i.title) for i in p.items]


def documents(item):
    return [(d.title, d.format, d.size_bytes, d.restricted, d.url) for d in item.documents]


# --- an items table with no number column ---------------------------------------------------


def test_a_table_without_number_cells_gives_unnumbered_items():
    p = page("html_unnumbered_items.html")
    assert (p.committee, p.start) == ("Allotments Forum", datetime(2025, 6, 18, 19, 15))
    assert p.venue == "The Pavilion, Meadow Lane Allotments, Wendlebury WB4 7QT"
    assert (p.contact.name, p.contact.phone) == ("Olu Bankole", "01632 960 318")
    assert p.contact.email == "democracy@wendlebury.example.gov.uk"
    assert numbers_and_titles(p) == [
        ("", "Welcome and apologies"),
        ("", "Notes of the last meeting"),
        ("", "Water supply to the east site"),
        ("", "Any other business"),
    ]
    # "Attendance details" and "Issue history" are links, not documents.
    assert p.documents == []


def test_a_title_linked_to_its_report_without_a_size_is_a_document():
    item = page("html_unnumbered_items.html").items[1]
    assert documents(item) == [
        ("Notes of the last meeting", "PDF", None, False, "documents/s20441/Notes of 12 March.pdf")
    ]
    assert item.decisions == [
        "The notes of the meeting held on 12 March 2025 were agreed as a correct record."
    ]


def test_a_title_linked_to_further_details_is_not_a_document():
    assert page("html_unnumbered_items.html").items[0].documents == []


def test_additional_documents_without_sizes_take_their_format_from_the_link():
    item = page("html_unnumbered_items.html").items[2]
    assert documents(item) == [
        ("Standpipe layout plan", "PDF", None, False, "documents/s20442/Standpipe plan.pdf"),
        ("Contractor quotation", "PDF", None, False, "mgConvert2PDF.aspx?ID=20443"),
    ]
    assert item.agenda_text == "<p>To receive an update on the replacement standpipes.</p>"


def test_minutes_keep_their_paragraphs_and_bullet_lists():
    item = page("html_unnumbered_items.html").items[2]
    assert item.minutes == (
        "<p>Members discussed the layout and asked about the cost of the second standpipe.</p>"
        "<ul><li>Plot 14 would lose its water butt stand.</li>"
        "<li>Works would start in September.</li></ul>"
        "<p>AGREED that the plan be supported subject to the contractor’s quotation being "
        "within budget.</p>"
    )
    assert sanitise(item.minutes) == item.minutes
    assert item.decisions == [
        "AGREED that the plan be supported subject to the contractor’s quotation being within "
        "budget."
    ]


# --- capitals, inline styles, an unclassed number column and sub-items ----------------------


def test_a_page_saved_in_capitals_with_unclassed_number_cells_and_sub_items():
    p = page("html_uppercase_subitems.html")
    assert p.title == "Agenda and decisions"
    assert (p.committee, p.start) == ("Planning Committee", datetime(2025, 6, 26, 14, 0))
    assert p.venue == "Council Chamber, Civic Offices, Bridge Road, Ashcombe AC1 9ZZ"
    assert p.contact.email == "planning.committee@ashcombe.example.gov.uk"
    assert p.note == "Speakers must register by noon on Tuesday 24 June 2025."
    assert numbers_and_titles(p) == [
        ("23.", "Minutes"),
        ("24.", "Planning applications & related matters"),
        ("24a", "25/00412/FUL – Land rear of 4 Orchard Close, Ashcombe"),
        ("24b", "25/00503/HOU – 12 Mill Street, Ashcombe"),
        ("25.", "Appeal decisions"),
    ]


def test_documents_of_a_page_saved_in_capitals_keep_their_urls_sizes_and_formats():
    items = page("html_uppercase_subitems.html").items
    assert documents(items[0]) == [
        ("Minutes", "PDF", 154 * 1024, False, "documents/s61210/Minutes%2029%20May.pdf")
    ]
    assert documents(items[2]) == [
        (
            "25/00412/FUL – Land rear of 4 Orchard Close, Ashcombe",
            "PDF",
            2 * 1024 * 1024,
            False,
            "documents/s61211/25-00412-FUL.pdf",
        ),
        (
            "Late representations update sheet",
            "PDF",
            88 * 1024,
            False,
            "documents/s61215/Update sheet.pdf",
        ),
    ]
    assert documents(items[4])[0][1:3] == ("DOCX", 45 * 1024)


def test_a_vote_count_in_brackets_is_not_a_decision():
    item = page("html_uppercase_subitems.html").items[2]
    assert "(For 7, Against 2, Abstentions 1)" in item.decision_text
    assert item.decisions == ["PERMISSION GRANTED subject to the conditions in the report."]


def test_a_page_read_from_windows_1252_bytes_that_says_so_is_not_decoded_twice(tmp_path):
    saved = tmp_path / "page.html"
    text = (PAGES / "html_uppercase_subitems.html").read_text(encoding="utf-8")
    saved.write_bytes(text.encode("cp1252"))
    p = parse_page_file(saved)
    assert p.items[2].title == "25/00412/FUL – Land rear of 4 Orchard Close, Ashcombe"


def test_a_utf8_page_with_a_stale_charset_declaration_keeps_its_characters():
    text = (PAGES / "html_uppercase_subitems.html").read_text(encoding="utf-8")
    assert 'charset=windows-1252"' in text
    p = parse_page(text)
    assert p.items[3].title == "25/00503/HOU – 12 Mill Street, Ashcombe"


# --- restriction, tables in minutes, chrome around the page ---------------------------------


def test_scripts_cookie_banners_navigation_and_footers_are_not_read():
    p = page("html_restricted_and_tables.html")
    assert (p.committee, p.start) == (
        "Corporate Resources Scrutiny Panel",
        datetime(2025, 7, 7, 18, 0),
    )
    assert p.venue == "Committee Room A, Tollesmere Civic Centre, Market Square, Tollesmere TL2 3HQ"
    assert (p.contact.name, p.contact.role) == ("Marek Nowicki", "Scrutiny Officer")
    assert p.contact.phone == "01632 960 771"
    assert "cookie" not in str(p.to_json_dict()).lower()
    assert "Privacy notice" not in p.items[-1].minutes
    assert p.truncated is False


def test_meeting_documents_linked_without_sizes_are_the_pages_documents():
    p = page("html_restricted_and_tables.html")
    assert [(d.title, d.format, d.size_bytes) for d in p.documents] == [
        ("Public reports pack", "PDF", None),
        ("Printed minutes", "PDF", None),
    ]
    assert p.documents[1].url.startswith("documents/g9120/Printed minutes")


def test_a_table_in_the_minutes_is_kept_as_a_table():
    item = page("html_restricted_and_tables.html").items[0]
    assert item.minutes.startswith(
        "<p>The following interests were declared:</p><table><tbody>"
        "<tr><td>Member</td><td>Item</td><td>Nature of interest</td></tr>"
        "<tr><td>Councillor Abara</td><td>33</td>"
    )
    assert "employed by a bidder &amp; withdrew</td></tr></tbody></table>" in item.minutes
    assert sanitise(item.minutes) == item.minutes
    # A declared interest's item number in a table cell is not an agenda item.
    assert [i.number for i in page("html_restricted_and_tables.html").items] == [
        "31.",
        "32.",
        "33.",
        "34.",
        "35.",
    ]


def test_a_recorded_vote_table_sits_between_the_paragraphs_around_it():
    item = page("html_restricted_and_tables.html").items[1]
    assert (
        "put to the vote:</p><table><tbody><tr><th>For</th><th>Against</th><th>Abstained</th>"
        "</tr><tr><td>Councillors Abara, Cole and Imrie</td>" in item.minutes
    )
    assert item.minutes.endswith(
        "</table><p>RESOLVED that the capital slippage be referred to Cabinet with the "
        "Panel's comments.</p>"
    )
    assert item.decisions == [
        "RESOLVED that the capital slippage be referred to Cabinet with the Panel's comments."
    ]
    assert documents(item)[1] == (
        "Appendix 1 - Capital programme",
        "XLSX",
        38 * 1024,
        False,
        "documents/s77002/Appendix 1 capital programme.xlsx",
    )


def test_a_restricted_enclosure_is_a_restricted_document_of_a_public_item():
    item = page("html_restricted_and_tables.html").items[2]
    assert documents(item) == [
        (
            "Wharf Yard commercial leases",
            "PDF",
            220 * 1024,
            False,
            "documents/s77003/Wharf Yard leases.pdf",
        ),
        ("Restricted enclosure", "", None, True, ""),
    ]
    assert item.restricted is False
    assert item.decisions == ["AGREED that the report be noted."]


def test_an_item_the_page_marks_restricted_is_restricted_and_the_next_is_not():
    items = page("html_restricted_and_tables.html").items
    assert items[3].title == "Contract award for facilities management"
    assert items[3].restricted is True
    assert items[3].restricted_reason == "Marked restricted on the page."
    assert "View the reasons" not in items[3].minutes
    assert items[3].decisions == [
        "RESOLVED that the recommendation to award the contract be endorsed."
    ]
    assert items[4].restricted is False


# --- no #modgov wrapper, numbers printed with the title, nested sub-item tables -------------


def test_numbers_printed_with_the_title_and_sub_items_in_a_nested_table():
    p = page("html_no_wrapper_inline_numbers.html")
    assert (p.committee, p.start) == ("Health Overview Board", datetime(2025, 7, 10, 10, 30))
    assert p.venue == "Room G.04, County Hall, Fenwold FW1 1CH"
    assert numbers_and_titles(p) == [
        ("1.", "Chair's announcements"),
        ("2.", "Winter planning across the health system"),
        ("2a", "Hospital trust winter plan"),
        ("2b", "Ambulance service update"),
        ("3.", "Date of next meeting"),
    ]
    assert p.items[1].agenda_text == "<p>To receive reports from partner organisations.</p>"
    assert p.items[2].decisions == [
        "RESOLVED that the plan be noted and a progress report be brought in January."
    ]
    assert p.items[3].actions == ["ACTION: the service to circulate monthly handover figures."]
    assert documents(p.items[3]) == [
        (
            "Ambulance service update",
            "PDF",
            95 * 1024,
            False,
            "documents/s30111/Ambulance service update.pdf",
        )
    ]


def test_what_follows_the_items_table_is_not_the_last_items_minutes():
    last = page("html_no_wrapper_inline_numbers.html").items[-1]
    assert last.minutes == "<p>Thursday 9 October 2025 at 10.30 am.</p>"


# --- cancelled, MHTML ---------------------------------------------------------------------


def test_a_cancelled_meeting_marked_before_its_committee():
    p = page("html_cancelled.html")
    assert p.title == "Agenda"
    assert (p.committee, p.start) == ("Licensing Sub-Committee", datetime(2025, 6, 9, 10, 0))
    assert p.cancelled is True
    assert p.items == []
    assert p.truncated is False
    assert p.venue == "Meeting Room 3, Riverside House, Kestonbridge KB9 1RR"


@pytest.mark.parametrize(
    "heading",
    [
        "Cabinet (Cancelled) - Tuesday, 1st July, 2025 6.00 pm",
        "Cabinet - Tuesday, 1st July, 2025 6.00 pm - CANCELLED",
        "Cancelled: Cabinet - Tuesday, 1st July, 2025 6.00 pm",
    ],
)
def test_a_cancelled_heading_names_the_committee_without_the_notice(heading):
    p = parse_page(
        f'<html><body><h2 class="mgSubTitleTxt">{heading}</h2>'
        '<p><span class="mgLabel">Venue: </span>Town Hall</p></body></html>'
    )
    assert (p.committee, p.start, p.cancelled) == ("Cabinet", datetime(2025, 7, 1, 18, 0), True)


def test_a_page_saved_as_one_mhtml_file():
    p = page("html_saved_as_mhtml.mhtml")
    assert p.title == "Agenda and draft minutes"
    assert (p.committee, p.start) == ("Parish Liaison Forum", datetime(2025, 7, 15, 19, 0))
    assert p.venue == "Village Hall, Church Lane, Little Brackenfold BF3 8LN"
    assert numbers_and_titles(p) == [("1.", "Highways update for parishes")]
    item = p.items[0]
    assert documents(item) == [
        (
            "Highways update for parishes",
            "PDF",
            301 * 1024,
            False,
            "https://democracy.brackenfold.example.gov.uk/documents/s5501/Highways update.pdf",
        )
    ]
    assert "southern parishes by the end of August." in item.minutes
    assert item.decisions == [
        "AGREED that closure notices be sent to parish clerks’ offices two weeks in advance."
    ]


# --- whatever HTML it is given ----------------------------------------------------------------

_TAGS = ["p", "div", "td", "tr", "table", "li", "ul", "span", "a", "br", "h1", "h2", "script"]
_CLASSES = [
    "",
    "mgItemTable",
    "mgItemNumberCell",
    "mgAiTitleTxt",
    "mgSubItemTitleTxt",
    "mgWordPara",
    "mgFileSize",
    "mgRestrictedTxt",
    "mgMainTitleTxt",
    "mgSubTitleTxt",
    "cookie-banner",
]
_TEXTS = [
    "1.",
    "24a",
    "Minutes:",
    "Decision:",
    "Additional documents:",
    "PDF 65 KB",
    "Restricted enclosure",
    "View the reasons why item 4. is restricted",
    "Cabinet - Monday, 2nd June, 2025 10.00 am",
    "RESOLVED that the report be noted.",
    "Venue: Town Hall",
    "&nbsp;",
    "&amp;",
    "&#8217;",
    "<",
    "",
]


@st.composite
def html_ish(draw):
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        kind = draw(st.integers(0, 3))
        if kind == 0:
            tag = draw(st.sampled_from(_TAGS))
            cls = draw(st.sampled_from(_CLASSES))
            href = draw(st.sampled_from(["", ' href="documents/s1/x.pdf"', ' id="mgItemTable"']))
            parts.append(f'<{tag} class="{cls}"{href}>')
        elif kind == 1:
            parts.append(f"</{draw(st.sampled_from(_TAGS))}>")
        elif kind == 2:
            parts.append(draw(st.sampled_from(_TEXTS)))
        else:
            parts.append(draw(st.text(max_size=12)))
    prefix = draw(st.sampled_from(["<html><body>", "<table>", "<!DOCTYPE html>", "<HTML>"]))
    return prefix + "".join(parts)


@settings(max_examples=200, deadline=None)
@given(html_ish())
def test_arbitrary_html_is_a_page_or_a_parse_error(text):
    try:
        p = parse_page(text)
    except PageParseError as exc:
        assert exc.expected
        return
    p.to_json_dict()
    assert [i.position for i in p.items] == list(range(1, len(p.items) + 1))
    for item in p.items:
        for html in (item.minutes, item.agenda_text, item.decision_text):
            assert sanitise(html) == html


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_mhtml_is_a_page_or_a_parse_error(payload):
    text = (
        "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\n"
        "Content-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n\n"
        + payload.decode("latin-1")
        + "\n--b--\n"
    )
    try:
        p = parse_page(text)
    except PageParseError:
        return
    p.to_json_dict()
