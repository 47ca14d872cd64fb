"""Rules written on 7 December 2026 after the first measure of `heldout65` (32 pages of new
bodies, kept as addresses and labels only: tests/fixtures/real_minutes/unstored). Made-up
pages in the likeness of what it showed: the slip that must be found, and the text beside it
that must be left alone."""

import pytest

from tests.quality.minutes import texts_in_item as found


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("The meeting on FRIDAY19TH JUNE 2015 was held in the hall.", "FRIDAY19TH"),
        ("2016/32/01Current balances were noted.", "2016/32/01Current"),
    ],
)
def test_a_day_or_a_minute_s_reference_run_into_a_word(text, slip):
    assert found("spacing", text) == [slip]


def test_a_planning_reference_and_a_spaced_day_pass():
    text = "Application 21/00123/Full was noted on FRIDAY 19TH JUNE; 117/15 FIRE SAFETY next."
    assert found("spacing", text) == []
    # a minute's reference run into its heading in capitals is how some pages print it
    assert found("spacing", "423/17PRESENT: the Mayor and members.") == []


def test_an_office_run_into_the_name_after_it():
    text = "Present: SecretaryDes Cowie; CouncillorsSweeting, Hall and Dean."
    assert found("spacing", text) == ["SecretaryDes", "CouncillorsSweeting"]
    # a table's heading run into the next, both words, is left: "PresentNames"
    assert found("spacing", "Those PresentNames of members were listed.") == []


def test_a_surname_after_a_forename_is_no_word_run_into_and():
    assert found("spacing", "Present: Alf Walton, Fiona Warrand and Mavis Wayman.") == []
    assert found("spacing", "A letter from the Community Councilof Leeds.") == ["Councilof"]
    # a surname the minutes write alone too is run into "and"
    text = "Cllr Jim Skirving spoke. Present: Jim Skirvingand Ann Hall."
    assert found("spacing", text) == ["Skirvingand"]


def test_a_numbered_heading_run_into_the_sentence_under_it_is_no_paste():
    text = (
        "150/20 Apologies for absence Apologies for absence were received from Cllr Jordan. "
        "(v) Report of the District Councillor District Councillor T Kirkham reported."
    )
    assert found("slip", text) == []
    assert found("slip", "The meeting was chaired by Chaired by the Mayor.") == [
        "chaired by Chaired by"
    ]


def test_the_reverend_written_short():
    assert found("spelling", "The Revd. Sue Nolan opened the meeting with a prayer.") == []
