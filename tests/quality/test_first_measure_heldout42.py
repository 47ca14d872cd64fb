"""Rules written on 7 December 2026 after the first measure of `heldout42` (16 pages of new
bodies, kept as addresses and labels only: tests/fixtures/real_minutes/unstored). Made-up
pages in the likeness of what it showed: the slip that must be found, and the text beside it
that must be left alone."""

from datetime import date

from moot.quality.adapters import from_text
from tests.quality.minutes import on_page
from tests.quality.minutes import texts_in_item as found

HEADING = "Minutes of the meeting of Winchbury Parochial Church Council held on 22 May 2017\n\n"


def test_a_person_s_initials_after_their_name_without_brackets():
    page = (
        HEADING + "Present: Julia Hook JAH, Sara Collins SDC (secretary), Revd Dr Janet "
        "Anderson-MacKenzie JAM (Chair), Leonard Coulthard CCC (Environment).\n\n"
        "1. Finance\n\nJAH reported on the accounts.\n"
    )
    acronyms = [text for _, text in on_page(page, "acronym")]
    assert not {"JAH", "SDC", "JAM"} & set(acronyms)
    # a body's letters after a name are not the person's initials
    assert "CCC" in acronyms


def test_a_heading_of_minutes_and_the_day_with_the_month_shortened():
    page = (
        "MINUTES 21st OCT 2024\n\nPresent: Karen Dyson (Chair), Bob Fairhurst\n"
        "MINUTES The minutes of 24th September 2024 were approved and signed by the Chair.\n"
    )
    assert from_text(page, lenient=True).meeting_date == date(2024, 10, 21)
    assert on_page(page, "date") == []


def test_the_plural_of_tenderer_is_a_word():
    assert found("spelling", "Three tenderers replied; the tenderers' prices were read.") == []
