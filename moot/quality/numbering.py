"""Minute numbers that repeat or skip: "14/16" given to two items in a row, or minutes
numbered 4576 then 4578 with no 4577 between.

Only the items whose references share the meeting's usual form are read ("4576", "SSP/4/25",
"Cou/286/07-08"; not a sub-item's "78.1" beside "78", nor a "Preamble"); of their numbers, the
one that changes from item to item is the minute's count (the year beside it stays). A count
written twice in a row for two items of different titles is a repeat; a count that goes up by
two is a number skipped (in a count that runs on from meeting to meeting, or is written with
its year), unless the skipped reference is written in the minutes before it (a
heading the page's reader did not take for one). Counts that go down or leap further are a new
run (the minutes after an agenda, a second meeting), not a slip.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from .findings import Check, Finding, MinutesItem
from .text import plain

# A run shorter than this says too little of how the minutes are numbered.
_FEWEST = 4
# A count this high runs on from meeting to meeting ("3807"), numbered by the clerk; a small
# one ("2.", "4.") is often the agenda's, where an item withdrawn or taken in private leaves a
# gap on the published page. Only a count that runs on, or one with its year ("14/16"), is
# held to have skipped.
_RUNNING = 100
_PARTS = re.compile(r"\d+|\D+")


def _shape(reference: str) -> tuple[str, ...]:
    return tuple("#" if part.isdigit() else part.lower() for part in _PARTS.findall(reference))


def _numbers(reference: str) -> list[int]:
    return [int(part) for part in re.findall(r"\d+", reference)]


def _with(reference: str, position: int, value: int) -> str:
    """``reference`` with its ``position``th number written as ``value``, as wide as it was
    ("4577", "044")."""
    parts = _PARTS.findall(reference)
    seen = -1
    for n, part in enumerate(parts):
        if part.isdigit():
            seen += 1
            if seen == position:
                parts[n] = str(value).zfill(len(part))
    return "".join(parts)


def check_numbering(items: Sequence[MinutesItem]) -> list[Finding]:
    numbered = [i for i in items if re.search(r"\d", i.reference)]
    if len(numbered) < _FEWEST:
        return []
    usual, count = Counter(_shape(i.reference) for i in numbered).most_common(1)[0]
    run = [i for i in numbered if _shape(i.reference) == usual]
    if count < _FEWEST:
        return []
    columns = list(zip(*(_numbers(i.reference) for i in run), strict=True))
    changing = [n for n, column in enumerate(columns) if len(set(column)) > 1]
    if len(changing) != 1:
        return []  # no count, or more than one number changing: not one run of minutes
    position = changing[0]
    out: list[Finding] = []
    repeated = False
    for before, after in pairwise(run):
        was, now = _numbers(before.reference)[position], _numbers(after.reference)[position]
        # after a number used twice, the count catching up ("14/16", "14/16", "16/16") is the
        # same slip
        caught_up, repeated = repeated, False
        if now == was and _title(before) != _title(after):
            repeated = True
            out.append(
                _finding(
                    after,
                    f"Minute {after.reference} is numbered as the minute before it: one of the "
                    "two needs the next number.",
                    0.8,
                    [
                        (f"Minute {before.reference}", _title(before)),
                        (f"Minute {after.reference}", _title(after)),
                    ],
                )
            )
        elif now == was + 2 and (was >= _RUNNING or len(columns) > 1) and not caught_up:
            missing = _with(before.reference, position, was + 1)
            written = f"{before.title}\n{plain(before.minutes_html)}\n{' '.join(before.decisions)}"
            # (run into the next word or not: "2680/16IN ATTENDANCE")
            if re.search(rf"(?<![\d/.]){re.escape(missing)}(?![\d/])", written):
                continue  # a heading the page's reader ran into the minute before
            out.append(
                _finding(
                    after,
                    f"The minutes go from {before.reference} to {after.reference}: no minute is "
                    f"numbered {missing}.",
                    0.6,
                    [
                        ("Minute before", before.reference),
                        ("Missing", missing),
                        ("Minute after", after.reference),
                    ],
                )
            )
    return out


def _finding(
    item: MinutesItem, message: str, confidence: float, evidence: list[tuple[str, str]]
) -> Finding:
    return Finding(
        check=Check.NUMBERING,
        item_reference=item.reference,
        text=item.reference,
        message=message,
        confidence=confidence,
        evidence=evidence,
    )


def _title(item: MinutesItem) -> str:
    return " ".join(item.title.split())
