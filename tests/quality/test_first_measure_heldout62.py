"""Rules written on 7 December 2026 after the first measure of `heldout62` (31 pages of new
bodies, kept as addresses and labels only: tests/fixtures/real_minutes/unstored). Made-up
pages in the likeness of what it showed: the slip that must be found, and the text beside it
that must be left alone."""

import pytest

from moot.quality import dictionary
from tests.quality.minutes import texts_in_item as found


@pytest.mark.parametrize(
    ("word", "meant"),
    [("relavent", "relevant"), ("adbscence", "absence"), ("expeceetd", "expected")],
)
def test_a_word_two_slips_from_a_word(word, meant):
    assert dictionary.two_slips(word)[0] == meant
    assert found("spelling", f"Updates were {word} by the clerk.") == [word]


def test_short_and_capitalised_words_are_not_looked_up_two_slips_away():
    assert dictionary.two_slips("relavt") == []
    # a capitalised unknown word is a name more often than a slip
    assert found("spelling", "A letter from Relavent Ltd was read.") == []


def test_only_two_words_a_page_are_looked_up_two_slips_away():
    page = "It was relavent. Apologies for adbscence. Costs were expeceetd to rise."
    assert found("spelling", page) == ["relavent", "adbscence"]
