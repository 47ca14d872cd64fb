"""Rules written on 7 December 2026 after the first measure of `heldout63` (32 pages of new
bodies, kept as addresses and labels only: tests/fixtures/real_minutes/unstored). Made-up
pages in the likeness of what it showed: the slip that must be found, and the text beside it
that must be left alone."""

import pytest

from tests.quality.minutes import on_page
from tests.quality.minutes import texts_in_item as found

PAGE = (
    "MINUTES OF THE MEETING OF TESTHAM PARISH COUNCIL HELD ON TUESDAY 5 MAY 2020\n"
    "Present: Cllr A Jones (Chair), Cllr B Smith, Cllr C Brown\n\n"
)


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("To adopt Standard Terms of References for Committees.", "Terms of References"),
        ("As most households now days have a computer, it was agreed.", "now days"),
        ("Online and in the hall, we can cover all the basis of access.", "cover all the basis"),
    ],
)
def test_a_set_phrase_with_a_letter_or_a_space_astray(text, slip):
    assert found("slip", text) == [slip]


def test_the_set_phrases_written_right_pass():
    text = (
        "The Terms of Reference were adopted. Nowadays most households pay online. "
        "The basis of the charge was explained; all the bases were covered."
    )
    assert found("slip", text) == []


def test_a_condition_with_its_verb_after_the_noun_is_no_lost_be():
    text = "Should no payment be received by that date further action would be considered."
    assert found("slip", text) == []
    assert found("slip", "There would no change to the charges.") == ["would no change"]


def test_a_body_s_name_run_into_held():
    text = "Minutes of the Meeting of Stapleford Parish Councilheld at the Pavilion at 7.30pm."
    assert found("spacing", text) == ["Councilheld"]
    assert found("spacing", "Mr Sheldon held the lease on Mansheld Farm.") == []


def test_a_space_before_a_comma_after_a_percentage():
    assert found("spacing", "Council tax was rising by 2.5% , but bands E to H pay more.") == [
        "2.5% ,"
    ]
    assert found("spacing", "Council tax was rising by 2.5%, but bands E to H pay more.") == []


def test_a_numbered_heading_with_a_space_after_its_slash_runs_into_its_text():
    text = "12/ 70 Apologies Apologies received from Councillors C Dyer and G Rogers."
    assert on_page(PAGE + text, "slip") == []
    assert found("slip", "The the apologies were received from Cllr Dyer.") == ["The the"]


def test_letters_in_the_plural_are_no_person_s_initials():
    text = "WRI were unable to do the teas.\nCATs will do the Gala teas, as in earlier years."
    assert "CATs" in [t for _, t in on_page(PAGE + text, "acronym")]
    # a person's initials before "will" are still theirs
    assert found("acronym", "JS will circulate the notes.") == []


def test_an_action_s_owner_after_a_semicolon():
    text = "The council congratulated him on the award. ACTION; ANL.\nThe next item followed."
    assert on_page(PAGE + text, "acronym") == []


def test_words_minutes_borrow():
    text = "The clerk gave a precis of the report; the sale was a fait accompli."
    assert found("spelling", text) == []


def test_words_minutes_use_as_letters():
    text = "The Clerk had contacted CALC about the issues with PROW 124 on the land."
    assert sorted(t for _, t in on_page(PAGE + text, "acronym")) == ["CALC", "PROW"]
    # other words of four letters in capitals are still words
    assert on_page(PAGE + "The house was SOLD in March.", "acronym") == []
