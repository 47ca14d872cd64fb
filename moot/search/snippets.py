"""Snippets: a short window of text around the words a query matched, the matches marked.

The same code serves both engines, so highlights agree whichever engine found the unit. The
text given is always text the viewer may read, taken from the database at query time.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html import escape  # Django's own wraps it for lazy strings: a tenth of a snippet's time

from django.utils.safestring import SafeString, mark_safe

from .query import STOP_WORDS, WORD_RE, ParsedQuery, stem

WIDTH = 240
LEAD = 60


def _matcher(query: ParsedQuery):
    stems = {s for s in query.highlight_stems() if s not in STOP_WORDS}
    forms = query.highlight_forms()

    def matches(token: str) -> str | None:
        """The query term ``token`` matches (so distinct terms can be counted), or None."""
        if token in forms:
            return token
        if len(token) <= 40:
            s = stem(token)
            if s in stems:
                return s
        return None

    return matches


@lru_cache(maxsize=256)
def _candidates(stems: frozenset[str], forms: frozenset[str]) -> re.Pattern:
    """The words of a text that may match: those beginning as a stem begins (or an acronym).

    A stem keeps its word's first three letters in all but a few irregular words ("dying",
    "die"), so scanning for those beats stemming every word of a long page; a rare miss
    only leaves a word unmarked. ``satisfies`` stems every word, and decides.
    """
    starts = sorted({s[:3] for s in stems if s} | set(forms))
    if not starts:
        return re.compile(r"(?!)")
    alternatives = "|".join(re.escape(s) for s in starts)
    return re.compile(rf"(?<![^\W_])(?:{alternatives})[^\W_]*", re.IGNORECASE)


def highlight(text: str, query: ParsedQuery, width: int = WIDTH) -> SafeString:
    """Escaped ``text`` cut to about ``width`` characters around the best cluster of matches,
    each match in ``<mark>``. Text without a match gives its opening words, unmarked.

    Costs one scan of the text for likely words, stemming only those; stems are cached.
    """
    text = _collapsed(text)
    return _snippet(text, _scan(text, query), width)


def checked_highlight(
    texts: list[str], query: ParsedQuery, width: int = WIDTH
) -> SafeString | None:
    """``highlight`` of the last of ``texts`` if the query matches ``texts`` (``satisfies``),
    else None. The snippet's scan of that text also serves the quick re-check."""
    *others, shown = texts
    text = _collapsed(shown)
    found = _scan(text, query)
    quick = _quick(query) and _has_all(
        query, {t for _, _, t in found} | {t for o in others for _, _, t in _scan(o, query)}
    )
    ok = quick or _stems_satisfy(texts, query)
    return _snippet(text, found, width) if ok else None


def _collapsed(text: str | None) -> str:
    return " ".join((text or "").split())  # runs of white space as one space, ends trimmed


def _scan(text: str | None, query: ParsedQuery) -> list[tuple[int, int, str]]:
    """(start, end, term) of each word of ``text`` the query matches."""
    if not text:
        return []
    matches = _matcher(query)
    words = _candidates(query.highlight_stems(), query.highlight_forms())
    return [(m.start(), m.end(), t) for m in words.finditer(text) if (t := matches(m.group()))]


def _snippet(text: str, found: list[tuple[int, int, str]], width: int) -> SafeString:
    if not text:
        return mark_safe("")
    start = _best_start(found, width)
    start = max(0, start - LEAD) if found else 0
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < start + 20 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + width // 2 else end
    return _marked(text, found, start, end)


def _marked(text: str, found: list[tuple[int, int, str]], start: int, end: int) -> SafeString:
    out = ["…" if start else ""]
    cursor = start
    for s, e, _ in found:
        if s < start or e > end:
            continue
        out.append(escape(text[cursor:s]))
        out.append(f"<mark>{escape(text[s:e])}</mark>")
        cursor = e
    out.append(escape(text[cursor:end]))
    if end < len(text):
        out.append("…")
    return mark_safe("".join(out))


def _best_start(found: list[tuple[int, int, str]], width: int) -> int:
    """Where the window with the most distinct matched terms (then most matches) begins."""
    best, best_score = 0, (0, 0)
    for i, (s, _, _) in enumerate(found):
        terms, count = set(), 0
        for _, e2, term in found[i:]:
            if e2 - s > width - LEAD:
                break
            terms.add(term)
            count += 1
        if (len(terms), count) > best_score:
            best, best_score = s, (len(terms), count)
    return best


def highlight_title(title: str, query: ParsedQuery) -> SafeString:
    """The whole title, escaped, matches marked."""
    matches = _matcher(query)
    found = [(m.start(), m.end(), t) for m in WORD_RE.finditer(title) if (t := matches(m.group()))]
    return _marked(title, found, 0, len(title))


def satisfies(texts: list[str], query: ParsedQuery) -> bool:
    """Does the query match ``texts`` (the parts of one unit the viewer may read now)?

    The same test the engines make — every word, phrase and acronym present, no excluded
    one — made again on the database's text, so an index entry that has gone stale (the
    item was made exempt, the text was edited) cannot make a result appear, even one with
    a harmless snippet: its mere presence would say what the withheld text contains.
    """
    return _surely_satisfies(texts, query) or _stems_satisfy(texts, query)


def _stems_satisfy(texts: list[str], query: ParsedQuery) -> bool:
    """``satisfies`` the long way: every word of the texts stemmed."""
    tokens = [t for text in texts for t in WORD_RE.findall(text or "")]
    written = set(tokens)
    stems = [stem(t) if len(t) <= 40 else "" for t in tokens]
    stem_set = set(stems)

    def found(part) -> bool:
        if part.acronym:
            return any(f in written for f in part.forms)
        terms = part.terms()
        if len(terms) <= 1:
            return bool(terms) and terms[0][1] in stem_set
        first, last = terms[0][1], terms[-1][0]
        return any(
            stems[i] == first and all(stems[i + place] == s for place, s in terms)
            for i in range(len(stems) - last)
        )

    return all(found(p) for p in query.positive) and not any(found(p) for p in query.negative)


def _surely_satisfies(texts: list[str], query: ParsedQuery) -> bool:
    """A quick yes for the usual query — words and acronyms, no phrase, nothing excluded —
    found by the scan ``highlight`` makes (likely words only, each stemmed and compared).

    It never says yes wrongly: every term it counts is a whole word of the text whose stem
    (or written form) the query asked for. A no is not final: ``satisfies`` then stems every
    word, as it does for phrases and exclusions.
    """
    if not _quick(query):
        return False
    return _has_all(query, {term for text in texts for _, _, term in _scan(text, query)})


def _quick(query: ParsedQuery) -> bool:
    """Can a scan for likely words say yes to this query (no phrase, nothing excluded)?"""
    return not query.negative and not any(p.is_phrase for p in query.positive)


def _has_all(query: ParsedQuery, seen: set[str]) -> bool:
    """Are all the query's words (stems) and acronyms (a written form) among ``seen``?"""
    return all(
        any(f in seen for f in p.forms) if p.acronym else p.stems[0] in seen for p in query.positive
    )
