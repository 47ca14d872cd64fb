"""Spelling in British English: Hunspell en_GB plus the body's own glossary.

Only lower-case words are judged. A capitalised word in mid-sentence is a name far more often
than a slip, and acronyms have their own check; a word written the same way several times in
one meeting is more likely a term the glossary lacks than a typing slip, so it scores lower.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from . import dictionary
from .findings import Check, Finding, MinutesItem
from .text import Token, normalise, plain, tokens, word_set

# Abbreviations written without their full stop once the tokeniser has dropped it.
ABBREVIATIONS = word_set(
    """etc eg ie cf approx vs nb incl cllr cllrs dept govt tel ref para paras mins nos misc pp
    ps asap wef am pm"""
)


_ROMAN = re.compile(r"(?i)(?=[ivxl])(x{0,3})(ix|iv|v?i{0,3})")


def _folded(word: str) -> str:
    """``word`` without its accents: "rôle" gives "role"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# Short words that a solid compound never ends or starts with: "recommendedthat" is two
# words run together; "lookback" and "workstream" are compounds written solid.
_FUNCTION_WORDS = word_set(
    """the that this these those and but for with from into onto was were been being are
    has have had will would should could may might must not its their there they them then
    than which who whom what when where while whilst also only such each all any some our
    your his her she him you can did does per via"""
)


def _joined(word: str) -> str:
    """The two words of a word run together with a short function word ("recommended that"
    for "recommendedthat"), when nothing one edit away is a word; else ""."""
    lower = word.lower()
    for i in range(2, len(lower) - 1):
        a, b = lower[:i], lower[i:]
        if not (a in _FUNCTION_WORDS or b in _FUNCTION_WORDS):
            continue
        if (
            min(len(a), len(b)) >= 3
            and dictionary.known(a)
            and dictionary.known(b)
            and not dictionary.suggestions(word, limit=1)
        ):
            return f"{word[:i]} {word[i:]}"
    return ""


def _compound(word: str) -> bool:
    """Whether ``word`` is two words of four letters or more written solid ("lookback",
    "workstream"): a compound the dictionary lacks, not a slip."""
    lower = word.lower()
    return any(
        dictionary.known(lower[:i]) and dictionary.is_word(lower[i:])
        for i in range(4, len(lower) - 3)
    )


def glossary_words(glossary) -> set[str]:
    """Lower-case words of the glossary's terms ("Thornaby-on-Tees", "iQuanta")."""
    out: set[str] = set()
    for term in glossary:
        for word in normalise(term).replace("/", " ").split():
            word = word.strip(".,;:()\"'").lower()
            if word:
                out.add(word)
                out.update(p for p in word.split("-") if p)
    return out


def _capitalised(text: str) -> list[Token]:
    """Capitalised words of ``text`` (names, and words of titles): "Monitoring Repot"."""
    return [
        t
        for t in tokens(text)
        if t.is_word and t.text[0].isupper() and t.text[1:].islower() and "." not in t.text
    ]


def _capitalised_slips(
    items: list[MinutesItem], texts: list[tuple[MinutesItem, str]], known_terms: set[str]
) -> list[Finding]:
    """A capitalised word one slip away from an ordinary word the meeting writes capitalised
    elsewhere: "Monitoring Repot" where "Report" is written, "Trask and Finish" where "Task"
    is. Names are left alone: the nearby word must be an ordinary dictionary word used
    capitalised in these minutes, and the slip must occur only once."""
    capitalised = Counter(t.text for _, text in texts for t in _capitalised(text))
    capitalised.update(w for item in items for w in re.findall(r"[A-Z][a-z]+", item.title))
    findings: list[Finding] = []
    for item, text in texts:
        for token in _capitalised(text):
            word = token.text.strip("'")
            if (
                len(word) < 4
                or capitalised[word] > 1
                or word.lower() in known_terms
                or dictionary.is_word(word)
                or dictionary.is_word(word.lower())
            ):
                continue
            near = [
                g
                for g in dictionary.suggestions(word, limit=5)
                if capitalised[g] and dictionary.known(g.lower())
            ]
            if near:
                message = (
                    f'"{word}" is not a word; these minutes write "{near[0]}" elsewhere. '
                    "If it is a name, add it to the glossary."
                )
                findings.append(Finding(Check.SPELLING, item.reference, word, message, 0.65))
    return findings


def _candidates(text: str) -> list[Token]:
    out = []
    for token in tokens(text):
        word = token.text
        if not token.is_word or "." in word or "&" in word:
            continue
        if (
            text[token.start - 1 : token.start] == "("
            and text[token.start - 2 : token.start - 1].isalpha()
        ):
            continue  # the optional ending of "child(ren)", "member(s)"
        if _ROMAN.fullmatch(word):
            continue  # list markers: "(iv)", "xii)"
        if any(c.isupper() for c in word[1:]):
            continue  # acronyms and camel-case names (iQuanta)
        if word[0].isupper():
            continue  # names; see the module docstring
        out.append(token)
    return out


def check_spelling(items: list[MinutesItem], glossary=()) -> list[Finding]:
    """One finding per misspelt word per item."""
    known_terms = glossary_words(glossary)
    texts = [(item, plain(item.minutes_html)) for item in items]
    counts = Counter(t.lower for _, text in texts for t in _candidates(text))
    findings: list[Finding] = _capitalised_slips(items, texts, known_terms)
    for item, text in texts:
        seen: set[str] = set()
        for token in _candidates(text):
            word = token.text.strip("'")
            lower = word.lower()
            if lower in seen or len(word) < 3:
                continue
            seen.add(lower)
            if lower in known_terms or lower in ABBREVIATIONS or dictionary.is_word(word):
                continue
            parts = [p for p in lower.replace("/", "-").split("-") if p]
            if len(parts) > 1 and all(p in known_terms or dictionary.is_word(p) for p in parts):
                continue
            if _folded(word) != word and dictionary.is_word(_folded(word)):
                continue  # "rôle", "naïve": the dictionary has them without the accent
            joined = _joined(word)
            if joined:
                message = f'"{word}" looks like two words run together: "{joined}".'
                findings.append(Finding(Check.SPELLING, item.reference, word, message, 0.85))
                continue
            british = dictionary.british(word)
            if british:
                message = f'"{word}" is the American spelling; British English writes "{british}".'
                findings.append(Finding(Check.SPELLING, item.reference, word, message, 0.7))
                continue
            compound = _compound(word)
            guesses = [] if compound else dictionary.suggestions(word)
            repeated = counts[lower] >= 3
            if not guesses and repeated:
                continue
            # With no word one slip away it is as often a local or technical word as a slip:
            # a hint, just at the default threshold. Two words written solid ("lookback") are
            # nearly always a compound the dictionary lacks: below it.
            confidence = 0.85 if guesses else 0.6
            if compound:
                confidence = 0.5
            if repeated:
                confidence -= 0.2
            message = f'"{word}" is not in the British English dictionary or the glossary.'
            if guesses:
                message += " Did you mean " + " or ".join(f'"{g}"' for g in guesses) + "?"
            findings.append(Finding(Check.SPELLING, item.reference, word, message, confidence))
    return findings
