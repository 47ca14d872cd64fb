"""Rules written on 7 December 2026 after the first measure of `heldout61` (30 pages of new
bodies, kept as addresses and labels only: tests/fixtures/real_minutes/unstored). Made-up
pages in the likeness of what it showed: the slip that must be found, and the text beside it
that must be left alone."""

import os

import django
import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moot.settings")
django.setup()

from bench.real_minutes_bench import meeting_input  # noqa: E402
from moot.meetings.choices import ItemKind  # noqa: E402
from moot.meetings.kinds import infer_kind  # noqa: E402
from moot.quality.numbered import read_numbered  # noqa: E402
from tests.quality.minutes import texts_in_item as found  # noqa: E402

NUMBERED = """The Parish of St. Anne, Newtown

Minutes of the Meeting of the PCC held on 16th September 2019.

Present: Revd. Ann Hale (Chair), Mr. Peter Hinton , Mrs. Liz Tunn.

 2. Minutes of the PCC Meeting held on 17th June 2019.  These were approved by the meeting and signed by the Chair after two changes had been made.

 3. Matters Arising. Betty told the meeting that tomorrow (Sept. 17th) she will be attending a meeting about the new Bishop.

 4. Minutes of the Standing Committee Meeting held on 9th. July 2019. These were approved by the meeting and the next one will be arranged.

5. Vicar's Report. Ann has been encouraged by the number of new people appearing in Church on Sundays this summer.
"""


def test_a_numbered_title_that_ends_as_a_sentence_with_its_minutes_after_it():
    read = read_numbered(NUMBERED)
    assert read is not None
    assert [(i.reference, i.title) for i in read.items] == [
        ("2", "Minutes of the PCC Meeting held on 17th June 2019."),
        ("3", "Matters Arising."),
        ("4", "Minutes of the Standing Committee Meeting held on 9th. July 2019."),
        ("5", "Vicar's Report."),
    ]
    # the minutes keep the whole line as printed
    assert read.items[1].paragraphs[0].startswith("Matters Arising. Betty told")
    # what the page above the first heading says is read too, and the title's date
    texts = [f.text for f in meeting_input(NUMBERED).check()]
    assert "Hinton ," in texts and "9th. July" in texts
    # the body's own letters, named in the heading, need no spelling out
    assert "PCC" not in texts


def test_a_long_numbered_paragraph_with_no_title_is_still_no_heading():
    page = (
        "1. Apologies\nNone.\n\n2. Minutes\nApproved.\n\n"
        "3. It was noted that the hall roof has been repaired by the contractor and that the "
        "cost came within the budget agreed at the last meeting of the council in May.\n"
    )
    read = read_numbered(page)
    assert read is not None
    assert [i.reference for i in read.items] == ["1", "2"]


@pytest.mark.parametrize(
    "title",
    [
        "Approval of minutes from 12th June 2023. 1 change.",
        "Approval of confidential item minutes from 12th June 2023.",
        "To approve the minutes of the meeting held on 3 May",
    ],
)
def test_approving_the_minutes_is_the_minutes_item(title):
    assert infer_kind(title) == ItemKind.MINUTES


def test_approving_a_committee_s_minutes_is_not():
    assert infer_kind("Approval of the minutes of the Finance Committee") == ItemKind.OTHER


def test_a_time_s_worth_of_service_or_time():
    assert found("punctuation", "He gave 20 years service to the club.") == ["20 years service"]
    assert found("punctuation", "A festival in 2 to 3 years time was planned.") == ["3 years time"]
    assert found("punctuation", "Over the last five years time has flown.") == []


def test_wrong_words_and_names():
    assert found("slip", "The prize with be awarded in May.") == ["with be"]
    assert found("slip", "It has to do with being late.") == []
    assert found("punctuation", "Advice came from Citizen's Advice Allerdale.") == [
        "Citizen's Advice"
    ]
    assert found("spelling", "The bar is open for licenced functions.") == ["licenced"]
    assert found("spelling", "A gift was sent to Bernardo's.") == ["Bernardo"]
    # "it's" for "its" stays a wrong word
    assert found("slip", "The hall and it's car park.") == ["and it's"]
    assert found("punctuation", "The hall and it's car park.") == []


def test_a_street_s_name_in_lower_case_where_the_minutes_write_it_capitalised():
    page = (
        "MUSHTON LANE\nMushton Lane is flooded. Cllr Hale had visited Mushton lane with Cllr Ray."
    )
    assert found("slip", page) == ["Mushton lane"]
    assert found("slip", "Cllr Hale had visited Mushton lane with Cllr Ray.") == []


def test_a_semicolon_opening_a_list_after_the_following_or_at_a_line_s_end():
    assert found(
        "punctuation", "The following payments were authorised; Abbey machinery £9 repair."
    ) == ["The following payments were authorised;"]
    assert found("punctuation", "Councillor MacLaren reported that;\nWalls need repair.") == [
        "that;"
    ]
    assert found("punctuation", "He said that; as agreed, it would go ahead.") == []


def test_letters_and_abbreviations_known():
    assert found("acronym", "New UPVC windows were bought.") == []
    assert found("spelling", "The council depts were told.") == []
