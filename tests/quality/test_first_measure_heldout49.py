"""Rules written on 7 December 2026 after the first measure of `heldout49` (24 pages of new
bodies, kept as addresses and labels only: tests/fixtures/real_minutes/unstored). Made-up
pages in the likeness of what it showed: the slip that must be found, and the text beside it
that must be left alone."""

from tests.quality.minutes import texts_in_item as found


def test_a_name_inside_a_sentence_is_no_two_small_words_run_together():
    assert found("spacing", "She added that Bethan and Horace would help.") == []
    # at a sentence's start, and a longer first word inside one, still are
    assert found("spacing", "Itis understood that the Chairsaid no more.") == [
        "Itis",
        "Chairsaid",
    ]
