"""Rules written on 7 December 2026 after the first measure of `heldout50` (32 pages of new
bodies, kept as addresses and labels only: tests/fixtures/real_minutes/unstored), and from the
slips earlier parts missed. Made-up pages in the likeness of what they showed: the slip that
must be found, and the text beside it that must be left alone."""

from tests.quality.minutes import acronyms_on_page
from tests.quality.minutes import texts_in_item as found


def test_a_verbs_bare_form_after_be_is_a_slip():
    assert found(
        "slip",
        "A newsletter will be send out in May.",
        "The bin has been move to the bench.",
        "The new seating can be use easily by everyone.",
    ) == ["will be send", "has been move", "can be use"]
    # the participle, a noun after "be", and a verb that is its own participle pass
    assert (
        found(
            "slip",
            "The letters will be sent. There will be review of the policy in May.",
            "The hall would be of use to the group. Notices will be put up.",
            "Members asked that they be told of any change.",
        )
        == []
    )


def test_be_for_been_after_have_is_a_slip():
    assert found("slip", "The Clerk confirmed that the training had now be undertaken.") == [
        "had now be undertaken"
    ]
    assert found("slip", "The training has now been undertaken, and had been booked.") == []


def test_declaration_on_interest_and_conformation_of_minutes_are_slips():
    assert found("slip", "Declaration on Interest: none.", title="Declarations") == [
        "Declaration on Interest"
    ]
    assert found("slip", "Conformation of minutes of the last meeting: agreed.") == [
        "Conformation of minutes"
    ]
    # the right words, and "conformation" of something else, pass
    assert (
        found(
            "slip",
            "Declarations of interest: none. Confirmation of minutes: agreed.",
            "The conformation of the land was discussed.",
        )
        == []
    )


PAGE = """Minutes of the meeting of Holtby Community Council held on 11 January 2016
Present: Councillor R Squire (in the Chair), Councillors A Reeves and R Jones.
The PCSO presented the crime report: during the month there had been 14 crimes and {count}.
Payments: £25 ROSPA Playsafety; the agenda (PDF 129 KB) was circulated; the next meeting
starts at 1900 HRS.
"""


def test_letters_after_a_count_are_an_acronym_but_not_after_a_sum_or_as_a_unit():
    assert acronyms_on_page(PAGE.format(count="1 ASB")) == ["ASB"]
    assert acronyms_on_page(PAGE.format(count="one burglary")) == []


def test_a_heading_of_a_bodys_letters_minutes_and_a_day_opens_a_whole_meeting():
    page = """PPG Minutes 10th Nov 2022

Mike Garett (chair), Jean Poole (secretary), Dr V Smith, Richard Marshall

Mike welcomed everyone to the meeting.

VPPG update: there are 5 members on the list.
"""
    assert acronyms_on_page(page) == ["VPPG"]
    # an item approving minutes of a day is no heading of a meeting
    item_page = page.replace("PPG Minutes 10th Nov 2022", "Approve Minutes 10th Nov 2022")
    assert acronyms_on_page(item_page) == []


def test_the_queens_possessive_is_found_on_minutes_that_name_no_report():
    # (its rule once shared the office report rule's needles, and so ran only on a text that
    # holds "report", "update" or the like)
    from moot.quality.core import check_meeting
    from tests.quality.minutes import item

    text = "Members discussed the Queens Platinum Jubilee celebrations."
    findings = check_meeting([item("T/1/25", text, decisions=["Noted."])])
    marks = [f for f in findings if f.check == "punctuation"]
    assert [f.text for f in marks] == ["Queens Platinum Jubilee"]
    # and why it matters speaks of the mark, not of a bracket only
    assert "apostrophe" in marks[0].why
