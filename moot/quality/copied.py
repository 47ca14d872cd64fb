"""Minutes copied from another item: the same meeting's earlier items or the previous meeting.

Minutes written from a template, or pasted from the last item, are the slip that most often
survives to publication. Measured on word runs (six words in a row), so shared stock phrases
("Members AGREED to note the report") do not count, and reported only when a large share of
an item's words come from one other item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from moot.meetings.choices import ItemKind

from .decisions import PROCEDURAL_TITLE
from .findings import Check, Finding, MinutesItem
from .text import plain, sentences, words

RUN = 6  # words in a row that make a shared run
MIN_WORDS = 20  # items shorter than this are too formulaic to judge
MIN_SHARE = 0.5
# A minute approving a set of previous minutes: meant to repeat, once per set (4.1, 4.2 …).
APPROVES_MINUTES = re.compile(r"\bminutes?\b[^.]{0,200}\b(correct|true|accurate)\s+record\b", re.I)
MAX_APPROVAL_WORDS = 60


def _runs(ws: list[str]) -> set[tuple[str, ...]]:
    return {tuple(ws[i : i + RUN]) for i in range(len(ws) - RUN + 1)}


def _covered(ws: list[str], other_runs: set[tuple[str, ...]]) -> int:
    covered = [False] * len(ws)
    for i in range(len(ws) - RUN + 1):
        if tuple(ws[i : i + RUN]) in other_runs:
            for j in range(i, i + RUN):
                covered[j] = True
    return sum(covered)


def _confidence(share: float) -> float:
    if share >= 0.9:
        return 0.95
    if share >= 0.7:
        return 0.85
    return 0.7


def check_copied(
    items: list[MinutesItem], previous_items: Sequence[MinutesItem] = ()
) -> list[Finding]:
    """One finding per item whose minutes mostly repeat one other item's.

    The later item of a pair is the one reported; items of procedural kinds (minutes, apologies,
    declarations …) are left out because their wording is meant to repeat.
    """
    procedural = ItemKind.procedural()
    earlier: list[tuple[MinutesItem, list[str], set, str]] = [
        (p, ws, _runs(ws), "the previous meeting")
        for p in previous_items
        if p.kind not in procedural and len(ws := words(plain(p.minutes_html))) >= MIN_WORDS
    ]
    findings: list[Finding] = []
    for item in items:
        text = plain(item.minutes_html)
        ws = words(text)
        if len(ws) < MIN_WORDS:
            continue
        if len(ws) <= MAX_APPROVAL_WORDS and APPROVES_MINUTES.search(text):
            continue
        # Questions, petitions and other standing items repeat their wording on purpose.
        if item.kind not in procedural and not PROCEDURAL_TITLE.search(item.title):
            best = None
            for other, _other_ws, other_runs, where in earlier:
                covered = _covered(ws, other_runs)
                share = covered / len(ws)
                if covered >= MIN_WORDS and share >= MIN_SHARE and (not best or share > best[0]):
                    best = (share, covered, other, where)
            if best:
                share, covered, other, where = best
                findings.append(
                    Finding(
                        check=Check.COPIED,
                        item_reference=item.reference,
                        text=_first_shared_sentence(text, other),
                        message=(
                            f"{share:.0%} of these minutes ({covered} of {len(ws)} words) also "
                            f"appear in the minutes of {other.reference or 'an item'} "
                            f'"{other.title}" at {where}.'
                        ),
                        confidence=_confidence(share),
                        other_reference=other.reference,
                        shared=share,
                    )
                )
            earlier.append((item, ws, _runs(ws), "this meeting"))
    return findings


def _first_shared_sentence(text: str, other: MinutesItem) -> str:
    other_runs = _runs(words(plain(other.minutes_html)))
    for sentence in sentences(text):
        ws = words(sentence)
        if len(ws) >= RUN and _covered(ws, other_runs) >= len(ws) // 2:
            return sentence if len(sentence) <= 120 else sentence[:117].rstrip() + "…"
    return text[:120]


REPEAT_WORDS = 7  # a sentence this long is not a formula ("For: 8.", "The report was noted.")


def _title(sentence: str) -> bool:
    """Whether ``sentence`` is a name or heading, not prose: no full stop at its end and every
    word of four letters or more capitalised ("Northumberland National Park and County Joint
    Local Access Forum", which a page's heading and its title both print)."""
    long = [w for w in re.findall(r"[^\W\d_][\w'’-]*", sentence) if len(w) >= 4]
    return bool(long) and not sentence.rstrip().endswith(".") and all(w[0].isupper() for w in long)


def check_repeated(items: list[MinutesItem]) -> list[Finding]:
    """A sentence written twice in a row, in one paragraph or across two (0.9): a paste done
    twice. Sentences approving previous minutes are meant to repeat and are left alone."""
    findings: list[Finding] = []
    for item in items:
        previous = ""
        for sentence in sentences(plain(item.minutes_html)):
            key = " ".join(words(sentence))
            if (
                key == previous
                and len(key.split()) >= REPEAT_WORDS
                and not APPROVES_MINUTES.search(sentence)
                and not _title(sentence)
            ):
                shown = sentence if len(sentence) <= 120 else sentence[:117].rstrip() + "…"
                findings.append(
                    Finding(
                        check=Check.COPIED,
                        item_reference=item.reference,
                        text=shown,
                        message=(
                            f'The sentence "{shown}" is written twice in a row, most likely '
                            f"pasted twice. Delete the second copy."
                        ),
                        confidence=0.9,
                    )
                )
            previous = key
    return findings
