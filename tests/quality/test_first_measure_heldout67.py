"""Rules written on 7 December 2026 after the first measures of `heldout66` and `heldout67`
(64 pages of new bodies, kept as addresses and labels only: tests/fixtures/real_minutes/
unstored). Made-up pages in the likeness of what they showed: the slip that must be found, and
the text beside it that must be left alone."""

import pytest

from moot.quality.adapters import from_text
from tests.quality.minutes import acronyms_on_page, on_page
from tests.quality.minutes import texts_in_item as found


def test_minutes_whose_references_run_into_their_paragraphs_are_read_item_by_item():
    # Each item one paragraph on its reference's line, no title set apart: the attendance
    # before the first is read too, and a slip in it is found.
    page = (
        "TESTHAM PARISH COUNCIL\n\n"
        "MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON 10 JULY 2017 AT 7.30PM\n\n"
        "PRESENT: Cllr Barrott (Chair), Cllr’s Partridge, Fryer, Smith and Hall.\n\n"
        "17/0122 Apologies for absence Cllr Thompson, Cllr Scott-Barrett and Cllr Chase sent "
        "apologies as did County Councillor Gugliemli and District Councillor Stock.\n\n"
        "17/0123 Declaration of Interests - to receive any pecuniary interests. None declared.\n\n"
        "17/0124 Public participation session with respect to items on the agenda and other "
        "matters that are of mutual interest. Residents raised concerns about lorries.\n"
    )
    read = from_text(page, lenient=True)
    assert [i.reference for i in read.items] == ["Preamble", "17/0122", "17/0123", "17/0124"]
    assert ("punctuation", "Cllr's") in on_page(page)
    # a list of points, each a sentence, is still a list and not items
    listed = (
        "TESTHAM PARISH COUNCIL\n\nRESOLVED to adopt the following:\n"
        "1. To recommend that the Strategy is approved.\n2. To note the report.\n"
    )
    assert [i.reference for i in from_text(listed, lenient=True).items] != ["1", "2"]


def test_an_item_read_with_no_title_opens_with_it_run_into_its_text():
    text = "Apologies for absence Apologies for absence were received from Mr Sharpe."
    assert found("slip", text, title="") == []
    # under a title of its own, the same words twice are a paste
    assert found("slip", text) == ["Apologies for absence Apologies for absence"]


def test_a_word_split_at_a_line_s_end_is_not_misspelt():
    text = "The pow- ers of the council were noted, and the plan was poten- tially useful."
    assert found("spelling", text) == []
    assert found("spacing", text) == []
    # a hyphen's space between two words is still a slip
    assert found("spacing", "The decision- making process was noted.") == ["decision- making"]
    assert found("spelling", "The recieved letter was noted.") == ["recieved"]


def test_a_or_an_before_a_sum_goes_by_its_figure():
    text = "They had an £8,000 grant and a £5,000 loan."
    assert found("slip", text) == []
    assert found("slip", "They agreed a £800 budget and an £50 fee.") == ["a £800", "an £50"]


def test_a_day_run_into_its_date_after_a_slash():
    assert found("spacing", "Bag pack at Tesco on Saturday/Sunday16th, 17th.") == ["Sunday16th"]
    # found once, by one rule
    assert found("spacing", "The meeting on Tuesday10th May was noted.") == ["Tuesday10th"]


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("The previous meetings minutes had been circulated.", "previous meetings minutes"),
        ("Please refer to the following meetings minutes.", "following meetings minutes"),
        ("1. Convenors opening remarks: Iain welcomed everyone.", "Convenors opening remarks"),
        ("6 Site Officers Report. Gerald reported on the plots.", "Site Officers Report"),
    ],
)
def test_possessives_without_their_apostrophe(text, slip):
    assert found("punctuation", text) == [slip]


def test_a_heading_s_meetings_minutes_and_an_office_s_hours_pass():
    assert found("punctuation", "4 Approval of Previous Meetings Minutes") == []
    assert found("punctuation", "The clerks opening hours are nine to five.") == []


def test_small_words_twice_in_capitals_are_typed_twice():
    text = "TESTHAM PARISH COUNCIL MINUTES OF THE OF THE ANNUAL COUNCIL MEETING HELD AT THE HALL"
    assert found("slip", text) == ["OF THE OF THE"]
    # a heading in capitals printed twice by the page is not
    assert found("slip", "TOWN COUNCIL TOWN COUNCIL MINUTES OF THE MEETING") == []


def test_an_initial_in_lower_case():
    assert found("slip", "The report was read by Cllr m Reeves and discussed.") == ["Cllr m Reeves"]
    # a table's tick or cross between the title and the name is no initial
    assert found("slip", "Councillor x Karen Calton Councillor x Paul Rose") == []


def test_a_forename_misspelt_beside_the_same_name_written_right():
    text = "An expression of interest from Malcom James was read. Mr Malcolm James spoke."
    assert found("name", text) == ["Malcom James"]
    assert found("name", "Cllr Laim Gourlay and Cllr Liam Gourlay spoke.") == ["Laim Gourlay"]
    # two real forenames may be two people of one family; a body's name is no person's
    assert found("name", "Kyle Currie and Kylie Currie attended.") == []
    assert found("name", "The Washingtong Rotary and the Washington Rotary met.") == []


def test_a_list_s_markers_run_on_after_a_heading():
    text = "3. Minutes of the last meeting a). To receive the minutes. 5. Planning a). Applications"
    assert found("punctuation", text) == []
    assert found("punctuation", "The works were in the proposed scheme) and approved.") == [
        "in the proposed scheme)"
    ]


def test_a_body_s_letters_over_its_minutes_below_a_site_s_notice():
    page = (
        "Accept and Continue\n\nCookies on this site\n\nThis site uses cookies.\n\n"
        "Skip to main content\n\nGPC minutes July 2022\n\n"
        "Present: Judith Alder, Bob Barclay and Andy Ennis.\n\n"
        " Apologies:  Pam Goodwin and Mark Hinds\n\n"
        "The Chairman opened the meeting. The GPC agreed the fixtures. The club will write to "
        "the SBA.\n"
    )
    assert acronyms_on_page(page) == ["SBA"]


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("On behalf of Tony, Steve bought up the issue of pitches.", "bought up the issue"),
        ("This was bought to a head when a player left.", "bought to a head"),
        ("The minutes where duly agreed by the members.", "where duly agreed"),
        ("A sentence in the welsh minutes should read otherwise.", "the welsh minutes"),
        ("Nobody declared and interest on any matter.", "declared and interest"),
    ],
)
def test_wrong_words_a_phrase_gives_away(text, slip):
    assert found("slip", text) == [slip]


def test_a_right_word_beside_them_passes():
    text = (
        "The developer bought up the land. The site where agreed works are done was visited. "
        "The Welsh minutes were approved."
    )
    assert found("slip", text) == []


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("No police or Ward Councillor’s present.", "Councillor's"),
        ("Present: Parish Councillor’s: J Melen, K Hall.", "Councillor's"),
    ],
)
def test_members_made_plural_with_an_apostrophe(text, slip):
    assert found("punctuation", text) == [slip]


def test_a_member_s_possessive_passes():
    assert found("punctuation", "The Councillor's report was noted.") == []


def test_a_comma_or_a_bracket_run_into_what_follows():
    text = "Apologies: Mr Wilby,(District Councillor)Mr Peacock and Mr Hall."
    assert found("spacing", text) == [")Mr", "Wilby,(District"]
    assert found("spacing", "Apologies: Mr Wilby, (District Councillor) Mr Peacock.") == []


def test_an_ordinal_with_a_letter_of_its_ending_lost():
    assert found("spelling", "The minutes of the meeting held on 18h October 2017.") == ["18h"]
    # a team's age group before a month is no ordinal
    assert found("spelling", "The Under 9s May fixtures were agreed.") == []
