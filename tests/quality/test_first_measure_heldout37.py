"""Rules written on 7 December 2026 after the first measure of `heldout37` (19 pages of new
councils, kept as addresses and labels only: tests/fixtures/real_minutes/unstored). Made-up
pages in the likeness of what it showed: the slip that must be found, and the text beside it
that must be left alone."""

from datetime import date

from moot.quality.adapters import from_text, opening_date
from tests.quality.minutes import on_page
from tests.quality.minutes import texts_in_item as found

# A parish council's minutes from its own web site: the heading bulleted, the items numbered
# and run in, the minutes item's heading printed on the line after another item's.
PARISH = """Parish Council Minutes - March 2016

  • Minutes of meeting held 9th March 2016 in the Reading Room, Eskdale - 7.30pm

    Present : Mr Dent; Messrs. Birks, Hale, Orme; Mrs Nuttall.

    1. Apologies: Mrs Fell.

    2. Declarations of interest. None

    3. Chairman's opening remarks. None

    4. Minutes of the previous meeting held on 10th February {year}. These were approved (Proposed Mr Hale, seconded Mr Orme)

    5. Actions arising from the minutes.

    1. Write to the highway authority about the verges. Action – The Clerk

    Action ongoing - the Clerk had written and a reply was awaited.

    2. Order a new bench for the green. Action – The Clerk

    Action complete.
"""


def test_a_meeting_s_day_is_read_from_the_minutes_own_heading():
    assert opening_date(PARISH) == date(2016, 3, 9)
    assert from_text(PARISH, lenient=True).meeting_date == date(2016, 3, 9)
    # the heading "held on" first, over a heading above it that carries a slip
    assert opening_date(
        "Draft Minutes of the Parish Council Meeting of 18 May 2019\n\n"
        "Draft Minutes of the Parish Council Meeting held on 18 May 2018\n\nPresent: Cllrs A Bell"
    ) == date(2018, 5, 18)
    # a bundle of a year's minutes names no one day; nor does a page that opens otherwise
    assert (
        opening_date("Minutes of meetings held from 1st April 2019 to 31st March 2020 Page 2")
        is None
    )
    assert opening_date("Agenda item\n\nTo approve the minutes of 3 March 2020.") is None


def test_previous_minutes_dated_after_the_meeting_are_found_where_their_item_is_run_in():
    assert on_page(PARISH.format(year=2017), "date") == [("date", "10th February 2017")]
    assert on_page(PARISH.format(year=2016), "date") == []


def test_the_day_minutes_were_approved_is_not_the_day_they_record():
    page = (
        "Minutes 12 June 2017\n\nMinutes of meeting held on Monday, 12th June 2017 in the Hall\n\n"
        "Minutes approved 14/08/2017\n\nPresent: Ann Wells (AW), Rob Pope (RP)\n\n"
        "1. Apologies: none.\n\n2. Minutes of the last meeting held on 8th May 2017 were "
        "approved.\n\n3. Planning: the council had no objection to the extension at Mill Lane."
    )
    assert on_page(page, "date") == []


def test_a_mark_typed_twice_is_reported_and_a_site_s_separator_is_not():
    assert found("punctuation", "Present: Cllrs A Rees;; J Hale; M Orme.") == ["Rees;;"]
    assert found("punctuation", "Meeting status::Quorate") == ["status::"]
    assert found("punctuation", "St Albans District Council :: Planning applications") == []


def test_a_full_stop_then_a_comma_after_a_word_is_reported_but_not_after_an_abbreviation():
    assert found("punctuation", "The Chair opened the meeting at 7.05pm., welcomed all.") == [
        "7.05pm.,"
    ]
    assert found("punctuation", "Present: J Carr, J Hale., I Dunn, K Orme") == ["Hale.,"]
    assert found("punctuation", "The contract with Amey Ltd., the county's contractor") == []
    assert found("punctuation", "Mr G. Roberts O.B.E., Mrs B. Sisk") == []


def test_a_full_stop_after_a_bracket_where_the_sentence_goes_on_is_reported():
    assert found("punctuation", "A welcome to Mr Tom Burns (TB). observing at this meeting.") == [
        "(TB). observing"
    ]
    assert found("punctuation", "A welcome to Mr Tom Burns (TB). He observed the meeting.") == []


def test_a_name_written_with_its_capital_inside_is_read_whole():
    # one spelling in the attendance, the other in an item: the attendance is the record
    page = (
        "Minutes of the meeting of the Town Council held on 3 March 2021\n\n"
        "Present: Cllrs: A Rees; J Hale; A MacBride; M Orme\n\n"
        "1. Declarations of interest\n\nCllr A Macbride declared an interest in item 4.\n\n"
        "2. Grants\n\nCllr Hale proposed a grant of £200 to the hall; RESOLVED accordingly."
    )
    assert on_page(page, "name") == [("name", "Macbride")]
    # two people told apart by their initials
    assert (
        found(
            "name",
            "Present: Mr A Hale, Mrs L MacKay, Mr W MacKay, Mr D Mackay (am only), Mr G Orme.",
            "Mr D Mackay asked about the roads; Mr W MacKay replied.",
        )
        == []
    )


def test_letters_after_a_preposition_are_a_body_not_an_action_s_owner():
    assert found("acronym", "The Clerk has written to Dai Rees in PCC to ask for a date.") == [
        "PCC"
    ]
    assert found("acronym", "The Clerk asked the DVSA to review the junction.") == ["DVSA"]
    # an action's owner still: "JS to circulate"
    assert found("acronym", "JS to circulate the plan. AB and CD to meet the contractor.") == []


def test_a_time_run_into_the_word_before_it_is_a_lost_space():
    assert found("spacing", "HELD ON MONDAY 28 SEPTEMBER 2015 AT7.30PM IN THE HALL") == ["AT7.30PM"]
    assert found("spacing", "The hall is booked from6.00pm until9:30.") == [
        "from6.00pm",
        "until9:30",
    ]
    assert found("spacing", "The meeting closed at 9.15pm; version 2.10.4 was installed.") == []


def test_a_surname_with_its_capital_inside_run_into_the_next_word_is_a_lost_space():
    assert found(
        "spacing", "Present: Dawn MacRae, Chair. Dawn MacRaewelcomed everyone to the meeting."
    ) == ["MacRaewelcomed"]
    # not a name the minutes never write alone
    assert found("spacing", "The McAlpineson contract was signed.") == []


def test_words_of_latin_phrases_and_known_names_in_capitals_are_no_slips():
    assert (
        found("spelling", "The report set out, inter alia, the options; it was not ultra vires.")
        == []
    )
    assert found("acronym", "The BBQ raised £200. SUSTRANS funded the path.") == []


def test_take_park_in_is_take_part_in():
    assert found("slip", "Residents were asked to take park in the survey.") == ["take park in"]
    assert found("slip", "Residents were asked to take part in the survey at the park.") == []


def test_letters_with_a_small_word_s_letter_among_them_are_acronyms():
    assert found("acronym", "Metals from EfW plants were discussed with the DfT.") == [
        "EfW",
        "DfT",
    ]
    # spelled out, or a degree, or a name
    assert (
        found(
            "acronym",
            "The Energy from Waste (EfW) plant opened. Dr Rees, PhD, spoke. Mr McDonald agreed.",
        )
        == []
    )


def test_a_financial_year_written_with_three_figures_is_a_date_slip():
    assert found("date", "The internal audit undertaken in 200-21 was received.") == ["200-21"]
    # a minute's reference, a page range
    assert found("date", "See minute 209/20 and pages 200-21 of the plan.") == []


def test_a_singular_possessive_at_a_sentence_s_start_is_a_hint():
    assert found("punctuation", "Councillor's report was received and noted.") == []
    assert found("punctuation", "To protect adult's rights to live independent lives.") == [
        "adult's rights"
    ]


def test_a_reference_s_letter_and_a_heading_s_list_marker_are_no_stray_brackets():
    assert found("punctuation", "Cllr Ross declared an interest in both parts of Item 6a).") == []
    assert (
        found("punctuation", "10. a)To review the Standing Orders. Resolved to amend them.") == []
    )
    # a bracket closed with none opened still is
    assert found("punctuation", "The fee was agreed at £20) for the year.") == [
        "was agreed at £20)"
    ]


def test_a_list_s_label_before_its_full_stop_is_no_name():
    assert (
        found(
            "punctuation",
            "Present: A Body, F Cooke, S Hale, Elected Members. Cllr M Burgess, Cllr P Dunn, "
            "Cllr A Orme",
        )
        == []
    )
    assert found(
        "punctuation", "Present: A Body, F Cooke. S Hale, Cllr M Burgess, Cllr P Dunn"
    ) == ["F Cooke. S Hale"]


def test_letters_that_sent_apologies_or_stayed_away_are_people():
    assert found("acronym", "Apologies were received from NP, PC, CMC. MJF did not attend.") == []
    # a role before a full name is still letters to spell out
    assert found("acronym", "There were apologies from PCO Lowri Anders.") == ["PCO"]
