"""A sentence written twice in a row."""

import pytest

from moot.quality.core import check_meeting
from tests.quality.minutes import item


def repeated(*paragraphs):
    return [
        (f.text, f.message)
        for f in check_meeting([item("T/1/25", *paragraphs)])
        if f.check == "copied"
    ]


def test_it_finds_a_sentence_written_twice_in_a_row():
    found = repeated(
        "Officers explained the changes to the bus timetable. Officers explained the changes "
        "to the bus timetable. Members asked about the evening services."
    )
    assert [text for text, _ in found] == ["Officers explained the changes to the bus timetable."]
    assert "twice" in found[0][1]


def test_it_finds_a_sentence_repeated_in_the_next_paragraph():
    sentence = "The Chair thanked the residents who had attended to speak on the application."
    assert len(repeated(sentence, sentence, "Members noted the report.")) == 1


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("RESOLVED that the report be noted.", "RESOLVED that the report be noted."),
        ("For: 8.", "For: 8."),
        (
            "Officers explained the changes to the bus timetable.",
            "Members asked about the evening services.",
            "Officers explained the changes to the bus timetable.",
        ),
    ],
)
def test_it_leaves_short_formulas_and_sentences_apart_alone(paragraphs):
    assert repeated(*paragraphs) == []
