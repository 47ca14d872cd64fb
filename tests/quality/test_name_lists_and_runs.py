"""Rules written late on 6 December 2026 from misses over the whole labelled set (all of it
tuning material by then): a full stop typed where a list of names has its commas, a list's
names read across dotted initials, and a word run into "within", "said" or "or". Made-up
pages in the likeness of real minutes: the slip that must be found, and the text beside it
that must be left alone."""

from tests.quality.minutes import texts_in_item as found


def test_a_full_stop_where_a_list_of_names_has_its_comma_is_reported():
    assert found(
        "punctuation",
        "Apologies were received from Cllrs. R. Vane, T. Oakes. P. Lund, M. Hale and J. Frost.",
    ) == ["T. Oakes. P. Lund"]
    # full names, initials run into surnames, and a name with its role in brackets
    assert found(
        "punctuation",
        "Present: Ann Reid Chair, Tom Bell, Cllr Joan Ash, Hugh Rowe. Kay Lyle, Ian Moss, Ed Dale",
    ) == ["Hugh Rowe. Kay Lyle"]
    assert found("punctuation", "Present: Mrs. E. Hart, K.Lowe. D.Pryce & J. Cole, R. Hunt.") == [
        "K.Lowe. D.Pryce"
    ]
    assert found(
        "punctuation",
        "Present: Cllrs. P Dyer (Chairman). K. Best (Vice-Chair), L. Moon, S. Pike, D. Hurst",
    ) == ["P Dyer (Chairman). K. Best (Vice-Chair)"]


def test_a_full_stop_that_ends_a_list_is_left_alone():
    # the list ends and a sentence starts with a name
    assert (
        found("punctuation", "Present: A Lamb, B Grove, C Yates. D Wren, the Clerk, took notes.")
        == []
    )
    assert (
        found("punctuation", "Present: A Lamb, B Grove, C Yates. D Wren and E Pine sent apologies.")
        == []
    )
    # two lists flattened into one line, the second one's label after it
    assert (
        found(
            "punctuation",
            "Ann Cole, Rob Hirst, Viv Tate. Alan Orme, Tina Mann, Paul Ward Officers Present: "
            "Ian Kerr, Sue Webb",
        )
        == []
    )
    # too few names to be a list
    assert (
        found("punctuation", "Thanks went to J Barr. K Dunn, who chairs the Trust, replied.") == []
    )


def test_a_list_of_names_is_read_across_dotted_initials_and_a_middle_initial_is_no_second_name():
    assert found(
        "punctuation",
        "Members Present: D Weir, D Rae, G Mill, A. Hunter D McKay, A. Innes, E Pratt, R Muir",
    ) == ["A. Hunter D McKay"]
    # a forename and a middle initial: one person
    assert (
        found(
            "punctuation",
            "Present: Councillor Sean N. Baxter, Councillor Ruth Dale, Councillor Amir Khan, "
            "Councillor Lee Shaw",
        )
        == []
    )


def test_a_word_run_into_within_said_or_or_is_reported():
    assert found("spacing", "The matter was dealtwithin the budget agreed in May.") == [
        "dealtwithin"
    ]
    assert found("spacing", "Asked about the hall, the Chairsaid it would reopen in June.") == [
        "Chairsaid"
    ]
    assert found("spacing", "There were no announcementsor questions from members.") == [
        "announcementsor"
    ]
    # words of the dictionary ending so are words, not slips
    assert (
        found("spacing", "The grantor and the lessor signed; the aftercare plan was agreed.") == []
    )
    assert (
        found("spelling", "The grantor and the lessor signed; the aftercare plan was agreed.") == []
    )


def test_letters_that_share_no_end_with_a_names_initials_are_a_bodys_not_a_slip():
    text = (
        "Apologies were received from: Cllr Ann Hale (AH), Cllr Bryn Lowe (BL), Kate Moss "
        "(LDNPA), Ray Hurst (NT) and Tom Vance (TV)."
    )
    assert found("name", text) == []
    # initials typed wrong keep one end: still reported
    assert found("name", text.replace("Tom Vance (TV)", "Tom Vance (TB)")) == ["Tom Vance (TB)"]


def test_a_word_glued_to_a_bracket_of_initials_or_of_a_lower_case_word_is_reported():
    assert found("spacing", "Present: Cllrs Joan Pell(JP), Neil Shaw(NS) and Ben Hart (BH).") == [
        "Pell(JP)",
        "Shaw(NS)",
    ]
    assert found("spacing", "The meeting was held in the Village Hall(room 2) at 7pm.") == [
        "Hall(room"
    ]
    # a word's optional ending, and a bracket spaced as it should be, pass
    assert (
        found(
            "spacing",
            "Each member(ship) fee and every child(ren)'s place was agreed; the Hall (room 2).",
        )
        == []
    )


def test_minutes_approved_of_a_weekend_day_are_reported_unless_the_weekday_is_written():
    # 12 January 2013 was a Saturday, 16 January 2011 a Sunday
    assert found(
        "date", "The minutes of the meeting held on 12th January 2013 were confirmed as correct."
    ) == ["12th January 2013"]
    assert found("date", "The minutes of 16 January 2011 were approved and signed.") == [
        "16 January 2011"
    ]
    # on a weekday, or with its weekday written (the clerk knew), nothing is said
    assert found("date", "The minutes of the meeting held on 14 January 2013 were approved.") == []
    assert (
        found(
            "date", "The minutes of the meeting held on Saturday 12th January 2013 were approved."
        )
        == []
    )


def test_one_day_written_in_two_years_where_a_meeting_is_spoken_of_is_reported():
    assert found(
        "date",
        "Draft minutes of the Parish Council meeting of 18 September 2018.",
        "The Parish Council meeting was held on 18 September 2017 in the Village Hall.",
        "The minutes of the meeting held on 18 September 2017 were agreed.",
    ) == ["18 September 2018"]
    # a year's end recurs on purpose, and a correction names both years
    assert (
        found(
            "date",
            "The accounts as at 31 March 2024 were compared with those as at 31 March 2023.",
            "Minute 81 should read held on 7 December 2021, not 7 December 2022.",
        )
        == []
    )
