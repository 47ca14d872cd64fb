"""``check_meeting``: every check on one meeting's draft minutes. Pure: no database, no I/O
beyond loading the dictionary once."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from html import escape

from .acronyms import check_acronyms
from .attendance import check_attendance
from .consistency import check_figures, check_titles
from .copied import check_copied, check_repeated
from .dates import check_dates
from .decisions import check_decisions
from .findings import Check, Finding, MinutesItem
from .names import check_initials, check_names
from .numbering import check_numbering
from .numbers import check_numbers
from .punctuation import check_brackets, check_comma_stops, check_marks, check_name_lists
from .slips import check_slips
from .spacing import check_spacing
from .spelling import check_spelling
from .text import cut_off_word, ends_mid_sentence, plain

# Findings below this confidence are hints (an unknown word with no close suggestion, a
# possessive in note-style text): left out unless asked for, since on real minutes a false
# alarm costs the clerk's trust more than a missed hint does.
DEFAULT_MIN_CONFIDENCE = 0.6

_GLOSSARY_EXPANSION = re.compile(r"^\s*([A-Z][A-Za-z&]*[A-Z])s?\s*[:=\-–]\s*(.+?)\s*$")


def glossary_expansions(glossary: Iterable[str]) -> dict[str, str]:
    """Acronyms a glossary spells out, written "SBC = Stockton-on-Tees Borough Council"."""
    out = {}
    for term in glossary:
        match = _GLOSSARY_EXPANSION.match(term)
        if match:
            out[match.group(1)] = match.group(2)
    return out


def check_meeting(
    items: Sequence[MinutesItem],
    previous_items: Sequence[MinutesItem] = (),
    glossary: Iterable[str] = (),
    archive_expansions: Mapping[str, str] | None = None,
    checks: Iterable[str] = Check.ALL,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    meeting_date: date | None = None,
    earlier_dates: Sequence[date] = (),
    people: Iterable[str] = (),
    present: Iterable[str] = (),
    recorded_present: Iterable[str] = (),
    recorded_absent: Iterable[str] = (),
    names: Iterable[str] = (),
    whole: bool = True,
    details: Sequence[str] = (),
    published: bool = False,
    body: str = "",
) -> list[Finding]:
    """Findings on ``items`` (in agenda order) at ``min_confidence`` or above (0 for all,
    hints included), ordered by item then check.

    ``previous_items`` are the committee's previous meeting's minutes (for copied text);
    ``glossary`` is the body's own names and terms (words the spelling check accepts, and
    "ACR = expansion" lines); ``archive_expansions`` maps acronyms to what they stand for
    elsewhere in the archive; ``meeting_date`` and ``earlier_dates`` (the committee's earlier
    meetings) let the date check judge "next meeting" and previous minutes' dates; ``people``
    (the attendance and the committee's members) are the names as recorded; ``present`` are
    the names a saved page's minutes list as present, which only the names check reads as
    recorded (``moot.quality.adapters.attendance``); ``recorded_present`` and
    ``recorded_absent`` are the names the meeting's record of attendance has present and
    absent (with apologies or without), which the attendance check holds the minutes' own
    lists to; ``names`` are the
    names the archive knows (``moot.quality.archive.known_names``), which the spelling check
    accepts and suggests for capitalised words. ``whole`` is False when ``items`` are not a
    whole meeting (a single item or decision page): an acronym the page never spells out may
    have been spelled out in an earlier item, so it is not reported. ``details`` are the
    meeting's own lines a reader sees (its venue, a note): read, as an item's agenda text and
    decisions are, for slips of spelling, spacing, wording and brackets; their findings are
    under the reference ``DETAILS``. ``published`` is True when ``items`` were read from a
    published page (``moot.quality.adapters.from_text``) rather than the clerk's own record:
    a missing decision is then a hint (``PUBLISHED_NO_DECISION``). ``body`` is the meeting's
    heading, the body's or committee's name ("Mayoral Combined Authority Board"): its own
    initials need no spelling out ("SYMCA"). Costs about a second the
    first time, to load the dictionary.
    """
    items = list(items)
    # What the text checks read: each item's minutes, then its decisions and agenda text.
    read = [as_read(item) for item in items]
    if any(line.strip() for line in details):
        html = "".join(f"<p>{escape(line)}</p>" for line in details if line.strip())
        read.insert(0, MinutesItem(DETAILS, "", "other", html))
    glossary = list(glossary)
    people = list(people)
    wanted = set(checks)
    findings: list[Finding] = []
    if Check.COPIED in wanted:
        findings += check_copied(items, list(previous_items))
        findings += check_repeated(items)
    if wanted & {Check.NO_DECISION, Check.NO_MINUTES}:
        found = check_decisions(items)
        if published:
            found = [_as_published(f) for f in found]
        findings += found
    if Check.ACRONYM in wanted:
        findings += check_acronyms(
            [i for i in read if i.reference != DETAILS],  # a venue's "CR 4" is a room
            dict(archive_expansions or {}),
            glossary_expansions(glossary),
            whole=whole,
            body=body,
        )
    if Check.SPELLING in wanted:
        findings += check_spelling(read, glossary, [*names, *people])
    if Check.SLIP in wanted:
        findings += check_slips(read)
    if Check.TITLE in wanted:
        findings += check_titles(items)
    if Check.FIGURE in wanted:
        findings += check_figures(items)
    if Check.SPACING in wanted:
        findings += check_spacing(read)
    if wanted & {Check.SPACING, Check.SPELLING}:
        findings += check_numbers(read)
    if Check.SPACING in wanted:
        # A title is typed as the minutes are: a number run into a word there ("Wednesday
        # 15thMay 2019") is the same slip. Only that rule: a title's words are often a name.
        titles = [
            replace(i, minutes_html=f"<p>{escape(i.title)}</p>") for i in items if i.title.strip()
        ]
        findings += [f for f in check_numbers(titles) if f.check == Check.SPACING]
    if Check.DATE in wanted:
        findings += check_dates(items, meeting_date, earlier_dates)
    if Check.NAME in wanted:
        findings += check_names(items, [*people, *present])
        findings += check_initials(items)
    if Check.PUNCTUATION in wanted:
        findings += check_brackets(read)
        findings += check_name_lists(read)
        findings += check_comma_stops(read)
        findings += check_marks(read)
    if Check.ATTENDANCE in wanted:
        findings += check_attendance(
            [*(i for i in read if i.reference == DETAILS), *items],
            recorded_present,
            recorded_absent,
        )
    if Check.NUMBERING in wanted:
        findings += check_numbering(items)
    findings = [f for f in findings if f.check in wanted and f.confidence >= min_confidence]
    findings = _without_cut_off(items, findings)
    findings = _without_lost_marks(read, findings)
    order = {item.reference: n for n, item in enumerate(items)} | {DETAILS: -1}
    findings.sort(key=lambda f: (order.get(f.item_reference, len(order)), Check.ALL.index(f.check)))
    return _dedupe(findings)


# How sure a missing decision is on minutes read from a published page: a hint. Where the
# clerk records the meeting, each item's kind and decisions are fields, and an item of
# business with none is a real gap. On a page, what the items are is read from headings and
# what was decided from wording, which varies without end (a by-election's result declared,
# deputations heard, "This was confirmed"): on the labelled real minutes, measured first on
# each of seven sets of councils never seen (heldout4 to heldout10), 0 of 22 such findings
# were a slip a reader had marked. Shown when hints are asked for (``min_confidence=0``).
PUBLISHED_NO_DECISION = 0.5


def _as_published(finding: Finding) -> Finding:
    if finding.check != Check.NO_DECISION:
        return finding
    return replace(finding, confidence=min(finding.confidence, PUBLISHED_NO_DECISION))


# The reference of findings in the meeting's own lines (``details``).
DETAILS = "Meeting details"


def as_read(item: MinutesItem) -> MinutesItem:
    """``item`` with its decisions and agenda text after its minutes, as the text checks read
    it; a decision already written in the minutes is not read twice."""
    minutes = " ".join(plain(item.minutes_html).split())
    html = "".join(
        f"<p>{escape(p)}</p>"
        for text in map(_as_text, item.decisions)
        if text.strip() and " ".join(text.split()) not in minutes
        for p in text.split("\n")
        if p.strip()
    )
    if plain(item.agenda_html).strip():
        html += item.agenda_html
    return replace(item, minutes_html=item.minutes_html + html) if html else item


def _as_text(text: str) -> str:
    """A decision's plain text (stored and parsed decisions are text; some carry HTML)."""
    return plain(text) if text.lstrip().startswith("<") else text


# A page whose characters the copy could not show became "?": an apostrophe ("Merlyn?s"), a
# bullet or a dash after a full stop or a colon ("agreed.? The", "Apologies: ?E Webb"), a run of
# them ("these.???"). Three such signs on a page say its "?" is such a character, not a question
# mark typed there.
_LOST_MARK = re.compile(r"[a-z]\?s\b|[.,:;]\?|\?\?")


def _without_lost_marks(read: list[MinutesItem], findings: list[Finding]) -> list[Finding]:
    """Findings less spacing and punctuation ones about a "?" on a page whose "?" stands for
    a character the copy lost (``_LOST_MARK``): "Meeting ?" was "Meeting –", "agenda? a)" a
    bullet before a list's marker."""

    def about_a_mark(finding: Finding) -> bool:
        return "?" in finding.text and finding.check in _MARK_CHECKS

    if not any(about_a_mark(f) for f in findings):
        return findings
    text = "\n".join(plain(item.minutes_html) for item in read)
    if len(_LOST_MARK.findall(text)) < 3:
        return findings
    return [f for f in findings if not about_a_mark(f)]


_MARK_CHECKS = {Check.SPACING, Check.PUNCTUATION}


def _without_cut_off(items: list[MinutesItem], findings: list[Finding]) -> list[Finding]:
    """Findings less those a page or item cut short would raise: its last word taken for a
    misspelling ("recomm"), words run together ("announ") or a name without its capital
    ("the chang" of "change"), or a name misspelt ("Councillor
    Ron Beadl"), and its decision or its minutes taken for missing. An item is cut
    short when the page says so, or when it is the page's last and stops in mid-sentence: in
    its minutes, or in its decision when the page stopped before its minutes began ("Decision:
    There were no announ")."""
    lost_words: set[tuple[str, str]] = set()
    undecidable: set[str] = set()
    for n, item in enumerate(items):
        text = plain(item.minutes_html)
        last = n == len(items) - 1
        if item.truncated or (last and ends_mid_sentence(text)):
            undecidable.add(item.reference)
        if last and not text and item.decisions and _cut(item.decisions[-1]):
            undecidable.add(item.reference)
        if item.truncated or last:
            # The page may stop in the minutes, a decision or the agenda text.
            for part in (text, *map(_as_text, item.decisions), plain(item.agenda_html)):
                word = cut_off_word(part)
                if word:
                    # the whole ("ex-resid") and its last part ("resid"), as checks quote either
                    for lost in {word, word.rsplit("-", 1)[-1]}:
                        lost_words.add((item.reference, lost.lower()))
    return [
        f
        for f in findings
        if not (f.check in _UNDECIDABLE and f.item_reference in undecidable)
        and not (
            f.check in (Check.SPELLING, Check.SPACING, Check.ACRONYM, Check.SLIP)
            and (f.item_reference, f.text.lower()) in lost_words
        )
        # a name the page stops inside: "Councillor Ron Beadl"
        and not (
            f.check == Check.NAME and (f.item_reference, f.text.split()[-1].lower()) in lost_words
        )
    ]


_UNDECIDABLE = (Check.NO_DECISION, Check.NO_MINUTES)


def _cut(decision: str) -> bool:
    """Whether a decision's text stops short: in mid-sentence, or on a word cut off with
    no full stop after it ("There were no announ")."""
    text = _as_text(decision)
    return ends_mid_sentence(text) or bool(cut_off_word(text))


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per slip: the same words once per check, and a misspelling left out where
    a word slip or a punctuation finding already names it ("wether" inside "wether the",
    "Childrens" missing its apostrophe)."""
    slips = {
        (f.item_reference, w)
        for f in findings
        if f.check in (Check.SLIP, Check.PUNCTUATION)  # "Childrens": its apostrophe's
        for w in f.text.lower().split()
    }
    seen: set[tuple[str, str, str]] = set()
    out = []
    for finding in findings:
        if (
            finding.check == Check.SPELLING
            and (finding.item_reference, finding.text.lower()) in slips
        ):
            continue
        key = (finding.check, finding.item_reference, finding.text.lower())
        if key not in seen:
            seen.add(key)
            out.append(finding)
    return out
