"""Rules written after the labelled real minutes' twenty-second held-out part had been
measured: each a general rule, with made-up sentences in the likeness of real minutes — the
slip, and the near misses written so on purpose that must pass."""

import pytest

from moot.quality.core import check_meeting
from tests.quality.minutes import item


def found(check, *paragraphs, title="Update", decisions=(), **kw):
    items = [item("T/1/25", *paragraphs, title=title)]
    items[0].decisions = list(decisions)
    return [f.text for f in check_meeting(items, **kw) if f.check == check]


# --- a date never filled in -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "slip"),
    [
        ("The minutes of the meeting held on XXXX were confirmed.", "held on XXXX"),
        ("Statements must be submitted by noon on ………... Questions too.", "noon on ………"),
        ("The next meeting will be on xx/xx/2025 at 7pm.", "be on xx/xx/2025"),
        ("The report dated [date] was noted.", "report dated [date]"),
    ],
)
def test_a_date_left_as_its_placeholder_is_found(sentence, slip):
    assert found("date", sentence) == [slip]
    assert found("acronym", sentence) == []


def test_a_placeholder_in_the_decision_is_found_and_real_dates_and_dots_pass():
    assert found(
        "date", "Minutes:", decisions=["The minutes of the meeting held on XXXX were agreed."]
    ) == ["held on XXXX"]
    assert found("date", "The minutes of the meeting held on 3 March 2025 were agreed.") == []
    assert found("date", "Councillor Long ....... 1 vote. The XXL kit was bought.") == []


# --- letters after names that are a body's, surnames in capitals, "upto" ----------------------


def test_the_same_letters_after_two_names_are_their_bodys_not_initials():
    attendance = (
        "Present: Moe Guertin (MG), Olga Watkins (OW), John Watson (JW). Also in attendance: "
        "Cllr Martin Earl (SC), Cllr Jeremy McDonald (SC)."
    )
    assert found("name", attendance) == []
    wrong = "Present: Moe Guertin (MG), Olga Watkins (OW), John Watson (JW), Tom Kerr (JK)."
    assert found("name", wrong) == ["Tom Kerr (JK)"]


def test_a_surname_in_capitals_after_a_forename_is_no_misspelling():
    assert found("spelling", "Present: Sarah DICKIE, Chief Officer.") == []
    assert found("spelling", "ANNUAL GNERAL MEETING of the council.") == ["GNERAL"]


def test_upto_is_a_lost_space():
    assert found("spacing", "Grants of upto £1,000 were agreed.") == ["upto"]
    assert found("spelling", "Grants of upto £1,000 were agreed.") == []


# --- initials and colons run into the next word ----------------------------------------------


def test_an_initial_run_into_a_surname_is_found_unless_the_page_writes_every_name_so():
    assert found("spacing", "Present: Cllr. J.Hart, Cllr. W.Lagden and Mrs Smith.") == [
        "J.Hart",
        "W.Lagden",
    ]
    house_style = "Present: A.Chandler, A.Stanley, C.Priest, D.Corps and M.Neil."
    assert found("spacing", house_style) == []


def test_a_colon_run_into_a_lower_case_word_is_found_but_a_file_type_passes():
    assert found("spacing", "Minutes:the minutes were agreed.") == ["Minutes:the"]
    assert found("spacing", "Minutes (Type:pdf, 120 KB) were agreed. At 10:30 it closed.") == []
