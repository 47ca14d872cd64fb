"""What the page parser yields: plain dataclasses, no database.

``ParsedPage.to_json_dict`` is the JSON that ``moot parse-page FILE --json`` prints; its shape
is documented in ``docs/parse-page.md`` and pinned by the tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


class PageParseError(ValueError):
    """The text is not a published meeting page.

    ``line`` is the 1-based line where the parser gave up (``None`` when the input is empty),
    ``expected`` says what it looked for there, ``reason`` why the page was refused ("no items
    found", or items that read as paragraphs on a page naming no committee or date).
    """

    def __init__(
        self, message: str, *, line: int | None = None, expected: str = "", reason: str = ""
    ) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.expected = expected
        self.reason = reason


@dataclass
class ParsedDocument:
    title: str
    format: str = "PDF"
    size_bytes: int | None = None
    restricted: bool = False
    url: str = ""

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "format": self.format,
            "size_bytes": self.size_bytes,
            "restricted": self.restricted,
            "url": self.url,
        }


@dataclass
class ParsedContact:
    name: str = ""
    role: str = ""
    phone: str = ""
    email: str = ""
    raw: str = ""
    # Further people named on the contact line ("A. Smith or B. Jones"); ``name`` is the first.
    others: list[str] = field(default_factory=list)

    def to_json_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "phone": self.phone, "email": self.email}


@dataclass
class ParsedItem:
    position: int
    number: str
    title: str
    documents: list[ParsedDocument] = field(default_factory=list)
    agenda_text: str = ""
    minutes: str = ""
    decision_text: str = ""
    decisions: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    restricted: bool = False
    restricted_reason: str = ""
    line: int | None = None
    # The page ends inside this item: its last word may be cut ("resid"), so its text is not
    # whole and its last word is no word to check.
    truncated: bool = False

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "position": self.position,
            "number": self.number,
            "title": self.title,
            "documents": [d.to_json_dict() for d in self.documents],
            "agenda_text": self.agenda_text,
            "minutes": self.minutes,
            "decision_text": self.decision_text,
            "decisions": list(self.decisions),
            "actions": list(self.actions),
            "restricted": self.restricted,
            "restricted_reason": self.restricted_reason,
            "truncated": self.truncated,
        }


@dataclass
class ParsedPage:
    title: str
    # "" when the page does not say which committee met.
    committee: str
    # ``None`` when the page does not say when the meeting was.
    start: datetime | None
    venue: str = ""
    contact: ParsedContact | None = None
    note: str = ""
    documents: list[ParsedDocument] = field(default_factory=list)
    items: list[ParsedItem] = field(default_factory=list)
    cancelled: bool = False
    # Marked "POSTPONED" (or "MOVED", "rescheduled"): the meeting did not take place that day.
    postponed: bool = False
    # The page was cut short; its last item is marked ``truncated`` too.
    truncated: bool = False
    # False when the page printed a date but no time (``start`` is then at 00:00), or no date.
    time_printed: bool = True
    link: str = ""
    source_name: str = ""

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "committee": self.committee,
            "start": self.start.isoformat() if self.start else None,
            "time_printed": self.time_printed,
            "venue": self.venue,
            "contact": self.contact.to_json_dict() if self.contact else None,
            "note": self.note,
            "link": self.link,
            "cancelled": self.cancelled,
            "postponed": self.postponed,
            "truncated": self.truncated,
            "documents": [d.to_json_dict() for d in self.documents],
            "items": [i.to_json_dict() for i in self.items],
        }
