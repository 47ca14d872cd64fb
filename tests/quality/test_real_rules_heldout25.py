"""Rules written after the labelled real minutes' twenty-fifth held-out part had been
measured: each a general rule, with made-up sentences in the likeness of real minutes — the
slip, and the near misses written so on purpose that must pass."""

from moot.quality.core import check_meeting
from tests.quality.minutes import item


def found(check, *paragraphs, title="Update"):
    items = [item("T/1/25", *paragraphs, title=title)]
    return [f.text for f in check_meeting(items) if f.check == check]


VOTE = (
    "For the motion: Councillors Afrasiab Anwar, Paul Campbell, Ida Carmichael, Frank Cant, "
    "Saeed Chaudhary,Bea Foster,Sue Graham, Joanne Greenwood, John Harbour,Shah Hussain, "
    "Mohammed Ishtiaq, Marcus Johnstone, Arif Khan, Lubna Khan, Asif Raja  Paul Reynolds, David "
    "Roper and Mark Townsend."
)


def test_names_with_no_space_after_their_commas_in_a_spaced_list_are_found():
    assert found("spacing", VOTE) == ["Chaudhary,Bea", "Foster,Sue", "Harbour,Shah"]


def test_a_list_written_without_spaces_throughout_passes():
    assert found("spacing", "Wards: Abbey,Bridge,Castle,Dale,Elm and Ford.") == []


def test_two_names_run_on_in_a_recorded_vote_are_found_without_a_title_before_each():
    assert found("punctuation", VOTE) == ["Asif Raja Paul Reynolds"]


def test_a_year_run_into_be_and_a_heading_run_into_a_name_are_lost_spaces():
    assert found("spacing", "The minutes of 9 July 2018be approved.") == ["2018be"]
    assert found("spacing", "PRESENT:Hannah Coleman, Assistant Clerk.") == ["PRESENT:Hannah"]
    assert found("spacing", "The ratio was 3:1 and the meeting began at 7:30.") == []


def test_a_surname_after_an_initial_is_no_word_run_into_and_sui_generis_is_a_term():
    text = "Present: M Polland, Roads Area Manager. The barn (sui generis) was approved."
    assert found("spacing", text) == []
    assert found("spelling", text) == []
    proposed = "Present: Ron Skirving. It was proposed by Ron Skirvingand seconded by Ann Hall."
    assert found("spacing", proposed) == ["Skirvingand"]
