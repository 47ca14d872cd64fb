"""The page parser on every layout councils publish their meeting pages in: headings with
only a date or a status word, pages that start at the venue or with the meeting's documents,
wide tables, unnumbered items, ``14/3`` numbers, recorded votes and pages cut short. Every
fixture is invented, in the shape of real pages (see fixtures/pages/shapes/README.md)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from moot.importers.moderngov_page.parser import PageParseError, parse_page, parse_page_file

SHAPES = Path(__file__).parent / "fixtures" / "pages" / "shapes"


def page(name: str):
    return parse_page_file(SHAPES / name)


def numbers_and_titles(parsed):
    return [(i.number, i.title) for i in parsed.items]


# --- headings -----------------------------------------------------------------------------


def test_it_reads_a_heading_that_prints_only_the_date():
    p = page("date_only_heading.txt")
    assert (p.committee, p.start, p.time_printed) == ("", datetime(2025, 6, 3, 19, 0), True)
    assert p.venue == "Council Chamber, Guildhall, Westmere WM1 2AB"
    assert numbers_and_titles(p) == [
        ("1.", "Apologies for Absence"),
        ("2.", "Declarations of Interest"),
        ("3.", "Parking Charges Review"),
    ]


def test_it_keeps_a_recorded_vote_in_the_minutes_though_its_count_moves_the_numbering_on():
    item = page("date_only_heading.txt").items[2]
    assert "4 For, 3 Against, 1 Abstention" in item.minutes
    assert "RESOLVED that the charges" in item.minutes


def test_a_status_word_under_the_heading_cancels_the_meeting_and_keeps_its_items():
    p = page("date_then_cancelled.txt")
    assert (p.committee, p.start) == ("Licensing Committee", datetime(2025, 6, 12, 10, 0))
    assert (p.cancelled, p.postponed) == (True, False)
    assert numbers_and_titles(p) == [
        ("1.", "Apologies for Absence"),
        ("2.", "Minutes of the previous meeting"),
    ]


def test_a_postponed_date_line_is_recorded_as_postponed():
    p = page("date_then_postponed.txt")
    assert (p.committee, p.start) == ("", datetime(2025, 6, 18, 18, 30))
    assert (p.cancelled, p.postponed) == (False, True)
    assert p.note == ""
    assert numbers_and_titles(p) == [("1.", "Apologies for Absence"), ("2.", "Local Plan Update")]


def test_a_new_meeting_is_neither_cancelled_nor_postponed_and_the_word_is_no_text():
    p = page("date_then_new.txt")
    assert (p.committee, p.start) == ("Audit Committee", datetime(2025, 7, 7, 14, 0))
    assert (p.cancelled, p.postponed, p.note) == (False, False, "")
    assert numbers_and_titles(p) == [("1.", "Apologies"), ("2.", "Internal Audit Annual Report")]


def test_a_recorded_vote_line_between_numbered_items_is_not_an_item():
    p = parse_page(
        "Agenda and minutes\n\nPlanning Committee - Tuesday 3rd June 2025 7.00 pm\n\nItems\n\n"
        "1. Apologies for Absence\n\nNone.\n\n2. Land at Mill Lane\n\n"
        "The Committee considered the application.\n\n3 For, 2 Against, 1 Abstention\n\n"
        "RESOLVED that permission be granted.\n\n3. Appeals\n\nThe appeals were noted.\n"
    )
    assert numbers_and_titles(p) == [
        ("1.", "Apologies for Absence"),
        ("2.", "Land at Mill Lane"),
        ("3.", "Appeals"),
    ]
    assert "3 For, 2 Against, 1 Abstention" in p.items[1].minutes + p.items[1].agenda_text


@pytest.mark.parametrize(
    ("status", "cancelled", "postponed"),
    [
        ("POSTPONED", False, True),
        ("MOVED", False, True),
        ("CANCELLED", True, False),
        ("NEW", False, False),
        ("(MOVED to Tuesday 8 July)", False, True),
    ],
)
def test_a_status_word_after_the_date_on_the_heading_line(status, cancelled, postponed):
    p = parse_page(
        f"Agenda\n\nCabinet - Tuesday, 1st July, 2025 6.00 pm {status}\n\n"
        "Venue: Town Hall\n\nItems\nNo. Item\n\n1.\n\nApologies for Absence\n"
    )
    assert (p.committee, p.start) == ("Cabinet", datetime(2025, 7, 1, 18, 0))
    assert (p.cancelled, p.postponed) == (cancelled, postponed)
    assert numbers_and_titles(p) == [("1.", "Apologies for Absence")]


# --- pages without a heading --------------------------------------------------------------


def test_a_page_that_starts_at_the_venue():
    p = page("starts_at_venue.txt")
    assert (p.committee, p.start) == ("", None)
    assert p.venue == "The Ballroom, Assembly Rooms, Kingsferry KF1 3AA"
    assert p.contact.name == "Lola Brandt"
    assert numbers_and_titles(p) == [
        ("21/25", "Apologies for Absence"),
        ("22/25", "Minutes"),
        ("23/25", "Community Grants Scheme"),
    ]


def test_a_page_that_starts_at_the_contact():
    p = page("starts_at_contact.txt")
    assert p.contact.email == "democracy@ashvale.example.gov.uk"
    assert numbers_and_titles(p) == [
        ("1.", "Welcome and Introductions"),
        ("2.", "Youth Services Update"),
    ]


def test_meeting_documents_before_the_venue_are_documents_not_items():
    p = page("documents_before_venue.txt")
    assert [d.title for d in p.documents] == [
        "Agenda frontsheet",
        "Reports pack",
        "Printed minutes",
        "Supplement pack 1 - Additional information, 04th-Jun-2025 18.00, Planning Committee",
    ]
    assert p.venue == "Council Chamber, Civic Offices, Brackwell BW1 2CC"
    assert [i.number for i in p.items] == ["55.", "56.", "57."]


def test_meeting_documents_named_without_a_size_and_no_items_marker():
    p = page("documents_no_marker.txt")
    assert [d.title for d in p.documents] == [
        "Agenda frontsheet",
        "Printed minutes",
        "Supplement pack 2 - Late representations",
    ]
    assert p.venue == "Meeting Room 1, Ravensgate House, Tollmere TM4 4RR"
    assert numbers_and_titles(p) == [
        ("1.", "Apologies for Absence"),
        ("2.", "Minutes of the previous meeting"),
    ]


# --- tables and unnumbered items ----------------------------------------------------------


def test_a_wide_table_reads_one_item_a_row_with_its_minutes_in_the_cell():
    p = page("wide_pipe_table.txt")
    assert numbers_and_titles(p) == [
        ("1.", "Apologies for absence"),
        ("2.", "Declarations of interest"),
        ("3.", "Housing Repairs Performance"),
        ("4.", "Work Programme"),
    ]
    repairs = p.items[2]
    assert "To review repairs performance" in repairs.agenda_text
    assert "questioned the Head of Housing" in repairs.minutes
    assert [(d.format, d.size_bytes) for d in repairs.documents] == [("PDF", 520 * 1024)]
    for item in p.items:
        assert "|" not in item.title + item.minutes + item.agenda_text


def test_unnumbered_items_separated_by_blank_lines_and_never_the_header_row():
    p = page("unnumbered_blank_lines.txt")
    assert numbers_and_titles(p) == [
        ("", "Apologies for Absence"),
        ("", "Notes of the Last Meeting"),
        ("", "Broadband Roll-out"),
        ("", "Any Other Business"),
    ]
    assert "remaining villages" in p.items[2].minutes


def test_unnumbered_items_whose_titles_are_followed_directly_by_their_text():
    p = page("unnumbered_title_then_text.txt")
    assert numbers_and_titles(p) == [
        ("", "Welcome and Apologies"),
        ("", "Minutes of the Last Meeting"),
        ("", "Christmas Lights"),
        ("", "Date of Next Meeting"),
    ]
    assert "thanked the volunteers" in p.items[2].minutes
    assert "10 June 2014" in p.items[3].minutes


def test_a_page_of_nothing_but_unnumbered_items_is_read_not_refused():
    p = page("no_heading_unnumbered.txt")
    assert (p.committee, p.start) == ("", None)
    assert numbers_and_titles(p) == [
        ("", "Apologies for Absence"),
        ("", "Minutes of the Last Meeting"),
        ("", "Rural Bus Services"),
    ]


# --- numbers and long minutes -------------------------------------------------------------


def test_meeting_and_item_numbers_like_14_3_with_long_minutes():
    p = page("slash_numbers_long_minutes.txt")
    assert numbers_and_titles(p) == [
        ("14/1", "Apologies for Absence"),
        ("14/2", "Declarations of Interest"),
        ("14/3", "24/01550/FUL - Former Dairy, Station Road"),
        ("14/4", "Appeals Update"),
    ]
    minutes = p.items[2].minutes
    for text in ("affordable homes", "loss of employment land", "7 For, 2 Against, 1 Abstention"):
        assert text in minutes
    assert "section 106" in minutes
    assert "Appeals" not in minutes


# --- pages cut short ----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["cut_mid_word.txt", "cut_mid_sentence.txt"])
def test_a_page_cut_short_marks_itself_and_the_item_it_cuts(name):
    p = page(name)
    assert p.truncated is True
    assert [i.truncated for i in p.items] == [False, True]
    assert p.to_json_dict()["items"][-1]["truncated"] is True


def test_a_whole_page_marks_no_item_cut_short():
    p = page("slash_numbers_long_minutes.txt")
    assert p.truncated is False
    assert not any(i.truncated for i in p.items)


# --- refusals -----------------------------------------------------------------------------


def test_it_refuses_a_page_with_no_items_and_says_why():
    with pytest.raises(PageParseError) as caught:
        parse_page("Agenda\n\nOur opening hours\n")
    assert caught.value.reason == "no items found"
    assert "no items found" in str(caught.value)


def test_it_refuses_paragraphs_with_no_committee_or_date_and_says_why():
    with pytest.raises(PageParseError) as caught:
        parse_page("Welcome to our website\n\nFind out about your council tax\n\nMore text.\n")
    assert "not a meeting's items" in caught.value.reason
    assert caught.value.reason in str(caught.value)


@pytest.mark.parametrize("name", sorted(p.name for p in SHAPES.glob("*.txt")))
def test_it_refuses_no_page_that_has_items(name):
    assert page(name).items


@pytest.mark.django_db
def test_a_postponed_page_imports_as_a_postponed_meeting_with_its_items():
    from moot.importers.moderngov_page.importer import import_page
    from moot.meetings.choices import MeetingStatus
    from moot.meetings.models import Meeting
    from tests.factories import make_body

    body = make_body(name="Eastbrook Council", slug="eastbrook")
    text = (
        "Agenda\n\nCabinet - Tuesday, 1st July, 2025 6.00 pm\nPOSTPONED\n\n"
        "Venue: Town Hall\n\nItems\nNo. Item\n\n1.\n\nApologies for Absence\n"
    )
    import_page("cabinet.txt", body=body, text=text)
    meeting = Meeting.objects.get(committee__name="Cabinet")
    assert meeting.status == MeetingStatus.POSTPONED
    assert meeting.items.count() == 1


def test_a_short_last_line_stopping_on_a_word_no_sentence_ends_on_was_cut():
    p = parse_page(
        "Agenda and minutes\n\nCabinet - Monday 2nd June 2025 10.00 am\n\nItems\nNo. Item\n\n"
        "1.\n\nApologies\n\nMinutes:\n\nNone.\n\n2.\n\nHousing\n\nMinutes:\n\nCabinet agreed to the\n"
    )
    assert p.truncated is True
    assert [i.truncated for i in p.items] == [False, True]


def test_a_short_last_line_without_a_full_stop_is_not_taken_for_a_cut():
    p = parse_page(
        "Agenda and minutes\n\nCabinet - Monday 2nd June 2025 10.00 am\n\nItems\nNo. Item\n\n"
        "1.\n\nApologies\n\nMinutes:\n\nNone.\n\n2.\n\nHousing\n\nMinutes:\n\nRESOLVED as above\n"
    )
    assert p.truncated is False


def test_a_table_row_cut_off_before_its_closing_bar_marks_the_page_and_item_cut():
    p = parse_page(
        "Venue: Council Chamber\n\n| No. | Item | | | |\n| |||||\n"
        "| 14/1 | Apologies | Minutes: None were received. |||\n| |||||\n"
        "| 14/2 | Appeals | Minutes: The Committee noted the appeals and asked officers to rep\n"
    )
    assert numbers_and_titles(p) == [("14/1", "Apologies"), ("14/2", "Appeals")]
    assert p.truncated is True
    assert [i.truncated for i in p.items] == [False, True]


def test_short_lines_such_as_none_or_decision_are_text_not_unnumbered_items():
    p = parse_page(
        "Agenda and minutes\n\nLicensing Sub-Committee - Monday 2nd June 2025 10.00 am\n\n"
        "Items\nNo. Item\n\nElection of Chair\n\nCouncillor Rees was elected Chair.\n\n"
        "Declarations of Interest\n\nNone\n\nApplication for a Premises Licence\n\n"
        "The Sub-Committee heard from the applicant.\n\nDecision\n\n"
        "RESOLVED that the licence be granted.\n"
    )
    assert [i.title for i in p.items] == [
        "Election of Chair",
        "Declarations of Interest",
        "Application for a Premises Licence",
    ]


def test_a_moved_meeting_with_no_items_is_read_as_postponed():
    p = parse_page(
        "Agenda and minutes\n\nWednesday 14th May 2025 9.00 am\nMOVED\n\nVenue: Room 2\n\n"
        "This meeting has been moved to Tuesday 20 May 2025.\n"
    )
    assert (p.start, p.postponed, p.cancelled, p.items) == (
        datetime(2025, 5, 14, 9, 0),
        True,
        False,
        [],
    )


def test_a_table_whose_cells_run_over_several_lines_reads_one_item_a_cell():
    # A saved page whose table cells open with "|" on a line of their own, then the title, its
    # description, the labels and the minutes on one line, running on to the next (a council
    # using ModernGov in Wales, 2018; names changed).
    p = parse_page(
        "Agenda and minutes\nVenue: Council Chamber\nContact: Clerk - 01234 567890\n"
        "| No. | Item |\n|---|---|\n|\n"
        "Apologies for absence Additional documents: Minutes: An apology for absence was "
        "received from Ann Jones (Chief\nExecutive). |\n|\n|\n"
        "Declarations of Interest: Code of Local Government Conduct Members are reminded that "
        "they must declare the existence of an interest. Additional documents: Minutes: None. |"
        "\n|\n|\n"
        "Urgent matters Notice of items which, in the opinion of the Chair, should be "
        "considered as urgent. Additional documents: Minutes: None. |\n|\n|\n"
        "Minutes of the Cabinet To approve and sign as a correct record the Minutes of the "
        "previous meeting Additional documents: Minutes: The minutes of the Cabinet held on 12 "
        "June 2018 were\nsubmitted for approval. RESOLVED- That the minutes be approved. |\n"
    )
    assert [i.title for i in p.items] == [
        "Apologies for absence",
        "Declarations of Interest: Code of Local Government Conduct",
        "Urgent matters",
        "Minutes of the Cabinet",
    ]
    first, _, urgent, minutes = p.items
    assert "(Chief" in first.minutes and "Executive)." in first.minutes
    assert "Additional documents" not in first.minutes
    assert "Notice of items" in urgent.agenda_text and "Notice of items" not in urgent.minutes
    assert "To approve and sign" in minutes.agenda_text
    assert "RESOLVED- That the minutes be approved" in minutes.minutes
