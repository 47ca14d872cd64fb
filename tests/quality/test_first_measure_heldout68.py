"""Rules written on 7 December 2026 after the first measure of `heldout68` (31 pages of new
bodies, kept as addresses and labels only: tests/fixtures/real_minutes/unstored). Made-up
pages in the likeness of what it showed: the slip that must be found, and the text beside it
that must be left alone."""

import pytest

from tests.quality.minutes import acronyms_on_page
from tests.quality.minutes import texts_in_item as found


@pytest.mark.parametrize("reference", ["C14/044", "19.034"])
def test_a_one_word_heading_run_into_its_sentence_is_no_word_twice(reference):
    text = (
        f"Present: Miss A Tomlinson {reference} Apologies Apologies were received from Cllr Hall."
    )
    assert found("slip", text) == []
    assert found("slip", "The report was sent to the the Council.") == ["the the"]


def test_a_place_s_name_is_not_two_words_run_together():
    text = "The group met at Spinningdale and walked to Tweeddale."
    assert found("spacing", text) == []
    assert found("spacing", "The previouslyagreed plan was noted.") == ["previouslyagreed"]


def test_a_body_whose_kind_comes_first_gives_its_own_letters():
    page = (
        "Minutes of the 8th Annual General Meeting of the Wales Branch of the Institute of "
        "Historic Building Conservation held at 3.30pm on the 3rd December 2004 at the Pavilion, "
        "Llanelwedd, Powys.\n\nPresent :\n\nRon Douglass (Treasurer), Dave Jump (Secretary).\n\n"
        "1. Apologies\n\nApologies were received from Elizabeth Hall.\n\n"
        "3. Matters arising\n\nThe IHBC will write to the KLT.\n"
    )
    assert "IHBC" not in acronyms_on_page(page)
    assert "KLT" in acronyms_on_page(page)


@pytest.mark.parametrize(
    ("text", "slip"),
    [
        ("The meeting was held as permitted in the The Local Authorities Regulations.", "the The"),
        ("There was a bead track, target practise and a quiz.", "target practise"),
        (
            "The acceptance of the minutes of the previous minutes (July) was agreed.",
            "minutes of the previous minutes",
        ),
    ],
)
def test_wrong_or_doubled_words(text, slip):
    assert found("slip", text) == [slip]


def test_the_words_beside_them_pass():
    text = (
        "Member of the public Public Governor spoke. The minutes of the previous meeting were "
        "agreed. Members practise their speeches."
    )
    assert found("slip", text) == []
