"""Minutes from other software in more of their shapes: headings numbered "1)" or "04/08:01",
and minutes whose items cannot be told apart but which open as a whole meeting's minutes do,
so an acronym they never spell out is reported; and the words of such pages that are not
acronyms — the body's own name in its heading, surnames in capitals, a Welsh heading. Pages
made in the likeness of real ones."""

import pytest

from moot.quality.adapters import from_text
from moot.quality.core import check_meeting
from moot.quality.numbered import read_numbered
from tests.quality.minutes import item

BRACKETED = """Minutes 14th May 2024
CYNGOR CYMUNED
LLANFAIR UCHAF
COMMUNITY COUNCIL

Minutes of the Council Meeting, 14th May 2024, Church House

In Attendance
Councillors S Hughes (SH) Chair, P March (PM) vice-chair, the clerk.
1) Apologies – Councillors S Doleman and B Ellison.
2) Declarations of Interest – PM in relation to the playing field.
3) Minutes of previous meeting
The minutes of the meeting on 9th April 2024 were approved.
4) Website update
Business emails with LUCC addresses to be set up by each Councillor.
Action ALL
5) Highways
Letter to CBCC about the unsafe flagstones. Done.
"""


def test_headings_numbered_with_a_bracket_are_items():
    read = read_numbered(BRACKETED)
    assert read is not None
    assert [i.reference for i in read.items] == ["1", "2", "3", "4", "5"]
    assert read.items[3].title == "Website update"


def test_a_year_meeting_and_item_number_is_a_heading():
    text = """MINUTES OF THE PROCEEDINGS OF THE COUNCIL MEETING HELD ON MONDAY 8 MARCH 2004

In the Chair: Councillor C Black

04/08:01 APOLOGIES AND CHAIRMAN'S BUSINESS

An apology was received from Councillor M Molloy.

04/08:02 MINUTES

The minutes of the meeting held on 9 February 2004 were adopted.

04/08:03 TOURISM

It was agreed that the workshops be held on Friday 19 March 2004.
"""
    read = read_numbered(text)
    assert read is not None
    assert [i.reference for i in read.items] == ["04/08:01", "04/08:02", "04/08:03"]


def test_the_bodys_own_name_in_its_heading_explains_its_initials_and_a_welsh_heading_is_no_acronym():
    findings = from_text(BRACKETED).check()
    acronyms = [f.text for f in findings if f.check == "acronym"]
    # LUCC: Llanfair Uchaf Community Council, named in the heading across two lines;
    # CBCC (the county borough council) is another body, never named: reported.
    assert acronyms == ["CBCC"]


OPENING = """MINUTES OF THE PROCEEDINGS OF THE COUNCIL MEETING HELD ON MONDAY 8 MARCH 2004

In the Chair: Councillor C Black

Members Present: Councillors M Black, C Blaney and S Blaney

Apologies

An apology was received on behalf of Councillor M Molloy.

Chairman's Business

Councillor Black stated that dates had to be arranged to meet the three DEAs about the plan.
"""


@pytest.mark.parametrize(
    "opening",
    [
        "MINUTES OF THE PROCEEDINGS OF THE COUNCIL MEETING HELD ON MONDAY 8 MARCH 2004",
        "EXMOOR FORUM MINUTES of the meeting of the Forum held on Thursday 13 June 2019",
        "Minutes of a meeting held on 9th January, 2015.",
        "LLANBEDR COMMUNITY COUNCIL Minutes of Meeting held on 9 May 2019",
        "Present: Councillors M Black, C Blaney and S Blaney",
        "Those attending: Cllr K Burn, Cllr G Huntley",
    ],
)
def test_minutes_that_open_as_a_meetings_do_are_the_whole_meeting(opening):
    text = OPENING.replace(OPENING.splitlines()[0], opening)
    meeting = from_text(text, lenient=True)
    assert meeting.whole
    [finding] = [f for f in meeting.check() if f.check == "acronym"]
    assert finding.text == "DEAs"
    assert "not spelled out anywhere" in finding.message


@pytest.mark.parametrize(
    "opening",
    [
        "To approve the minutes of the meeting held on 4 December 2023.",
        "Agenda item",
        "Chairman's Business",
    ],
)
def test_an_items_words_about_minutes_are_not_a_meetings_opening(opening):
    text = opening + "\n\n" + OPENING.split("\n\n", 3)[3]
    meeting = from_text(text, lenient=True)
    assert not meeting.whole
    assert [f for f in meeting.check() if f.check == "acronym"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Present: Provost Mike ROBBINS, Councillor Neil BENNY and Councillor Evelyn TWEED.",
        "The motion was moved by Councillor Alasdair MACPHERSON.",
        "Concern about ALDI's sign on Deighton Road was noted; ALDI had not replied.",
    ],
)
def test_surnames_in_capitals_and_names_written_in_capitals_are_not_acronyms(sentence):
    assert [f for f in check_meeting([item("1", sentence)]) if f.check == "acronym"] == []


def test_letters_after_a_name_still_count():
    findings = check_meeting([item("1", "Councillor Neil Benny raised the SHLAA at the meeting.")])
    assert [f.text for f in findings if f.check == "acronym"] == ["SHLAA"]


def test_letters_with_no_vowel_in_a_heading_in_capitals_are_still_acronyms():
    text = "MINUTES OF THE ENVIRONMENT PDS COMMITTEE MEETING HELD ON 30TH JANUARY 2018"
    findings = check_meeting([item("1", text, "The report was noted.")])
    assert [f.text for f in findings if f.check == "acronym"] == ["PDS"]
    names = "Councillors: F.W.P. Treanor (FWPT), Mrs. P.F. Watson (PFW) and J. Simmons (JS)."
    assert [f for f in check_meeting([item("1", names)]) if f.check == "acronym"] == []
    heading = "MINUTES OF THE MEETING HELD AT SMITH BROTHERS LTD WITH MRS JONES"
    assert [f for f in check_meeting([item("1", heading)]) if f.check == "acronym"] == []


def test_letters_after_a_persons_name_are_theirs():
    text = (
        "Mr. P. Bedford CC declared an interest. Present: D J Causby BSc (Hons) P J Moutray "
        "C M Dixon, LLB, CPLS J J Nelson MSc R A Harkness."
    )
    assert [f for f in check_meeting([item("1", text)]) if f.check == "acronym"] == []
    assert [f.text for f in check_meeting([item("1", "The CPLS was consulted.")])] == ["CPLS"]


def test_the_minutes_own_heading_gives_the_meetings_day_and_is_no_items_title():
    text = (
        "Minutes of the meeting held on Monday 7th October 2019 at 7pm in the Council Chamber\n"
        "Present: Councillors A Brown, B Green and C White.\n"
        "The minutes of the meeting held on Monday 2nd September 2019 were signed as a true "
        "record. The next meeting will be held on Monday 2nd September 2019.\n"
        "The Mayor presented a cheque to TS Dulverton Sea Cadets. Treasurer's report: noted.\n"
    )
    meeting = from_text(text, lenient=True)
    assert meeting.whole and str(meeting.meeting_date) == "2019-10-07"
    assert meeting.items[0].title == ""
    findings = meeting.check()
    assert [(f.check, f.text) for f in findings] == [("date", "2nd September 2019")]
    assert "next meeting" in findings[0].message
