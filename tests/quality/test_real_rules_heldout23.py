"""Rules written after the labelled real minutes' twenty-third held-out part had been
measured: each a general rule, with made-up sentences in the likeness of real minutes — the
slip, and the near misses written so on purpose that must pass."""

import pytest

from moot.quality.adapters import from_text
from moot.quality.core import check_meeting
from tests.quality.minutes import item


def found(check, *paragraphs, title="Update"):
    items = [item("T/1/25", *paragraphs, title=title)]
    return [f.text for f in check_meeting(items) if f.check == check]


def test_a_role_before_a_full_name_in_an_attendance_list_is_an_acronym_not_initials():
    assert found("acronym", "Council Employees Present: RFO Clive Baker, Clerk Linda Evans.") == [
        "RFO"
    ]
    assert found("acronym", "Also present: BK Brooks, PJ Morgan.") == []


def test_a_stray_capital_inside_a_word_is_found_but_brands_and_runs_pass():
    assert found("spelling", "Repairs will reQuire a faculty.") == ["reQuire"]
    sentence = "Bookings by iPad, via eBay, and minutesPresent were seen byNick."
    assert [w for w in found("spelling", sentence) if w in ("iPad", "eBay")] == []


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("Councillor Smith declared in interest in item 5.", "declared in interest"),
        ("The motion was agreed with on amendment.", "with on amendment"),
        ("The minutes were signed by the Chairmen as a true record.", "signed by the Chairmen"),
    ],
)
def test_minutes_set_phrases_with_a_letter_changed_are_found(sentence, slip):
    assert found("slip", sentence) == [slip]


def test_the_set_phrases_written_right_pass():
    text = (
        "Councillor Smith declared an interest. It was agreed with one amendment. The chairmen "
        "of the two panels met; the minutes were signed by the Chairman. He was in interest-free "
        "credit talks on amendments."
    )
    assert found("slip", text) == []


# --- written after heldout24 was measured ------------------------------------------------------


def test_a_bodys_name_with_a_figure_is_no_word_run_into_a_number():
    assert found("spacing", "The re3 councils met; the ps5 was sold.") == []
    assert found("spacing", "The meeting on1 April was quorate.") == ["on1"]


def test_a_partys_letters_and_an_honorary_title_pass():
    assert found("acronym", "Councillor Smith (UKIP) and Councillor Jones (SNP) spoke.") == []
    assert found("slip", "He was made an Honorary Alderman, an honorary title.") == []
    assert found("slip", "He was made an Councillor.") == ["an Councillor"]


def test_brackets_around_a_web_address_pass_but_brackets_emptied_by_a_lost_word_are_found():
    page = (
        "Minutes of the meeting of the Planning Committee held on 7 June 2023\n\n"
        "1. Minutes\n\nMinutes Document for Planning Committee, 19/04/2023 19:00 "
        "(moderngov.co.uk)\n\nThe minutes were agreed.\n"
    )
    assert [f for f in from_text(page).check() if f.check == "punctuation"] == []
    assert found("punctuation", "Under the Local Authorities () Order 2020.") == [
        "Authorities () Order"
    ]


def test_a_space_before_a_closing_bracket_is_a_hint_only():
    text = "Present: Clark Logie (Police ), Cllr Ros Surtees."
    assert found("spacing", text) == []
    items = [item("T/1/25", text, title="Update")]
    hints = [f for f in check_meeting(items, min_confidence=0) if f.check == "spacing"]
    assert [f.text for f in hints] == ["(Police )"]


def test_letters_written_with_full_stops_are_an_acronym_unless_a_persons():
    text = (
        "The Town Clerk stated that no W.T.C. meeting would take place. The WTC budget was "
        "noted. F.W.P. Treanor and Treanor (F.W.P.) attended the A.G.M."
    )
    assert found("acronym", text) == ["W.T.C."]


def test_two_full_names_run_on_in_a_list_of_names_are_found():
    text = (
        "Present: Councillors Graham Davies, Ken Edwards, Mrs Jean Hire, John James, Robert "
        "John, Mrs Pat Jones John Hedley Jones, Mrs Susan Northam and David Owens."
    )
    assert found("punctuation", text) == ["Pat Jones John Hedley Jones"]
    fine = (
        "Present: Graham Davies, Ken Edwards, Jean Hire, John James, Peter Burgess Devon "
        "Wildlife Trust, Mary Ann Smith and David Owens."
    )
    assert found("punctuation", fine) == []
