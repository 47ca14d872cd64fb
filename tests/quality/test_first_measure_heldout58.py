"""Rules written on 7 December 2026 after the first measure of `heldout58` (26 pages of new
bodies, kept as addresses and labels only: tests/fixtures/real_minutes/unstored). Made-up
pages in the likeness of what it showed: the slip that must be found, and the text beside it
that must be left alone."""

from tests.quality.minutes import texts_in_item as found


def test_a_body_or_a_member_made_plural_with_an_apostrophe_after_a_word_that_counts():
    assert found(
        "punctuation",
        "The view that it applied to other Parish Council’s was not correct.",
        "He questioned individual Councillor’s as to whether they agreed.",
    ) == ["other Parish Council's", "individual Councillor's"]
    # a possessive passes
    assert (
        found("punctuation", "All Council's assets were insured. The Council's view was clear.")
        == []
    )


def test_a_year_s_meeting_or_officer_written_in_capitals():
    assert found("punctuation", "We went over last years AGM minutes.") == ["last years AGM"]
    assert found("punctuation", "Nominations were sought for next years President.") == [
        "next years President"
    ]
    assert found("punctuation", "Over the last five years AGM attendance rose.") == []
