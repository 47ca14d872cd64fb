"""Rules for kinds of slip that real published minutes showed the checks missing, each as a
general rule, with made-up sentences in the likeness of real minutes: the slip, and the near
misses that are written so on purpose and must pass."""

import pytest

from moot.quality.core import check_meeting
from tests.quality.minutes import item


def found(check, *paragraphs):
    return [f.text for f in check_meeting([item("T/1/25", *paragraphs)]) if f.check == check]


# A semicolon with no space after it between two words.


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        (
            "Members were asked to declare any personal interest;and to say what it related to.",
            "interest;and",
        ),
        ("The report was noted;Members thanked the officer.", "noted;Members"),
    ],
)
def test_a_missing_space_after_a_semicolon_is_found(sentence, slip):
    assert found("spacing", sentence) == [slip]


def test_the_semicolon_message_says_what_to_write():
    [finding] = [
        f
        for f in check_meeting([item("T/1/25", "Declarations of interest;and dispensations.")])
        if f.check == "spacing"
    ]
    assert finding.confidence == 0.75
    assert '"interest; and"' in finding.message


@pytest.mark.parametrize(
    "sentence",
    [
        "The figures were 12;14 and 16 across the three years.",
        "See https://example.gov.uk/a;b=c for the papers, or write to clerk;x@example.org.",
        "Agreed; the Clerk to write; Members to reply.",
        # three or more in one item: a list written that way on purpose
        "Present: Cllr Ahmed;Cllr Brown;Cllr Clarke;Cllr Dodd.",
        "Wards covered: Abbey;Castle;Priory.",
        "The code was ABC;xyzzq in the old system.",
    ],
)
def test_semicolons_written_so_on_purpose_pass(sentence):
    assert found("spacing", sentence) == []
