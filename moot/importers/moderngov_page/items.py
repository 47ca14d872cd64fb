"""Where a page's items begin.

Item numbers come in many shapes (``SSP/4/25``, ``77/21``, ``70.``, ``P/142``, ``3a``,
``5.1``, ``• 4.``), so every numbered line is a candidate, weighed by layout evidence (a
"Minutes:" label, a document size or "Share this item" after its title, a procedural title,
an HTML item cell). The page's dominant numbering family wins; a candidate must move the
numbering forward, which rules out numbered lists inside minutes. Pages with no numbers are
read by their titles' layout instead. ``read_items`` then reads each item's body (``body``)
and whether it is restricted (``restrictions``).
"""

from __future__ import annotations

import re
from collections import Counter

from .body import read_item
from .header import Heading
from .lines import Line, has_doc, split_document
from .marks import (
    ITEMS_MARKER_RE,
    LABEL_RE,
    SENTENCE_END_RE,
    SHARE_RE,
    TIME_ONLY_RE,
    doc_only,
    is_structural,
    is_view,
    next_text,
    title_like,
)
from .numbers import NUM_INLINE_RE, NUM_RE, Candidate, number_parts, successors
from .parsed import ParsedPage
from .restrictions import excluded_after, restrict

_PROCEDURAL_RE = re.compile(
    r"^(?:apolog|declarations?\b|disclosures?\b|minutes\b|exclusion|urgent|any other business|"
    r"chair(?:man)?['’]?s? (?:announcements|communications|business)|public (?:questions|forum|"
    r"participation)|date (?:and time )?of (?:the )?next meeting|welcome|introductions|"
    r"matters arising|substitut|evacuation|petitions|questions|election of|appointment of|"
    r"declaration of|open forum|forward plan|work ?programme)",
    re.IGNORECASE,
)

# Where an item starts: (its first line, its title's line, its number, its title).
Start = tuple[int, int | None, str, str]


def read_items(
    lines: list[Line],
    page: ParsedPage,
    start: int,
    end: int,
    heading: Heading,
    single_title: str,
    minutes_page: bool,
) -> None:
    """Add the items in ``lines[start:end]`` to ``page``; mark the page truncated when its
    last item is cut short. ``minutes_page``: unlabelled text is minutes, not agenda."""
    starts = _item_starts(lines, start, end, heading, single_title)
    if not starts:
        return
    unlabelled = _unlabelled_section(lines, start, end, page.title, minutes_page)
    excluded_by = ""
    for pos, (line_idx, title_idx, number, title) in enumerate(starts, start=1):
        body_from = (title_idx if title_idx is not None else line_idx) + 1
        body_to = starts[pos][0] if pos < len(starts) else end
        item, plain, marked = read_item(lines, pos, number, title, body_from, body_to, unlabelled)
        item.line = lines[line_idx].lineno if 0 <= line_idx < len(lines) else None
        if title_idx is None and not title and pos == len(starts) and number:
            page.truncated = True
        restrict(item, plain, excluded_by, marked)
        excluded_by = excluded_after(item, plain, excluded_by)
        page.items.append(item)
    last_title = starts[-1][1]
    if _ends_short(lines, start, end, last_title):
        page.truncated = True


def _item_starts(
    lines: list[Line], start: int, end: int, heading: Heading, single_title: str
) -> list[Start]:
    accepted = _accept(_candidates(lines, start, end))
    starts: list[Start] = []
    if accepted:
        first = accepted[0].line_idx
        for i in _unnumbered_titles(lines, start, first, loose=False):
            starts.append((i, i, "", lines[i].text))
        if not starts:
            lead = _leading_item(lines, start, first)
            if lead is not None:
                starts.append((lead, lead, "", lines[lead].text))
        for c in accepted:
            starts.append((c.line_idx, c.title_idx, c.number, c.title))
    else:
        for i in _unnumbered_titles(lines, start, end, loose=True):
            starts.append((i, i, "", lines[i].text))
    if not starts and (single_title or heading.item_number):
        body = next_text(lines, start)
        if body is not None and body < end:
            starts.append((body - 1, None, heading.item_number, single_title))
    return starts


def _unlabelled_section(
    lines: list[Line], start: int, end: int, title: str, minutes_page: bool
) -> str:
    """Where an item's text before any label belongs: minutes on printed minutes with no
    "Minutes:" labels, the agenda otherwise."""
    has_minutes_label = any(
        lines[i].text[:7].lower() in ("minutes", "minute:") and LABEL_RE.match(lines[i].text)
        for i in range(start, end)
        if lines[i].text
    )
    if not has_minutes_label and ("minutes" in title.lower() or minutes_page):
        return "minutes"
    if not has_minutes_label and _reads_as_record(lines, start, end):
        return "minutes"
    return "agenda"


# Wording only a record of what happened has, never an agenda: "RESOLVED", "(previously
# circulated)", "were approved as a correct record", "The meeting concluded at 12.40 p.m.".
_RECORD_RE = re.compile(
    r"(?-i:\bRESOLVED\b)|\(previously circulated\)|\b(?:was|were) (?:approved|agreed|confirmed|"
    r"signed) as an? (?:correct|true|accurate) record\b|\bthe meeting (?:concluded|closed|ended) at\b",
    re.IGNORECASE,
)


def _reads_as_record(lines: list[Line], start: int, end: int) -> bool:
    """Whether the text reads as minutes: an item page saved without its "Minutes:" label
    still says what was resolved, or that the meeting concluded."""
    return any(lines[i].text and _RECORD_RE.search(lines[i].text) for i in range(start, end))


# Titles only a meeting's agenda has.
_MEETING_ONLY_RE = re.compile(
    r"^(?:apologies|declarations? of|disclosures? of|minutes of|matters arising|"
    r"any other business|exclusion of|date (?:and time )?of (?:the )?next meeting|urgent business)",
    re.IGNORECASE,
)


def procedural(title: str) -> bool:
    """Whether ``title`` is one only a meeting's agenda has ("Apologies for Absence",
    "Declarations of Interest", "Minutes of the last meeting")."""
    return bool(_MEETING_ONLY_RE.match(title))


# A recorded vote's count: "7 For, 2 Against, 1 Abstention", "For 7, Against 2".
VOTE_COUNT_RE = re.compile(
    r"^(?:\d+\s+(?:for|in\s+favour)\b|for\s*[:-]?\s*\d+\b)[^\n]{0,80}\bagainst\b", re.IGNORECASE
)

# A line that starts with a date: "10 June 2014.", "3rd July 2025 at 7.00 pm".
DATE_LINE_RE = re.compile(
    r"^\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?"
    r"\s+\d{4}\b",
    re.IGNORECASE,
)

# The end of a line cut off mid-sentence: a comma, a dash, or a word a sentence never ends on.
_CUT_END_RE = re.compile(
    r"(?:[,–-]|\s(?:the|a|an|and|or|of|to|in|on|for|with|that|by|at|from|as|be|is|was|were))$",
    re.IGNORECASE,
)


def _candidates(lines: list[Line], start: int, end: int) -> list[Candidate]:
    out: list[Candidate] = []
    for i in range(start, end):
        ln = lines[i]
        t = ln.text
        if not t or len(t) > 400 or ln.table:
            continue
        if VOTE_COUNT_RE.match(t) or DATE_LINE_RE.match(t):
            # "7 For, 2 Against, 1 Abstention": a recorded vote in the minutes; "10 June
            # 2014.": a date (the next meeting's), not item 10.
            continue
        m = NUM_RE.match(t)
        if m:
            j = next_text(lines, i + 1)
            if j is None or j >= end:
                title_idx, title = None, ""
            else:
                tt = lines[j].text
                if NUM_RE.match(tt) or (is_structural(tt) and ln.hint != "num"):
                    continue
                title_idx, title = j, tt
            shape = "alone"
        else:
            m = NUM_INLINE_RE.match(t)
            if not m:
                continue
            title_idx, title = i, m.group("title")
            shape = "inline"
        family, key = number_parts(m)
        strong = _evidence(lines, ln, title_idx, title, end)
        if (
            title
            and title[0].islower()
            and not ((strong and shape == "alone") or any(ch.isupper() for ch in title.split()[0]))
        ):
            continue
        out.append(Candidate(i, title_idx, m.group("num"), family, key, shape, title, strong))
    return out


def _evidence(lines: list[Line], ln: Line, title_idx: int | None, title: str, end: int) -> bool:
    if ln.hint:
        return True
    if title_idx is None:
        return False
    tl = lines[title_idx]
    if tl.hint or has_doc(title) or _PROCEDURAL_RE.match(title):
        return True
    k = next_text(lines, title_idx + 1)
    if k is None or k >= end:
        return True
    nt = lines[k].text
    return bool(is_structural(nt) or (has_doc(nt) and len(nt) < 200))


def _accept(cands: list[Candidate]) -> list[Candidate]:
    strong = [c for c in cands if c.strong]
    pool = strong or [c for c in cands if title_like(c.title, True)]
    if not pool:
        return []
    family = Counter(c.family for c in pool).most_common(1)[0][0]
    fam = [c for c in cands if c.family == family or c.line_idx is None]
    fam_strong = [c for c in fam if c.strong]
    if not fam_strong and len([c for c in fam if title_like(c.title, True)]) < 2:
        return []
    shapes = Counter(c.shape for c in (fam_strong or fam))
    shape = shapes.most_common(1)[0][0]
    accepted: list[Candidate] = []
    strong_idx = [k for k, c in enumerate(fam) if c.strong]
    for k, c in enumerate(fam):
        if accepted and c.line_idx == accepted[-1].title_idx:
            # The title of the item before, which starts with a number of its own
            # ("4." then "12 Orchard Close"): part of that item.
            continue
        if c.strong:
            while accepted and not accepted[-1].strong and accepted[-1].key >= c.key:
                accepted.pop()
            if accepted:
                prev = accepted[-1]
                if c.key <= prev.key or c.key[0] - prev.key[0] > 25:
                    continue
            accepted.append(c)
            continue
        if c.shape != shape or not title_like(c.title, True):
            continue
        ok = bool(accepted) and c.key in successors(accepted[-1].key)
        if not ok:
            nxt = next((fam[s] for s in strong_idx if s > k), None)
            ok = (
                nxt is not None
                and nxt.key in successors(c.key)
                and (not accepted or c.key > accepted[-1].key)
            )
        if ok:
            accepted.append(c)
    return accepted


def _unnumbered_titles(lines: list[Line], start: int, end: int, loose: bool) -> list[int]:
    """Title lines of items that carry no number."""
    out: list[int] = []
    has_labels = any(LABEL_RE.match(lines[i].text) for i in range(start, end) if lines[i].text)
    indents = [lines[i].indent for i in range(start, end) if lines[i].text]
    base = min(indents) if indents else 0
    indented_layout = bool(indents) and sum(1 for x in indents if x > base) >= len(indents) / 3
    in_docs = False
    prev_blank = True
    for i in range(start, end):
        ln = lines[i]
        t = ln.text
        if not t:
            prev_blank = True
            continue
        was_blank, prev_blank = prev_blank, False
        lab = LABEL_RE.match(t)
        if lab:
            in_docs = "doc" in lab.group("label").lower() or "paper" in lab.group("label").lower()
            continue
        if _not_a_title(ln):
            continue
        is_doc = bool(has_doc(t))
        if in_docs and (is_doc or ln.href):
            continue
        in_docs = False
        name = split_document(t)[0] if is_doc else t
        if not title_like(name, True):
            continue
        j = next_text(lines, i + 1)
        nxt = lines[j].text if j is not None and j < end else ""
        follows = bool(nxt) and bool(SHARE_RE.match(nxt) or LABEL_RE.match(nxt) or doc_only(nxt))
        by_layout = loose and (
            (indented_layout and ln.indent == base)
            or (not indented_layout and not has_labels and was_blank and bool(nxt))
        )
        by_doc = is_doc and not loose and len(name) < 150
        if ln.hint in ("title", "row") or follows or by_doc or by_layout:
            out.append(i)
    return out


def _not_a_title(ln: Line) -> bool:
    """Lines that never title an unnumbered item: bullets, table cells, "Share this item",
    view links, times, and the "Items" / "No. Item" header row."""
    t = ln.text
    return bool(
        ln.bullet
        or ln.body
        or ln.table
        or SHARE_RE.match(t)
        or is_view(t)
        or TIME_ONLY_RE.match(t)
        or ITEMS_MARKER_RE.match(t)
        or _BODY_WORD_RE.match(t)
        or _RESOLUTION_RE.match(t)
    )


# A resolution, never an item's title: "COUNCIL RESOLVED - That the minutes of the meeting
# held on 24" (a line broken inside its date), "Resolved: that …", "RESOLVED that …".
_RESOLUTION_RE = re.compile(
    r"^(?:[A-Z][A-Za-z]*\s+){0,3}(?:RESOLVED\b|Resolved\s*(?:[:–-]|that\b))"
)
# Short lines that are an item's text, never its title: "None", "Noted", "Decision".
_BODY_WORD_RE = re.compile(
    r"^(?:none|nil|noted|agreed|resolved|approved|decision|decisions|minutes|n/?a|"
    r"none (?:received|declared)|no (?:apologies|declarations)(?: of interest)?(?: were"
    r" (?:made|received))?)\.?$",
    re.IGNORECASE,
)


def _leading_item(lines: list[Line], start: int, first: int) -> int | None:
    """An unnumbered item before the first numbered one whose title is followed by body
    text and then a label ("Available Papers", its text, "Additional documents:"): the
    title is the first line, the label shows the block is an item, not a note."""
    title = None
    for i in range(start, first):
        t = lines[i].text
        if not t or ITEMS_MARKER_RE.match(t):
            continue
        if LABEL_RE.match(t):
            return title
        if title is None:
            if not title_like(t, True) or lines[i].bullet or has_doc(t):
                return None
            title = i
    return None


def _ends_short(lines: list[Line], start: int, end: int, last_title: int | None) -> bool:
    """Whether the items stop mid-item: a label with nothing after it, a number with no
    item, or a long line cut off mid-sentence at the end of the page."""
    last = None
    for i in range(end - 1, start - 1, -1):
        if lines[i].text:
            last = lines[i]
            break
    if last is None or (last_title is not None and lines[last_title] is last):
        return False
    t = last.text
    lab = LABEL_RE.match(t)
    if lab and not lab.group("rest"):
        return True
    if NUM_RE.match(t):
        return True
    if end != len(lines) or SENTENCE_END_RE.search(t) or has_doc(t) or last.bullet:
        return False
    # A long line with no full stop, or any line stopping on a comma or a word no sentence
    # ends on ("… agreed that the"), was cut off.
    return len(t) > 60 or bool(_CUT_END_RE.search(t) and len(t.split()) >= 3)
