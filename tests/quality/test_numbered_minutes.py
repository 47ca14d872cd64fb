"""Whole meetings published by software other than ModernGov — plain numbered minutes — are
read item by item: each numbered heading starts an item, numbered points inside an item stay
inside it, the site's furniture is no item, and the text before the first heading (attendance,
apologies, the opening) is kept and checked. Pages made in the likeness of real ones (parish
and town councils, PDF minutes saved as text, district councils' own sites)."""

from moot.quality.adapters import from_text
from moot.quality.numbered import PREAMBLE, read_numbered

TOWN_COUNCIL = """Minutes of the Town Council Meeting 27th April 2021

Present                 The Mayor, Cllr. D. Hobson (DH) (in the chair).
Councillors:  Mrs. E. Ballard, J. Baskett, M. Bellwood and A. Cox.
Also present: the Town Clerk and the RFO.

336.         Apologies for Absence

Apologies were received from Cllr. Wing.

337.         Declarations of Interest / Dispensations

There were none.

338.         Closed Session

It was RESOLVED to go into Closed Session in accordance with the Act.

RESOLVED that:

1. the report be noted;

2. the complaint be referred to the Monitoring Officer.

339.         Planning Applications

The Council considered the applications listed.

1. N/110/00374/21 – extension at 4 Bridge Street. No objection.

2. N/110/00388/21 – new dwelling. No objection.

It was AGREED that the comments be sent to the district council.
"""


def _has(findings, check: str, text: str) -> bool:
    return any(f.check == check and text.lower() in f.text.lower() for f in findings)


def _titles(text: str) -> list[tuple[str, str]]:
    return [(i.reference, i.title) for i in from_text(text, lenient=True).items]


def test_a_town_councils_numbered_minutes_are_one_item_per_heading():
    meeting = from_text(TOWN_COUNCIL, lenient=True)
    assert meeting.whole
    assert [(i.reference, i.title) for i in meeting.items] == [
        (PREAMBLE, ""),
        ("336", "Apologies for Absence"),
        ("337", "Declarations of Interest / Dispensations"),
        ("338", "Closed Session"),
        ("339", "Planning Applications"),
    ]


def test_numbered_points_of_a_resolution_or_a_list_stay_inside_their_item():
    items = from_text(TOWN_COUNCIL, lenient=True).items
    closed = next(i for i in items if i.reference == "338")
    planning = next(i for i in items if i.reference == "339")
    assert "the complaint be referred" in closed.minutes_html
    assert "new dwelling" in planning.minutes_html
    assert "comments be sent" in planning.minutes_html


def test_the_text_before_the_first_heading_is_kept_and_checked():
    meeting = from_text(TOWN_COUNCIL, lenient=True)
    preamble = meeting.items[0]
    assert "Baskett" in preamble.minutes_html
    # An acronym of the attendance, never spelled out on this whole meeting, is reported.
    assert _has(meeting.check(), "acronym", "RFO")
    # The preamble needs no decision.
    assert not [
        f for f in meeting.check() if f.item_reference == PREAMBLE and f.check == "no_decision"
    ]


def test_a_slip_before_the_first_item_is__has():
    page = TOWN_COUNCIL.replace("Also present: the Town Clerk", "Also present: the the Town Clerk")
    assert _has(from_text(page, lenient=True).check(), "slip", "the the")


PARISH_COUNCIL = """Glenby Parish Council
Minutes of Glenby Parish Council Meeting held on Monday 26th June 2017 in the Village Hall.
Present: Cllrs B Lee (Chair), M Davey, C Montgomery
Public participation
1 - A resident asked about the bus shelter.
2 - A petition from 6 residents was tabled regarding the play area.
Cllr Lee opened the meeting
1706/1Apologies for absence – All present
1706/2Declaration of Interest
None.
1706/3Minutes of Previous meetings
The minutes of the meeting held on 8th May 2017 were approved and signed.
1706/4 Clerks Report & Items for Information – noted
Submitted the annual return.
1706/5Neighbourhood Planning
The draft contract was AGREED.
"""


def test_a_parish_minute_number_run_into_its_title_starts_an_item():
    assert _titles(PARISH_COUNCIL)[1:] == [
        ("1706/1", "Apologies for absence"),
        ("1706/2", "Declaration of Interest"),
        ("1706/3", "Minutes of Previous meetings"),
        ("1706/4", "Clerks Report & Items for Information"),
        ("1706/5", "Neighbourhood Planning"),
    ]


def test_the_words_of_a_heading_as_printed_are_read():
    findings = from_text(PARISH_COUNCIL, lenient=True).check()
    assert _has(findings, "spacing", "1706/1Apologies")
    assert _has(findings, "punctuation", "Clerks Report")


def test_numbered_public_participation_before_the_items_is_preamble_not_items():
    meeting = from_text(PARISH_COUNCIL, lenient=True)
    assert meeting.items[0].reference == PREAMBLE
    assert "petition from 6 residents" in meeting.items[0].minutes_html


NUMBER_ON_ITS_OWN_LINE = """Minutes
of the Meeting of the
Planning & Regulatory Committee
Wednesday, 11th May 2016
Councillors:
P  Peter Crew (Chairman)
A  Reyna Knight
PAR
1
Public speaking at Planning Committees (Standing Order 17A)
The applicant addressed the meeting in support of the application.
PAR
2
Minutes
Resolved: that the minutes be approved as a correct record.
PAR
3
Planning application 16/P/0462/F
The Committee considered the report. Resolved: that the application be approved.
"""


def test_a_number_on_its_own_line_takes_the_next_line_as_title():
    assert _titles(NUMBER_ON_ITS_OWN_LINE) == [
        (PREAMBLE, ""),
        ("1", "Public speaking at Planning Committees (Standing Order 17A)"),
        ("2", "Minutes"),
        ("3", "Planning application 16/P/0462/F"),
    ]
    # The number's prefix line ("PAR") is the heading's, not an acronym in the text.
    assert not _has(from_text(NUMBER_ON_ITS_OWN_LINE, lenient=True).check(), "acronym", "PAR")


TITLE_ABOVE_NUMBER = """PLANNING COMMITTEE
Wednesday, 25 March 2015
Present: Councillor Mrs Soyke (Chairman)
Officers in Attendance: Peter Hockney (DM Team Leader)
APOLOGIES
PLA146/14
Apologies for absence were recorded from Councillor Weeden.
DECLARATIONS OF INTEREST
PLA147/14
Councillor Mrs Soyke declared an interest in application 14/506664.
SITE INSPECTIONS
PLA148/14
The Chairman advised that a site visit had been undertaken.
"""


def test_a_title_in_capitals_above_its_minute_number():
    assert _titles(TITLE_ABOVE_NUMBER)[1:] == [
        ("PLA146/14", "APOLOGIES"),
        ("PLA147/14", "DECLARATIONS OF INTEREST"),
        ("PLA148/14", "SITE INSPECTIONS"),
    ]
    # The attendance before the first item is read: "DM" is never spelled out.
    # (two letters never spelled out are a hint: shown when hints are asked for)
    assert _has(from_text(TITLE_ABOVE_NUMBER, lenient=True).check(0), "acronym", "DM")


MINUTE_WORD = """ABERTOWN TOWN COUNCIL
Minutes of the Full Council meeting held on 24/02/2014 at 6.30pm.
Present: Cllr A Jones (Mayor), Cllr B Evans.
Minute 151:  Declarations of Interest.
None.
Minute 152:  Mayoral Report.
The Mayor reported on her engagements.
Minute 153:  Minutes of a meeting of Full Council held on 27th January 2014.
Minute 134 refers:  No reply from the Health Board.
Minute 137 refers:  Finance minutes omitted.
The minutes were approved.
Minute 154:  Matters arising from the minutes.
None.
"""


def test_minute_headings_and_cross_references_to_earlier_minutes():
    # "Minute 134 refers:" points back to an earlier meeting's minute: not a heading.
    assert _titles(MINUTE_WORD)[1:] == [
        ("151", "Declarations of Interest."),
        ("152", "Mayoral Report."),
        ("153", "Minutes of a meeting of Full Council held on 27th January 2014."),
        ("154", "Matters arising from the minutes."),
    ]
    items = from_text(MINUTE_WORD, lenient=True).items
    assert "Finance minutes omitted" in items[3].minutes_html


LIST_AFTER_A_COLON = """Agenda and minutes

Venue: Meadfoot Room - Town Hall. View directions

Contact: Amanda Clerk  (01803) 207026

No. Item

To receive apologies for absence.

It was reported that, as apologies had been received from the Mayor, the meeting was
inquorate. The Mayor has three options:

1.       Make the decisions in private and publish his record of decisions.

2.       Rearrange the meeting.

3.       Defer the items to the next meeting on 24 July 2017.
"""


def test_a_list_after_a_colon_is_not_a_run_of_items_and_furniture_is_no_title():
    meeting = from_text(LIST_AFTER_A_COLON, lenient=True)
    assert len(meeting.items) == 1
    assert meeting.items[0].title == "To receive apologies for absence."
    assert "Rearrange the meeting" in meeting.items[0].minutes_html
    # "Agenda and minutes" is the site's heading, not an item lacking a decision.
    assert not _has(meeting.check(), "no_decision", "Agenda and minutes")
    assert "Venue: Meadfoot Room - Town Hall. View directions" in meeting.details


CONDITIONS = """The Committee considered a report regarding the above planning application.
RESOLVED – That the application be APPROVED subject to the following conditions:
1. Standard Time
2. Approved Plans
3. Materials to match existing
4. Hours of construction
"""


def test_a_list_of_conditions_is_not_a_meeting():
    assert read_numbered(CONDITIONS) is None
    assert read_numbered(CONDITIONS.replace("conditions:", "conditions")) is None


def test_dates_times_and_recorded_votes_are_not_headings():
    text = """Scrutiny Committee
14 Jul 2022 - 18:30 to 21:08
24/02/2014 am 6:30 pm
For 24
Against 10
1 Apologies for Absence
Apologies were received from Councillor Coulam.
2 Declarations of Interest
There were no declarations of interest.
"""
    read = read_numbered(text)
    assert read is not None
    assert [i.title for i in read.items] == ["Apologies for Absence", "Declarations of Interest"]
    assert "14 Jul 2022 - 18:30 to 21:08" in read.preamble


def test_sub_paragraphs_do_not_outrun_their_headings():
    text = """Minutes of the meeting of the Council
1 Minutes
1.1 It was proposed that the minutes be adopted.
1.2 It was agreed.
2 Matters Arising Out of the Minutes
2.1 The Chief Executive advised that there were no matters arising.
2.2 Members noted a letter from the Minister.
"""
    read = read_numbered(text)
    assert read is not None
    assert [(i.reference, i.title) for i in read.items] == [
        ("1", "Minutes"),
        ("2", "Matters Arising Out of the Minutes"),
    ]
    assert "1.2 It was agreed." in read.items[0].paragraphs


def test_one_numbered_paragraph_is_no_meeting():
    assert (
        read_numbered("49.1 The Chair noted that the following were attending.\n49.3 RESOLVED")
        is None
    )


def test_a_sites_headings_of_every_wording_are_furniture():
    for heading in ("Agenda and draft minutes", "Agendas, reports and minutes", "Agenda"):
        page = f"{heading}\n\nTo receive apologies for absence.\n\nNone were received.\n"
        assert from_text(page, lenient=True).items[0].title == "To receive apologies for absence."


MODERNGOV_NUMBERS_APART = """Agenda and minutes

Council - Thursday 25th September 2008 7.30 pm

Venue: Council Chamber - Civic Offices. View directions

Contact: Council Secretary: Ian Clerk  Tel: 01992 564000

Media

Items
No. Item

51.

WEBCASTING INTRODUCTION

1.         This meeting is to be webcast. Members are reminded to activate their microphones.

\u00a0

2.         The Chairman will read the following announcement:

\u00a0

“I would like to remind everyone present that this meeting will be broadcast live.”

Additional documents:

Minutes:

The Chairman reminded everyone present that the meeting would be broadcast live.

52.

FORMER COUNCILLOR ROGER BADDOCK

The Council is invited to stand for a minute’s silence.

Additional documents:

Minutes:

The Council stood for a minute’s silence in tribute.
"""


def test_a_meeting_page_the_page_parser_cannot_read_is_read_by_its_numbers():
    meeting = from_text(MODERNGOV_NUMBERS_APART, lenient=True)
    assert meeting.whole
    assert [(i.reference, i.title) for i in meeting.items[1:]] == [
        ("51", "WEBCASTING INTRODUCTION"),
        ("52", "FORMER COUNCILLOR ROGER BADDOCK"),
    ]
    # The agenda's numbered points stay in their item; the labels are not read as text.
    assert "The Chairman will read" in meeting.items[1].minutes_html
    assert "Minutes:" not in meeting.items[1].minutes_html
    # The venue and contact lines are the meeting's details, not its preamble.
    assert any("Council Chamber - Civic Offices" in line for line in meeting.details)
    assert "Civic Offices" not in meeting.items[0].minutes_html
    assert not [f for f in meeting.check() if f.check == "no_decision"]


def test_numbered_sentences_of_one_items_minutes_are_not_headings():
    text = """Declarations of substitutes and interests
49.1 Apologies were received from Councillor Bell.
49.2 There were no declarations of interest.
49.3 The press and public were not excluded.
"""
    assert read_numbered(text) is None
    meeting = from_text(text, lenient=True)
    assert not meeting.whole
    assert len(meeting.items) == 1


def test_a_list_of_recommendations_with_a_sentence_among_them_is_still_a_list():
    text = """To consider the report upon the Medium Term Financial Strategy
1.     To endorse the updated Medium Term Financial Strategy.
2.     To recommend to Full Council that the updated Strategy is approved.
3.     To note the feedback from the Overview and Scrutiny Committee.
"""
    assert read_numbered(text) is None


def test_check_minutes_reads_a_numbered_meeting_file_with_its_preamble(tmp_path):
    from io import StringIO

    from django.core.management import call_command

    page = tmp_path / "town-council.txt"
    page.write_text(TOWN_COUNCIL, encoding="utf-8")
    out = StringIO()
    call_command("check_minutes", str(page), stdout=out)
    text = out.getvalue()
    assert "Preamble\n  acronym      0.80  RFO is not spelled out" in text
    # Refused before: the page was neither a ModernGov page nor an item's.
    assert text.rstrip().endswith("findings on 1 items.") or "finding on 1 item" in text


def test_a_minute_reference_run_into_a_title_in_capitals_starts_an_item():
    text = (
        "Minutes of the meeting of the Town Council held on Monday 26th January 2009\n\n"
        "OFFICER PRESENT:Hannah Coleman, Assistant Clerk\n\n"
        "FC49/08/9APOLOGIES – Apologies were received from Councillor Kidd.\n\n"
        "FC50/08/9PREJUDICIAL AND PERSONAL INTERESTS – There were no declarations.\n\n"
        "FC51/08/9PUBLIC OPEN SESSION – There were 9 members of the public present.\n"
    )
    read = read_numbered(text)
    assert read is not None
    assert [(i.reference, i.title) for i in read.items] == [
        ("FC49/08/9", "APOLOGIES"),
        ("FC50/08/9", "PREJUDICIAL AND PERSONAL INTERESTS"),
        ("FC51/08/9", "PUBLIC OPEN SESSION"),
    ]
    findings = from_text(text, lenient=True).check()
    assert _has(findings, "spacing", "PRESENT:Hannah")
