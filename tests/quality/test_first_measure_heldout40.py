"""Rules written on 7 December 2026 after the first measure of `heldout40` (28 pages of new
bodies, kept as addresses and labels only: tests/fixtures/real_minutes/unstored). Made-up
pages in the likeness of what it showed: the slip that must be found, and the text beside it
that must be left alone."""

from tests.quality.minutes import on_page
from tests.quality.minutes import texts_in_item as found

HEADING = "Minutes of the meeting of Longham Parish Council held on 15 July 2021\n\n"
PRESENT = "Present: Cllr A Jones, Cllr B Smith\n\n"


def _acronyms(body: str) -> list[str]:
    return [text for _, text in on_page(HEADING + PRESENT + body, "acronym")]


def test_a_short_word_in_capitals_is_a_word_unless_minutes_use_it_as_letters():
    assert "RULES" not in _acronyms("1. RULES\n\nThe proposed change to the RULES was agreed.\n")
    found_ = _acronyms(
        "1. Bowls\n\nThere was a SOLD sign at the bungalow, which had been empty for a year. The "
        "PACT meeting was noted, as was the grant the club had from the WFGA.\n"
    )
    assert "SOLD" not in found_
    assert {"PACT", "WFGA"} <= set(found_)


def test_letters_known_to_all_and_initials_of_who_moved_a_motion():
    found_ = _acronyms(
        "1. Chair\n\nThe Chair asked for silence in honour of HRH Prince Philip. The grant is "
        "paid by BACS. It was proposed by (KE) and seconded by (TM) that Jon Regan be Chair. "
        "The report from (KCC) was noted.\n"
    )
    assert not {"HRH", "BACS", "KE", "TM"} & set(found_)
    assert "KCC" in found_


def test_the_page_s_last_word_cut_off_is_no_name_missing_its_capital():
    page = (
        HEADING + PRESENT + "1. Reports\n\nThe Clerk reported on climate change.\n\n"
        "2. Planning\n\nD/Cllr A Clear reminded Council of the chang"
    )
    assert on_page(page, "slip") == []
    assert ("slip", "wales") in on_page(page.replace("climate change", "england and wales"))


def test_councilor_is_councillor_misspelt_not_two_words_run_together():
    assert found("spacing", "Councilor vacancy notice expires on 18th December.") == []
    assert found("spelling", "Councilor vacancy notice expires on 18th December.") == ["Councilor"]
    # a word run into "or" is still a lost space
    assert found("spacing", "There were no announcementsor questions.") == ["announcementsor"]


def test_a_path_s_local_name_is_a_word():
    assert found("spelling", "The snicket and the ginnel behind the church need clearing.") == []


def test_a_capital_typed_for_a_word_s_second_letter():
    assert found("spelling", "Approved MInutes of the COuncil meeting.") == ["MInutes", "COuncil"]
    # not a run-in initial, and not letters with a plural
    assert found("spacing", "Approved MInutes of the meeting.") == []
    assert found("spelling", "Two PCs and the MPs were present at the OFsted visit.") == []


def test_a_semicolon_that_opens_a_list_after_are_or_include():
    assert found("punctuation", "Those attending are; Cllr A Hale, Cllr B Orme.") == [
        "attending are;"
    ]
    assert found("punctuation", "The works include; the hall, the green and the pond.") == [
        "include;"
    ]
    assert found("punctuation", "The works are done; the hall is open.") == []


def test_an_office_holder_s_expenses_lack_their_apostrophe():
    assert found("punctuation", "The Clerks Expenses for May were approved.") == ["Clerks Expenses"]
    assert found("punctuation", "The clerks expenses policy of both councils was noted.") == []


def test_a_line_labelled_with_the_date_gives_the_meeting_s_day():
    page = (
        "Approved MInutes for the Steering Group Meeting – 10th September 2020\n\n\n"
        "Date: 10th September 2020Time: 9:30amVenue: Virtual via Zoom\n"
        "Members present: R Hawkes (Chairman) C Floyd & M Wooler.\n"
        "Also present: Parish Clerk – A Benton\n"
        "NP/23/20There were no apologies for absence.\n"
        "NP/24/20There were no declarations of interest.\n"
        "NP/25/20There were no members of the public in attendance\n"
        "RESOLVED: To approve the minutes of the meeting 18th May {year}.\n"
    )
    # the heading's day is this meeting's, not the minutes the agenda names
    assert on_page(page.format(year=2020), "date") == []
    # minutes approved of a day after this meeting
    assert on_page(page.format(year=2021), "date") == [("date", "18th May 2021")]
