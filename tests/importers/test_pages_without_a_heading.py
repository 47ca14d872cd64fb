"""Pages that print no "Committee - date" heading: the committee and the date are found where
else the page says them, or left unstated while the items are still read. Every fixture is
invented, modelled on the structure of real published pages."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from moot.importers.moderngov_page.parser import PageParseError, parse_page, parse_page_file

PAGES = Path(__file__).parent / "fixtures" / "pages"


def page(name: str):
    return parse_page_file(PAGES / name)


def numbers_and_titles(parsed):
    return [(i.number, i.title) for i in parsed.items]


def documents(item):
    return [(d.title, d.size_bytes) for d in item.documents]


def test_a_page_with_only_venue_contact_and_items_is_read_with_no_committee_or_date():
    p = page("no_heading_items_table.txt")
    assert (p.committee, p.start, p.time_printed) == ("", None, False)
    assert p.title == "Agenda and minutes"
    assert p.venue == "Council Chamber, Market Hall, Eastbrook EB1 1AA"
    assert (p.contact.name, p.contact.role, p.contact.phone, p.contact.email) == (
        "Tom Reyes",
        "Committee Officer",
        "01632 960 412",
        "committees@eastbrook.example.gov.uk",
    )
    assert numbers_and_titles(p) == [
        ("", "Available papers"),
        ("812.", "Apologies and Declarations of Interest (Agenda item 1)"),
        ("813.", "Public Participation (Agenda item 2)"),
        ("814.", "Confirmation of the Minutes of the previous meeting (Agenda item 3)"),
        ("815.", "Town Centre Parking Strategy"),
    ]
    assert documents(p.items[3]) == [
        ("Confirmation of the Minutes of the previous meeting (Agenda item 3)", 210 * 1024)
    ]
    assert documents(p.items[4]) == [("Town Centre Parking Strategy", 512 * 1024)]
    assert p.items[4].decisions == ["RESOLVED that the parking strategy be adopted."]
    # Dates in the items' text are other days, never the meeting's.
    assert "Wednesday 11 June 2025" in p.items[2].agenda_text
    data = p.to_json_dict()
    assert (data["committee"], data["start"], data["time_printed"]) == ("", None, False)


def test_date_and_time_lines_under_the_committee_name():
    p = page("date_and_time_labels.txt")
    assert p.committee == "Planning Applications Committee"
    assert (p.start, p.time_printed) == (datetime(2025, 6, 3, 19, 0), True)
    assert p.title == "Agenda and minutes"
    assert p.venue == "Council Chamber, Civic Centre, Westham WM1 1AA"
    assert (p.contact.name, p.contact.phone) == ("Leah Morton", "01632 960 555")
    assert numbers_and_titles(p) == [
        ("1.", "Apologies for Absence"),
        ("2.", "Declarations of Interest"),
        ("3.", "Land at Mill Farm, Ashby Road"),
        # A title that starts with a house number is still the title of item 4.
        ("4.", "12 Orchard Close, Westham"),
    ]
    assert documents(p.items[2]) == [("Land at Mill Farm, Ashby Road", 1024 * 1024)]
    assert documents(p.items[3]) == [("12 Orchard Close, Westham", 300 * 1024)]
    assert p.items[3].decisions == ["RESOLVED that planning permission be refused."]


def test_the_opening_line_of_printed_minutes_names_the_meeting():
    p = page("minutes_of_the_meeting.txt")
    assert p.committee == "Audit and Governance Committee"
    assert (p.start, p.time_printed) == (datetime(2025, 6, 12, 18, 30), True)
    assert numbers_and_titles(p) == [
        ("1.", "Apologies for Absence"),
        ("2.", "Minutes of the meeting held on 13 March 2025"),
        ("3.", "Internal Audit Annual Report 2024/25"),
        ("4.", "Date of Next Meeting"),
    ]
    assert all(item.documents == [] for item in p.items)
    # Printed minutes: the text under each title is the minutes.
    assert p.items[0].minutes == "<p>Apologies were received from Councillor Fox.</p>"
    assert p.items[1].decisions == [
        "RESOLVED that the minutes of the meeting of the Committee held on 13 March 2025 be "
        "approved as a correct record."
    ]
    assert p.items[2].decisions == ["RESOLVED that the report be noted."]


def test_a_breadcrumb_names_the_committee_and_the_date_stays_unstated():
    p = page("breadcrumb_committee_only.txt")
    assert (p.committee, p.start) == ("Licensing Committee", None)
    assert p.title == "Agenda"
    assert p.venue == "Committee Room 1, Town Hall, Northby NB2 3CD"
    assert numbers_and_titles(p) == [
        ("L/21", "Election of Chair"),
        ("L/22", "Apologies for Absence"),
        ("L/23", "Street Trading Consents Policy"),
    ]
    assert documents(p.items[2]) == [
        ("Street Trading Consents Policy", 240 * 1024),
        ("Appendix 1 - Draft policy", 180 * 1024),
    ]
    assert p.items[2].agenda_text == "<p>To consider the draft policy for consultation.</p>"


def test_a_single_item_page_without_its_meeting_line():
    p = page("agenda_item_window_title.txt")
    assert p.title == "Agenda item"
    assert (p.committee, p.start) == ("", None)
    assert numbers_and_titles(p) == [("", "Public Questions")]
    item = p.items[0]
    assert item.agenda_text == "<p>To receive questions from members of the public.</p>"
    assert item.minutes.startswith("<p>Two questions were received.")
    assert documents(item) == [("Public questions and answers", 95 * 1024)]


def test_an_old_unnumbered_page_without_heading_or_labels():
    p = page("old_unnumbered_no_heading.txt")
    assert (p.committee, p.start) == ("", None)
    assert p.venue == "The Assembly Room, Riverside Pavilion, Porthaven PH4 1QT"
    assert p.contact.name == "Gwen Pascoe"
    assert numbers_and_titles(p) == [
        ("", "Opening of meeting"),
        ("", "Apologies for absence"),
        ("", "Minutes"),
        ("", "Declarations of interests"),
        ("", "Harbour Dues 2025/26"),
    ]
    assert documents(p.items[2]) == [("Minutes", 310 * 1024)]
    assert documents(p.items[4]) == [("Harbour Dues 2025/26", 205 * 1024)]
    assert p.items[4].decisions == [
        "Resolved: that the harbour dues set out in the report be approved."
    ]


def test_a_saved_html_page_without_its_heading_takes_the_window_title():
    p = page("html_window_title_only.html")
    assert p.title == "Agenda and minutes"
    assert (p.committee, p.start) == ("Harbour Board", datetime(2025, 6, 12, 14, 0))
    assert p.venue == "Harbour Office, North Quay, Porthaven PH1 4AA"
    assert numbers_and_titles(p) == [("HB/7", "Apologies"), ("HB/8", "Pontoon Repairs")]
    assert [(d.title, d.size_bytes, d.url) for d in p.items[1].documents] == [
        ("Pontoon Repairs", 380 * 1024, "documents/s4410/Pontoon repairs.pdf")
    ]


def test_a_saved_html_page_with_no_heading_and_no_window_title():
    text = (PAGES / "html_window_title_only.html").read_text(encoding="utf-8")
    head_end = text.index("</head>")
    text = text[: text.index("<title>")] + text[head_end:]
    p = parse_page(text)
    assert (p.committee, p.start) == ("", None)
    assert numbers_and_titles(p) == [("HB/7", "Apologies"), ("HB/8", "Pontoon Repairs")]


ITEMS = (
    "\n\nItems\n\n1.\n\nApologies for Absence\n\nMinutes:\n\nNone.\n\n"
    "2.\n\nBudget Monitoring pdf icon PDF 120 KB\n\nMinutes:\n\n"
    "RESOLVED that the report be noted.\n"
)


@pytest.mark.parametrize(
    ("top", "committee", "start", "time_printed"),
    [
        (
            "Agenda and minutes\n\nCommittee: Standards Committee\n"
            "Date and time: Monday 9 June 2025, 2.00 pm\nVenue: Room 4",
            "Standards Committee",
            datetime(2025, 6, 9, 14, 0),
            True,
        ),
        (
            "Meeting of the Licensing Committee held on Tuesday 3 June 2025 at 10.00 am",
            "Licensing Committee",
            datetime(2025, 6, 3, 10, 0),
            True,
        ),
        (
            "Minutes of the meeting of the Licensing Sub-Committee\n"
            "held on Monday 2 June 2025 at 10.00 am",
            "Licensing Sub-Committee",
            datetime(2025, 6, 2, 10, 0),
            True,
        ),
        (
            "MINUTES OF THE MEETING OF THE PLANNING COMMITTEE HELD ON TUESDAY 3 JUNE 2025 "
            "AT 7.00 PM",
            "Planning Committee",
            datetime(2025, 6, 3, 19, 0),
            True,
        ),
        (
            "Minutes of the Cabinet meeting held on 3 June 2025",
            "Cabinet",
            datetime(2025, 6, 3, 0, 0),
            False,
        ),
        (
            "Agenda for Cabinet\n\nDate: Wednesday 4 June 2025\n\nVenue: Room 2",
            "Cabinet",
            datetime(2025, 6, 4, 0, 0),
            False,
        ),
        (
            "Meeting of Cabinet\n\nDate: 04/06/2025\nTime: 18:00",
            "Cabinet",
            datetime(2025, 6, 4, 18, 0),
            True,
        ),
        (
            "Cabinet - Agenda and minutes\n\nAgenda and minutes\n\nVenue: Room 2",
            "Cabinet",
            None,
            False,
        ),
        (
            "Home > Committees > Harbour Board > Thursday 12 June 2025\n\nAgenda",
            "Harbour Board",
            datetime(2025, 6, 12, 0, 0),
            False,
        ),
        # The minutes of another meeting, approved: not this meeting.
        (
            "Agenda\n\nMinutes of the meeting of the Council held on 20 July 2023 were approved "
            "as a correct record.",
            "",
            None,
            False,
        ),
        ("Items\nNo. Item", "", None, False),
    ],
)
def test_where_else_the_committee_and_date_are_printed(top, committee, start, time_printed):
    p = parse_page(top + ITEMS)
    assert (p.committee, p.start, p.time_printed) == (committee, start, time_printed)
    assert numbers_and_titles(p) == [("1.", "Apologies for Absence"), ("2.", "Budget Monitoring")]
    assert documents(p.items[1]) == [("Budget Monitoring", 120 * 1024)]


def test_a_time_line_completes_a_heading_that_printed_only_the_date():
    p = parse_page(
        "Agenda\n\nLicensing Committee - Tuesday 3 June 2025\n\nTime: 10.00 am\n\n"
        "Venue: Room 1\n\nThis meeting has been cancelled.\n"
    )
    assert (p.committee, p.start, p.time_printed) == (
        "Licensing Committee",
        datetime(2025, 6, 3, 10, 0),
        True,
    )
    assert (p.venue, p.cancelled, p.items) == ("Room 1", True, [])


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Agenda and minutes\n\nWelcome to our website\n\nNothing to see here.\n", 3),
        ("Hello there\n\nDate: soon\n\nWe like cake.\n", 1),
        ("Agenda\n\nVenue: Room 1\n", 3),
    ],
)
def test_text_with_no_heading_and_no_items_is_still_refused(text, line):
    with pytest.raises(PageParseError) as caught:
        parse_page(text)
    assert caught.value.line == line
    assert "Committee name - Wednesday 14th May 2025 9.00 am" in caught.value.expected


ITEM_PAGE = """Agenda item

Agenda item


To consider a report by the Scrutiny Coordinator (copy enclosed) seeking a review of the committee's forward work programme.

11.30 a.m.



The Scrutiny Coordinator submitted a report (previously circulated) seeking members' review of the Committee's work programme and provided an update on relevant issues.


During the ensuing discussion -


·         members considered nominations for appointment to the Service Challenge Groups

·         the minutes of the meeting held on 12 July 2024 were approved as an accurate record .


The meeting concluded at 12.40 p.m.


Supporting documents:
"""

AGENDA_ITEM_PAGE = (
    ITEM_PAGE.split("11.30 a.m.")[0]
    + """11.30 a.m.



The Scrutiny Coordinator will submit a report seeking members' review of the Committee's work programme and an update on relevant issues.


Members are asked to:


·         consider nominations for appointment to the Service Challenge Groups

·         approve the minutes of the meeting held on 12 July 2024 as a correct record.


Supporting documents:
"""
)


def test_an_item_page_saved_without_its_minutes_label_keeps_its_record_as_minutes():
    # A saved single-item page whose "Minutes:" label was lost: it says what was approved and
    # when the meeting concluded, so its text is the record, kept as written (" ." too).
    [item] = parse_page(ITEM_PAGE).items
    assert "were approved as an accurate record .</li>" in item.minutes
    assert "concluded at 12.40" in item.minutes
    assert item.agenda_text == ""


def test_an_agenda_item_page_keeps_its_text_as_agenda():
    [item] = parse_page(AGENDA_ITEM_PAGE).items
    assert item.minutes == ""
    assert "as a correct record" in item.agenda_text
