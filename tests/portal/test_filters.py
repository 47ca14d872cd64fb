"""Dates, times and sizes read the way council papers write them."""

from datetime import UTC, date, datetime

from moot.portal.templatetags.moot import filesize, longdate, longdatetime, time12
from tests.factories import local


def test_longdate_writes_the_day_the_date_month_and_year():
    assert longdate(date(2025, 5, 14)) == "Wednesday 14 May 2025"
    assert longdate(date(2025, 3, 1)) == "Saturday 1 March 2025"


def test_longdatetime_writes_a_12_hour_clock_with_a_dot():
    assert longdatetime(local(2025, 5, 14, 9, 0)) == "Wednesday 14 May 2025, 9.00am"
    assert longdatetime(local(2025, 5, 14, 18, 30)) == "Wednesday 14 May 2025, 6.30pm"


def test_time12_says_noon_is_pm_and_midnight_is_am():
    assert time12(local(2025, 5, 14, 12, 0)) == "12.00pm"
    assert time12(local(2025, 5, 14, 0, 15)) == "12.15am"
    assert time12(local(2025, 5, 14, 9, 5)) == "9.05am"


def test_times_are_shown_in_london_whatever_zone_they_carry():
    utc = datetime(2025, 5, 14, 8, 0, tzinfo=UTC)  # 9am British Summer Time
    assert longdatetime(utc) == "Wednesday 14 May 2025, 9.00am"
    winter = datetime(2025, 1, 14, 23, 30, tzinfo=UTC)
    assert longdate(winter) == "Tuesday 14 January 2025"
    summer_late = datetime(2025, 6, 30, 23, 30, tzinfo=UTC)  # already 1 July in London
    assert longdate(summer_late) == "Tuesday 1 July 2025"


def test_filesize_is_1024_based_and_whole_like_moderngov():
    assert filesize(100 * 1024) == "100 KB"
    assert filesize(99 * 1024 + 300) == "99 KB"
    assert filesize(1024 * 1024) == "1 MB"
    assert filesize(int(1.6 * 1024 * 1024)) == "2 MB"
    assert filesize(512) == "512 bytes"
    assert filesize(None) == ""


def test_empty_values_print_nothing():
    assert longdate(None) == "" and longdatetime(None) == "" and time12(None) == ""
