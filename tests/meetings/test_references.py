from datetime import date

import pytest

from moot.meetings.references import (
    allocate,
    format_reference,
    municipal_year,
    number_items,
    parse_reference,
)


def test_a_meeting_after_the_annual_meeting_starts_the_new_year():
    assert municipal_year(date(2025, 5, 14), [date(2025, 5, 13)]) == 2025


def test_a_meeting_on_7_may_before_the_annual_meeting_belongs_to_the_old_year():
    assert municipal_year(date(2025, 5, 7), [date(2025, 5, 21)]) == 2024


def test_the_annual_meeting_itself_opens_the_new_year():
    assert municipal_year(date(2025, 5, 21), [date(2025, 5, 21)]) == 2025


def test_annual_meetings_of_other_years_do_not_move_this_years_boundary():
    annual = [date(2024, 5, 22), date(2026, 5, 20)]
    assert municipal_year(date(2025, 5, 2), annual) == 2025  # falls back to 1 May
    assert municipal_year(date(2025, 4, 30), annual) == 2024


def test_without_an_annual_meeting_the_year_turns_on_the_start_month():
    assert municipal_year(date(2025, 4, 30)) == 2024
    assert municipal_year(date(2025, 5, 1)) == 2025
    assert municipal_year(date(2025, 3, 31), start_month=4) == 2024
    assert municipal_year(date(2025, 4, 1), start_month=4) == 2025
    assert municipal_year(date(2026, 1, 15), start_month=1) == 2026


def test_a_bad_start_month_is_refused():
    with pytest.raises(ValueError, match="start month"):
        municipal_year(date(2025, 1, 1), start_month=13)


def test_references_are_prefix_number_and_two_digit_year():
    assert format_reference("SSP", 4, 2025) == "SSP/4/25"
    assert format_reference("", 77, 2021) == "77/21"
    assert format_reference("SSP", 1, 2009) == "SSP/1/09"
    with pytest.raises(ValueError):
        format_reference("SSP", 0, 2025)


def test_printed_references_are_read_back():
    ref = parse_reference("SSP/4/25")
    assert (ref.prefix, ref.number, ref.year_suffix) == ("SSP", 4, 25)
    assert ref.year(near=2025) == 2025
    assert parse_reference("77/21").number == 77
    assert parse_reference("P/142") is None
    assert parse_reference("70.") is None
    assert parse_reference("3a") is None


def test_two_digit_years_resolve_to_the_nearest_century():
    assert parse_reference("SSP/1/99").year(near=2001) == 1999
    assert parse_reference("SSP/1/01").year(near=1999) == 2001


def test_several_meetings_a_year_continue_the_count():
    first = number_items([1, 2, 3], [], last_used=0)
    assert first.numbers == {1: 1, 2: 2, 3: 3}
    second = number_items([1, 2], [], last_used=first.last_used)
    assert second.numbers == {1: 4, 2: 5}
    assert second.last_used == 5


def test_an_item_added_to_an_earlier_meeting_after_a_later_agenda_takes_the_next_free_number():
    # Meeting A published items 1-3, meeting B items 4-5; then a supplement to A adds position 4.
    supplement = number_items([1, 2, 3, 4], already_numbered=[1, 2, 3], last_used=5)
    assert supplement.numbers == {4: 6}
    assert supplement.last_used == 6


def test_numbers_are_never_reused():
    assert allocate(5, 2) == [6, 7]
    assert allocate(0, 0) == []
    with pytest.raises(ValueError):
        allocate(-1, 1)
