"""Slips of typing that are words or look like names: a name given initials that are not its
own, a name these minutes write elsewhere with a letter dropped, a capital struck at a word's
end, "Corvid 19", "Part l". Minutes made in the likeness of real ones."""

import pytest

from moot.quality.core import check_meeting
from tests.quality.minutes import item

ATTENDANCE = (
    "Councillors S Hughes (SH) Chair, P March (PM) vice-chair, C Burgess (CB), D Court (DC), "
    "{name}, Kerry Wilcox (KW) and the clerk."
)


def _found(*paragraphs, check=None):
    return [
        (f.check, f.text)
        for f in check_meeting([item("1", *paragraphs)])
        if check in (None, f.check)
    ]


def test_a_name_given_anothers_initials_is_found():
    findings = check_meeting([item("1", ATTENDANCE.format(name="J Hughes (JM)"))])
    [finding] = [f for f in findings if f.check == "name"]
    assert finding.text == "J Hughes (JM)"
    assert "(JH)" in finding.message
    assert ("Initials written", "JM") in finding.evidence


@pytest.mark.parametrize(
    "name",
    ["J Hughes (JH)", "Jane Hughes (JH)", "L. Cooney (LMC)", "Ann Blair-Park (ABP)"],
)
def test_a_names_own_initials_pass(name):
    assert _found(ATTENDANCE.format(name=name), check="name") == []


def test_letters_after_names_that_are_roles_are_not_initials():
    text = "Present: John Smith (CEO), Mary Jones (CFO) and Ann Vaughan (HR)."
    assert _found(text, check="name") == []


def test_a_name_written_elsewhere_with_a_letter_dropped_is_found():
    findings = _found(
        "Cllr Mererid Jones gave the report.",
        "Cllr Mererid Jones had sought advice from the Clerk.",
        "Cllr Mereid Jones provided an update on the playing field.",
        check="spelling",
    )
    assert findings == [("spelling", "Mereid")]


def test_two_names_each_written_once_are_left_alone():
    assert _found("Cllr Mererid Jones and Cllr Mereid Evans attended.", check="spelling") == []


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("The next meeting will be helD on Tuesday.", "helD"),
        ("Due to Corvid 19 restrictions the meeting was held online.", "Corvid"),
        ("The Corvid-19 recovery plan was noted.", "Corvid"),
        ("It was exempt under Part l of Schedule 12A.", "l"),
        ("See paragraph l of the report.", "l"),
    ],
)
def test_typing_slips_that_are_words_or_nearly(sentence, slip):
    assert _found(sentence, check="spelling") == [("spelling", slip)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Homes must meet Part L of the Building Regulations.",
        "The Covid 19 recovery plan was noted.",
        "The hall was bought on eBay for the iPad.",
        "The supply is rated at 10kW.",
    ],
)
def test_the_same_letters_written_so_on_purpose_pass(sentence):
    assert _found(sentence, check="spelling") == []
