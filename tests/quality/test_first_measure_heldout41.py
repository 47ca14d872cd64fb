"""Rules written on 7 December 2026 after the first measure of `heldout41` (14 pages of new
bodies, kept as addresses and labels only: tests/fixtures/real_minutes/unstored). Made-up
pages in the likeness of what it showed: the slip that must be found, and the text beside it
that must be left alone."""

from tests.quality.minutes import on_page
from tests.quality.minutes import texts_in_item as found


def test_initials_after_a_name_broken_across_lines_are_the_person_s():
    page = (
        "Minutes of the meeting of Chirkbury Town Council held on 28 October 2020\n\n"
        "Present: Mrs Sarah Williams (SW),\nMr Terry\nEvans (TE), Mr Chris\nBurgoyne (CB),\n"
        "Mr Mark Roberts (MR) and the Clerk.\n\n1. Finance\n\nThe report from the WCBC was "
        "noted.\n"
    )
    acronyms = [text for _, text in on_page(page, "acronym")]
    assert "TE" not in acronyms and "CB" not in acronyms
    assert "WCBC" in acronyms


def test_a_minute_s_letter_after_its_number_is_no_stray_bracket():
    assert (
        found(
            "punctuation", "An interest for Cllr Bond in relation to item 12941 b), i – Planning."
        )
        == []
    )
    assert found("punctuation", "The hall was booked b), and paid for.") == ["hall was booked b)"]


def test_wrong_forms_a_phrase_gives_away():
    assert found("slip", "Members would be remind of the rules; they will be inform.") == [
        "would be remind",
        "will be inform",
    ]
    assert found("slip", "Members would be reminded; the Clerk will be present.") == []
    assert found("slip", "A letter from the Charities Commission was read.") == [
        "Charities Commission"
    ]
    assert found("slip", "The Charity Commission and the charities commissioned it.") == []
    assert found("punctuation", "At last Octobers presentation the figures were shown.") == [
        "last Octobers presentation"
    ]
    assert found("punctuation", "Last October's presentation; last October it rained.") == []


def test_a_space_before_a_full_stop_after_a_quote_and_a_heading_s_number():
    assert found("spacing", "The Clerk wrote to Graycoles’ . The reply is awaited.") == [
        "Graycoles' ."
    ]
    assert found("spacing", "Items:\n1 .Welcome was given by the Chair.") == ["1 .Welcome"]
    assert found("spacing", "Items:\n1. Welcome was given; see paragraph 1 .") == []
