"""Rules written on 7 December 2026 after the first measure of `heldout59` (32 pages of new
bodies, kept as addresses and labels only: tests/fixtures/real_minutes/unstored). Made-up
pages in the likeness of what it showed: the slip that must be found, and the text beside it
that must be left alone."""

import pytest

from tests.quality.minutes import texts_in_item as found


@pytest.mark.parametrize(
    ("line", "slip"),
    [
        (
            "Present: John Barker (President), John Soane (Heritage Officer), Paul Newsome "
            "(Minutes Secretary) Sally McGrath (Membership Secretary), James Weir (Treasurer).",
            "(Minutes Secretary) Sally",
        ),
        (
            "Present: A Bennett (AB), Margaret Throp (MT) Keith Harryman (KH), Joy Hale (JH).",
            "(MT) Keith",
        ),
        (
            "Present: Dennis Gowans (chairman), Paul Hutchison (vice-chairman) Kelsey Jackson",
            "(vice-chairman) Kelsey",
        ),
        (
            "Present - Parish Councillors J. Murgatroyd (in the Chair) Brearley, Gardiner, Hatt.",
            "(in the Chair) Brearley",
        ),
    ],
)
def test_an_aside_then_the_next_name_in_a_list_that_sets_a_comma_after_each_aside(line, slip):
    assert found("punctuation", line) == [slip]


@pytest.mark.parametrize(
    "line",
    [
        # one aside with its comma is not yet a list's habit, and no role is missing its comma
        "Present: Anne Hill (AH), Bob Jones (BJ) and Carol King.",
        # a date in brackets belongs to no one
        "Present: A Bennett (AB), C Dee (CD), E Fox (1 May 2024) Keith Hale (KH), G Hay.",
        # the list's own aside-commas are all there
        "Present: A Bennett (AB), C Dee (CD), Keith Hale (KH), Joy Hill (JH).",
    ],
)
def test_an_aside_then_a_name_passes_otherwise(line):
    assert found("punctuation", line) == []


def test_a_month_written_in_lower_case():
    assert found("slip", "The meeting on TUESDAY june 20th was noted.") == ["june"]
    assert found("spelling", "The meeting on TUESDAY june 20th was noted.") == []
    assert found("slip", "The meeting on Tuesday 20 June was noted.") == []


def test_letters_named_as_a_deed_names_them():
    page = (
        "It was agreed to form Lanehead Residents Association (hereinafter called 'LHRA'). "
        "LHRA will write to members. The Competition and Markets Authority (referred to as the "
        "CMA) wrote; the CMA said no."
    )
    assert found("acronym", page) == []
    assert found("acronym", "LHRA will write to members.") == ["LHRA"]


def test_letters_the_public_knows_and_a_minute_s_label():
    assert found("acronym", "The RoSPA report was read. ROSPA inspect the play area yearly.") == []
    assert found("acronym", "The RBS account was closed. AECOM wrote the housing survey.") == []
    assert found("acronym", "MIN 2822 ELECTION OF TOWN MAYOR\nCllr Jones was elected.\nMIN 2") == []
    assert found("punctuation", "Thanks to the Playing Field Assn., the Village Hall.") == []


def test_letters_with_two_neighbours_swapped_from_letters_the_page_writes():
    page = "Apologies: PSCO Witcher.\nThe PCSO reported two thefts. The PCSO will patrol."
    assert found("spelling", page) == ["PSCO"]
    assert found("acronym", page) == []
    # two different bodies' letters, each written more than once, are no slip
    both = "The CDC and the DCC met. The CDC agreed; the DCC did not."
    assert found("spelling", both) == []
