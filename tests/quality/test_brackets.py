"""Unmatched brackets: a closing bracket with no opening one, or an opening one never closed
(issue 16). List markers ("a)", "1)", "ii)") are not brackets."""

import pytest

from moot.quality.core import check_meeting
from moot.quality.findings import WHY, Check
from tests.quality.minutes import found, item


def brackets(*paragraphs):
    return [
        text
        for _check, _item, text in found(
            check_meeting([item("T/1/25", *paragraphs)]), Check.PUNCTUATION
        )
    ]


@pytest.mark.parametrize(
    ("paragraph", "slip"),
    [
        (
            "The press were excluded for article 20 paragraphs 6 and 9), and article 21.",
            "paragraphs 6 and 9)",
        ),
        ("The report (attached as Appendix A was noted by Members.", "(attached as Appendix A"),
        ("Members noted the figures set out in the table ).", "in the table )"),
    ],
)
def test_an_unmatched_bracket_is_found(paragraph, slip):
    assert brackets(paragraph) == [slip]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["RESOLVED to: 1) defer the decision; and 2) request further work."],
        ["a) the report be noted;", "b) the plan be approved; and", "c) officers report back."],
        ["(i) the report be noted; (ii) the plan be approved."],
        ["i) the report be noted", "ii) the plan be approved"],
        ["That Cabinet:", "A) Welcomes the report.", "B) Agrees the plan."],
        ["Section 50(A)(4) of the Act, paragraphs 3(a) and (b), Schedule 12A (paragraph 3)."],
        ["Of the options in the report, option 2) was preferred."],
        ["Members asked (as they had at the last meeting) about costs."],
        ["1.) The report was noted.", "2.) The plan was approved."],
        ["The list (see below:", "the report; the plan) was agreed."],
        ["The smiley :) was not minuted."],
    ],
)
def test_list_markers_and_matched_brackets_are_not_reported(paragraphs):
    assert brackets(*paragraphs) == []


def test_a_bracket_left_open_at_the_end_of_a_cut_off_page_is_not_reported():
    items = [
        item("T/1/25", "The minutes were agreed."),
        item("T/2/25", "Cabinet welcomed the report (and its recommen", decisions=[]),
    ]
    assert found(check_meeting(items), Check.PUNCTUATION) == []


def test_the_finding_says_which_bracket_and_what_to_do():
    findings = [
        f
        for f in check_meeting([item("T/1/25", "Members noted paragraphs 6 and 9), and 10.")])
        if f.check == Check.PUNCTUATION
    ]
    assert len(findings) == 1
    assert "closing bracket" in findings[0].message
    assert findings[0].confidence >= 0.6
    assert WHY[Check.PUNCTUATION]
