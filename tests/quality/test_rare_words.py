"""Rare real words the Hunspell en_GB files lack ("barbeque", "registerable") are not
misspellings: the shipped list of SCOWL's rarer British words (rare_words.txt.gz) knows them.
Slips, short words and capitalised words are not in it."""

import gzip

import pytest
from django.core.management import CommandError, call_command

from moot.quality import dictionary
from moot.quality.core import check_meeting
from tests.quality.minutes import item


def spelling(sentence):
    items = [item("T/1/25", sentence, title="Update")]
    return [f.text for f in check_meeting(items) if f.check == "spelling"]


@pytest.mark.parametrize("word", ["barbeque", "registerable", "relooking", "undernoted"])
def test_a_rare_real_word_is_known_and_passes(word):
    assert not dictionary.is_word(word)
    assert dictionary.rare_word(word)
    assert spelling(f"The committee noted the {word} matter and moved on.") == []


@pytest.mark.parametrize("slip", ["recieved", "cemetary", "unaimously", "woud", "regardng"])
def test_a_misspelling_is_not_in_the_rare_list_and_is_still_found(slip):
    assert not dictionary.rare_word(slip)
    assert spelling(f"The report was {slip} by the committee.") == [slip]


def test_short_and_capitalised_words_are_left_to_the_other_rules():
    assert "aahs" not in dictionary._rare_words()  # four letters: too near a slip
    assert not dictionary.rare_word("Barbeque")  # capitalised: a name's rules judge it


def test_the_list_is_built_from_scowls_lists(tmp_path):
    rare, common, frequent = (tmp_path / n for n in ("huge", "mid", "large"))
    rare.write_text(
        "barbeque\nreceived\nBarbeque\nabba\nrelooking\ncafé\nreginal\n", encoding="utf-8"
    )
    common.write_text("barbecue\nregional\n", encoding="utf-8")
    frequent.write_text("barbeque\n", encoding="utf-8")
    out = tmp_path / "rare.txt.gz"
    call_command("build_rare_words", str(rare), str(common), str(frequent), output=str(out))
    # "received" is Hunspell's already, "Barbeque" capitalised, "abba" short, "café" accented;
    # "reginal" is one letter from the common "regional" (a slip of it); "barbeque" is one
    # from "barbecue", but common enough itself
    assert gzip.decompress(out.read_bytes()).decode().split() == ["barbeque", "relooking"]


def test_the_seeds_reginal_one_letter_from_regional_is_still_a_misspelling():
    assert not dictionary.rare_word("reginal")
    assert spelling("The reginal partnership met.") == ["reginal"]


def test_building_from_a_missing_or_empty_list_says_what_is_wrong(tmp_path):
    empty = tmp_path / "empty"
    empty.write_text("the\nand\n", encoding="utf-8")
    with pytest.raises(CommandError, match="Cannot read the word list"):
        call_command("build_rare_words", str(tmp_path / "no"), str(empty), str(empty))
    with pytest.raises(CommandError, match="holds no word"):
        call_command(
            "build_rare_words", str(empty), str(empty), str(empty), output=str(tmp_path / "o")
        )
    assert not (tmp_path / "o").exists()
