"""Helpers the clerk's write services share: applying field changes and refusing bad input."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from django.db import models
from django.utils import timezone

from moot.meetings.models import Committee, Meeting
from moot.meetings.references import municipal_year

from .history import plain

ORIGIN = "clerk"


class ServiceError(ValueError):
    """A change the rules refuse; the message is written for the clerk."""


class Stale(ServiceError):
    """Someone saved the same thing since this form was opened; nothing was saved. ``what``
    names it as the clerk sees it ("This item", "These minutes"), ``was`` agrees with it."""

    def __init__(self, obj: object, *, what: str, was: str, them: str, who: str = ""):
        by = f" by {who}" if who else ""
        super().__init__(
            f"{what} {was} changed{by} since you opened {them}, so your text was not saved. "
            f"The current {what.split(' ', 1)[1]} {'are' if was == 'were' else 'is'} shown; "
            f"your text is kept below {them}: merge the two and save again."
        )
        self.obj = obj


def apply(obj: models.Model, data: Mapping[str, object]) -> dict[str, object]:
    """Set ``data`` on ``obj`` (not saved) and return ``{field: [old, new]}`` of real changes."""
    changes: dict[str, object] = {}
    for name, value in data.items():
        old = getattr(obj, name)
        if plain(old) != plain(value):
            changes[name] = [plain(old), plain(value)]
            setattr(obj, name, value)
    return changes


def meeting_date(meeting: Meeting) -> date:
    return timezone.localdate(meeting.start)


def year_of(committee: Committee, day: date) -> int:
    """The municipal year (its starting calendar year) ``day`` falls in for ``committee``.
    One query (the body's annual meetings)."""
    annual = committee.body.annual_meetings.values_list("date", flat=True)
    return municipal_year(day, list(annual), committee.start_month)


def year_start(committee: Committee, year: int) -> date:
    """The first day of municipal year ``year``: the annual meeting, else the start month."""
    annual = committee.body.annual_meetings.filter(date__year=year).values_list("date", flat=True)
    return next(iter(annual), None) or date(year, committee.start_month, 1)


def public_date(day: date) -> str:
    """ "Wednesday 14 May 2025", as the papers write it."""
    return f"{day:%A} {day.day} {day:%B} {day.year}"
