"""A role in brackets, then the next name with no comma, in a list of names the clerk parts
with commas (readers of the labelled pages marked 11 of 15 such). Made-up lines in the likeness
of the real ones."""

import pytest

from tests.quality.minutes import texts_in_item as found


@pytest.mark.parametrize(
    ("line", "slip"),
    [
        (
            "Present: Cllr J Wood (Vice Chairman) Cllr D Dennis, Cllr S Lyons and Cllr P Ray.",
            "(Vice Chairman) Cllr D Dennis",
        ),
        ("Present: Cllrs Black (Chair) Gale, Machin and Rice.", "(Chair) Gale"),
        (
            "Present: Mrs R Jess (Chairman) Mrs B Amory, Mr D Broad, Mr T Hill.",
            "(Chairman) Mrs B Amory",
        ),
        (
            "In attendance: Melanie Borrett (Clerk) County Cllr Boyd, District Cllr Eve.",
            "(Clerk) County Cllr Boyd",
        ),
        (
            "Present: A.Clayworth (Vice-Chairman) M.Wilkins, J.Royce, B.Hale.",
            "(Vice-Chairman) M.Wilkins",
        ),
    ],
)
def test_a_role_then_the_next_name_with_no_comma(line, slip):
    assert found("punctuation", line) == [slip]


@pytest.mark.parametrize(
    "line",
    [
        # the comma is there
        "Present: Cllr J Wood (Vice Chairman), Cllr D Dennis, Cllr S Lyons.",
        # the chair named by office, a body's, then "(in the Chair)"
        "Present: Metro Mayor S Rotheram Chairperson of the Combined Authority (in the Chair) "
        "Councillor P Davies, Councillor I Maher.",
        # a role after the aside, not a name
        "Present: Councillors Ian Davis (ID) Chair, Anne Davis (AD), Bob Hale (BH).",
        # the next words name a group, not a person
        "Present: Councillor G Coad (Mayor) Councillors J Bennett, P Rowe and T Hill.",
        # the role follows a body, not a person
        "Present: A Hannam, Borough Council (Chairman) Cllr N Harden, Borough Council.",
        # a list with no commas at all: set out in columns, its commas were never there
        "Present: Cllr Malcolm Llewellyn (Chairman) Cllr Mike Avery Cllr Hugh Wells",
        # the name after the role ends the list
        "In attendance: Mr P Gill (Clerk) and two members of the public.",
    ],
)
def test_a_role_then_a_name_passes_otherwise(line):
    assert found("punctuation", line) == []
