"""Rules written on 7 December 2026 after the first measure of `heldout56` (31 pages of new
bodies, kept as addresses and labels only: tests/fixtures/real_minutes/unstored). Made-up
pages in the likeness of what it showed: the slip that must be found, and the text beside it
that must be left alone."""

from tests.quality.minutes import texts_in_item as found


def test_a_club_officer_s_report_without_its_apostrophe():
    assert found("punctuation", "Secretarys Report", "Captains Report: won 7, lost 11.") == [
        "Secretarys Report",
        "Captains Report",
    ]
    assert found("punctuation", "The captains report to the committee each month.") == []


def test_a_councillor_s_title_written_short_and_a_road_s_stone_are_words():
    assert found("spelling", "Present: Clrs Smith and Jones. Road scalpings were laid.") == []


def test_a_list_s_letter_run_into_a_short_word_or_one_in_capitals():
    assert found("spacing", "a)RESOLVED that the minutes be signed.", "b)In consideration.") == [
        "a)RESOLVED",
        "b)In",
    ]
    assert found("spacing", "a) RESOLVED that the minutes be signed.") == []


def test_a_list_marker_run_into_a_name_is_no_unmatched_bracket():
    paragraphs = ("1) Reference AB/76.99 I)Mr Cain enquired about the lights.",)
    assert found("punctuation", *paragraphs) == []
    # a closing bracket glued to a word in lower case is still a stray one
    assert found("punctuation", "The grant of 5)and the fees were agreed.") == ["The grant of 5)"]
