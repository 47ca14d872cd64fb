"""Precision and recall of the minutes checks on the labelled set in tests/quality/labelled.

Each file there holds one invented meeting (or several, under ``"meetings"``): its items, the previous meeting's items, the body's
glossary, the archive's acronym expansions, and the slips a clerk should be told about
(``expected``). A finding counts as found when its check and item match a label and one text
contains the other (or they share the slipped word); a finding that matches no label is a false alarm. Items without labels
are the clean items the checks must leave alone.

Run with ``make bench`` (all benches) or ``python -m bench.quality_bench``.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

LABELLED = Path(__file__).resolve().parent.parent / "tests" / "quality" / "labelled"


@dataclass
class Score:
    found: int = 0  # labels matched by a finding
    labels: int = 0
    true_findings: int = 0
    findings: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.true_findings / self.findings if self.findings else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.labels if self.labels else 1.0


def load(path: Path):
    """``(items, previous_items, glossary, archive_expansions, expected)`` of a file holding
    one meeting."""
    return _meeting(json.loads(path.read_text(encoding="utf-8")))


def meetings(path: Path):
    """``(name, (items, previous_items, glossary, archive_expansions, expected))`` for each
    meeting of a file: one meeting, or several under ``"meetings"``."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if "meetings" not in data:
        yield path.stem, _meeting(data)
        return
    for n, meeting in enumerate(data["meetings"], 1):
        yield f"{path.stem}#{n}", _meeting(meeting)


def _meeting(data: dict):
    from moot.meetings.html import paragraphs_to_html
    from moot.quality.findings import MinutesItem

    def item(row: dict) -> MinutesItem:
        return MinutesItem(
            reference=row["reference"],
            title=row["title"],
            kind=row.get("kind", "other"),
            minutes_html=paragraphs_to_html(row.get("minutes", [])),
            decisions=list(row.get("decisions", [])),
            agenda_title=row.get("agenda_title", ""),
            report_text=row.get("report_text", ""),
            restricted=row.get("restricted", False),
        )

    return (
        [item(r) for r in data["items"]],
        [item(r) for r in data.get("previous_items", [])],
        data.get("glossary", []),
        data.get("archive_expansions", {}),
        data["expected"],
    )


def matches(finding, label: dict) -> bool:
    if finding.check != label["check"] or finding.item_reference != label["item"]:
        return False
    if "other" in label and finding.other_reference != label["other"]:
        return False
    text = label.get("text")
    if text is None:
        return True
    a, b = finding.text.lower(), text.lower()
    if a in b or b in a:
        return True
    # "for it's" found for the label "it's work": the same slip seen with other neighbours
    key = {w for w in a.split() if len(w) > 2} & {w for w in b.split() if len(w) > 2}
    return bool(key - {"the", "and", "for"})


def evaluate(paths=None) -> tuple[dict[str, Score], Score, dict]:
    """Scores per check and overall, and counts of the set (meetings, items, clean, slips)."""
    from moot.quality.core import check_meeting
    from moot.quality.findings import Check

    per_check = {check: Score() for check in Check.ALL}
    overall = Score()
    counts = {"meetings": 0, "items": 0, "clean_items": 0, "slips": 0}
    everything = [m for path in sorted(paths or LABELLED.glob("*.json")) for m in meetings(path)]
    for name, (items, previous, glossary, expansions, expected) in everything:
        counts["meetings"] += 1
        counts["items"] += len(items)
        counts["slips"] += len(expected)
        labelled = {label["item"] for label in expected}
        counts["clean_items"] += sum(1 for i in items if i.reference not in labelled)
        findings = check_meeting(items, previous, glossary, expansions)
        for label in expected:
            hit = any(matches(f, label) for f in findings)
            for score in (per_check[label["check"]], overall):
                score.labels += 1
                score.found += hit
                if not hit:
                    score.misses.append(f"{name}: {label}")
        for finding in findings:
            true = any(matches(finding, label) for label in expected)
            for score in (per_check[finding.check], overall):
                score.findings += 1
                score.true_findings += true
                if not true:
                    score.false_alarms.append(
                        f"{name}: {finding.check} {finding.item_reference} "
                        f"{finding.text!r} ({finding.confidence:.2f}) {finding.message}"
                    )
    return per_check, overall, counts


def main(verbose: bool = False) -> None:
    started = time.perf_counter()
    per_check, overall, counts = evaluate()
    elapsed = time.perf_counter() - started
    print(
        f"Minutes quality checks: {counts['meetings']} meetings, {counts['items']} items "
        f"({counts['clean_items']} clean), {counts['slips']} labelled slips, {elapsed:.1f}s"
    )
    print(f"  {'check':<12} {'precision':>9} {'recall':>7} {'found':>7} {'alarms':>7}")
    for check, score in per_check.items():
        if score.labels or score.findings:
            alarms = score.findings - score.true_findings
            print(
                f"  {check:<12} {score.precision:>9.2f} {score.recall:>7.2f} "
                f"{score.found:>3}/{score.labels:<3} {alarms:>7}"
            )
    print(f"  {'overall':<12} {overall.precision:>9.2f} {overall.recall:>7.2f}")
    if verbose:
        for line in overall.misses:
            print("  missed:", line)
        for line in overall.false_alarms:
            print("  false alarm:", line)


if __name__ == "__main__":
    import sys

    main(verbose="-v" in sys.argv)
