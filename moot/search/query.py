"""The query language people type, parsed once and compiled by each engine.

``housing "care home" -closure CSPs`` means: documents with a word stemming like "housing",
the phrase "care home", no word stemming like "closure", and the acronym CSP (or CSPs) as
written. Every positive part must match (AND); there is no OR or field syntax, so nothing a
visitor types can reach a field the engine keeps for entitled viewers.

Words are split the way the index splits text (on anything that is not a letter or a digit),
so "covid-19" is searched as the phrase "covid 19". Common English words ("the", "of") are
dropped from plain words, as PostgreSQL's english configuration does, so both engines agree;
inside a quoted phrase they stay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import tantivy

from moot.meetings.words import ACRONYM_RE

# PostgreSQL's (and Snowball's) English stop words.
STOP_WORDS = frozenset(
    [
        "i",
        "me",
        "my",
        "myself",
        "we",
        "our",
        "ours",
        "ourselves",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "he",
        "him",
        "his",
        "himself",
        "she",
        "her",
        "hers",
        "herself",
        "it",
        "its",
        "itself",
        "they",
        "them",
        "their",
        "theirs",
        "themselves",
        "what",
        "which",
        "who",
        "whom",
        "this",
        "that",
        "these",
        "those",
        "am",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "having",
        "do",
        "does",
        "did",
        "doing",
        "a",
        "an",
        "the",
        "and",
        "but",
        "if",
        "or",
        "because",
        "as",
        "until",
        "while",
        "of",
        "at",
        "by",
        "for",
        "with",
        "about",
        "against",
        "between",
        "into",
        "through",
        "during",
        "before",
        "after",
        "above",
        "below",
        "to",
        "from",
        "up",
        "down",
        "in",
        "out",
        "on",
        "off",
        "over",
        "under",
        "again",
        "further",
        "then",
        "once",
        "here",
        "there",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "both",
        "each",
        "few",
        "more",
        "most",
        "other",
        "some",
        "such",
        "no",
        "nor",
        "not",
        "only",
        "own",
        "same",
        "so",
        "than",
        "too",
        "very",
        "s",
        "t",
        "can",
        "will",
        "just",
        "don",
        "should",
        "now",
    ]
)

WORD_RE = re.compile(r"[^\W_]+")
_TOKEN_RE = re.compile(r'(-?)"([^"]*)"?|(-?)(\S+)')
MAX_PARTS = 12


@lru_cache(maxsize=1)
def analyzer() -> tantivy.TextAnalyzer:
    """The analyzer of tantivy's ``en_stem`` tokenizer, for stemming queries and snippets."""
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(40))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.stemmer("english"))
        .build()
    )


def index_analyzer() -> tantivy.TextAnalyzer:
    """How the tantivy index reads text: as ``analyzer`` does, less the stop words, which
    keep their places (so "task and finish group" is "task", a gap, "finish", "group"), as
    PostgreSQL's english configuration reads it. Stop words are nearly half the words of a
    page and match nearly every unit; leaving them out makes a rebuild a fifth quicker."""
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(40))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.custom_stopword(sorted(STOP_WORDS)))
        .filter(tantivy.Filter.stemmer("english"))
        .build()
    )


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    stems = analyzer().analyze(word)
    return stems[0] if stems else ""


@dataclass(frozen=True)
class Part:
    """One word, acronym or phrase of a query.

    ``words`` are as typed (lower-cased); ``acronym`` parts match the unstemmed forms only.
    """

    words: tuple[str, ...]
    acronym: bool = False
    negated: bool = False
    forms: tuple[str, ...] = ()  # an acronym's forms, case as written

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1

    @cached_property
    def stems(self) -> tuple[str, ...]:
        return tuple(stem(w) for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(self.words)

    def terms(self) -> tuple[tuple[int, str], ...]:
        """(place, stem) of each word the index keeps, places counted from the first of them:
        a phrase's stop words leave gaps (``"task and finish group"`` is task at 0, finish
        at 2, group at 3), as do words too long to index. Empty for stop words alone."""
        kept = [
            (i, s)
            for i, (w, s) in enumerate(zip(self.words, self.stems, strict=True))
            if s and w not in STOP_WORDS
        ]
        return tuple((i - kept[0][0], s) for i, s in kept)


@dataclass(frozen=True)
class ParsedQuery:
    parts: tuple[Part, ...] = field(default_factory=tuple)
    raw: str = ""

    @cached_property
    def positive(self) -> tuple[Part, ...]:
        return tuple(p for p in self.parts if not p.negated)

    @cached_property
    def negative(self) -> tuple[Part, ...]:
        return tuple(p for p in self.parts if p.negated)

    def __bool__(self) -> bool:
        """A query only of exclusions finds nothing: there is nothing to rank."""
        return bool(self.positive)

    def highlight_stems(self) -> frozenset[str]:
        return self._highlight_stems

    def highlight_forms(self) -> frozenset[str]:
        return self._highlight_forms

    # Worked out once a query: a page of snippets asks for them hundreds of times. (A frozen
    # dataclass may cache so: ``cached_property`` writes to the instance's dict directly.)
    @cached_property
    def _highlight_stems(self) -> frozenset[str]:
        return frozenset(s for p in self.positive if not p.acronym for s in p.stems)

    @cached_property
    def _highlight_forms(self) -> frozenset[str]:
        return frozenset(f for p in self.positive if p.acronym for f in p.forms)


def parse(raw: str) -> ParsedQuery:
    """Parse what a visitor typed. Never fails: anything unparseable is read as words."""
    raw = (raw or "").strip()[:500]
    parts: list[Part] = []
    seen: set[Part] = set()
    for match in _TOKEN_RE.finditer(raw):
        if match.group(2) is not None:
            negated, text, quoted = bool(match.group(1)), match.group(2), True
        else:
            negated, text, quoted = bool(match.group(3)), match.group(4), False
        part = _part(text, negated, quoted)
        if part is not None and part not in seen:
            seen.add(part)
            parts.append(part)
        if len(parts) >= MAX_PARTS:
            break
    return ParsedQuery(parts=tuple(parts), raw=raw)


def _part(text: str, negated: bool, quoted: bool) -> Part | None:
    tokens = WORD_RE.findall(text)
    if not tokens:
        return None
    if len(tokens) == 1 and ACRONYM_RE.fullmatch(tokens[0]):
        # An acronym matches as written (case too), and a written plural its singular: "CSPs"
        # finds CSP and CSPs; "ONS" finds ONS but never "on", its stem; "IT" never "it".
        written = tokens[0]
        forms = (written[:-1], written) if written.endswith("s") else (written,)
        return Part(words=(written.lower(),), acronym=True, negated=negated, forms=forms)
    words = tuple(t.lower() for t in tokens if len(t) <= 40)
    if not quoted and len(words) == 1 and words[0] in STOP_WORDS:
        return None
    if not words:
        return None
    return Part(words=words, negated=negated)
