"""The attendance check: one person listed both as present and among the apologies, or named
in the apologies when the record of attendance has them present. Made-up minutes in the
likeness of real ones (St Davids City Council's of 7 June 2010 list "MC Gray" in both)."""

import pytest

from moot.meetings.choices import AttendanceStatus
from moot.quality.adapters import check_stored_meeting
from moot.quality.core import check_meeting
from tests.factories import local, make_committee, make_item, make_meeting, make_person
from tests.quality.minutes import item, on_page

ST_DAVIDS = """ST DAVIDS CITY COUNCIL

Minutes of the Monthly Meeting of the Council on Monday 7th June 2010 in the Council Chamber at 7.00pm

Present: CT Taylor Deputy Mayor, JW Braby, DJO Chant, DJH George, MC Gray, SJ Halse, BT Price, S Williams with PL Evans (Responsible Finance Officer) and DC Menday (Clerk).

76 Apologies for Absence: JG Lloyd (Family commitment), PA Goddard (Holiday), MC Gray (Holiday) and RJ Thornton (family commitment).

77 Declarations of Interest: There were no declarations of interest made at this point.

78 Confirmation of Minutes: The minutes of the meeting on Monday 10th May 2010 were RESOLVED to be accepted and approved.
"""


def attendance(text, min_confidence=0.6):
    return [found for _, found in on_page(text, "attendance", min_confidence)]


def test_a_member_listed_present_and_among_the_apologies_is_reported():
    from moot.quality.adapters import from_text

    [finding] = [f for f in from_text(ST_DAVIDS, lenient=True).check() if f.check == "attendance"]
    assert finding.text == "MC Gray"
    assert finding.item_reference == "76"
    assert finding.confidence >= 0.8
    assert "MC Gray" in finding.message and "apologies" in finding.message
    evidence = dict(finding.evidence)
    assert "MC Gray" in evidence["Listed as present"]
    assert "MC Gray (Holiday)" in evidence["Apologies"]
    assert "present and absent" in finding.why


def test_lists_under_their_labels_and_sentences_of_apologies_are_read():
    text = (
        "Minutes of the meeting of Kinneff Community Council held on 29 November 2005\n\n"
        "Present:- Cllrs. A. Watt, A Masson, J Carr, J Marshall, I Duncan, S Hall.\n\n"
        "In attendance – Cllr George Swapp\n\n1. Apologies\n\nJim Marshall, Peter Hales.\n\n"
        "2. Minutes\n\nThe minutes of the last meeting were approved.\n"
    )
    assert attendance(text) == ["Jim Marshall"]
    text = (
        "MINUTES OF THE PLANNING COMMITTEE HELD ON 4 MAY 2016\n\nPRESENT:\nCouncillors\n"
        "Cartwright, Mrs. S.M. (Chairman)\nPreece, J.T. (Vice-Chairman)\nSutherland, M.\n"
        "Foley, D.\n\n152. Apologies\n\nApologies for absence were received from Councillors "
        "D. Foley and P. Snape.\n\n153. Minutes\n\nThe minutes were approved.\n"
    )
    assert attendance(text) == ["Councillors D. Foley"]
    text = (
        "Minutes of the Parish Council meeting held on 3 March 2024\n\n"
        "Present: Cllr A Jones, Cllr B Patel and Cllr C Okafor.\n\n"
        "1. Welcome\n\nCllr Patel sent his apologies and Cllr Jones took the chair.\n"
    )
    assert attendance(text) == ["Cllr Patel"]


@pytest.mark.parametrize(
    "apologies",
    [
        # lateness, leaving early, another meeting: not absence
        "Apologies for lateness were received from Cllr B Patel.",
        "Apologies were received from Cllr B Patel, who would arrive later in the meeting.",
        "Cllr B Patel gave apologies for the next meeting.",
        # another of the surname, told apart by initial or title
        "Apologies: Cllr D Patel.",
        "Apologies: Mrs Okafor.",
        # none
        "Apologies for absence: none.",
    ],
)
def test_what_is_not_one_person_both_present_and_absent(apologies):
    text = (
        "Minutes of the Parish Council meeting held on 3 March 2024\n\n"
        "Present: Cllr A Jones, Cllr B Patel, Mr C Okafor and Cllr Smith.\n\n"
        f"1. Apologies\n\n{apologies}\n\n2. Minutes\n\nThe minutes were approved.\n"
    )
    assert attendance(text, min_confidence=0) == []


def test_two_of_a_surname_present_and_one_without_initials_in_the_apologies_say_nothing():
    text = (
        "Minutes of the Council meeting held on 21 October 2010\n\n"
        "Present: Councillors Airey, Bloom, A Broadhurst, Mrs Broadhurst, Mrs Hughes, M Hughes "
        "and Wright\n\nApologies for absence were received from Councillors Craig, Hughes, "
        "Mrs Sollitt and Thomas\n\n1. Minutes\n\nThe minutes were approved.\n"
    )
    assert attendance(text, min_confidence=0) == []


def test_a_second_meetings_apologies_are_its_own():
    text = (
        "Minutes of the Finance Committee held on 3 March 2024\n\n"
        "Present: Cllr A Jones and Cllr B Patel.\n\n1. Accounts\n\nThe accounts were approved.\n\n"
        "Minutes of the Planning Committee held on 3 March 2024\n\n"
        "Present: Cllr A Jones and Cllr C Okafor.\n\n1. Apologies\n\n"
        "Apologies were received from Cllr B Patel.\n\n2. Plans\n\nNo objection was raised.\n"
    )
    assert attendance(text, min_confidence=0) == []


def test_bodies_and_roles_in_the_lists_are_not_people():
    text = (
        "Minutes of the Forum held on 12 July 2017\n\n"
        "Present: Bill Hitchins, Chairman; Glyn Richards, Parish Council; Sue Burkill Parish "
        "Council; Peter Mason, Dartmoor Society\n\n"
        "Apologies: Kevin Ball, Member; Tom Greeves, Dartmoor Society; Tom Archer, Parish "
        "Council; the Deputy Mayor\n\n1. Minutes\n\nThe minutes were approved.\n"
    )
    assert attendance(text, min_confidence=0) == []


def test_the_record_of_attendance_is_held_to_the_minutes_own_lists():
    minutes = [
        item("P/1/25", "Apologies were received from Councillor Jane Smith.", title="Apologies"),
        item("P/2/25", "Present: Councillor A Khan and Councillor R Ellis.", title="Present"),
    ]
    found = check_meeting(
        minutes, recorded_present=["Jane Smith", "A Khan"], recorded_absent=["Ruth Ellis"]
    )
    assert [(f.check, f.item_reference, f.text) for f in found if f.check == "attendance"] == [
        ("attendance", "P/1/25", "Councillor Jane Smith"),
        ("attendance", "P/2/25", "Councillor R Ellis"),
    ]
    [apologies, present] = [f for f in found if f.check == "attendance"]
    assert ("Recorded as present", "Jane Smith") in apologies.evidence
    assert ("Recorded as absent", "Ruth Ellis") in present.evidence


@pytest.mark.django_db
def test_a_stored_meetings_attendance_is_the_record():
    meeting = make_meeting(make_committee(), start=local(2025, 5, 14))
    jane = make_person(name="Jane Smith")
    other = make_person(name="Omar Khan")
    meeting.attendances.create(person=jane, status=AttendanceStatus.PRESENT)
    meeting.attendances.create(person=other, status=AttendanceStatus.APOLOGIES)
    make_item(
        meeting,
        reference="P/1/25",
        title="Apologies for absence",
        minutes="<p>Apologies for absence were received from Councillor Jane Smith and "
        "Councillor Omar Khan.</p>",
    )
    found = [f for f in check_stored_meeting(meeting) if f.check == "attendance"]
    assert [(f.item_reference, f.text) for f in found] == [("P/1/25", "Councillor Jane Smith")]
    meeting.attendances.filter(person=jane).update(status=AttendanceStatus.APOLOGIES)
    assert [f for f in check_stored_meeting(meeting) if f.check == "attendance"] == []


PATEL = (
    "Minutes of the Parish Council meeting held on 3 March 2024\n\n"
    "Present: Cllr A Jones, Cllr C Okafor and Cllr D Brown.\n\n"
    "1. Apologies\n\nApologies were received from Cllr B Patel and Cllr E Smith.\n\n"
    "2. Minutes\n\nThe minutes of the meeting held on 4 February 2024 were approved. {minutes}"
    "\n\n3. Declarations of interest\n\n{declarations}\n"
)


def test_a_member_among_the_apologies_who_proposes_or_declares_is_reported():
    text = PATEL.format(
        minutes="Proposed by Cllr B Patel, seconded by Cllr Jones.",
        declarations="Cllr Smith declared a personal interest in item 5.",
    )
    assert attendance(text, min_confidence=0) == ["Proposed by Cllr B Patel", "Cllr Smith declared"]
    from moot.quality.adapters import from_text

    [proposed, _] = [f for f in from_text(text, lenient=True).check() if f.check == "attendance"]
    assert proposed.item_reference == "2"
    assert "among the apologies" in proposed.message
    assert ("Took part", "Proposed by Cllr B Patel") in proposed.evidence


def test_an_absent_member_who_arrived_or_a_namesake_present_says_nothing():
    arrived = PATEL.format(
        minutes="Cllr Patel arrived at 7.40pm. Proposed by Cllr B Patel, seconded by Cllr Jones.",
        declarations="None.",
    )
    assert attendance(arrived, min_confidence=0) == []
    namesake = PATEL.format(
        minutes="Proposed by Cllr D Brown, seconded by Cllr C Okafor.",
        declarations="Cllr Okafor declared an interest in item 5.",
    )
    assert attendance(namesake, min_confidence=0) == []


def test_the_record_of_absence_is_held_to_who_proposed():
    minutes = [item("P/1/25", "The plan was approved. Seconded by Councillor Ruth Ellis.")]
    found = check_meeting(minutes, recorded_absent=["Ruth Ellis"])
    [finding] = [f for f in found if f.check == "attendance"]
    assert finding.text == "Seconded by Councillor Ruth Ellis"
    assert "the attendance records Ruth Ellis as absent" in finding.message


def test_the_apologies_end_with_their_sentence_when_the_next_opens_with_a_number():
    text = (
        "Minutes of the Parish Council meeting held on 25 March 2019\n\n"
        "PRESENT: Cllr A Renshaw (in the Chair), Cllr H Dicks, Cllr P Jackaman and Cllr M "
        "Williams\n\n1 APOLOGIES Apologies were received from Cllr Louise Hodgetts and members "
        "of the Neighbourhood Policing Team. 2 DECLARATIONS OF INTEREST A dispensation was "
        "granted in May 2015 to Cllrs Renshaw, Dicks, Jackaman and Williams.\n"
    )
    assert attendance(text, min_confidence=0) == []
