"""Lines that mark a page's structure rather than say anything: the "Minutes:" and
"Additional documents:" labels, "Share this item" and "View the minutes text for item …"
links, the "No. Item" marker above the items, a time printed alone, the site's footer.

The header, the item detection and the item bodies all read them; the patterns are compiled
once, and cheap first-character gates spare most lines the regexes.
"""

from __future__ import annotations

import re

from .lines import RESTRICTED_DOC_RE, Line, split_document
from .numbers import NUM_RE

TIME_ONLY_RE = re.compile(
    r"^(?:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)$", re.I
)
TITLE_TIME_RE = re.compile(r"\s+\d{1,2}[.:]\d{2}\s*[ap]\.?\s?m\.?$", re.I)
LABEL_RE = re.compile(
    r"^(?P<label>Minutes?|Decisions?|Additional documents|Supporting documents|"
    r"Background (?:papers|documents)|Documents)\s*:\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
SHARE_RE = re.compile(r"^(?:[•·]\s*)?share this (?:item|page)\b", re.IGNORECASE)
VIEW_RE = re.compile(
    r"(?:^|\s)(?:view|see)\s+the\s+(?:full\s+)?(?:minutes\s+text|decision|background|"
    r"reasons?\s+why\s+(?:item|document))\b.*\bfor\s+item\b"
    r"|^view the (?:full )?minutes text for item\b|^view the decision for item\b"
    r"|^view the background to item\b|^view the reasons why (?:item|document)\b",
    re.IGNORECASE,
)
COLLAPSED_RE = re.compile(r"\s*(?:\.\.\.|…)?\s*view the full minutes text for item\s*\S*\s*$", re.I)
ITEMS_MARKER_RE = re.compile(
    r"^(?:items|agenda items|(?:note\s+)?no\.?\s*item(?:\s+note)?|item\s+no\.?(?:\s+item)?|"
    r"no\.\s+item\s+time)$",
    re.IGNORECASE,
)
_FOOTER_RE = re.compile(
    r"^(?:back to top|top of page|print this page|return to top|©.*|copyright\b.*|"
    r"accessibility statement|cookie(?:s| policy)|privacy (?:notice|policy)|"
    r"what do you think of this page\??)$",
    re.IGNORECASE,
)
# The characters those patterns can start with (they match case-insensitively; "ſ" folds
# to "s"), for cheap gates before the regexes.
SHARE_FIRST = frozenset("•·sSſ")
LABEL_FIRST = frozenset("MmDdAaSsBbſ")
_FOOTER_FIRST = frozenset("BbTtPpRr©CcAaWw")
SENTENCE_END_RE = re.compile(r"[.!?:;)\"”’'…]$")
# The printed agenda's page reference after a title: "(Pages 5 - 12)", "(Page 3)".
PAGES_RE = re.compile(r"\s*\(\s*(?:Pages?|pp?\.)\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s*\)\s*$", re.I)


def next_text(lines: list[Line], i: int, skip_times: bool = True) -> int | None:
    """The index of the first line from ``i`` with text (passing over times printed alone,
    unless ``skip_times`` is false); ``None`` at the end."""
    n = len(lines)
    while i < n:
        t = lines[i].text
        if t and not (skip_times and TIME_ONLY_RE.match(t)):
            return i
        i += 1
    return None


def is_view(text: str) -> bool:
    low = text[:200].lower()
    return ("view the" in low or "see the" in low) and bool(VIEW_RE.search(text))


def is_restricted_doc(text: str) -> bool:
    low = text[:200].lower()
    return ("enclosure" in low or "reasons why" in low) and bool(RESTRICTED_DOC_RE.search(text))


def is_structural(text: str) -> bool:
    """A label, a share or view link, or a restricted enclosure: never an item's title."""
    return bool(
        LABEL_RE.match(text) or SHARE_RE.match(text) or is_view(text) or is_restricted_doc(text)
    )


def doc_only(text: str) -> bool:
    name, doc = split_document(text)
    return doc is not None and not name


def starts_items(text: str) -> bool:
    """Whether a line can only be part of the items: a label, a share link, an item number
    or the items marker."""
    c0 = text[0]
    return bool(
        (c0 in LABEL_FIRST and LABEL_RE.match(text))
        or (c0 in SHARE_FIRST and SHARE_RE.match(text))
        or (c0.isdigit() and NUM_RE.match(text))
        or ITEMS_MARKER_RE.match(text)
    )


def title_like(title: str, strict: bool) -> bool:
    """Whether ``title`` reads as an item's title (``strict``: short, and not a sentence)."""
    if title and title[-1] == ")" and "age" in title:
        title = PAGES_RE.sub("", title)
    if not title or len(title) > (120 if strict else 300):
        return False
    if strict and (SENTENCE_END_RE.search(title) or len(title.split()) > 16):
        return False
    return not title[0].islower()


def footer_at(lines: list[Line], start: int) -> int:
    """Where the site's footer ("Back to top", "© …") begins, from ``start``; the end of the
    lines when there is none."""
    for i in range(start, len(lines)):
        t = lines[i].text
        if t and t[0] in _FOOTER_FIRST and _FOOTER_RE.match(t):
            return i
    return len(lines)
