"""The minutes checks as the clerk sees them: findings grouped by item, each with how sure
the check is in words (the scale of docs/quality.md)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from moot.quality.adapters import from_meeting
from moot.quality.core import as_read
from moot.quality.dismissals import (
    active_for,
    counts_by_check,
    fingerprint,
    fingerprints,
    item_text,
)
from moot.quality.findings import Finding
from moot.quality.models import Dismissal

log = logging.getLogger(__name__)

CHECK_NAMES = {
    "copied": "Copied text",
    "no_decision": "No decision",
    "no_minutes": "No minutes",
    "acronym": "Acronym",
    "spelling": "Spelling",
    "slip": "Word slip",
    "title": "Title",
    "figure": "Figure",
    "spacing": "Spacing",
    "date": "Date",
    "name": "Name",
    "punctuation": "Punctuation",
    "attendance": "Attendance",
    "numbering": "Numbering",
}


def how_sure(confidence: float) -> str:
    if confidence >= 0.9:
        return "Almost certain"
    if confidence >= 0.8:
        return "Very likely"
    if confidence >= 0.65:
        return "Worth a look"
    return "A hint"


@dataclass
class Shown:
    """One finding as the screen shows it."""

    check: str
    name: str
    text: str
    message: str
    confidence: float
    sure: str
    percent: int
    why: str = ""
    evidence: list[tuple[str, str]] = field(default_factory=list)
    item_reference: str = ""
    fingerprint: str = ""
    dismissal: Dismissal | None = None


@dataclass
class Checked:
    """The findings of a meeting, by item key (reference, or position when unnumbered)."""

    by_item: dict[str, list[Shown]] = field(default_factory=dict)
    dismissed_by_item: dict[str, list[Shown]] = field(default_factory=dict)
    failed: bool = False

    @property
    def count(self) -> int:
        return sum(len(found) for found in self.by_item.values())

    @property
    def dismissed_count(self) -> int:
        return sum(len(found) for found in self.dismissed_by_item.values())

    def for_item(self, item) -> list[Shown]:
        return self.by_item.get(item.reference or str(item.position), [])

    def dismissed_for_item(self, item) -> list[Shown]:
        """The item's findings a clerk dismissed (each with its ``dismissal``)."""
        return self.dismissed_by_item.get(item.reference or str(item.position), [])


def _shown(finding: Finding, text: str = "") -> Shown:
    return Shown(
        check=finding.check,
        name=CHECK_NAMES.get(finding.check, finding.check),
        text=finding.text,
        message=finding.message,
        confidence=finding.confidence,
        sure=how_sure(finding.confidence),
        percent=round(finding.confidence * 100),
        why=finding.why,
        evidence=list(finding.evidence),
        item_reference=finding.item_reference,
        fingerprint=fingerprint(finding, text),
    )


def check_minutes(meeting) -> Checked:
    """Run the minutes checks on ``meeting``. A handful of queries (see docs/quality.md); the
    dictionary loads on the first call in a process. A check that fails is advice lost, not
    an error for the clerk: it is logged and the screen says the checks could not run."""
    try:
        inputs = from_meeting(meeting)
        # What the checks read of each item: its minutes, decisions and agenda text.
        texts = {i.reference: item_text(i.title, as_read(i).minutes_html) for i in inputs.items}
        findings = inputs.check()
    except Exception:
        log.exception("Minutes checks failed for meeting %s", meeting.pk)
        return Checked(failed=True)
    checked = Checked()
    dismissed = active_for(meeting)
    for finding in sorted(findings, key=lambda f: -f.confidence):
        text = texts.get(finding.item_reference, "")
        shown = _shown(finding, text)
        # (a dismissal made while the finding was filed under an earlier kind still holds)
        shown.dismissal = next(
            (dismissed[p] for p in fingerprints(finding, text) if p in dismissed), None
        )
        into = checked.by_item if shown.dismissal is None else checked.dismissed_by_item
        into.setdefault(finding.item_reference, []).append(shown)
    return checked


def dismissed_counts(body) -> list[tuple[str, int, int]]:
    """(name of the check, dismissed, of which restored) in ``body``'s minutes, most dismissed
    first: which checks the clerks ignore (one query)."""
    return [(CHECK_NAMES.get(c, c), n, r) for c, n, r in counts_by_check(body)]
