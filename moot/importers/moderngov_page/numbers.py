"""Item numbers as pages print them, and the order they run in.

Serial/year ("77/21", "SSP/4/25"), plain ("70.", "5.1", "3a", "P/142") or roman ("IV.",
"(iv)"); each belongs to a family (same prefix, with or without a year) and has a key that
orders it, so the parser can keep the numbers that move an agenda forward.
"""

from __future__ import annotations

import re
from typing import TypeAlias

# A numbering family (a prefix, or "roman"; whether a year follows the number) and the order
# of a number within it (the main number, then the parts of its sub-number).
Family: TypeAlias = tuple[str, bool]
Key: TypeAlias = tuple[int, tuple[int, ...]]

# An item number, with what may lead it dropped ("Item 4.", "Minute No. 12"): serial/year
# ("77/21", "SSP/4/25"), plain ("70.", "5.1", "3a", "P/142") or roman ("IV.", "(iv)").
_NUM = (
    r"(?:(?:Agenda\s+)?Item\s+|Minute\s+(?:No\.?\s*)?|Min\.?\s+No\.?\s*)?"
    r"(?P<num>(?:(?P<prefix>[A-Z][A-Za-z]{0,5})/)?(?P<main>\d{1,4})"
    r"(?:/(?P<year>\d{1,4}))?(?P<sub>(?:\.\d{1,2})+|[a-z]|\([a-z0-9]{1,3}\)|\.[a-z])?\.?"
    r"|(?P<roman>[IVX]{1,5}|[ivx]{1,5})\.|\((?P<roman_p>[IVX]{1,5}|[ivx]{1,5})\))"
)
NUM_RE = re.compile(r"^" + _NUM + r"$")
NUM_INLINE_RE = re.compile(r"^" + _NUM + r"(?:\s*[-–:)]\s+|\s+)(?P<title>[^\s].*)$")


class Candidate:
    """A line that may start an item: its number, numbering family and order key, and the
    title after it; ``strong`` when the layout says it is an item."""

    __slots__ = ("family", "key", "line_idx", "number", "shape", "strong", "title", "title_idx")

    def __init__(
        self,
        line_idx: int,
        title_idx: int | None,
        number: str,
        family: Family,
        key: Key,
        shape: str,
        title: str,
        strong: bool,
    ) -> None:
        self.line_idx = line_idx
        self.title_idx = title_idx
        self.number = number
        self.family = family
        self.key = key
        self.shape = shape
        self.title = title
        self.strong = strong


_ROMAN = {"i": 1, "v": 5, "x": 10}


def _roman_value(numeral: str) -> int:
    total = 0
    values = [_ROMAN[ch] for ch in numeral.lower()]
    for k, v in enumerate(values):
        total += -v if k + 1 < len(values) and values[k + 1] > v else v
    return total


def number_parts(m: re.Match[str]) -> tuple[Family, Key]:
    roman = m.group("roman") or m.group("roman_p")
    if roman:
        return ("roman", bool(m.group("roman_p"))), (_roman_value(roman), ())
    prefix = m.group("prefix") or ""
    sub = m.group("sub") or ""
    if not sub:
        sub_key: tuple[int, ...] = ()
    elif sub[0] == ".":
        part = sub[1:]
        sub_key = tuple(int(x) if x.isdigit() else ord(x) - 96 for x in part.split("."))
    else:
        inner = sub.strip("()")
        sub_key = (int(inner),) if inner.isdigit() else (ord(inner[0]) - 96,)
    year = m.group("year")
    family = (prefix, bool(year))
    if year and not sub_key:
        # "77/21" and "14/3" alike: the number before the slash, then the one after it, so
        # a meeting's items numbered "14/1", "14/2" … move forward too.
        sub_key = (int(year),)
    return family, (int(m.group("main")), sub_key)


def successors(key: Key) -> set[Key]:
    main, sub = key
    out = {(main + 1, ()), (main, (1,))}
    if sub:
        out.add((main + 1, sub))
        out.add((main, (*sub[:-1], sub[-1] + 1)))
        out.add((main, (*sub, 1)))
    return out
