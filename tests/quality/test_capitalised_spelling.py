"""Capitalised words are spell-checked too: against the names the archive knows (its people,
committees, wards, venues, organisations), the glossary and the names the dictionary knows."""

import pytest

from moot.meetings.members import Ward
from moot.quality.adapters import from_meeting
from moot.quality.archive import known_names
from moot.quality.core import check_meeting
from moot.quality.models import GlossaryTerm
from tests.factories import (
    local,
    make_committee,
    make_item,
    make_meeting,
    make_membership,
    make_person,
)
from tests.quality.minutes import found, item

WARD_MINUTES = (
    "Councillor Okafor reported that residents of Mandle had raised concerns about parking "
    "near the primary school, and officers agreed to review the restrictions."
)


def spelling(items, **kw):
    return found(check_meeting(items, checks=["spelling"], **kw), "spelling")


def test_a_capitalised_word_one_slip_from_a_name_of_the_archive_is_found_with_it():
    items = [item("SSP/4/25", WARD_MINUTES)]
    [finding] = check_meeting(items, checks=["spelling"], names=["Mandale and Victoria"])
    assert (finding.text, finding.confidence) == ("Mandle", 0.8)
    assert 'did you mean "Mandale"' in finding.message
    assert ("Known", "Mandale") in finding.evidence


def test_two_slips_are_allowed_in_a_long_name_but_not_in_a_short_one():
    items = [item("1", "The Eglscliffe and Preston Park group and the Mraskr group met.")]
    got = spelling(items, names=["Egglescliffe Ward", "Marske Ward"])
    assert got == [("spelling", "1", "Eglscliffe")]


def test_a_name_the_dictionary_knows_is_suggested_for_a_letter_dropped_or_swapped():
    minutes = (
        "The panel heard about the new youth hub in Hartlepol, which opened in March.",
        "Officers noted that the Stokton scheme would be extended.",
    )
    got = check_meeting([item("1", *minutes)], checks=["spelling"])
    assert [(f.text, f.confidence) for f in got] == [("Hartlepol", 0.75), ("Stokton", 0.75)]
    assert '"Hartlepool"' in got[0].message


def test_unknown_capitalised_words_near_nothing_known_are_names_and_left_alone():
    minutes = (
        "Councillor Okafor welcomed Ms Wojcik of Bishopsgarth Residents Association and "
        "thanked Urdd Gobaith Cymru and the Ridgeway Trust for their work.",
    )
    assert spelling([item("1", *minutes)]) == []


def test_a_name_in_a_list_of_names_or_a_longer_name_needs_the_archive_to_judge_it():
    minutes = (
        "Present: Councillors Anderson, Bains, Chohan, Dar and Davis.",
        "Partners from Teeswide Safeguarding Adults Board gave a presentation.",
    )
    assert spelling([item("1", *minutes)]) == []


def test_a_misspelt_word_opening_a_sentence_is_found():
    items = [item("1", "Recieved the quarterly report. Members asked about the figures.")]
    [finding] = check_meeting(items, checks=["spelling"])
    assert finding.text == "Recieved"
    assert '"Received"' in finding.message


def test_names_of_the_archive_and_the_glossary_are_accepted_as_written():
    items = [item("1", "Officers from Mandale visited Bishopsgartth and Billingam.")]
    assert spelling(items, names=["Mandale", "Billingam Road"], glossary=["Bishopsgartth"]) == []


def test_a_name_written_three_times_is_taken_as_meant():
    minutes = ("The Stockon scheme grew. The Stockon team met. The Stockon plan was agreed.",)
    assert spelling([item("1", *minutes)]) == []


@pytest.mark.django_db
def test_a_stored_meeting_is_checked_against_the_bodys_wards_people_and_committees():
    committee = make_committee(name="Safer Stockton Partnership")
    meeting = make_meeting(committee, start=local(2025, 5, 14))
    make_item(
        meeting,
        title="Parking",
        minutes=f"<p>{WARD_MINUTES} The Safer Stocton Partnership and Ms Wojcck noted it.</p>",
    )
    make_membership(make_person(name="Anna Wojcik"), committee)
    assert spelling(from_meeting(meeting).items) == []  # with no names known: none
    Ward.objects.create(body=committee.body, name="Mandale and Victoria")

    findings = from_meeting(meeting).check()

    got = {f.text: f.message for f in findings if f.check == "spelling"}
    assert set(got) == {"Mandle", "Stocton", "Wojcck"}
    assert '"Mandale"' in got["Mandle"] and '"Wojcik"' in got["Wojcck"]


@pytest.mark.django_db
def test_the_archives_names_are_built_once_and_again_after_a_change():
    committee = make_committee(name="Planning Committee")
    body = committee.body
    ward = Ward.objects.create(body=body, name="Mandale and Victoria")
    first = known_names(body)
    assert {"Mandale", "Victoria", "Planning"} <= first
    assert known_names(body) is first  # kept

    ward.name = "Bishopsgarth and Elm Tree"
    ward.save()
    assert "Bishopsgarth" in known_names(body) and "Mandale" not in known_names(body)

    ward.delete()
    assert "Bishopsgarth" not in known_names(body)


@pytest.mark.django_db
def test_a_word_of_item_titles_is_a_name_once_two_meetings_use_it():
    committee = make_committee()
    for day, title in ((1, "Hardwik Library"), (8, "Ingleby Barwick Library")):
        make_item(make_meeting(committee, start=local(2025, 5, day)), title=title)
    assert "Barwick" not in known_names(committee.body)
    make_item(make_meeting(committee, start=local(2025, 6, 1)), title="Ingleby Barwick Hub")
    names = known_names(committee.body)
    assert "Barwick" in names and "Hardwik" not in names


@pytest.mark.django_db
def test_the_glossary_is_read_fresh_each_check():
    committee = make_committee()
    meeting = make_meeting(committee, start=local(2025, 5, 14))
    make_item(meeting, minutes="<p>Officers noted that the Stokton scheme would grow.</p>")
    assert [f.text for f in from_meeting(meeting).check() if f.check == "spelling"] == ["Stokton"]
    GlossaryTerm.objects.create(body=committee.body, term="Stokton")
    assert [f.text for f in from_meeting(meeting).check() if f.check == "spelling"] == []


def test_a_word_between_two_names_the_dictionary_knows_says_nothing():
    # "Billingham" and "Birlingham" are both one letter from it: no telling which was meant.
    assert spelling([item("1", "The new youth hub in Bilingham opened in March.")]) == []


def test_a_word_in_capitals_misspelt_is_a_spelling_slip_not_an_acronym():
    items = [item("1", "RESOVLED that the report be noted. The PCSO and CAMHS teams were thanked.")]
    got = check_meeting(items, checks=["spelling", "acronym"])
    spelt = [(f.check, f.text) for f in got if f.text == "RESOVLED"]
    assert spelt == [("spelling", "RESOVLED")]
    assert '"RESOLVED"' in next(f.message for f in got if f.text == "RESOVLED")
    assert ("acronym", "CAMHS") in [(f.check, f.text) for f in got]


def test_a_name_a_letter_short_of_one_the_dictionary_knows_at_its_end_is_a_familys_own():
    # Swinburn / Swinburne, Clark / Clarke: families spell their names both ways.
    assert spelling([item("1", "Councillor Swinburn thanked the officers for the report.")]) == []
