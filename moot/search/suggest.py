"""Suggestions ("did you mean"): a corrected query for a search that found nothing.

Each plain word of the query that public text lacks is replaced by the spelling one edit away
(a letter left out, added, changed, or two swapped) that public text has most; the corrected
query is offered only if it finds something for the viewer — a real search, visibility and
re-check included.

Why this leaks nothing: candidates are weighed only against text everyone may read (on
tantivy the public fields, which only units open to the public fill; on PostgreSQL the rows
open to the public), and a suggestion is shown only when the viewer's own search for it finds
results. So a word only withheld text contains is never suggested, to anyone.
"""

from __future__ import annotations

import re
import string

from moot.access.policy import Viewer

from .engine import Filters, get_engine
from .query import ParsedQuery, parse, stem

LETTERS = string.ascii_lowercase
# Words shorter than this are left alone: one edit from a three-letter word is another word.
MIN_LENGTH = 4
MAX_WORDS = 4


def edits(word: str) -> set[str]:
    """Every spelling one edit from ``word`` (Damerau–Levenshtein distance 1)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    changes = {a + c + b[1:] for a, b in splits if b for c in LETTERS}
    inserts = {a + c + b for a, b in splits for c in LETTERS}
    return (deletes | swaps | changes | inserts) - {word}


def correction(query: ParsedQuery) -> str | None:
    """The query with each unknown plain word replaced by its likeliest public spelling, or
    None when no word needs (or has) a correction. Costs one engine call of term counts."""
    words = [
        p.words[0]
        for p in query.positive
        if not p.acronym and not p.is_phrase and len(p.words[0]) >= MIN_LENGTH
    ]
    if not words or len(words) > MAX_WORDS or not all(w.isalpha() and w.isascii() for w in words):
        return None
    engine = get_engine()
    known = engine.public_frequencies({stem(w) for w in words})
    unknown = [w for w in words if not known.get(stem(w))]
    if not unknown:
        return None
    candidates = {w: {c: stem(c) for c in edits(w)} for w in unknown}
    counts = engine.public_frequencies({s for c in candidates.values() for s in c.values()})
    raw = query.raw
    changed = False
    for word, spellings in candidates.items():
        scored = [(counts.get(s, 0), c) for c, s in spellings.items() if counts.get(s, 0)]
        if not scored:
            continue
        # The commonest in public text; between equals, the alphabetically first (stable).
        best = max(scored, key=lambda pair: (pair[0], [-ord(ch) for ch in pair[1]]))[1]
        raw = re.sub(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", best, raw, flags=re.IGNORECASE)
        changed = True
    return raw if changed else None


def did_you_mean(viewer: Viewer, query: ParsedQuery, filters: Filters | None = None) -> str | None:
    """A corrected query to offer ``viewer`` whose search for ``query`` found nothing: only
    one that finds something for them with the same filters."""
    from .service import search

    suggested = correction(query)
    if suggested is None:
        return None
    if search(viewer, parse(suggested), filters, per_page=1).total == 0:
        return None
    return suggested
