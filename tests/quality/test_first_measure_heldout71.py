"""Rules written on 8 December 2026 after the first measures of `heldout70` and `heldout71`
(pages of new bodies, kept as addresses and labels only: tests/fixtures/real_minutes/unstored).
Made-up pages in the likeness of what they showed: the slip that must be found, and the text
beside it that must be left alone."""

from tests.quality.minutes import texts_in_item as found


def test_a_clubs_or_a_councils_possessive_without_its_apostrophe():
    text = (
        "The clubs members were thanked for the clubs facilities. The Councils representative "
        "spoke, and the Head Teachers Report was received."
    )
    assert found("punctuation", text) == [
        "The clubs members",
        "the clubs facilities",
        "The Councils representative",
        "Head Teachers Report",
    ]


def test_plurals_that_own_nothing_are_left_alone():
    text = (
        "Members of both clubs met. The clubs agreed to share the pitch, and the councils "
        "represented on the panel sent representatives. Head teachers reported on admissions."
    )
    assert found("punctuation", text) == []
