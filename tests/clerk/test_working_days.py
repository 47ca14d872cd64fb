"""Clear working days between publishing an agenda and the meeting (s.100B)."""

from datetime import date, timedelta

import pytest

from moot.meetings.workingdays import (
    ENGLAND,
    WALES,
    bank_holiday_name,
    clear_working_days,
    is_working_day,
    latest_publication_date,
    region_for,
    working_days_between,
)


def test_neither_the_day_of_publication_nor_the_day_of_the_meeting_counts():
    # Monday 2 June 2025 to Monday 9 June: Tue, Wed, Thu, Fri and the next Monday is the meeting.
    assert clear_working_days(date(2025, 6, 2), date(2025, 6, 9)) == 4


def test_weekends_do_not_count():
    assert clear_working_days(date(2025, 6, 6), date(2025, 6, 9)) == 0


def test_publishing_on_or_after_the_meeting_day_gives_no_notice():
    assert clear_working_days(date(2025, 6, 9), date(2025, 6, 9)) == 0
    assert clear_working_days(date(2025, 6, 10), date(2025, 6, 9)) == 0


def test_good_friday_and_easter_monday_do_not_count():
    # Easter 2025: Good Friday 18 April, Easter Monday 21 April.
    assert bank_holiday_name(date(2025, 4, 18)) == "Good Friday"
    assert not is_working_day(date(2025, 4, 21))
    # Published Tuesday 15 April for Thursday 24 April: 16, 17, 22, 23 only.
    assert working_days_between(date(2025, 4, 15), date(2025, 4, 24)) == [
        date(2025, 4, 16),
        date(2025, 4, 17),
        date(2025, 4, 22),
        date(2025, 4, 23),
    ]


def test_christmas_boxing_day_and_new_year_do_not_count():
    # Christmas 2026 falls on a Friday: Boxing Day (Saturday) moves to Monday 28 December.
    assert not is_working_day(date(2026, 12, 25))
    assert not is_working_day(date(2026, 12, 28))
    assert not is_working_day(date(2027, 1, 1))
    assert working_days_between(date(2026, 12, 23), date(2027, 1, 5)) == [
        date(2026, 12, 24),
        date(2026, 12, 29),
        date(2026, 12, 30),
        date(2026, 12, 31),
        date(2027, 1, 4),
    ]


def test_the_early_may_bank_holiday_does_not_count():
    # The seed meeting: Wednesday 14 May 2025; Monday 5 May is the early May bank holiday.
    assert bank_holiday_name(date(2025, 5, 5)) == "May Day"
    assert latest_publication_date(date(2025, 5, 14), 5) == date(2025, 5, 6)
    assert clear_working_days(date(2025, 5, 6), date(2025, 5, 14)) == 5
    assert clear_working_days(date(2025, 5, 7), date(2025, 5, 14)) == 4


def test_the_latest_publication_date_gives_exactly_the_notice_required():
    for meeting in (date(2025, 4, 24), date(2026, 1, 6), date(2025, 8, 28)):
        for required in (3, 5):
            deadline = latest_publication_date(meeting, required)
            assert clear_working_days(deadline, meeting) >= required
            assert clear_working_days(deadline + timedelta(days=1), meeting) < required


def test_wales_uses_its_own_calendar_and_other_bodies_use_englands():
    assert region_for("wales") == WALES
    assert region_for("england") == ENGLAND
    assert region_for("other") == ENGLAND
    # St Andrew's Day is a bank holiday in Scotland only.
    assert is_working_day(date(2026, 11, 30), WALES)


def test_negative_notice_is_refused():
    with pytest.raises(ValueError):
        latest_publication_date(date(2025, 5, 14), -1)
