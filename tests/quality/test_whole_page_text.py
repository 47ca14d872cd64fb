"""The checks read every word of a page a reader sees — the agenda's text under each item, the
decisions, the venue line — and know a single item's or decision's page from a whole meeting.
The pages here are made in the likeness of real ModernGov pages."""

import pytest

from moot.quality.adapters import from_text
from moot.quality.core import DETAILS, check_meeting
from tests.quality.minutes import found, item

MEETING_PAGE = """Agenda and minutes

Cabinet - Thursday, 10th November, 2016 10.00 am

Venue: Council Chamber, County Hall,Worcester

Contact: Sam Clerk

No. | Item |
1.

Apologies and Declarations of Interest

Minutes:

Apologies were received from Mr R M Bennett, Mr C Hotham Mr L C R Mallett, Mrs J A Potter and Ms C M Stalker.

2.

Public Participation

Members of the public wishing to take part should notify the Head of Legal Services no later than 9.00am on the working day before the meeting (in this case Wednesday,9 November 2016).

Minutes:

There were no public participants.

3.

Highways Maintenance Plan

Minutes:

The Cabinet considered the plan. These discussion were welcomed by the Cabinet Member.

RESOLVED that the plan be approved.

Decision:

RESOLVED that the plan be approved and that the the Director report back in March.

4.

Supported Housing Update

Minutes:

The Cabinet received an update from the ICB on supported housing.

RESOLVED that the update be noted.
"""

ITEM_PAGE = """Agenda item

Health and Wellbeing Strategy Development Update (HWB.05.04.2016/6)

Minutes:

The board received an update on the strategy, noting the progress the ICB had made. It was noted that the timescales for the strategy had been agreed.
"""

DECISION_PAGE = """Issue - decisions

Informal virtual meetings of Cabinet

04/10/2021 - Informal virtual meetings of Cabinet

The Cabinet will meet virtually until a webcasting solution is installed, with decisions to be made by the relevant portfolio holder in the light of views expressed by the wider Cabinet.
"""


def _findings(text: str) -> list[tuple[str, str, str]]:
    return found(from_text(text).check())


def test_agenda_text_decisions_and_the_venue_line_are_read():
    got = _findings(MEETING_PAGE)
    # The agenda's own text under an item: a comma with no space after it.
    assert ("spacing", "2.", "Wednesday,9") in got
    # A decision's text that the minutes do not repeat: a doubled word.
    assert ("slip", "3.", "the the") in got
    # The venue line, under its own heading.
    assert ("spacing", DETAILS, "Hall,Worcester") in got


def test_a_comma_missing_between_two_names_in_a_list_of_names():
    got = _findings(MEETING_PAGE)
    assert ("punctuation", "1.", "Mr C Hotham Mr L C R Mallett") in got
    finding = next(f for f in from_text(MEETING_PAGE).check() if f.check == "punctuation")
    assert '"Mr C Hotham, Mr L C R Mallett"' in finding.message


def test_a_determiner_that_disagrees_with_its_noun():
    got = _findings(MEETING_PAGE)
    assert ("slip", "3.", "These discussion were") in got
    items = [item("1", "This documents was circulated before the meeting.")]
    assert ("slip", "1", "This documents was") in found(check_meeting(items, checks=["slip"]))


@pytest.mark.parametrize(
    "sentence",
    [
        "Those present were thanked for attending.",
        "These staff were thanked.",
        "This process has been agreed.",
        "This analysis was welcomed.",
        "These data were noted.",
        "This status was confirmed.",
    ],
)
def test_agreement_leaves_right_english_alone(sentence):
    items = [item("1", sentence)]
    assert found(check_meeting(items, checks=["slip"])) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The figures were 1,000,000 and 2,500.",  # thousands
        "See www.example.gov.uk/a,b for the list.",
        "Present: the Lord Mayor Councillor Smith, Councillor Jones and Mr Brown.",
        "Councillors Mrs Shields, Mr Brown and Dr Green attended.",
        "The categories were red,amber,green,blue.",  # a run written so on purpose
    ],
)
def test_commas_and_name_lists_leave_right_text_alone(sentence):
    items = [item("1", sentence)]
    assert found(check_meeting(items, checks=["spacing", "punctuation"])) == []


def test_an_acronym_on_a_whole_meeting_page_is_reported_but_not_on_an_item_page():
    whole = _findings(MEETING_PAGE)
    assert ("acronym", "4.", "ICB") in whole
    single = from_text(ITEM_PAGE)
    assert single.whole is False
    # The meeting's earlier items may have spelled it out: a page of one item cannot tell.
    assert [f for f in single.check() if f.check == "acronym"] == []


def test_an_acronym_used_before_it_is_spelled_out_on_an_item_page_is_still_reported():
    text = ITEM_PAGE.replace(
        "It was noted",
        "The Integrated Care Board (ICB) would report again. It was noted",
    )
    got = from_text(text).check()
    assert [(f.check, f.text) for f in got if f.check == "acronym"] == [("acronym", "ICB")]


def test_a_decision_page_never_lacks_a_decision():
    page = from_text(DECISION_PAGE)
    assert page.whole is False
    assert page.items[0].title == "Informal virtual meetings of Cabinet"
    assert page.items[0].decisions and "webcasting" in page.items[0].decisions[0]
    assert [f for f in page.check() if f.check in ("no_decision", "no_minutes")] == []


def test_a_decision_pages_words_are_still_checked():
    page = from_text(DECISION_PAGE.replace("the wider Cabinet", "the the wider Cabinet"))
    assert ("slip", "1", "the the") in found(page.check())


def test_text_that_is_no_page_at_all_says_why():
    with pytest.raises(ValueError, match=r"Nothing to check: .*not a meeting page"):
        from_text("Just some words.\nAnd more words.\n")
    # A page saved without its headings is read as one item when asked to be lenient.
    assert from_text("Just some words.\nAnd more words.\n", lenient=True).whole is False


def test_a_page_cut_short_in_its_agenda_text_is_not_reported_as_misspelt():
    page = MEETING_PAGE + "\n5.\n\nTransport Strategy\n\nTo consider the draft strat"
    assert not [f for f in from_text(page).check() if f.text == "strat"]


def test_the_contact_line_is_read_with_the_meetings_details():
    page = MEETING_PAGE.replace(
        "Contact: Sam Clerk", "Contact: Sam Clerk, 169 Union Street, London, SE1 OLL"
    )
    findings = from_text(page).check()
    assert [(f.check, f.item_reference, f.text) for f in findings if f.text == "SE1 OLL"] == [
        ("slip", DETAILS, "SE1 OLL")
    ]


def test_text_above_the_first_heading_the_parser_found_is_kept_and_checked():
    """A community council's page the page parser reads from "Correspondence" on: who was
    present and the declarations above it are kept as the preamble and checked."""
    from bench.real_minutes_bench import REAL

    page = (REAL / "cerrigydrudion_2025-11-13_community_council.txt").read_text(encoding="utf-8")
    meeting = from_text(page, lenient=True)
    assert meeting.items[0].reference == "Preamble"
    assert ("slip", "and and") in [(f.check, f.text) for f in meeting.check()]
