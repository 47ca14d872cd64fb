"""Plain text and words of minutes, shared by the checks."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

from moot.meetings.html import to_text

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
# Letters include accented ones ("café", "naïve"): a word is never cut at a diacritic.
_L = r"[^\W_]"
_WORD_RE = re.compile(rf"(?:{_L}|[£%])(?:{_L}|['£%.,\-/&])*(?:{_L}|%)|{_L}")
# Addresses are not words: masked (same length, so offsets hold) before the checks read text.
_LINK_RE = re.compile(
    r"\b(?:https?://|www\.)\S+|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|\b[\w\-]+(?:\.[\w\-]+)*"
    r"\.(?:gov|org|co|ac|nhs|police|com|net|uk|wales|scot|cymru)\b\.?(?:uk|wales|cymru)?(?:/\S*)?",
    re.I,
)
# A file's path printed on the page ("L:\_CNPA Board\Board minutes 10 october 2003.doc") is
# not prose: from its drive letter or share to its file's ending on the line, else to the
# next space.
_PATH_RE = re.compile(
    r"(?<![\w\\])(?:[A-Za-z]:|\\\\[\w.\-]+)\\(?:[^\n]{0,200}?\.(?:docx?|xlsx?|pptx?|pdf|rtf|odt|txt|html?|msg)\b"
    r"|\S*)",
    re.I,
)
_DIGIT = re.compile(r"\d")
_SHOUTED_WORD = re.compile(r"[A-Za-z]{2,}")


def shouted(line: str) -> bool:
    """Whether ``line`` is written in capitals throughout ("APOLOGIES FOR ABSENCE"): three or
    more words, and at least four in five of its letters upper case."""
    # counted by the string's own methods, not letter by letter in Python: every line of
    # every item is asked
    letters = sum(map(str.isalpha, line))
    if not letters or sum(map(str.isupper, line)) < 0.8 * letters:
        return False
    return len(_SHOUTED_WORD.findall(line)) >= 3


def cut_off_word(text: str) -> str:
    """The last word of ``text`` when the text stops on it with no punctuation after, as a
    page or item cut short does ("… the Committee was asked to recomm", "An ex-resid"), with
    any hyphenated head; else ""."""
    match = re.search(r"((?:[^\W\d_]+-)*[^\W\d_]+)\s*\Z", text)
    return match.group(1) if match else ""


def ends_mid_sentence(text: str) -> bool:
    """Whether ``text`` stops in the middle of a sentence: its last line runs to three words
    or more and ends on a word or a comma, not on a full stop, colon or closing bracket.
    A shorter line is a heading or a name, not a cut sentence, unless it stops in mid-word:
    on the first letters of a longer word used earlier ("… WM Mossop had shown.\nWM Mosso")."""
    lines = [ln for ln in text.strip().split("\n") if ln.strip()]
    if not lines:
        return False
    last = lines[-1].strip()
    if len(last.split()) >= 3:
        return bool(re.search(r"[^\W_,]\s*,?\Z", last))
    word = re.search(r"([^\W\d_]{3,})\Z", last)
    if not word or len(lines) < 2:
        return False
    stem = word.group(1)
    return any(
        w != stem and w.startswith(stem)
        for w in re.findall(rf"\b{re.escape(stem)}[^\W\d_]+", "\n".join(lines[:-1]))
    )


def normalise(text: str) -> str:
    """Straight quotes and plain hyphens, so patterns need only one spelling of each."""
    return text.translate(_QUOTES)


def plain(html: str) -> str:
    """The minutes as normalised plain text, one line per paragraph or list item. Every
    check reads each item's text: it is worked out once (kept for the last 512 texts)."""
    return _plain(html)


@functools.lru_cache(maxsize=512)
def _plain(html: str) -> str:
    return mask_links(normalise(to_text(html)))


def mask_links(text: str) -> str:
    """``text`` with web and e-mail addresses and files' paths blanked out, keeping every
    other offset."""
    text = _LINK_RE.sub(lambda m: " " * len(m.group()), text)
    if "\\" in text:
        text = _PATH_RE.sub(lambda m: " " * len(m.group()), text)
    return text


class Token(NamedTuple):
    """A word or a figure, where it is, whether it opens a sentence, whether it is a word
    (letters, no figure) and its lower case: asked of each token by every check, so worked
    out once. A named tuple: a page has thousands, made afresh for each page."""

    text: str
    start: int
    end: int
    sentence_start: bool
    is_word: bool
    lower: str


def tokens(text: str) -> list[Token]:
    """Words and figures of ``text`` in order, each knowing whether it opens a sentence.

    A figure keeps its decimal point, thousands commas and per cent sign ("13.7%", "£1,250");
    trailing punctuation is dropped. Quoted or bracketed words count as sentence starts when
    the bracket opens a line. Each check reads the same texts: they are tokenised once.
    """
    return list(_tokens(text))


_THOUSANDS = re.compile(r"£?\d{1,3}(,\d{3})+(\.\d+)?%?")


def _word_starts(text: str) -> Iterator[tuple[str, int]]:
    """Each word or figure of ``text`` and where it starts."""
    # (a match ends on a letter, a figure or "%": "end." and "items," keep their word, and a
    # figure's own "." or "," stays inside)
    for match in _WORD_RE.finditer(text):
        word = match.group()
        yield (_first_of_commas(word) if "," in word else word), match.start()


def _first_of_commas(word: str) -> str:
    """``word`` up to its first comma, unless the comma is a figure's thousands: "report,the"
    (a missing space) or "1,2" keep their first part; "£1,250" stays whole."""
    if "," in word and not _THOUSANDS.fullmatch(word):
        return word.split(",")[0]
    return word


@functools.lru_cache(maxsize=512)
def _tokens(text: str) -> tuple[Token, ...]:
    out: list[Token] = []
    append = out.append  # (a page has thousands of tokens: the loop is kept lean)
    for word, start in _word_starts(text):
        # most words follow a space after a letter or a figure, and open no sentence
        if start > 1 and text[start - 1] == " " and text[start - 2].isalnum():
            opens = False
        else:
            opens = _opens_sentence(text, start)
        is_word = word[0].isalpha() and (word.isalpha() or not _DIGIT.search(word))
        append(Token(word, start, start + len(word), opens, is_word, word.lower()))
    return tuple(out)


def _opens_sentence(text: str, start: int) -> bool:
    # Read back from ``start`` past spaces, quotes and brackets (not copying the text before:
    # a long item has thousands of tokens).
    i = start - 1
    while i >= 0 and text[i] in " \t\"'(":
        i -= 1
    if i > 0 and text[i] == "." and _initial(text, i - 1):
        return False  # a person's initial: "J. Baskett", "Mrs P.F. Watson"
    return i < 0 or text[i] in ".!?:;\n•"


def _initial(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a capital letter standing alone, as an initial does."""
    return text[i].isupper() and (i == 0 or text[i - 1] in " \t.(\n")


def sentences(text: str) -> list[str]:
    """Sentences of ``text`` (line ends and full stops followed by a capital)."""
    out: list[str] = []
    for line in text.splitlines():
        out.extend(s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"'(])", line) if s.strip())
    return out


def words(text: str) -> list[str]:
    """Lower-case words and figures, for comparing texts (the tokens' words, read without
    making tokens: the copy checks ask it of every sentence)."""
    return [_first_of_commas(word) for word in _WORD_RE.findall(text.lower())]


def excerpt(text: str, start: int, end: int, width: int = 40) -> str:
    """``text[start:end]`` with some context either side, on one line."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    snippet = text[left:right].replace("\n", " ")
    return ("…" if left else "") + snippet.strip() + ("…" if right < len(text) else "")


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``: how the checks write their word lists."""
    return frozenset(text.split())
