"""Clear working days (Local Government Act 1972 s.100B): the notice an agenda must give.

A clear working day is a weekday that is not a bank holiday, counted strictly between the day
of publication and the day of the meeting: neither of those two days counts. Bank holidays are
those of England or of Wales (the ``holidays`` package, ``UK`` with subdivision ``ENG`` or
``WLS``), which differ from Scotland's and Northern Ireland's. Pure functions, no database.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays

from .choices import Jurisdiction

ENGLAND = "ENG"
WALES = "WLS"


def region_for(jurisdiction: str) -> str:
    """The bank-holiday calendar of a body's jurisdiction (England's for bodies outside Part VA)."""
    return WALES if jurisdiction == Jurisdiction.WALES else ENGLAND


@lru_cache(maxsize=64)
def _bank_holidays(year: int, region: str) -> frozenset[date]:
    return frozenset(holidays.UK(subdiv=region, years=year).keys())


def bank_holiday_name(day: date, region: str = ENGLAND) -> str:
    """The bank holiday's name ("Easter Monday"), or "" on an ordinary day."""
    return holidays.UK(subdiv=region, years=day.year).get(day, "") or ""


def is_working_day(day: date, region: str = ENGLAND) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(day.year, region)


def clear_working_days(published: date, meeting: date, region: str = ENGLAND) -> int:
    """Working days strictly between ``published`` and ``meeting`` (0 if none or if late)."""
    count = 0
    day = published + timedelta(days=1)
    while day < meeting:
        count += is_working_day(day, region)
        day += timedelta(days=1)
    return count


def working_days_between(published: date, meeting: date, region: str = ENGLAND) -> list[date]:
    """The clear working days themselves, in order (what a warning names)."""
    days = []
    day = published + timedelta(days=1)
    while day < meeting:
        if is_working_day(day, region):
            days.append(day)
        day += timedelta(days=1)
    return days


def latest_publication_date(meeting: date, required: int, region: str = ENGLAND) -> date:
    """The last day an agenda can be published and still give ``required`` clear working days.

    Walks back from the day before the meeting over ``required`` working days; the day before
    the earliest of them is the deadline (itself any day: publishing on a Sunday is allowed).
    """
    if required < 0:
        raise ValueError("required notice cannot be negative")
    day = meeting
    found = 0
    while found < required:
        day -= timedelta(days=1)
        found += is_working_day(day, region)
    return day - timedelta(days=1)
