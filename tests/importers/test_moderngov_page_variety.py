"""The page parser on shapes other councils publish: meeting packs and webcasts, lettered,
roman and "Minute No." numbers, page references, browser-saved cells, headings over two lines
or in the window title. Every fixture is invented, modelled on a real page's structure."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from moot.importers.moderngov_page.parser import parse_page, parse_page_file

PAGES = Path(__file__).parent / "fixtures" / "pages"


def page(name: str):
    return parse_page_file(PAGES / name)


def numbers_and_titles(parsed):
    return [(i.number, i.title) for i in parsed.items]


def test_meeting_packs_printed_decisions_and_a_webcast_line_are_meeting_documents():
    p = page("meeting_packs_and_webcast.txt")
    assert p.title == "Agenda, decisions and minutes"
    assert (p.committee, p.start) == ("Cabinet", datetime(2025, 6, 2, 10, 0))
    assert p.venue == "Committee Room 2, Civic Offices, Marlow Quay, Eastbrook EB4 2QT"
    assert p.contact.name == "Hana Okafor"
    assert p.contact.role == "Democratic Services Officer"
    assert (p.contact.phone, p.contact.email) == (
        "01632 960 218",
        "hana.okafor@eastbrook.example.gov.uk",
    )
    assert [(d.title, d.size_bytes) for d in p.documents] == [
        ("Agenda frontsheet", 212 * 1024),
        ("Public reports pack 02nd-Jun-2025 10.00 Cabinet", 4 * 1024 * 1024),
        ("Supplementary agenda", 640 * 1024),
        ("Printed decisions", 150 * 1024),
        ("Printed minutes 02nd-Jun-2025 10.00 Cabinet", 310 * 1024),
    ]
    assert numbers_and_titles(p) == [
        ("1.", "Apologies for Absence"),
        ("2.", "Minutes of the meeting held on 7 May 2025"),
        ("3.", "Riverside Car Parks Review"),
        ("4.", "Library Opening Hours"),
        ("5.", "Grant to the Eastbrook Heritage Trust"),
        ("6.", "Office Accommodation Strategy"),
    ]


def test_view_links_stay_out_of_the_text_and_a_restricted_enclosure_is_a_document():
    p = page("meeting_packs_and_webcast.txt")
    report = p.items[2]
    assert [(d.title, d.format, d.size_bytes, d.restricted) for d in report.documents] == [
        ("Riverside Car Parks Review", "PDF", 420 * 1024, False),
        ("Appendix A - Tariff options", "PDF", 95 * 1024, False),
        ("Restricted enclosure", "", None, True),
    ]
    assert report.decisions == [
        "That the revised tariffs in Appendix A be adopted from 1 September 2025."
    ]
    assert not report.restricted
    for item in p.items:
        text = item.agenda_text + item.minutes + item.decision_text
        assert "View the" not in text
    assert p.items[3].minutes == (
        "<p>This item was deferred to the next meeting to allow further consultation.</p>"
    )
    assert p.items[4].decisions == [
        "RESOLVED that a grant of £25,000 be made to the Eastbrook Heritage Trust."
    ]


def test_lettered_sub_items_and_page_references_after_titles():
    p = page("lettered_and_roman_numbers.txt")
    assert (p.committee, p.start) == (
        "Licensing Sub-Committee (Hearing)",
        datetime(2025, 6, 3, 19, 0),
    )
    assert (p.contact.name, p.contact.phone, p.contact.email) == (
        "Owen Price",
        "01632 960 733",
        "owen.price@calderby.example.gov.uk",
    )
    assert numbers_and_titles(p) == [
        ("1.", "Election of Chair for the Hearing"),
        ("2.", "Declarations of Interest"),
        ("3a", "Application for a Premises Licence: The Old Granary, Mill Lane"),
        ("3b", "Application for a Premises Licence: Corner Stores, 2 High Street"),
        ("4.", "Any Other Business"),
    ]
    # "(i) the hours sought;" inside the minutes is a list entry, not an item.
    assert "(i) the hours sought;" in p.items[2].minutes
    assert p.items[3].decisions == ["RESOLVED that the application be refused."]


def test_roman_item_numbers_with_a_numbered_list_inside_the_minutes():
    p = page("roman_numbers.txt")
    assert p.title == "Agenda and draft minutes"
    assert (p.committee, p.start) == ("Harbour Board", datetime(2025, 5, 14, 14, 0))
    assert p.contact.name == "Jess Tregear"
    assert numbers_and_titles(p) == [
        ("I.", "Apologies"),
        ("II.", "Minutes of the last meeting"),
        ("III.", "Dredging Programme 2025/26"),
        ("IV.", "Mooring Charges"),
    ]
    assert [(d.title, d.size_bytes) for d in p.items[1].documents] == [
        ("Minutes of the last meeting", 64 * 1024)
    ]
    assert "<p>2. the licence from the Marine Management Organisation;</p>" in p.items[2].minutes
    assert p.items[2].decisions == ["RESOLVED that the dredging programme be approved."]
    assert p.items[3].decisions == ["AGREED to hold mooring charges at the 2024/25 level."]


def test_minute_no_prefixes_are_dropped_from_the_number():
    p = page("minute_no_prefix.txt")
    assert numbers_and_titles(p) == [
        ("12", "Apologies for Absence"),
        ("13", "Highways Update"),
        ("14", "Date of Next Meeting"),
    ]
    assert "Minute No." not in p.items[0].minutes
    assert (p.contact.role, p.contact.phone) == ("Clerk to the Forum", "01632 960 901")


def test_a_browser_save_with_every_cell_on_its_own_line():
    p = page("browser_cells.txt")
    assert (p.committee, p.start) == (
        "Overview and Scrutiny Committee",
        datetime(2025, 5, 14, 18, 0),
    )
    assert p.venue == "Council Chamber, Guildhall, Westham WM1 1AA"
    assert numbers_and_titles(p) == [
        ("1.", "Apologies for absence"),
        ("2.", "Declarations of interest"),
        ("3.", "Minutes of the previous meeting"),
        ("4.", "Housing Repairs Performance"),
        ("5.", "Work Programme"),
    ]
    assert [(d.title, d.size_bytes) for d in p.items[2].documents] == [
        ("Minutes of the previous meeting", 120 * 1024)
    ]
    assert [(d.title, d.size_bytes) for d in p.items[3].documents] == [
        ("Housing Repairs Performance", 1024 * 1024)
    ]
    assert p.items[3].decisions == [
        "RESOLVED that the Cabinet Member be asked to report back in November."
    ]
    assert not p.truncated


def test_a_heading_saved_over_two_lines_and_a_size_glued_to_its_title():
    p = page("two_line_heading.txt")
    assert (p.committee, p.start) == ("Community Safety Board", datetime(2025, 6, 12, 16, 0))
    assert p.venue == "Meeting Room 3 - Riverside House, Dunmere"
    assert (p.contact.name, p.contact.others) == ("Ruth Adeyemi", ["Sam Cole"])
    assert numbers_and_titles(p) == [
        ("1.", "Apologies for Absence"),
        ("2.", "Anti-Social Behaviour Report"),
        ("3.", "Night-Time Economy Plan"),
    ]
    assert [(d.title, d.size_bytes) for d in p.items[1].documents] == [
        ("Anti-Social Behaviour Report", 310 * 1024)
    ]
    assert [(d.title, d.size_bytes) for d in p.items[2].documents] == [
        ("Night-Time Economy Plan", 480 * 1024)
    ]
    assert p.items[2].decisions == ["AGREED that the plan be published for consultation."]


def test_the_window_title_gives_the_heading_and_the_page_title_follows_it():
    p = page("agenda_for_window_title.txt")
    assert p.title == "Agenda"
    assert (p.committee, p.start) == ("Schools Forum", datetime(2025, 5, 14, 14, 0))
    assert p.venue == "Training Suite, Ashcombe Education Centre"
    assert numbers_and_titles(p) == [
        ("A/1", "Membership"),
        ("A/2", "High Needs Block Budget"),
        ("A/3", "Date of Next Meeting"),
    ]
    assert p.items[1].agenda_text == (
        "<p>To consider the proposed allocation of the high needs block.</p>"
    )


@pytest.mark.parametrize(
    ("heading", "committee", "expected"),
    [
        ("Cabinet - Monday, 2nd June, 2025 10.00 am", "Cabinet", datetime(2025, 6, 2, 10, 0)),
        ("Cabinet - Tuesday 3 June 2025 7.00 pm", "Cabinet", datetime(2025, 6, 3, 19, 0)),
        (
            "Planning Committee - Wednesday, 14th May, 2025 2.00 pm",
            "Planning Committee",
            datetime(2025, 5, 14, 14, 0),
        ),
        (
            "Budget Working Group 2025/26 - Monday 2 June 2025 5.30 pm",
            "Budget Working Group 2025/26",
            datetime(2025, 6, 2, 17, 30),
        ),
        (
            "Health and Wellbeing Board - Joint Meeting - Tuesday 3 June 2025 2.00 pm",
            "Health and Wellbeing Board - Joint Meeting",
            datetime(2025, 6, 3, 14, 0),
        ),
        (
            "Agenda for Council on Thursday, 5th June, 2025, 7.00 pm - Westham Council",
            "Council",
            datetime(2025, 6, 5, 19, 0),
        ),
        (
            "Home > Committees > Meeting of Licensing Committee on Wednesday, 14th May, 2025 "
            "2.00 pm",
            "Licensing Committee",
            datetime(2025, 5, 14, 14, 0),
        ),
    ],
)
def test_heading_shapes_from_other_councils(heading, committee, expected):
    p = parse_page(f"Agenda\n\n{heading}\n\nThis meeting has been cancelled.\n")
    assert (p.committee, p.start) == (committee, expected)


def test_an_unnumbered_papers_item_before_four_digit_numbers_and_capital_titles():
    p = page("papers_item_and_capitals.txt")
    assert p.title == "Agenda and minutes"
    assert (p.committee, p.start) == ("County Council", datetime(2025, 11, 13, 10, 0))
    assert (p.contact.name, p.contact.phone, p.contact.email) == (
        "Nadia Corbett",
        "01632 960 377",
        "committees@bellshire.example.gov.uk",
    )
    assert numbers_and_titles(p) == [
        ("", "Available Papers"),
        ("2041.", "APOLOGIES FOR ABSENCE AND DECLARATIONS OF INTEREST (Agenda item 1)"),
        ("2042.", "SUBSTITUTE MEMBERS"),
        ("2043.", "PUBLIC PARTICIPATION (Agenda item 2)"),
        ("2044.", "MINUTES OF THE MEETING HELD ON 11 SEPTEMBER 2025"),
    ]
    assert p.items[0].agenda_text.startswith("<p>The Members had before them:</p>")
    assert p.items[2].agenda_text == "<p>Councillor Ffrench</p>"
    assert p.items[3].decisions == [
        "That the two petitions be referred to the Cabinet Member for Highways."
    ]
    assert p.items[4].documents[0].size_bytes == 240 * 1024
    assert p.items[4].decisions == ["The minutes were agreed as a correct record."]


def test_reasons_and_call_in_notes_after_a_decision_are_not_decisions():
    p = page("decisions_with_reasons.txt")
    assert p.title == "Agenda and decisions"
    assert numbers_and_titles(p) == [
        ("5.", "Delegated Decisions Since the Last Meeting"),
        ("6.", "Fees and Charges 2025/26"),
    ]
    assert p.items[0].decisions == [
        "That the seven decisions taken by officers since the last meeting be noted."
    ]
    assert p.items[1].decisions == [
        "That the fees in Annex 1 be approved.",
        "That the Director of Finance be authorised to make minor changes.",
    ]
    assert "<p>Reasons for decisions:</p>" in p.items[1].decision_text
    assert [(d.title, d.size_bytes) for d in p.items[1].documents] == [
        ("Fees and Charges 2025/26", 90 * 1024),
        ("Annex 1 - Schedule of fees", 44 * 1024),
    ]
