"""A date in the minutes that contradicts the agenda or the meeting."""

from datetime import date

import pytest

from moot.quality.core import check_meeting
from tests.quality.minutes import item

MEETING = date(2025, 5, 14)
EARLIER = [date(2025, 3, 3), date(2025, 1, 20)]


def dates(*items, meeting=MEETING, earlier=EARLIER):
    findings = check_meeting(list(items), meeting_date=meeting, earlier_dates=earlier)
    return [(f.text, f.message) for f in findings if f.check == "date"]


def minutes_item(text, **kw):
    return item("3", text, title="Minutes of the previous meeting", kind="minutes", **kw)


def test_it_finds_a_next_meeting_date_before_this_meeting():
    found = dates(
        item(
            "9",
            "The next meeting will be held on Wednesday 9 April 2025 at 6pm.",
            title="Date of next meeting",
        )
    )
    assert [text for text, _ in found] == ["9 April 2025"]
    assert "14 May 2025" in found[0][1] and "9 April 2025" in found[0][1]


def test_it_finds_previous_minutes_dated_when_the_committee_did_not_meet():
    found = dates(
        minutes_item(
            "RESOLVED that the minutes of the meeting held on 3 February 2025 "
            "be approved as a correct record."
        )
    )
    assert [text for text, _ in found] == ["3 February 2025"]
    assert "3 March 2025" in found[0][1]


def test_it_finds_minutes_that_name_another_date_than_their_agenda_title():
    found = dates(
        minutes_item(
            "The minutes of the meeting held on 3 February 2025 were agreed.",
            agenda_title="Minutes of the meeting held on 3 March 2025",
        ),
        earlier=[],
    )
    assert [text for text, _ in found] == ["3 February 2025"]
    assert "3 March 2025" in found[0][1]


def test_it_reads_the_date_from_the_agenda_text_when_the_title_names_none():
    """As real pages print it: "Minutes of Previous Planning Committee", then under it "of the
    meeting held on 13th December 2018 to be approved and signed"."""
    agenda = "<p>Minutes of the meeting held on 5th December 2024 to be received.</p>"
    found = dates(
        item(
            "128",
            "RESOLVED: That the minutes of the Panel meeting held on 5th December 2025 be "
            "received.",
            title="Minutes of Previous Conservation Advisory Panel",
            kind="minutes",
            agenda_html=agenda,
        ),
        meeting=None,
        earlier=[],
    )
    assert [text for text, _ in found] == ["5th December 2025"]
    assert "Thursday 5 December 2024" in found[0][1]
    # The agenda text and the minutes agreeing, or the agenda's text naming no date: nothing.
    for agenda_text in (agenda, "<p>To approve the minutes of the last meeting.</p>"):
        same = item(
            "128",
            "RESOLVED: That the minutes of the meeting held on 5th December 2024 be received.",
            title="Minutes of Previous Conservation Advisory Panel",
            kind="minutes",
            agenda_html=agenda_text,
        )
        assert dates(same, meeting=None, earlier=[]) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "RESOLVED that the minutes of the meeting held on 3 March 2025 be approved.",
        "RESOLVED that the minutes of the meeting held on 3rd March 2025 be approved.",
        "The minutes of 3 March 2025 and of the special meeting on 20 January 2025 were agreed.",
    ],
)
def test_it_accepts_previous_minutes_of_an_earlier_meeting(paragraph):
    assert dates(minutes_item(paragraph)) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "The next meeting will be held on 11 June 2025.",
        "It was noted that the report of 9 April 2025 would go to the next meeting.",
        "The next meeting was due on 9 April 2025 but had been moved to 18 June 2025.",
    ],
)
def test_it_leaves_later_and_unrelated_dates_alone(paragraph):
    assert dates(item("9", paragraph, title="Any other business")) == []


def test_it_says_nothing_without_the_meeting_date_or_earlier_meetings():
    text = "RESOLVED that the minutes of the meeting held on 3 February 2025 be approved."
    assert dates(minutes_item(text), meeting=None, earlier=[]) == []


def test_it_gives_both_dates_as_evidence():
    text = "RESOLVED that the minutes of the meeting held on 3 February 2025 be approved."
    [finding] = [
        f
        for f in check_meeting([minutes_item(text)], meeting_date=MEETING, earlier_dates=EARLIER)
        if f.check == "date"
    ]
    assert finding.evidence == [
        ("Minutes approved", "Monday 3 February 2025"),
        ("The committee met", "Monday 20 January 2025, Monday 3 March 2025"),
    ]
    assert "calendar" in finding.why


def test_a_heading_in_capitals_inside_the_minutes_is_the_agendas_wording():
    """A parish page read as one item prints each agenda heading in capitals with its date
    ("TO RECEIVE AND NOTE THE MINUTES OF THE ALLOTMENT COMMITTEE HELD ON 20 SEPTEMBER 2023"):
    those dates are what the agenda names, not minutes approved for the wrong day."""
    page = item(
        "1",
        "TO RECEIVE AND ADOPT THE MINUTES OF THE PARISH COUNCIL MEETING HELD ON 3 MARCH 2025",
        "The meeting agreed the minutes represented a true record.",
        "TO RECEIVE AND NOTE THE MINUTES OF THE GARDENS COMMITTEE HELD ON 16TH APRIL 2025",
        "Members received and noted the minutes.",
        title="Minutes of Parish Council 14 May 2025",
        kind="minutes",
    )
    assert dates(page, earlier=[]) == []
    # The same date written in the minutes' own sentence is still judged against the agenda.
    written = item(
        "1",
        "TO RECEIVE AND ADOPT THE MINUTES OF THE PARISH COUNCIL MEETING HELD ON 3 MARCH 2025",
        "The minutes of the meeting held on 3 February 2025 were agreed as a true record.",
        title="Minutes of Parish Council 14 May 2025",
        kind="minutes",
    )
    assert [text for text, _ in dates(written, earlier=[])] == ["3 February 2025"]


def test_the_day_the_minutes_were_approved_at_another_meeting_is_not_their_date():
    """An annual parish meeting notes minutes "approved at the Parish Council meeting held on
    the 2nd June 2014": that is the approving meeting's day."""
    noted = minutes_item(
        "The minutes of the Annual Parish Meeting held on the 3rd March 2025 were noted and "
        "originally approved at the Parish Council meeting held on the 7th April 2025.",
        agenda_title="Minutes of the Annual Parish Meeting 3rd March 2025",
    )
    assert dates(noted, earlier=[]) == []
    slip = minutes_item(
        "The minutes of the Annual Parish Meeting held on the 4th March 2025 were noted and "
        "originally approved at the Parish Council meeting held on the 7th April 2025.",
        agenda_title="Minutes of the Annual Parish Meeting 3rd March 2025",
    )
    assert [text for text, _ in dates(slip, earlier=[])] == ["4th March 2025"]


def test_the_date_of_the_meeting_that_will_approve_the_minutes_is_not_theirs():
    """ "The minutes of the meeting held on 11 April will be approved at the next scheduled
    meeting of Cabinet on 16 May 2016" names the meeting that approves them."""
    agenda = (
        "<p>The minutes of the meeting held on 11 April will be approved at the next scheduled "
        "meeting of Cabinet on 16 May 2016.</p>"
    )
    found = dates(
        item(
            "3.",
            "The minutes of the meeting held on the 11 April 2017 would be tabled for approval at "
            "the next scheduled meeting (16 May 2017).",
            title="Minutes",
            kind="minutes",
            agenda_html=agenda,
        ),
        meeting=None,
        earlier=[],
    )
    assert found == []


def test_a_next_meeting_before_this_one_in_the_agendas_text_is_found():
    agenda = "<p>The minutes will be approved at the next scheduled meeting on 16 May 2016.</p>"
    found = dates(
        item("3", "The minutes were noted.", title="Minutes", agenda_html=agenda),
        meeting=date(2017, 5, 16),
        earlier=[],
    )
    assert [text for text, _ in found] == ["16 May 2016"]
