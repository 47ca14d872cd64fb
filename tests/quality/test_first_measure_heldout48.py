"""Rules written on 7 December 2026 after the first measure of `heldout48` (24 pages of new
bodies, kept as addresses and labels only: tests/fixtures/real_minutes/unstored). Made-up
pages in the likeness of what it showed: the slip that must be found, and the text beside it
that must be left alone."""

from tests.quality.minutes import texts_in_item as found


def test_a_space_typed_inside_a_word():
    assert found("spacing", "The bowls roun ds were well attended.") == ["roun ds"]
    assert found("spelling", "The bowls roun ds were well attended.") == []
    # a word and a short word after it, each a word, pass
    assert found("spacing", "The bowls run is on. It was a good day.") == []
