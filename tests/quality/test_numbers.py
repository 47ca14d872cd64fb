"""A number run into a word ("18May", "the19th", "on1 April") and an ordinal with the wrong
ending ("21stt", "2th", "3st"), without ordinals, times, units, roads, references or
postcodes."""

import pytest

from moot.quality.core import check_meeting
from tests.quality.minutes import item


def found(*paragraphs, check):
    return [f.text for f in check_meeting([item("T/1/25", *paragraphs)]) if f.check == check]


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("The minutes of the meeting held on 18March were submitted.", "18March"),
        ("The meeting was reconvened on 18May following an adjournment.", "18May"),
        ("The Panel met on Monday the19th March 2007.", "the19th"),
        ("The new charges take effect on1 April 2025.", "on1"),
        ("The site visit is on 3rdJune at ten.", "3rdJune"),
        ("The scheme will run for 3years from the spring.", "3years"),
    ],
)
def test_it_finds_a_number_run_into_a_word(sentence, slip):
    assert found(sentence, check="spacing") == [slip]


def test_it_says_what_to_write():
    [finding] = [
        f
        for f in check_meeting([item("T/1/25", "Reconvened on 18May after an adjournment.")])
        if f.check == "spacing"
    ]
    assert '"18 May"' in finding.message


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting on the 19th March 2007 and the 2nd, 3rd and 21st April were noted.",
        "The meeting started at 10am, broke at 12.30pm and closed at 5.30pm.",
        "The £5m scheme adds 10km of cycle lanes, 3G pitches and a 4x4 for the rangers.",
        "Works on the A19 and the M62 and at junction 4 of the M1 were delayed.",
        "See report CAB/20/25, Appendix 12A, the S106 agreement and pupils at KS2.",
        "The office at SG1 1XT and the depot at OX1 1ND and LA9 4RQ were sold.",
        "Speed limits of 20mph and 30mph, and 1,200kWh of solar power, were noted.",
        "The Covid19 response and the move to Windows10 and Office365 were noted.",
        "The 1960s estate, the 90s and a 24/7 service were mentioned.",
    ],
)
def test_it_leaves_ordinals_times_units_roads_references_and_postcodes_alone(sentence):
    assert found(sentence, check="spacing") == []
    assert found(sentence, check="spelling") == []


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("The minutes of the 21stt March 2007 were accepted.", "21stt"),
        ("The next meeting is on the 2th of May.", "2th"),
        ("The 3st meeting of the year was held.", "3st"),
        ("It was the 11st time the item had been deferred.", "11st"),
    ],
)
def test_it_finds_an_ordinal_with_the_wrong_ending(sentence, slip):
    assert found(sentence, check="spelling") == [slip]


def test_it_leaves_ordinals_with_the_right_ending_alone():
    sentence = "On the 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 23rd and 101st days."
    assert found(sentence, check="spelling") == []
