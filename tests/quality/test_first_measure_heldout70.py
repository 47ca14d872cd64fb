"""Rules written on 8 December 2026 after the first measure of `heldout70` (32 pages of new
bodies, kept as addresses and labels only: tests/fixtures/real_minutes/unstored). Made-up
pages in the likeness of what it showed: the slip that must be found, and the text beside it
that must be left alone."""

from moot.quality.core import check_meeting
from tests.quality.minutes import item
from tests.quality.minutes import texts_in_item as found


def test_one_word_split_in_two_is_reported():
    text = (
        "Repairs are on going. The handy man will clear the over grown hedge mid week, and the "
        "pay roll was agreed. Anti social behaviour near by and the Transport Infra structure "
        "were discussed."
    )
    assert found("spacing", text) == [
        "on going",
        "handy man",
        "over grown",
        "mid week",
        "pay roll",
        "Anti social",
        "near by",
        "Infra structure",
    ]


def test_two_words_that_are_right_as_two_are_left_alone():
    text = (
        "The car park and notice board were set up. Volunteers kept on going until dark. The "
        "web site was updated and the Planning Sub Committee met. Sub contracts were let. The "
        "misgivings of the multi agency group were heard."
    )
    assert found("spacing", text) == []


def test_a_number_run_into_its_label_is_the_number_written():
    items = [
        item(ref, "The board noted the report.", title=title)
        for ref, title in (
            ("2678/16", "Present"),
            ("2679/16", "Apologies"),
            ("2681/16", "Observer"),
            ("2682/16", "Standard checks"),
        )
    ]
    items[1] = item(
        "2679/16", "None. 2680/16IN ATTENDANCE: the Chief Executive.", title="Apologies"
    )
    assert [f for f in check_meeting(items, min_confidence=0) if f.check == "numbering"] == []


def test_letters_joined_by_an_ampersand_are_spelled_out_unless_the_public_knows_them():
    assert found("acronym", "The T&W officer reported. A Q&A session followed.") == ["T&W"]
    assert found("acronym", "The F&O committee met, and the H&S adviser spoke.") == ["F&O"]
