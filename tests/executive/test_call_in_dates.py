"""The dates of call-in and of the reminder to publish, counted in clear working days over
weekends and England's bank holidays (Christmas 2026: Friday 25 December, Boxing Day on
Saturday 26 December with its substitute on Monday 28 December)."""

from __future__ import annotations

from datetime import date

from moot.executive.notice_services import (
    call_in_deadline,
    implementable_on,
    publication_overdue,
)
from moot.meetings.workingdays import ENGLAND, WALES


def test_it_ends_the_call_in_period_five_working_days_after_an_ordinary_publication():
    # Published Monday 2 November 2026: Tuesday to Friday, then Monday 9 November.
    assert call_in_deadline(date(2026, 11, 2), 5, ENGLAND) == date(2026, 11, 9)
    assert implementable_on(date(2026, 11, 2), 5, ENGLAND) == date(2026, 11, 10)


def test_it_lets_a_decision_published_on_thursday_17_december_2026_be_implemented_on_the_29th():
    # Friday 18, Monday 21, Tuesday 22, Wednesday 23, Thursday 24: the last day to call in;
    # Christmas Day, the weekend and the Boxing Day substitute are not working days.
    assert call_in_deadline(date(2026, 12, 17), 5, ENGLAND) == date(2026, 12, 24)
    assert implementable_on(date(2026, 12, 17), 5, ENGLAND) == date(2026, 12, 29)


def test_it_counts_across_christmas_when_the_period_spans_it():
    # Published Monday 21 December: 22, 23, 24, then 29 and 30 December.
    assert call_in_deadline(date(2026, 12, 21), 5, ENGLAND) == date(2026, 12, 30)
    assert implementable_on(date(2026, 12, 21), 5, ENGLAND) == date(2026, 12, 31)


def test_it_uses_the_number_of_days_the_body_sets():
    assert call_in_deadline(date(2026, 12, 17), 3, ENGLAND) == date(2026, 12, 22)
    assert call_in_deadline(date(2026, 12, 17), 10, ENGLAND) == date(2027, 1, 5)


def test_it_skips_a_bank_holiday_of_wales_too():
    # Published Thursday 31 December 2026; New Year's Day is a holiday in both.
    assert call_in_deadline(date(2026, 12, 31), 1, WALES) == date(2027, 1, 4)


def test_it_reminds_the_clerk_once_two_working_days_have_passed_unpublished():
    taken = date(2026, 12, 23)  # Wednesday: 24 December, then 29 December
    assert not publication_overdue(taken, date(2026, 12, 24), ENGLAND)
    assert not publication_overdue(taken, date(2026, 12, 29), ENGLAND)
    assert publication_overdue(taken, date(2026, 12, 30), ENGLAND)
