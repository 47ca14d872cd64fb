"""The British English dictionary: the en_GB Hunspell files (LibreOffice's, as Debian's
``hunspell-en-gb`` package installs them), read by Hunspell itself through Enchant (the
``pyenchant`` package and the system's ``libenchant-2``), plus a short shipped list of
local-government words they lack (terms.txt), and a shipped list of rarer words they lack
(rare_words.txt.gz; see ``rare_word``).

Enchant looks for the files where Hunspell keeps them: its own configuration folder first
(``ENCHANT_CONFIG_DIR``, else ``~/.config/enchant``, in a ``hunspell`` folder), then the
system's (``/usr/share/hunspell`` on Debian). They are about 1.2 MB; nothing is fetched at
run time. Loading takes a few hundredths of a second, once per process, on first use.
"""

from __future__ import annotations

import functools
import gzip
import itertools
import os
import string
from collections.abc import Iterable
from importlib.resources import files
from pathlib import Path

NAME = "en_GB"
PACKAGE = "hunspell-en-gb"
LIBRARY = "libenchant-2-2"
# Where Debian, Ubuntu, Fedora and Homebrew put Hunspell dictionaries.
SYSTEM_FOLDERS = (
    "/usr/share/hunspell",
    "/usr/share/myspell",
    "/usr/share/myspell/dicts",
    "/usr/local/share/hunspell",
    "/opt/homebrew/share/hunspell",
)


class DictionaryMissing(RuntimeError):
    """The en_GB Hunspell files, or the Enchant library that reads them, are not installed."""


def _folders() -> list[str]:
    config = os.environ.get("ENCHANT_CONFIG_DIR") or os.path.join(
        os.environ.get("XDG_CONFIG_HOME") or os.path.expanduser("~/.config"), "enchant"
    )
    return [os.path.join(config, "hunspell"), *SYSTEM_FOLDERS]


def _missing(why: str) -> DictionaryMissing:
    return DictionaryMissing(
        f"{why}: the minutes checks need it. Install the {PACKAGE} and {LIBRARY} packages "
        f"(apt-get install {PACKAGE} {LIBRARY}), or set ENCHANT_CONFIG_DIR to a folder whose "
        f"hunspell folder holds {NAME}.dic and {NAME}.aff. Hunspell's files are looked for in: "
        + ", ".join(_folders())
    )


def dictionary_folder() -> Path:
    """The first folder Enchant's Hunspell reader looks in that holds en_GB.dic and
    en_GB.aff (the benches read the files themselves)."""
    for folder in _folders():
        path = Path(folder)
        if (path / f"{NAME}.dic").is_file() and (path / f"{NAME}.aff").is_file():
            return path
    raise _missing(f"The British English dictionary ({NAME}.dic and {NAME}.aff) is not installed")


@functools.cache
def _hunspell():
    """Hunspell's en_GB dictionary, through Enchant; Hunspell only, never another of
    Enchant's spell-checkers, whose word lists differ."""
    try:
        import enchant
    except ModuleNotFoundError as error:  # the Python package itself
        raise DictionaryMissing(
            "The pyenchant package is not installed: run `make install` (it installs the "
            "versions in requirements/dev.lock)."
        ) from error
    except ImportError as error:  # pyenchant raises it when libenchant-2 is not installed
        raise _missing(f"The Enchant library is not installed ({error})") from error
    broker = enchant.Broker()
    broker.set_ordering(NAME, "hunspell")
    if not broker.dict_exists(NAME):
        raise _missing(
            f"The British English dictionary ({NAME}.dic and {NAME}.aff) is not installed"
        )
    found = broker.request_dict(NAME)
    if found.provider.name != "hunspell":
        raise _missing(f"Enchant reads {NAME} with {found.provider.name}, not Hunspell")
    return found


@functools.cache
def _terms() -> frozenset[str]:
    lines = (files("moot.quality") / "terms.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@functools.lru_cache(maxsize=20000)
def known(word: str) -> bool:
    """Whether Hunspell en_GB (or the shipped list of local-government terms, terms.txt)
    accepts ``word`` as written (Hunspell's case rules included)."""
    return word.lower() in _terms() or (bool(word) and _hunspell().check(word))


RARE_WORDS = "rare_words.txt.gz"
# The shortest word the rare list keeps: a slip of a short word is often some rare short word
# ("adn", "fo", "hte" are not, but "aal", "abo", "ait" are): below five letters the list would
# hide slips more often than it spares words.
RARE_MIN_LETTERS = 5


@functools.cache
def _rare_words() -> frozenset[str]:
    data = (files("moot.quality") / RARE_WORDS).read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").split())


def rare_word(word: str) -> bool:
    """Whether ``word``, in lower case, is a real English word that Hunspell en_GB lacks
    ("barbeque", "registerable", "relooking", "undernoted"), as rare_words.txt.gz lists them
    (see ``rare_words_from``; ``moot build_rare_words`` writes it; SCOWL's copyright and
    licence are in SCOWL-COPYRIGHT.txt). On the labelled real minutes, at first sight, seven
    misspelling findings in eight rounds were such words, and no labelled slip was one."""
    return word.islower() and len(word) >= RARE_MIN_LETTERS and word in _rare_words()


def rare_words_from(
    rare: Iterable[str], common: Iterable[str], frequent: Iterable[str] = ()
) -> list[str]:
    """The words for ``rare_word``, from SCOWL's British lists as Debian installs them: the
    words of ``rare`` (size 95, ``wbritish-huge``) in lower case, letters a to z only,
    ``RARE_MIN_LETTERS`` or more, that Hunspell en_GB rejects — less those one letter from a
    word of ``common`` (size 50, ``wbritish``), since a rare word that near a common one is
    more often its slip ("reginal" for "regional") — unless ``frequent`` (size 70,
    ``wbritish-large``) holds them too ("barbeque", one letter from "barbecue")."""
    common_words = {w.strip() for w in common}
    frequent_words = {w.strip() for w in frequent}
    out = set()
    for line in rare:
        word = line.strip()
        if not (
            len(word) >= RARE_MIN_LETTERS
            and word.isascii()
            and word.isalpha()
            and word.islower()
            and not is_word(word)
        ):
            continue
        near = any(c != word and c in common_words for c in _one_edit(word))
        if near and word not in frequent_words:
            continue
        out.add(word)
    return sorted(out)


def is_word(word: str) -> bool:
    """Whether ``word`` is British English, allowing possessives and hyphenated compounds."""
    if known(word):
        return True
    for ending in ("'s", "s'", "'"):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            stem = word[: -len(ending)] + ("s" if ending == "s'" else "")
            if known(stem) or (ending == "s'" and known(word[:-1])):
                return True
    if "-" in word or "/" in word:
        parts = [p for p in word.replace("/", "-").split("-") if p]
        return bool(parts) and all(is_word(p) for p in parts)
    return False


_LETTERS = string.ascii_lowercase


def suggestions(word: str, limit: int = 3, names: bool = False) -> list[str]:
    """British words one edit away from ``word`` (a letter missing, swapped, extra or wrong).

    Cheaper than Hunspell's own suggester (a few hundred look-ups, a few milliseconds), and a
    slip is almost always one edit from what was meant. With ``names``, a capitalised word's
    suggestions include the names the dictionary knows only capitalised ("Stockton" for
    "Stockon"), and keep the word's first letter.
    """
    lower = word.lower()
    if names and word[:1].isupper():
        return _name_suggestions(word[:1] + lower[1:], limit)
    out: list[str] = []
    for candidate in _one_edit(lower):
        if candidate != lower and candidate not in out and len(candidate) > 1 and known(candidate):
            out.append(candidate)
            if len(out) >= limit:
                break
    if word[:1].isupper():
        out = [c[:1].upper() + c[1:] for c in out]
    return out


def two_slips(word: str, limit: int = 2) -> list[str]:
    """British words two slips from ``word`` (lower case, seven letters or more) of the kinds
    a typist makes together: two letters too many ("adbscence", absence), one too many and
    two swapped ("expeceetd", expected), two vowels written wrong ("relavent", relevant). Not
    every two edits: a few hundred look-ups, not tens of thousands."""
    lower = word.lower()
    if len(lower) < 7:
        return []
    seen: set[str] = set()
    out: list[str] = []
    candidates: list[str] = []
    vowels = [i for i, ch in enumerate(lower) if ch in "aeiou"]
    if len(vowels) <= 5:
        for i, j in itertools.combinations(vowels, 2):
            for a in "aeiou":
                for b in "aeiou":
                    candidates.append(lower[:i] + a + lower[i + 1 : j] + b + lower[j + 1 :])
    singles = sorted({lower[:i] + lower[i + 1 :] for i in range(len(lower))})
    candidates += [c[:j] + c[j + 1] + c[j] + c[j + 2 :] for c in singles for j in range(len(c) - 1)]
    candidates += [c[:j] + c[j + 1 :] for c in singles for j in range(len(c))]
    for candidate in candidates:
        if candidate in seen or candidate == lower:
            continue
        seen.add(candidate)
        if len(candidate) >= 5 and known(candidate):
            out.append(candidate)
            if len(out) >= limit:
                break
    return out


def _one_edit(word: str) -> list[str]:
    """The strings one edit from ``word`` (lower case), most likely slip first: a letter left
    out, two swapped, one doubled or extra, one wrong."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    candidates: list[str] = []
    candidates += [a + c + b for a, b in splits for c in _LETTERS]
    candidates += [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    candidates += [a + b[1:] for a, b in splits if b]
    candidates += [a + c + b[1:] for a, b in splits if b for c in _LETTERS]
    return candidates


def _name_suggestions(word: str, limit: int) -> list[str]:
    """Capitalised words (names and ordinary words) one edit after the first letter of
    ``word``, most likely first: a slip seldom touches a name's first letter."""
    head, tail = word[0], word[1:]
    out: list[str] = []
    for candidate in _one_edit(tail):
        candidate = head + candidate
        if candidate != word and candidate not in out and len(candidate) > 2 and known(candidate):
            out.append(candidate)
            if len(out) >= limit:
                break
    return out


def capitals_slip(word: str) -> str:
    """The word a word in capitals of six letters or more misspells by a letter dropped, a
    letter typed twice or two swapped ("RESOVLED" → "RESOLVED", "UNDERTAKENN"), in capitals; "" when it is not one. An acronym
    that long which is one such slip from an ordinary word is rare."""
    if len(word) < 6 or not word.isalpha() or not word.isupper():
        return ""
    lower = word.lower()
    if known(lower) or known(lower.capitalize()):
        return ""
    # a letter typed twice: "UNDERTAKENN" (any letter too many, "MEMEORIAL", would take
    # "REGISTERABLE" for a slip)
    for i in range(1, len(lower)):
        if lower[i] == lower[i - 1] and known(lower[:i] + lower[i + 1 :]):
            return (lower[:i] + lower[i + 1 :]).upper()
    for guess in suggestions(lower, limit=3):
        if len(guess) == len(lower) + 1 and any(
            guess[:i] + guess[i + 1 :] == lower for i in range(len(guess))
        ):
            return guess.upper()
        if len(guess) == len(lower) and sorted(guess) == sorted(lower):
            diffs = [i for i in range(len(lower)) if guess[i] != lower[i]]
            if len(diffs) == 2 and diffs[1] == diffs[0] + 1:
                return guess.upper()
    return ""


def is_name(word: str) -> bool:
    """Whether the dictionary knows ``word`` only capitalised: a name ("Stockton")."""
    return known(word) and not known(word.lower())


# American endings and the British ones for them, most telling first.
_AMERICAN = (
    ("yzing", "ysing"),
    ("yzed", "ysed"),
    ("yze", "yse"),
    ("yzes", "yses"),
    ("ors", "ours"),
    ("or", "our"),
    ("ers", "res"),
    ("er", "re"),
    ("ered", "red"),
    ("eling", "elling"),
    ("eled", "elled"),
    ("eler", "eller"),
    ("ense", "ence"),
    ("og", "ogue"),
    ("ogs", "ogues"),
    ("ment", "ement"),
)


def british(word: str) -> str:
    """The British spelling of an American one ("color" → "colour", "center" → "centre",
    "analyzed" → "analysed", "traveled" → "travelled"), or "" when ``word`` is not one.

    Only words Hunspell en_GB rejects reach here, so Oxford "-ize" spellings (which it
    accepts) are never reported.
    """
    lower = word.lower()
    for american, ours in _AMERICAN:
        if lower.endswith(american) and len(lower) > len(american) + 2:
            candidate = lower[: -len(american)] + ours
            if known(candidate):
                return candidate
        inner = lower.replace("or", "our", 1) if american == "or" and "or" in lower[1:] else ""
        if inner and inner != lower and known(inner):
            return inner  # "colorful", "neighborhood"
    return ""
