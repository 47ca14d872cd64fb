"""Rules written after the labelled real minutes' twenty-third held-out part had been
measured: each a general rule, with made-up sentences in the likeness of real minutes — the
slip, and the near misses written so on purpose that must pass."""

import pytest

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
