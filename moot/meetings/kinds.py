"""Guessing an item's kind from its title, for items that arrive without one (imports)."""

from __future__ import annotations

import re

from .choices import ItemKind

_RULES: list[tuple[re.Pattern[str], ItemKind]] = [
    (
        re.compile(r"\b(evacuation|fire (alarm|safety)|housekeeping|emergency procedure)", re.I),
        ItemKind.EVACUATION,
    ),
    (re.compile(r"\b(apologies|substitut)", re.I), ItemKind.APOLOGIES),
    (
        re.compile(r"\b(declarations?|disclosures?) of (interest|pecuniary)", re.I),
        ItemKind.DECLARATIONS,
    ),
    (
        re.compile(
            r"^\s*(?:(?:approval|confirmation|adoption|signing)\s+of\s+|to\s+(?:approve|confirm|sign)\s+)?"
            r"(the\s+)?(draft\s+|previous\s+|confidential\s+(item\s+)?)?minutes\b"
            r"(?!.*\b(of|from)\b.*\b(board|group|panel|partnership|committee)s?\s*$)",
            re.I,
        ),
        ItemKind.MINUTES,
    ),
    (re.compile(r"\bmatters arising|action (log|tracker|sheet)", re.I), ItemKind.MATTERS_ARISING),
    (re.compile(r"exclusion of (the )?(press|public)|press and public", re.I), ItemKind.EXCLUSION),
    (re.compile(r"\bany other (urgent )?business\b|^\s*AOB\b", re.I), ItemKind.AOB),
    (
        re.compile(r"\bdate (and time )?of (the )?next meeting|future meeting dates", re.I),
        ItemKind.NEXT_MEETING,
    ),
    (re.compile(r"\burgent (item|business)", re.I), ItemKind.URGENT),
    (re.compile(r"\bverbal\b", re.I), ItemKind.VERBAL),
]


def infer_kind(title: str) -> ItemKind:
    """The kind a title most likely names; ``OTHER`` when nothing matches."""
    for pattern, kind in _RULES:
        if pattern.search(title):
            return kind
    return ItemKind.OTHER
