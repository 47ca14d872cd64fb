"""Whether an item is restricted (exempt), and why, in words the public may read.

- An item is **restricted** when its own text says so ("this Agenda Item was restricted",
  "restricted due to …", "exempt information … Schedule 12A", "Part II Exempt Minute"), its
  title does ("Exempt report", "(Confidential)"), or the page marks it ("View the reasons why
  item 9. is restricted"). A restricted *report* on a public item is a document-level
  restriction, not the item's.
- An item that **excludes the press and public** ("Exclusion of the Press and Public", "Part 2")
  is itself public, but restricts every item after it until one readmits them ("Part 1",
  "Re-admission of the public").
"""

from __future__ import annotations

import re

from .outcomes import SENTENCE_SPLIT_RE
from .parsed import ParsedItem

_ITEM_RESTRICTED_RES = [
    re.compile(
        r"\b(?:agenda\s+)?item\s+(?:was|is|has\s+been|were|will\s+be)\s+(?:deemed\s+|treated\s+as\s+)?"
        r"(?:restricted|exempt|confidential|considered\s+in\s+private|heard\s+in\s+private)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:part\s+(?:ii|2|two)\s+)?exempt\s+minute\b|\bminuted\s+(?:under|in)\s+part\s+(?:ii|2|two)\b"
        r"|\bconfidential\s+minute\b|\bminuted\s+separately\b|\bnot\s+for\s+publication\b"
        r"|\bexempt\s+information\b|\bschedule\s+12a\b",
        re.IGNORECASE,
    ),
]
_RESTRICTED_DUE_RE = re.compile(
    r"\b(?:restricted|exempt|confidential)\s+(?:due\s+to|because|owing\s+to|on\s+the\s+grounds|under)\b",
    re.IGNORECASE,
)
_DOC_WORDS_RE = re.compile(
    r"\b(?:document|report|appendix|appendices|enclosure|annex|paper|papers|information|data|"
    r"presentation|slides)\b",
    re.IGNORECASE,
)
_RESTRICTED_DOC_RE = re.compile(
    r"\b(?:restricted|exempt|confidential)\s+(?:document|report|appendix|appendices|enclosure|"
    r"annex|paper)s?\b|\b(?:document|report|appendix|enclosure|annex)\s+(?:was|is)\s+"
    r"(?:a\s+)?(?:restricted|exempt|confidential)\b",
    re.IGNORECASE,
)
_TITLE_RESTRICTED_RE = re.compile(
    r"\((?:exempt|confidential|restricted|private|not\s+for\s+publication)[^)]*\)"
    r"|^(?:exempt|confidential|restricted)\b(?!\s+(?:information\s+)?(?:-|–)?\s*exclusion)"
    r"|\b(?:exempt|confidential|restricted)\s+(?:item|report|business|session|minutes?)\b",
    re.IGNORECASE,
)
EXCLUSION_TITLE_RE = re.compile(
    r"\bexclu(?:sion|de|ding)\b.*\b(?:press|public)\b|\b(?:press|public)\b.*\bexclu(?:sion|ded)\b"
    r"|^private\s+(?:session|business)\b",
    re.IGNORECASE,
)
_EXCLUSION_TEXT_RE = re.compile(
    r"\b(?:press\s+and\s+(?:the\s+)?public|public\s+and\s+(?:the\s+)?press|the\s+public)\s+"
    r"(?:be|were|are|was|being)\s+excluded\b|\bexclude\s+the\s+(?:press\s+and\s+)?public\b",
    re.IGNORECASE,
)
_NO_EXCLUSION_RE = re.compile(
    r"\b(?:no\s+(?:need|requirement|items?|exempt|business)|not\s+(?:required|necessary|needed)"
    r"|there\s+(?:were|was)\s+no)\b",
    re.IGNORECASE,
)
PART_TWO_RE = re.compile(r"^part\s+(?:ii|2|two|b)\b", re.IGNORECASE)
PART_ONE_RE = re.compile(
    r"^part\s+(?:i|1|one|a)\b|\bre-?admi(?:ssion|t)\b|\breturn\s+to\s+public\b", re.IGNORECASE
)


def item_restriction(title: str, text: str) -> tuple[bool, str, bool]:
    """``(restricted, public reason, mentions a restricted document)`` of one item.

    ``text`` is the item's plain text (agenda text, decision and minutes). The exclusion
    resolution itself is public, as are "UNRESTRICTED MINUTES" and "Part 1".
    """
    low = text.lower()
    marked = bool(_RESTRICTION_WORDS_RE.search(low))
    doc_mention = marked and bool(_RESTRICTED_DOC_RE.search(text))
    if "exclu" in title.lower() and EXCLUSION_TITLE_RE.search(title):
        return False, "", doc_mention
    m = _TITLE_RESTRICTED_RE.search(title)
    if m:
        return (
            True,
            _reason_sentence(text, None) or f"Marked {m.group(0).strip('() ')} on the page.",
            doc_mention,
        )
    if not marked:
        return False, "", doc_mention
    for sentence in SENTENCE_SPLIT_RE.split(text):
        for rx in _ITEM_RESTRICTED_RES:
            m = rx.search(sentence)
            if (
                m
                and not _EXCLUSION_TEXT_RE.search(sentence)
                and not _NEGATED_RE.search(sentence[max(0, m.start() - 25) : m.start()])
            ):
                return True, sentence.strip(), doc_mention
        d = _RESTRICTED_DUE_RE.search(sentence)
        if d and not _DOC_WORDS_RE.search(sentence[max(0, d.start() - 40) : d.start()]):
            return True, sentence.strip(), doc_mention
    return False, "", doc_mention


_RESTRICTION_WORDS_RE = re.compile(
    "restricted|exempt|confidential|private|12a|publication|separately"
)
_NEGATED_RE = re.compile(r"\b(?:no|not|none|neither|nor|without)\b", re.IGNORECASE)


def _reason_sentence(text: str, _unused: object) -> str:
    for sentence in SENTENCE_SPLIT_RE.split(text):
        if re.search(
            r"\b(?:exempt|restricted|confidential|schedule\s+12a|paragraph\s+\d)",
            sentence,
            re.IGNORECASE,
        ):
            return sentence.strip()
    return ""


def is_exclusion(title: str, text: str) -> bool:
    """Whether this item excludes the press and public from what follows."""
    if (
        "exclu" not in title.lower()
        and "exclu" not in text.lower()
        and "private" not in title.lower()
    ):
        return False
    if EXCLUSION_TITLE_RE.search(title):
        return not (_NO_EXCLUSION_RE.search(text) and not _EXCLUSION_TEXT_RE.search(text))
    m = _EXCLUSION_TEXT_RE.search(text)
    return bool(m) and not _NO_EXCLUSION_RE.search(text)


# The page's own mark on an item: "View the reasons why item 9. is restricted".
_ITEM_RESTRICTED_LINK_RE = re.compile(
    r"^view the reasons why item\b.{0,20}\b(?:is|are)\s+restricted\b", re.IGNORECASE
)
_NAMED_RESTRICTED_RE = re.compile(
    r"(?i)\b(?:exempt|restricted|confidential|private|part\s+(?:ii|2))\b"
)


def is_item_restricted_link(text: str) -> bool:
    """Whether ``text`` is the page's link explaining why an item is restricted."""
    return bool(_ITEM_RESTRICTED_LINK_RE.match(text))


def restrict(item: ParsedItem, text: str, excluded_by: str, marked: bool) -> None:
    """Set ``item.restricted`` and its public reason from the item's title and plain
    ``text``, the page's mark (``marked``) and the exclusion in force (``excluded_by``, the
    reason, or ``""``). On a public item that mentions a restricted document, the documents
    named so (or its only document) are marked restricted instead."""
    restricted, reason, doc_mention = item_restriction(item.title, text)
    if marked and not restricted:
        restricted, reason = True, "Marked restricted on the page."
    if (
        not restricted
        and excluded_by
        and not PART_ONE_RE.search(item.title)
        and not (PART_TWO_RE.search(item.title) or is_exclusion(item.title, text))
    ):
        restricted, reason = True, excluded_by
    item.restricted = restricted
    item.restricted_reason = reason if restricted else ""
    if doc_mention and item.documents and not restricted:
        named = [d for d in item.documents if _NAMED_RESTRICTED_RE.search(d.title)]
        for d in named or (item.documents if len(item.documents) == 1 else []):
            d.restricted = True


def excluded_after(item: ParsedItem, text: str, excluded_by: str) -> str:
    """The exclusion in force after ``item`` (its reason, or ``""`` once the public is
    readmitted), given the one in force before it."""
    if PART_ONE_RE.search(item.title):
        return ""
    if PART_TWO_RE.search(item.title):
        return f"Taken in Part 2 of the meeting ({_label(item)}), in private."
    if is_exclusion(item.title, text):
        return f"Taken after the resolution to exclude the press and public ({_label(item)})."
    return excluded_by


def _label(item: ParsedItem) -> str:
    return f"item {item.number.rstrip('.')}" if item.number else f"item '{item.title}'"
