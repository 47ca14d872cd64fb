"""Words in the domain's text that every way out reads alike: acronyms as written."""

from __future__ import annotations

import re

# Two to seven capitals and digits, at least two capitals, perhaps a plural "s": DAPO, CSPs,
# ONS, S106A. Longer runs of capitals are shouted words ("RECOMMENDATIONS"), not acronyms.
ACRONYM_RE = re.compile(r"(?=(?:[0-9]*[A-Z]){2})[A-Z0-9]{2,7}s?")
# A cheap first pass for ``acronyms``: a whole word of capitals and digits, two to seven long
# (perhaps a plural "s"), found by scanning for capitals rather than splitting every word.
_ACRONYM_CANDIDATE_RE = re.compile(r"[A-Z0-9](?<![^\W_][A-Z0-9])[A-Z0-9]{1,6}s?(?![^\W_])")


def acronyms(text: str) -> set[str]:
    """The acronyms written in ``text``, as written (search indexes them unstemmed, case kept).

    The same as keeping the words (runs of letters and digits) that ``ACRONYM_RE`` matches
    whole, about five times faster on long text (it matters to ``moot reindex``).
    """
    if not text:
        return set()  # most units have no title or no secret: no scan for them
    return {t for t in _ACRONYM_CANDIDATE_RE.findall(text) if ACRONYM_RE.fullmatch(t)}
