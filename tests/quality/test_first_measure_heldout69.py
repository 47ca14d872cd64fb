"""Rules written on 7 December 2026 after the first measure of `heldout69` (32 pages of new
bodies, kept as addresses and labels only: tests/fixtures/real_minutes/unstored). Made-up
pages in the likeness of what it showed: the slip that must be found, and the text beside it
that must be left alone."""

from tests.quality.minutes import texts_in_item as found


def test_letters_the_public_knows():
    text = "Howard Quayle MHK attended. Grove RFC and Old Modernians RUFC met the GVRA."
    assert found("acronym", text) == ["GVRA"]


def test_viz_and_zig_zags_are_words():
    text = "The zig-zags outside the school, viz. the yellow lines, were repainted."
    assert found("spelling", text) == []
    assert found("spelling", "The zig-zgas were repainted.") == ["zig-zgas"]


def test_the_reverend_in_a_list_of_names_is_a_title():
    text = (
        "Apologies: Miss Margaret Best, Mr Ronald Calver, Mr John Ellis, Mr Ronald Hughes, The Revd "
        "Christopher Humble, The Revd Thomas Stuckey, Mrs Thelma Wilson."
    )
    assert found("punctuation", text) == []
    text = (
        "Present: Graham Davies, Ken Edwards, John James, Alan Hughes, Robert Sharpe Graham Turner, "
        "Madeline Wade."
    )
    assert found("punctuation", text) == ["Robert Sharpe Graham Turner"]
