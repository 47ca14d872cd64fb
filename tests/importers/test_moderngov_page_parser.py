"""The ModernGov page parser: the seed page and every page shape councils publish."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

import pytest

from moot.importers.moderngov_page.parser import (
    PageParseError,
    parse_page,
    parse_page_file,
)
from tests.samples import SEED_PAGE

SEED = SEED_PAGE
PAGES = Path(__file__).parent / "fixtures" / "pages"


def page(name: str):
    return parse_page_file(PAGES / name)


@pytest.fixture(scope="module")
def seed():
    return parse_page_file(SEED)


def by_number(parsed, number):
    return next(i for i in parsed.items if i.number == number)


# --- the seed page ------------------------------------------------------------------------


def test_it_reads_the_seed_header(seed):
    assert seed.title == "Agenda and minutes"
    assert seed.committee == "Safer Stockton Partnership"
    assert seed.start == datetime(2025, 5, 14, 9, 0)
    assert seed.venue == "Council Chamber, Dunedin House, Columbia Drive, Thornaby TS17 6BJ"
    assert seed.contact.name == "John Devine"
    assert seed.contact.role == "Democratic Services Support Officer"
    assert not seed.cancelled and not seed.truncated


def test_it_finds_the_eleven_seed_items_with_titles_as_printed(seed):
    assert [i.number for i in seed.items] == [f"SSP/{n}/25" for n in range(1, 12)]
    assert [i.title for i in seed.items] == [
        "Evacuation Procedure",
        "Declarations of Interest",
        "Minutes",
        "Update On DARDRS",
        "DAPO Pilot",
        "Recorded Crime & Disorder Report",
        "Project Harmony/ Shield Update",
        "Prevent (CT) Update",
        "Any Other Business",
        "iQuanta Report",
        "SBC Performance",
    ]
    assert [i.position for i in seed.items] == list(range(1, 12))


def test_it_lifts_the_seed_documents_off_the_titles(seed):
    with_docs = {i.position: i.documents for i in seed.items if i.documents}
    assert sorted(with_docs) == [1, 3, 6]
    sizes = [with_docs[p][0].size_bytes for p in (1, 3, 6)]
    assert sizes == [102400, 101376, 1048576]
    assert all(
        len(d) == 1 and d[0].format == "PDF" and not d[0].restricted for d in with_docs.values()
    )


def test_it_records_decisions_on_the_seed_items_that_took_them(seed):
    decided = [i.position for i in seed.items if i.decisions]
    assert decided == [3, 4, 5, 6, 7, 8, 10, 11]
    assert seed.items[3].decisions == ["Members AGREED to note the report."]
    assert seed.items[4].decisions == ["AGREED to note the update."]
    assert seed.items[6].decisions == ["Members agreed to note the report."]
    assert seed.items[7].decisions == ["Members agreed to note the report."]
    assert seed.items[9].decisions == ["AGREED that the report be noted."]
    assert seed.items[10].decisions == ["Agreed that the update be noted."]


def test_a_bare_agreed_takes_its_meaning_from_the_paragraph_before(seed):
    assert seed.items[2].decisions == [
        "The minutes of the previous meeting held on Wednesday 19th March 2025 were agreed as a "
        "true record."
    ]


def test_what_officers_agree_to_do_is_an_action_not_a_decision(seed):
    assert "It was also agreed that the links would be shared following the meeting." in (
        seed.items[3].actions
    )
    assert not any("Officers agreed" in d for d in seed.items[4].decisions)


def test_the_restricted_report_leaves_item_10_public_but_item_11_is_restricted(seed):
    assert seed.items[9].restricted is False
    assert seed.items[9].documents == []
    assert seed.items[10].restricted is True
    assert "ongoing Police investigation" in seed.items[10].restricted_reason
    assert not any(i.restricted for i in seed.items[:10])


def test_seed_minutes_keep_paragraphs_and_bullet_lists(seed):
    minutes = seed.items[3].minutes
    assert minutes.startswith("<p>Members were given a brief update")
    assert minutes.count("<ul>") == 1 and minutes.count("<li>") == 4
    assert "<li>Keeps people safe – can learn" in minutes
    assert "adult’s rights" in minutes  # curly quote kept
    assert "\u00a0" not in minutes
    assert seed.items[4].minutes.count("<li>") == 5


def test_the_seed_json_has_the_documented_shape(seed):
    data = seed.to_json_dict()
    assert data["start"] == "2025-05-14T09:00:00"
    assert data["contact"]["name"] == "John Devine"
    item = data["items"][0]
    assert item["number"] == "SSP/1/25"
    assert item["documents"][0] == {
        "title": "Evacuation Procedure",
        "format": "PDF",
        "size_bytes": 102400,
        "restricted": False,
        "url": "",
    }
    for key in ("agenda_text", "minutes", "decisions", "restricted", "restricted_reason"):
        assert key in item


def test_the_seed_parses_in_about_two_milliseconds():
    text = SEED.read_text(encoding="utf-8")
    parse_page(text)
    runs = 20
    began = time.perf_counter()
    for _ in range(runs):
        parse_page(text)
    per_parse = (time.perf_counter() - began) / runs
    assert per_parse < 0.02  # generous for slow CI; about 2 ms on a laptop


# --- not a meeting page -------------------------------------------------------------------


def test_a_page_without_a_meeting_heading_names_the_line_and_what_was_expected():
    with pytest.raises(PageParseError) as caught:
        parse_page("Agenda and minutes\n\nWelcome to our website\n\nNothing to see here.\n")
    assert caught.value.line == 3
    assert "Committee name - Wednesday 14th May 2025 9.00 am" in caught.value.expected


def test_empty_text_is_not_a_meeting_page():
    with pytest.raises(PageParseError):
        parse_page("")


# --- saved HTML of ieListDocuments.aspx ----------------------------------------------------


def test_it_reads_a_saved_ielistdocuments_page():
    p = page("html_ielistdocuments.html")
    assert p.title == "Agenda, decisions and minutes"
    assert p.committee == "Harbourside Licensing Committee"
    assert p.start == datetime(2025, 6, 3, 18, 30)
    assert p.venue == "Committee Room 2, Harbour House, Quay Street, Porthaven PH1 2AB"
    assert (p.contact.name, p.contact.phone) == ("Priya Natarajan", "01632 960 123")
    assert p.contact.email == "committees@porthaven.example.gov.uk"
    assert [d.title for d in p.documents] == ["Agenda frontsheet", "Printed minutes"]
    assert p.documents[0].url.startswith("documents/g812/")
    assert [(i.number, i.title) for i in p.items] == [
        ("1.", "Apologies for absence"),
        ("2.", "Minutes of the previous meeting"),
        ("3.", "Street Trading Policy Review"),
        ("4.", "Exclusion of the press and public"),
        ("5.", "Review of a Private Hire Driver Licence"),
    ]
    docs = p.items[2].documents
    assert [(d.title, d.size_bytes, d.restricted) for d in docs] == [
        ("Street Trading Policy Review", 1048576, False),
        ("Appendix A - Consultation responses", 365 * 1024, False),
        ("Appendix B - Trader financial details", 40 * 1024, True),
        ("Restricted enclosure", None, True),
    ]
    assert docs[2].url == "documents/s9004/Appendix B.pdf"


def test_html_decision_and_minutes_sections_are_kept_apart():
    item = page("html_ielistdocuments.html").items[2]
    assert (
        item.agenda_text
        == "<p>To consider the revised street trading policy following consultation.</p>"
    )
    assert item.decision_text.startswith("<p>RESOLVED that:</p><ul><li>the revised")
    assert "Against: Councillor Doyle" in item.minutes
    assert item.decisions == [
        "RESOLVED that the revised Street Trading Policy be adopted from 1 July 2025",
        "RESOLVED that the fees in Appendix A be approved.",
    ]


def test_items_after_the_exclusion_resolution_are_restricted_but_the_resolution_is_not():
    items = page("html_ielistdocuments.html").items
    assert items[3].restricted is False
    assert items[4].restricted is True
    assert "exclude the press and public" in items[4].restricted_reason
    assert "item 4" in items[4].restricted_reason


# --- the shapes other councils publish -----------------------------------------------------


def numbers_and_titles(p):
    return [(i.number, i.title) for i in p.items]


def documents_of(p):
    return {
        i.position: [(d.title, d.size_bytes) for d in i.documents] for i in p.items if i.documents
    }


def test_site_chrome_before_a_draft_minutes_page_is_skipped():
    p = page("draft_minutes_chrome.txt")
    assert p.title == "Agenda and draft minutes"
    assert (p.committee, p.start) == ("Planning Committee", datetime(2025, 6, 5, 10, 0))
    assert p.venue == "The Guildhall, High Street, Kettlebury KB1 1AA"
    assert p.contact.name == "Tomasz Wilk"
    assert p.contact.role == "Senior Democratic Services Officer"
    assert p.contact.phone == "01632 960 456"
    assert p.contact.email == "tomasz.wilk@kettlebury.example.gov.uk"
    assert p.note.startswith("The meeting will be webcast live.")
    assert p.link == "video link to the webcast"
    assert numbers_and_titles(p) == [
        ("70.", "Apologies for Absence"),
        ("71.", "Minutes of the meeting held on 8 May 2025"),
        ("72.", "24/01234/FUL – Land north of Mill Lane, Kettlebury"),
        ("73.", "Appeals Update"),
    ]
    assert documents_of(p) == {
        2: [("Minutes of the meeting held on 8 May 2025", 210 * 1024)],
        3: [
            ("Report of the Head of Planning", 365 * 1024),
            ("24/01234/FUL – Land north of Mill Lane, Kettlebury", 65 * 1024),
        ],
    }


def test_numbered_lists_and_cross_references_inside_minutes_are_not_items():
    p = page("draft_minutes_chrome.txt")
    minutes = p.items[2].minutes
    assert "<p>2. Drainage from the site.</p>" in minutes
    assert "“deferred”" in p.items[1].minutes
    assert p.items[2].decisions == [
        "RESOLVED that planning permission be granted subject to the conditions in the report."
    ]


def test_an_agenda_with_meeting_documents_remote_venue_and_two_contacts():
    p = page("agenda_only_meeting_docs.txt")
    assert p.title == "Agenda"
    assert p.start == datetime(2025, 6, 3, 18, 30)
    assert p.venue == "MS Teams, Remote Meeting"
    assert (p.contact.name, p.contact.others) == ("A. Smith", ["B. Jones"])
    assert p.contact.email == "governance@northvale.example.gov.uk"
    assert [(d.title, d.size_bytes) for d in p.documents] == [
        ("Agenda frontsheet", 421 * 1024),
        ("Agenda reports pack", 2 * 1024 * 1024),
    ]
    assert numbers_and_titles(p) == [
        ("77/21", "Declarations of Interest"),
        ("78/21", "Internal Audit Annual Report"),
        ("79/21", "Work Programme"),
    ]
    assert documents_of(p) == {
        2: [
            ("Internal Audit Annual Report", 512 * 1024),
            ("Appendix 1 - Audit plan", 88 * 1024),
            ("Appendix 2 - Follow-up tracker", round(1.5 * 1024 * 1024)),
        ],
    }
    assert p.items[0].agenda_text.startswith("<p>Members are asked")
    assert all(i.minutes == "" for i in p.items)


def test_a_cancelled_meeting_has_a_header_and_no_items():
    p = page("cancelled.txt")
    assert p.cancelled is True
    assert p.items == []
    assert p.truncated is False
    assert p.start == datetime(2025, 6, 3, 0, 0)
    assert p.time_printed is False


def test_a_page_without_a_title_line_and_with_prefixed_numbers():
    p = page("no_title_line.txt")
    assert p.title == ""
    assert p.start == datetime(2025, 6, 5, 13, 30)
    assert numbers_and_titles(p) == [
        ("P/142", "Apologies"),
        ("P/143", "Declarations of interest"),
        ("P/144", "Variation of condition 3 – 12 Station Road"),
    ]
    assert documents_of(p) == {3: [("Variation of condition 3 – 12 Station Road", 98 * 1024)]}
    assert p.items[2].decisions == ["RESOLVED: That the variation be approved."]


def test_indented_bodies_with_share_lines_bullets_and_sub_items():
    p = page("indented_share.txt")
    assert numbers_and_titles(p) == [
        ("4.", "Welcome and Introductions"),
        ("5.", "Budget Monitoring Quarter 4"),
        ("5.1", "Capital Programme Slippage"),
        ("6.", "Any Other Business"),
    ]
    assert documents_of(p) == {
        2: [
            ("Budget Monitoring Quarter 4", 640 * 1024),
            ("Appendix A - Outturn by service", 120 * 1024),
        ],
    }
    assert "Share this item" not in p.items[0].minutes
    assert p.items[1].agenda_text == "<p>To consider the outturn for 2024/25.</p>"
    assert p.items[2].minutes == "<p>Members noted the slippage of £2.1m into 2025/26.</p>"


def test_pipe_tables_with_everything_on_one_line():
    p = page("pipe_table.txt")
    assert numbers_and_titles(p) == [
        ("1.", "Election of Chair"),
        ("2.", "Application for a premises licence - The Anchor, Quay Road"),
        ("3.", "Review of a Personal Licence"),
    ]
    assert documents_of(p) == {
        2: [("Application for a premises licence - The Anchor, Quay Road", 300 * 1024)]
    }
    item = p.items[1]
    assert item.agenda_text == "<p>To consider an application for a new premises licence.</p>"
    assert item.minutes == "<p>The Sub-Committee heard from the applicant and two objectors.</p>"
    assert item.decisions == [
        "RESOLVED that the licence be granted with the conditions agreed at the hearing."
    ]
    assert (
        p.items[2].agenda_text == "<p>To consider a review following a police representation.</p>"
    )


def test_old_pages_without_numbers_or_minutes_labels():
    p = page("old_unnumbered.txt")
    assert numbers_and_titles(p) == [
        ("", "Apologies for Absence"),
        ("", "Notes of the Last Meeting"),
        ("", "Highways Winter Service"),
        ("", "Date of Next Meeting"),
    ]
    assert documents_of(p) == {}
    assert p.items[2].minutes.count("<p>") == 2
    assert p.items[1].decisions == ["The notes of the meeting held on 10 October 2013 were agreed."]


def test_decision_then_minutes_recorded_votes_and_collapsed_minutes():
    p = page("decision_then_minutes.txt")
    assert p.title == "Agenda, decisions and minutes"
    assert numbers_and_titles(p) == [
        ("276.", "Minutes"),
        ("277.", "Housing Delivery Plan"),
        ("278.", "Leisure Centre Contract"),
    ]
    assert documents_of(p) == {
        1: [("Minutes", 150 * 1024)],
        2: [("Housing Delivery Plan", 2 * 1024 * 1024)],
    }
    assert p.items[0].decisions == [
        "The minutes of the meeting held on 19 May 2025 were agreed as a correct record."
    ]
    assert p.items[1].decisions == [
        "RESOLVED that the Housing Delivery Plan be approved",
        "RESOLVED that the Director of Place be authorised to make minor amendments.",
    ]
    assert "<p>Against: Councillor Evans</p>" in p.items[1].minutes
    assert "view the full minutes text" not in p.items[2].minutes
    assert (
        p.items[2].decision_text == "<p>RESOLVED that the contract be extended for two years.</p>"
    )


def test_note_column_times_are_not_titles_or_minutes():
    p = page("note_times.txt")
    assert numbers_and_titles(p) == [
        ("1829.", "Chairman's Announcements"),
        ("1830.", "Public Questions"),
        ("1831.", "Notice of Motion – Climate Emergency"),
    ]
    assert documents_of(p) == {2: [("Public Questions", 75 * 1024)]}
    assert "pm" not in p.items[0].minutes
    assert p.items[2].decisions == ["It was RESOLVED that the motion be carried."]


def test_exempt_items_and_the_traps_around_them():
    p = page("exempt.txt")
    assert numbers_and_titles(p) == [
        ("", "Open forum"),
        ("2.", "Declarations of Interest"),
        ("3a", "Part 1 - Schools Funding Formula"),
        ("3b", "Commercial Property Disposal"),
        ("4.", "Debt Recovery Contract"),
        ("5.", "Exclusion of the Press and Public"),
        ("6.", "Staffing Restructure"),
        ("7.", "Land at Carr Lane"),
    ]
    assert documents_of(p) == {3: [("Part 1 - Schools Funding Formula", 300 * 1024)]}
    restricted = {i.number or i.title: i.restricted for i in p.items}
    assert restricted == {
        "Open forum": False,
        "2.": False,
        "3a": False,
        "3b": True,
        "4.": True,
        "5.": False,
        "6.": True,
        "7.": True,
    }
    assert "commercially sensitive" in p.items[3].restricted_reason
    assert "Schedule 12A" in p.items[4].restricted_reason
    assert "exclude the press and public (item 5)" in p.items[6].restricted_reason
    assert "Part II Exempt Minute" in p.items[7].restricted_reason


def test_a_single_agenda_item_page():
    p = page("agenda_item_page.txt")
    assert p.title == "Agenda item"
    assert (p.committee, p.start) == ("Communities Committee", datetime(2025, 5, 14))
    assert numbers_and_titles(p) == [("4.", "Update on Community Grants")]
    assert documents_of(p) == {}
    assert p.items[0].decisions == ["AGREED to note the update."]


def test_a_page_cut_short_parses_what_is_there():
    p = page("truncated.txt")
    assert p.truncated is True
    assert numbers_and_titles(p) == [
        ("1.", "Apologies for Absence"),
        ("2.", "Joint Health and Wellbeing Strategy"),
    ]
    assert documents_of(p) == {2: [("Joint Health and Wellbeing Strategy", 800 * 1024)]}


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Cabinet - Wednesday 14th May 2025 9.00 am", datetime(2025, 5, 14, 9, 0)),
        ("Cabinet - Tuesday, 3rd June, 2025 6.30 pm", datetime(2025, 6, 3, 18, 30)),
        ("Cabinet - Thursday 5 June 2025 10:00", datetime(2025, 6, 5, 10, 0)),
        ("Cabinet - Thursday 5 June 2025 13:30", datetime(2025, 6, 5, 13, 30)),
        ("Cabinet - Monday 2 June 2025 12 noon", datetime(2025, 6, 2, 12, 0)),
        ("Cabinet - Monday 2 June 2025", datetime(2025, 6, 2, 0, 0)),
        ("North Area - Planning - Monday 2 June 2025 2 pm", datetime(2025, 6, 2, 14, 0)),
    ],
)
def test_it_reads_the_heading_date_shapes(heading, expected):
    p = parse_page(f"Agenda\n\n{heading}\n\nThis meeting has been cancelled.\n")
    assert p.start == expected
    assert p.committee in ("Cabinet", "North Area - Planning")
