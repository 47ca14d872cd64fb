"""The neutral input and output of the minutes checks: plain dataclasses, no database.

Everything in ``moot.quality`` that judges minutes works on ``MinutesItem`` and returns
``Finding``; the adapters in ``moot.quality.adapters`` build the items from a stored meeting or
from a parsed page.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


class Check:
    """The names of the checks, as they appear in findings, JSON and the bench."""

    COPIED = "copied"  # text copied from another item or the previous meeting
    NO_DECISION = "no_decision"  # minutes but no recorded decision where one is needed
    NO_MINUTES = "no_minutes"  # a decision with no minutes
    ACRONYM = "acronym"  # not spelled out at first use in the meeting
    SPELLING = "spelling"  # not a British English word, nor in the body's glossary
    SLIP = "slip"  # a real word in the wrong place: "rather then", "it's" for "its"
    TITLE = "title"  # title differs from the agenda or from the minutes' own text
    FIGURE = "figure"  # a figure differs from the report it quotes
    SPACING = "spacing"  # a missing space: "2023.The", "RepresentativeHarrogate"

    ALL = (COPIED, NO_DECISION, NO_MINUTES, ACRONYM, SPELLING, SLIP, TITLE, FIGURE, SPACING)


@dataclass
class MinutesItem:
    """One item of a meeting's minutes, as the checks see it.

    ``minutes_html`` is sanitised HTML; ``report_text`` is the extracted text of the papers
    the item considered (empty when there are none). ``kind`` is an ``ItemKind`` value.
    """

    reference: str
    title: str
    kind: str = "other"
    minutes_html: str = ""
    decisions: list[str] = field(default_factory=list)
    agenda_title: str = ""
    report_text: str = ""
    restricted: bool = False
    # The page (or this item) was cut short: its last words, and its decision, may be lost.
    truncated: bool = False


@dataclass
class Finding:
    """One thing a clerk should look at before publishing.

    ``text`` is the words found (as written); ``confidence`` runs from 0 to 1 (see
    docs/quality.md for the scale); ``other_reference`` and ``shared`` are set by the copy
    check: the item copied from and the share of this item's words found there.
    """

    check: str
    item_reference: str
    text: str
    message: str
    confidence: float
    other_reference: str | None = None
    shared: float | None = None

    def to_json_dict(self) -> dict:
        data = asdict(self)
        data["confidence"] = round(self.confidence, 2)
        if self.shared is not None:
            data["shared"] = round(self.shared, 3)
        return data
