"""A person's name spelled two ways in one set of minutes."""

import pytest

from moot.quality.core import check_meeting
from tests.quality.minutes import item


def names(*paragraphs, people=()):
    findings = check_meeting([item("T/1/25", *paragraphs)], people=list(people))
    return [f for f in findings if f.check == "name"]


def test_it_reports_the_spelling_that_is_not_the_recorded_name():
    [finding] = names(
        "Councillor Clarke asked about the bus lane. Councillor Clark said it was needed.",
        people=["Councillor Ann Clarke", "Councillor Tom Eynon"],
    )
    assert finding.text == "Clark"
    assert finding.evidence == [("Written", "Clark"), ("Recorded name", "Clarke")]


def test_without_recorded_names_it_reports_the_rarer_spelling():
    [finding] = names(
        "Councillor Hughes moved the motion, seconded by Councillor M Blair-Park.",
        "Councillor Blair Park asked about the park. Councillor Blair-Park thanked officers.",
    )
    assert finding.text == "Blair Park"
    assert "Blair-Park" in finding.message


@pytest.mark.parametrize(
    ("paragraphs", "people"),
    [
        (
            ["Councillor Clark moved it.", "Councillor Clarke seconded it."],
            ["Councillor Ann Clarke", "Councillor Sam Clark"],
        ),
        (["Councillor Clark moved it.", "Councillor Clarke seconded it."], []),
        (["Mr Smith and Mrs Smyth spoke.", "Mr Smith answered.", "Mrs Smyth agreed."], []),
        (["Councillor Lee and Councillor Lea spoke.", "Councillor Lee answered."], []),
    ],
)
def test_it_leaves_two_real_people_and_ties_alone(paragraphs, people):
    assert names(*paragraphs, people=people) == []


def test_a_tie_between_a_name_with_its_hyphen_and_with_a_space_reports_the_space():
    [finding] = names(
        "Councillor Blair Park asked about the play area.",
        "Councillor Blair-Park thanked officers for the update.",
    )
    assert (finding.text, finding.confidence) == ("Blair Park", 0.65)
    assert finding.evidence == [
        ("Written", "Blair Park"),
        ("Written with its hyphen", "Blair-Park"),
    ]


def test_the_recorded_name_says_whether_a_name_has_its_hyphen():
    minutes = (
        "Councillor Blair Park asked about the play area. Councillor Blair Park moved it.",
        "Councillor Blair-Park thanked officers.",
    )
    [finding] = names(*minutes, people=["Councillor Morag Blair-Park", "Councillor Tom Eynon"])
    assert (finding.text, finding.confidence) == ("Blair Park", 0.75)
    [finding] = names(*minutes, people=["Councillor Ann Blair Park"])
    assert finding.text == "Blair-Park"


def test_names_in_a_list_after_councillors_are_read_too():
    [finding] = names(
        "Present: Councillors Anderson, Bains, S Chaudhry and Blair Park.",
        "Councillor Blair-Park asked about the play area.",
    )
    assert finding.text == "Blair Park"
