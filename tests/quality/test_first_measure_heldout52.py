"""Rules written on 7 December 2026 after the first measure of `heldout52` (32 pages of new
bodies, kept as addresses and labels only: tests/fixtures/real_minutes/unstored). Made-up
pages in the likeness of what it showed: the slip that must be found, and the text beside it
that must be left alone."""

from tests.quality.minutes import texts_in_item as found


def test_it_run_into_was_or_has_is_a_lost_space():
    assert found("spacing", "The sign stays on the agenda.   Itwas noted that it had gone.") == [
        "Itwas"
    ]
    assert found("spacing", "Members found that ithas gone.") == ["ithas"]


def test_apologises_as_the_heading_of_the_apologies():
    assert found("slip", "2 Apologises", "As noted above.") == ["2 Apologises"]
    assert found("slip", "Apologises: Cllr Smith and Cllr Jones.") == ["Apologises"]
    # the verb in a sentence is right
    assert found("slip", "The Clerk apologises for the late papers.") == []


def test_the_sovereigns_title_without_its_capital():
    assert found("slip", "A beacon marked the Platinum Jubilee of her Majesty the Queen.") == [
        "her Majesty"
    ]
    assert found("slip", "A beacon marked the Platinum Jubilee of Her Majesty the Queen.") == []


def test_a_semicolon_after_the_kind_of_those_present():
    assert found(
        "punctuation",
        "Present, Members; J Young, A Pinkerton. Present: Community Councillors; Barbara Bell.",
    ) == ["Members;", "Community Councillors;"]
    # a semicolon between clauses after such a word passes
    assert (
        found("punctuation", "It was agreed to write to members; Cllr Young will draft it.") == []
    )
