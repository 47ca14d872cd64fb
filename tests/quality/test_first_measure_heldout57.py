"""Rules written on 7 December 2026 after the first measure of `heldout57` (31 pages of new
bodies, kept as addresses and labels only: tests/fixtures/real_minutes/unstored). Made-up
pages in the likeness of what it showed: the slip that must be found, and the text beside it
that must be left alone."""

from tests.quality.minutes import on_page
from tests.quality.minutes import texts_in_item as found


def test_a_motion_s_words_written_short_are_abbreviations():
    assert found("punctuation", "Minutes approved (prop., Cllr Lee; sec., Cllr Hall).") == []
    assert found("punctuation", "The meeting closed at 4.35pm., when members left.") == ["4.35pm.,"]


def test_a_councillor_s_report_in_prose_but_not_a_heading_in_capitals():
    assert found("punctuation", "Noted under District Councillors report.") == [
        "District Councillors report"
    ]
    assert found("punctuation", "COUNTY COUNCILLORS UPDATE (10 minutes)") == []
    assert (
        found("punctuation", "County Councillors Report", "Cllr Peck said the road is open.") == []
    )


def test_an_aside_opened_in_the_title_and_closed_under_it():
    page = (
        "Patterdale Trust AGM\n\nMeeting 2 December 2019 at the Village Hall\n\n"
        "1. Welcome by the chair. 40 attendees (with 4 registered directors: M Teasdale, "
        "R Shephard, E Allen, J Cooke)\n\n"
        "2. Accounts\nThe accounts were approved.\n"
    )
    assert on_page(page, "punctuation") == []


def test_a_heading_minutes_and_a_weekday_names_this_meeting():
    page = (
        "Rotary Club Council Meeting Minutes Monday 13th January 2020\n\n"
        "Present: Matt Cass, Angela Hill, John Sargent\n\n"
        "The minutes of the 11th November 2019 meeting were approved and signed by the "
        "President. There was no meeting in December.\n\n"
        "Treasurer\nThe accounts were noted.\n"
    )
    assert on_page(page, "date") == []


def test_a_label_then_a_sentence_that_opens_with_its_words():
    assert (
        found("slip", "4. Approve the minutes: the minutes of the meeting of 5th July were signed.")
        == []
    )
    assert found("slip", "It was chaired by Chaired by Cllr Hall.") == ["chaired by Chaired by"]


def test_slips_of_a_word_or_a_number():
    assert found("slip", "Present: 1 Members of the Public.") == ["1 Members of the Public"]
    assert found("slip", "Cllrs noted that there been reports of speeding.") == ["there been"]
    assert found("slip", "Has there been any progress on the bench?") == []
    assert found("slip", "Our last AGM was held ion the 2nd of December.") == ["ion the"]
    assert found("slip", "Thanks to Mrs Dubery with regards their efforts.") == [
        "with regards their"
    ]
    assert found("slip", "There were no Disposable Pecuniary Interests.") == [
        "Disposable Pecuniary"
    ]
    assert found("slip", "We reflect on the passing of Queen Elizabeth 11.") == [
        "Queen Elizabeth 11"
    ]
    # right as written
    assert (
        found(
            "slip",
            "One member of the public spoke. There have been reports. The ion exchange was "
            "noted; kind regards to all. Disposable cups were banned. Queen Elizabeth II.",
        )
        == []
    )


def test_a_word_run_into_a_time():
    assert found("spacing", "A period for public comments/questions7.20pm was held.") == [
        "questions7.20pm"
    ]
    assert found("spacing", "Questions at 7.20pm were taken.") == []


def test_a_bare_verb_cut_off_at_a_line_s_end():
    assert found("slip", "A deadline of the 17th June was give", "2 Apologies: none.") == []
    assert found("slip", "A deadline of the 17th June was give to the contractor.") == ["was give"]
