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
    DATE = "date"  # a date that contradicts the meeting: a next meeting before this one
    NAME = "name"  # a person's name spelled two ways: "Clarke" and "Clark"
    PUNCTUATION = "punctuation"  # an unmatched bracket: "paragraphs 6 and 9)"
    ATTENDANCE = "attendance"  # one person listed as present and among the apologies
    NUMBERING = "numbering"  # a minute number used twice, or skipped: 4576 then 4578

    ALL = (
        COPIED,
        NO_DECISION,
        NO_MINUTES,
        ACRONYM,
        SPELLING,
        SLIP,
        TITLE,
        FIGURE,
        SPACING,
        DATE,
        NAME,
        PUNCTUATION,
        ATTENDANCE,
        NUMBERING,
    )


# Why each kind of finding matters and what the clerk should do: one sentence, shown under the
# message. A check may give a finding its own ``why``; otherwise it takes its kind's.
WHY: dict[str, str] = {
    Check.COPIED: "Text copied from another item often carries the wrong names, dates or "
    "decisions with it: check it belongs to this item, and rewrite or remove what does not.",
    Check.NO_DECISION: "Minutes are the legal record of what was decided: if this item "
    "decided or noted something, record it as a decision; if it did not, say so.",
    Check.NO_MINUTES: "A decision with nothing said about the item leaves readers unable to "
    "see what was considered: add a short summary of the discussion.",
    Check.ACRONYM: "The public may not know the abbreviation: spell it out in full the first "
    "time it appears, or add it to the glossary with what it stands for.",
    Check.SPELLING: "Misspellings in a published record undermine confidence in it: correct "
    "the word, or add it to the glossary if it is a local name or term.",
    Check.SLIP: "A real word in the wrong place passes a spelling check but changes or blurs "
    "the meaning: read the sentence and correct the word.",
    Check.TITLE: "The minutes should name the item as the agenda did, so readers can match "
    "them: make the titles agree or correct whichever is wrong.",
    Check.FIGURE: "A figure that differs from the report it quotes may record the wrong "
    "amount or number: check the report and correct whichever is wrong.",
    Check.SPACING: "A missing or misplaced space usually means a line break or paste went "
    "wrong: put the space where it belongs so the words read and search correctly.",
    Check.DATE: "A wrong date sends readers to the wrong meeting or approves the wrong "
    "record: check the date against the calendar of meetings and correct whichever is wrong.",
    Check.PUNCTUATION: "A mark missing or out of place (a bracket never closed, a "
    "possessive without its apostrophe, a mark typed twice) changes how the sentence reads "
    "or hides what it qualifies: correct the mark as the finding says.",
    Check.ATTENDANCE: "The attendance is the record of who took part in the decisions: a "
    "person cannot be both present and absent. Check who was there and correct the list that "
    "is wrong (a list copied from an earlier meeting, or a late arrival not said).",
    Check.NUMBERING: "Minutes are cited by their numbers (in later minutes, reports and "
    "decisions): a number used twice or skipped sends readers to the wrong minute or makes "
    "them look for one that was never written. Number each minute once, in order; if an item "
    "was withdrawn or taken in private, say so under its number.",
    Check.NAME: "A name misspelt in the record is hard to search for and discourteous: check "
    "the attendance and use one spelling throughout.",
}


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
    # The agenda's own words for the item (sanitised HTML: what the page prints under its
    # title, before the minutes): read for slips of spelling, spacing, wording and brackets,
    # as the decisions are.
    agenda_html: str = ""


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
    # Why it matters and what to do (its kind's sentence unless the check gives its own), and
    # the evidence: labelled values, e.g. ("In the agenda", "3 March 2025").
    why: str = ""
    evidence: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.why:
            self.why = WHY.get(self.check, "")

    def to_json_dict(self) -> dict:
        data = asdict(self)
        data["evidence"] = [{"label": label, "value": value} for label, value in self.evidence]
        data["confidence"] = round(self.confidence, 2)
        if self.shared is not None:
            data["shared"] = round(self.shared, 3)
        return data
