"""Item references, ``PREFIX/n/yy``, numbered per municipal year. Pure functions: no database.

The rule (docs/architecture.md, "References"): n counts items across all meetings of a
committee in a municipal year; yy is the last two digits of the calendar year the municipal
year starts in. The year starts at the body's annual meeting that year, or, where that date is
not known, on the first day of the start month (May by default). A meeting on 7 May held
before that year's annual meeting still belongs to the old year.

Numbers are given out in publication order, never reused and never changed: an item added to
an earlier meeting after a later agenda is out takes the next free number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

REFERENCE_RE = re.compile(
    r"^(?:(?P<prefix>[A-Za-z][A-Za-z&.\- ]*?)\s*/\s*)?(?P<n>\d{1,5})\s*/\s*(?P<yy>\d{2})$"
)


def municipal_year(day: date, annual_meetings: Iterable[date] = (), start_month: int = 5) -> int:
    """The calendar year in which the municipal year holding ``day`` started.

    ``annual_meetings`` are the dates of the body's annual meetings (any years, any order);
    only the one in ``day``'s calendar year matters. The annual meeting itself opens the new
    year. Without one that year, the year turns on the first of ``start_month``.
    """
    if not 1 <= start_month <= 12:
        raise ValueError(f"start month must be 1–12, not {start_month}")
    boundary = next((d for d in annual_meetings if d.year == day.year), None)
    if boundary is None:
        boundary = date(day.year, start_month, 1)
    return day.year if day >= boundary else day.year - 1


def format_reference(prefix: str, number: int, year: int) -> str:
    """``format_reference("SSP", 4, 2025) == "SSP/4/25"``; no prefix gives ``"4/25"``."""
    if number < 1:
        raise ValueError(f"reference numbers start at 1, not {number}")
    tail = f"{number}/{year % 100:02d}"
    return f"{prefix}/{tail}" if prefix else tail


@dataclass(frozen=True)
class ParsedReference:
    prefix: str
    number: int
    year_suffix: int

    def year(self, near: int) -> int:
        """The four-digit year nearest ``near`` whose last two digits are the suffix."""
        century = near - near % 100
        candidates = (
            century - 100 + self.year_suffix,
            century + self.year_suffix,
            century + 100 + self.year_suffix,
        )
        return min(candidates, key=lambda y: abs(y - near))


def parse_reference(text: str) -> ParsedReference | None:
    """Read ``SSP/4/25`` or ``77/21``; anything else (``70.``, ``3a``) gives None."""
    match = REFERENCE_RE.match(text.strip())
    if not match:
        return None
    return ParsedReference(
        prefix=(match.group("prefix") or "").strip(),
        number=int(match.group("n")),
        year_suffix=int(match.group("yy")),
    )


def allocate(last_used: int, count: int) -> list[int]:
    """The next ``count`` numbers after ``last_used``: the numbers a publication takes."""
    if last_used < 0 or count < 0:
        raise ValueError("last_used and count must not be negative")
    return list(range(last_used + 1, last_used + 1 + count))


@dataclass(frozen=True)
class Numbering:
    """What a publication gives: ``numbers[i]`` for ``unnumbered[i]``, and the new counter."""

    numbers: dict[int, int]
    last_used: int


def number_items(
    positions: Sequence[int], already_numbered: Iterable[int], last_used: int
) -> Numbering:
    """Number the items at ``positions`` (agenda order) that have no number yet.

    ``already_numbered`` are positions that keep the number they have. The result maps each
    newly numbered position to its number; the counter only goes up.
    """
    keep = set(already_numbered)
    fresh = [p for p in sorted(positions) if p not in keep]
    numbers = allocate(last_used, len(fresh))
    return Numbering(
        numbers=dict(zip(fresh, numbers, strict=True)), last_used=last_used + len(fresh)
    )
