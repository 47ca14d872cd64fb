"""A titled name's possessive without its apostrophe ("Cllr Gladdens apologies"), and the
near misses: a name before a verb ("that Councillor Evans report back"), a name's plain use."""

import pytest

from moot.quality.core import check_meeting
from tests.quality.minutes import item


def found(*paragraphs):
    # (an apostrophe left out is filed as punctuation; the pass cases must be neither)
    items = [item("T/1/25", *paragraphs)]
    return [f.text for f in check_meeting(items) if f.check in ("slip", "punctuation")]


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("It was requested that Cllr Haddens apologies for absence be noted.", "Haddens apologies"),
        ("Councillor Smiths motion was seconded and carried.", "Smiths motion"),
        ("Members debated Mrs Wrights amendment at length.", "Wrights amendment"),
        ("Mr Browns report was received and noted.", "Browns report"),
        ("The Clerk spoke on Dr Patels behalf.", "Patels behalf"),
        ("Councillor J Greens proposal was carried.", "Greens proposal"),
    ],
)
def test_it_finds_a_titled_possessive_without_its_apostrophe(sentence, slip):
    assert found(sentence) == [slip]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was agreed that Councillor Evans report back to the next meeting.",
        "The Chair asked that Mr Jones question the officers on the plan.",
        "Councillor Roberts comments that the scheme is welcome.",
        "Councillor Jones gave apologies for lateness.",
        "Councillor Smith's motion and Mrs Wright's amendment were carried.",
        "Councillor Jones, apologies were noted.",
    ],
)
def test_names_before_a_verb_or_with_their_apostrophe_pass(sentence):
    assert found(sentence) == []
