"""Spelling in British English: Hunspell en_GB plus the body's own glossary.

Only lower-case words are judged. A capitalised word in mid-sentence is a name far more often
than a slip, and acronyms have their own check; a word written the same way several times in
one meeting is more likely a term the glossary lacks than a typing slip, so it scores lower.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable

from . import dictionary
from .archive import name_words
from .findings import Check, Finding, MinutesItem
from .text import Token, normalise, plain, tokens, word_set

# Abbreviations written without their full stop once the tokeniser has dropped it.
ABBREVIATIONS = word_set(
    """etc eg ie cf approx vs nb incl cllr cllrs clr clrs dept depts govt tel ref para paras mins nos misc pp
    ps asap wef am pm tbc tba wrt nem poss prob mtg mtgs reqd tbd corresp att hrs yrs wks"""
)


_ROMAN = re.compile(r"(?i)(?=[ivxl])(x{0,3})(ix|iv|v?i{0,3})")


def _folded(word: str) -> str:
    """``word`` without its accents: "rôle" gives "role"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# Short words that a solid compound never ends or starts with: "recommendedthat",
# "dealtwithin" and "Chairsaid" are two words run together; "lookback" and "workstream" are
# compounds written solid.
_FUNCTION_WORDS = word_set(
    """the that this these those and but for with from into onto was were been being are
    has have had will would should could may might must not its their there they them then
    than which who whom what when where while whilst also only such each all any some our
    your his her she him you can did does per via within without about after before said"""
)


# Two-letter words that end a word run together after a word of four letters or more
# ("meetingis", "reportof", "agreedto", "announcementsor").
_TWO_LETTER_TAILS = word_set("is of to or")
# Two-letter words that start one, before a word of four letters or more ("todeclare",
# "bymembers", "atleast", "beheard"). Not "in", "on", "up": they start compounds written
# solid or hyphenated ("inhouse", "onsite", "upskill"), as "by" does a few, kept here.
_TWO_LETTER_HEADS = word_set("to of at be is by")
# Function words short enough that two of them run together make no word: "tothe", "asa".
_TINY = word_set("a an the to of in on at as is it be by for and or up was has")
_SOLID_WITH_HEAD = word_set("bylaw bylaws byproduct byproducts bygones bypassed")


def _joined(word: str) -> str:
    """The two words of a word run together with a short function word ("recommended that"
    for "recommendedthat", "meeting is" for "meetingis"), when nothing one edit away is a
    word, but for the first word with another ending ("meetings"): the space was lost
    where the word was whole; else ""."""
    lower = word.lower()
    if lower in _SOLID_WITH_HEAD:
        return ""
    # two short function words ("tothe", "ofthe", "asa"), or "a" before a word ("agift")
    for i in range(1, len(lower)):
        a, b = lower[:i], lower[i:]
        if a in _TINY and b in _TINY:
            return f"{word[:i]} {word[i:]}"
    if lower[:2] in _TWO_LETTER_HEADS | {"as"} and len(lower) >= 6 and dictionary.known(lower[2:]):
        return f"{word[:2]} {word[2:]}"  # "aswell"; not "in" or "on" ("inhouse", "onsite")
    if (
        lower[0] == "a"
        and len(lower) >= 5
        and lower[1] not in "aeiou"
        and dictionary.known(lower[1:])
    ):
        # "agift"; not before a vowel, where "a" would be "an": "aanother" is a key struck twice
        return f"{word[0]} {word[1:]}"
    for i in range(2, len(lower) - 1):
        a, b = lower[:i], lower[i:]
        head = a in _TWO_LETTER_HEADS and len(b) >= 4
        if not (a in _FUNCTION_WORDS or b in _FUNCTION_WORDS or b in _TWO_LETTER_TAILS or head):
            continue
        two_letters = b in _TWO_LETTER_TAILS
        if not head and (len(a) < (4 if two_letters else 3) or (len(b) < 3 and not two_letters)):
            continue
        if not (dictionary.known(a) and dictionary.known(b)):
            continue
        others = dictionary.suggestions(word, limit=3)
        if (two_letters or b in _FUNCTION_WORDS) and len(a) >= 4:
            # not the first word with another ending ("meetings" for "meetingis"); a letter
            # left out before the short word is a misspelling ("Councilor" is "Councillor")
            others = [
                s
                for s in others
                if not s.lower().startswith(a) or (len(s) > len(word) and s.lower().endswith(b))
            ]
        if not others:
            return f"{word[:i]} {word[i:]}"
    # a verb's form or an adverb run into the next word ("informedmembers", "parkingspace",
    # "previouslyagreed"): such words start no compound, as nouns do ("windfarm"); not in a
    # capitalised word, a place's name as often ("Spinningdale", "Tweeddale")
    for i in range(5, len(lower) - 3) if word[:1].islower() else ():
        a, b = lower[:i], lower[i:]
        if not _inflected(a) or not dictionary.known(b) or len(b) < 4:
            continue
        if not dictionary.suggestions(word, limit=1):
            return f"{word[:i]} {word[i:]}"
    return ""


def _inflected(word: str) -> bool:
    """Whether ``word`` is a known word in "-ed", "-ing" or "-ly" made from a known word
    ("informed", "parking", "previously")."""
    if not dictionary.known(word):
        return False
    for ending in ("ed", "ing", "ly"):
        stem = word[: -len(ending)]
        stems = (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem)
        if word.endswith(ending) and len(stem) >= 3 and any(dictionary.known(s) for s in stems):
            return True
    return False


_SHORT_PARTS = word_set("is of to in on at as by be an or it we no so")


def _words_run_together(word: str) -> str:
    """Three words or more run together where the spaces were lost ("webcastvideoisavailable"
    is "webcast video is available"): ``word`` (fourteen letters or more, no word itself) cut
    into the fewest words the dictionary knows, each of three letters or more or a short
    function word; else ""."""
    lower = word.lower()
    if not 14 <= len(lower) <= 60:
        return ""
    best: list[list[str] | None] = [None] * (len(lower) + 1)
    best[0] = []
    for end in range(1, len(lower) + 1):
        for start in range(max(0, end - 20), end):
            head = best[start]
            part = lower[start:end]
            if head is None or (len(part) < 3 and part not in _SHORT_PARTS):
                continue
            if not dictionary.known(part):
                continue
            if best[end] is None or len(head) + 1 < len(best[end]):  # type: ignore[arg-type]
                best[end] = [*head, part]
    parts = best[-1]
    if not parts or len(parts) < 3:
        return ""
    return " ".join(parts)


_RUN_FUNCTION_WORDS = word_set("of and the to in on for at by is was be with from that")


def _capitalised_runs_together(texts: list[tuple[MinutesItem, str]]) -> list[Finding]:
    """A capitalised word of fourteen letters or more, no word itself, that is three words or
    more with a short function word among them ("Afterconsiderationofcorrespondence"): the
    spaces were lost (spacing, 0.8). Names that long are seldom words of the dictionary."""
    findings: list[Finding] = []
    for item, text in texts:
        for match in re.finditer(r"(?<![\w@./-])[A-Z][a-z]{13,}(?![\w@./-])", text):
            word = match.group(0)
            if dictionary.is_word(word) or dictionary.is_word(word.lower()):
                continue
            split = _words_run_together(word)
            if not split or not set(split.split()) & _RUN_FUNCTION_WORDS:
                continue
            joined = word[0] + split[1:]
            findings.append(
                Finding(
                    Check.SPACING,
                    item.reference,
                    word,
                    f'"{word}" looks like words run together: "{joined}".',
                    0.8,
                )
            )
    return findings


# Endings that make a word of a word, not a compound: "discloseable" is "disclosable" misspelt,
# not "disclose" and "able" written solid.
_SUFFIXES = word_set("able ible ment ness less ful fully ship hood ward wards wise ally")


def _compound(word: str, tail: int = 4) -> bool:
    """Whether ``word`` is two words of four letters or more (the second of ``tail`` or
    more) written solid ("lookback", "workstream", "litterbin"): a compound the dictionary
    lacks, not a slip."""
    lower = word.lower()
    return any(
        dictionary.known(lower[:i]) and dictionary.is_word(lower[i:]) and lower[i:] not in _SUFFIXES
        for i in range(4, len(lower) - tail + 1)
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


# The longest run of letters looked up in the dictionary: longer is no word ("aaaa…" pasted, a
# hash), and looking it up costs time that grows faster than its length.
LONGEST_WORD = 45


def _capitalised(text: str) -> list[Token]:
    """Capitalised words of ``text`` (names, and words of titles): "Monitoring Repot"."""
    return [
        t
        for t in tokens(text)
        if t.is_word
        and len(t.text) <= LONGEST_WORD
        and t.text[0].isupper()
        and t.text[1:].islower()
        and "." not in t.text
    ]


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Letters added, dropped, changed or swapped with a neighbour to make ``a`` into ``b``
    (optimal string alignment), or ``limit + 1`` once it is more than ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, row = row, current
    return row[-1]


@functools.lru_cache(maxsize=16)
def _by_first_letter(names: frozenset[str]) -> dict[str, list[str]]:
    """Known names by their first letter (lower case), for finding the nearest quickly."""
    out: dict[str, list[str]] = {}
    for name in sorted(names):
        if name[:1].isupper() and len(name) >= 4:
            out.setdefault(name[0].lower(), []).append(name)
    return out


def nearest_name(word: str, names: frozenset[str]) -> str:
    """The known name one slip from ``word`` (two for a word of eight letters or more), with
    the same first letter; "" when there is none or two are equally near."""
    limit = 2 if len(word) >= 8 else 1
    lower = word.lower()
    best: list[tuple[int, str]] = []
    for name in _by_first_letter(names).get(lower[0], ()):
        if abs(len(name) - len(word)) > limit:
            continue
        distance = edit_distance(lower, name.lower(), limit)
        if 0 < distance <= limit:
            best.append((distance, name))
    best.sort()
    if not best or (len(best) > 1 and best[1][0] == best[0][0]):
        return ""
    return best[0][1]


_CALENDAR_NAMES = word_set(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday"""
)


def _dropped_or_swapped(word: str, name: str, swapped: bool = True) -> bool:
    """Whether ``word`` is ``name`` with one letter left out or (``swapped``) two neighbours
    swapped. Not a name's last letter: "Swinburn" and "Swinburne", "Clark" and "Clarke" are
    each a family's own spelling."""
    if len(name) == len(word) + 1:
        return any(name[:i] + name[i + 1 :] == word for i in range(len(name) - 1))
    if not swapped:
        return False
    diffs = [i for i in range(len(word)) if len(name) == len(word) and word[i] != name[i]]
    return (
        len(diffs) == 2
        and diffs[1] == diffs[0] + 1
        and word[diffs[0]] == name[diffs[1]]
        and word[diffs[1]] == name[diffs[0]]
    )


def _in_names(text: str) -> set[int]:
    """Where the capitalised words of ``text`` that belong to a longer name or a list of
    names start: a word followed by another capitalised word ("Teeswide Safeguarding Adults
    Board", "Bains, Chohan, Dar"), or after one in mid-sentence ("Amrik Chohan"). Only the
    archive can tell such a name is misspelt; the dictionary's names cannot."""
    words = tokens(text)
    out: set[int] = set()
    for a, b in itertools.pairwise(words):
        if not (a.is_word and b.is_word and a.text[0].isupper() and b.text[0].isupper()):
            continue
        gap = text[a.end : b.start]
        if re.fullmatch(r" ?,? ?", gap):
            out.add(a.start)
        if gap == " " and not b.sentence_start:
            out.add(b.start)
    # a surname after an initial and its full stop: "C. Newsam (Democratic Services Officer)"
    for match in re.finditer(r"(?<![A-Za-z.])[A-Z]\.[ \t]?(?=[A-Z][a-z])", text):
        out.add(match.end())
    return out


def _known_name_words(names: Iterable[str], glossary) -> frozenset[str]:
    """The capitalised words of ``names`` (the archive's and the meeting's people) and of
    the glossary's terms."""
    out = {w for name in names for w in name_words(name)}
    for term in glossary:
        out |= name_words(term)
    return frozenset(out)


def _capitalised_slips(
    items: list[MinutesItem],
    texts: list[tuple[MinutesItem, str]],
    known_terms: set[str],
    names: frozenset[str],
) -> list[Finding]:
    """Capitalised words spell-checked against the names the archive and the dictionary know.

    A capitalised word that is not a word or a known name is reported when it is one slip
    (two, in a long word) from a known name of the archive or glossary ("Stockon" for
    "Stockton", 0.8) or from a name the dictionary knows ("Horsfoth" for "Horsforth", 0.75);
    or when it is one slip from an ordinary word and opens a sentence ("Recieved", 0.7) or
    that word is written capitalised elsewhere in the minutes ("Monitoring Repot" beside
    "Report", 0.65). An unknown capitalised word near nothing known is left alone: it is
    most likely a name. So is one the minutes write three times or more.
    """
    capitalised = Counter(t.text for _, text in texts for t in _capitalised(text))
    capitalised.update(w for item in items for w in re.findall(r"[A-Z][a-z]+", item.title))
    known_lower = {n.lower() for n in names}
    findings: list[Finding] = []
    for item, text in texts:
        seen: set[str] = set()
        in_names = _in_names(text)
        for token in _capitalised(text):
            word = token.text.strip("'")
            if word.endswith("'s"):
                word = word[:-2]
            lower = word.lower()
            if (
                len(word) < 4
                or word in seen
                or capitalised[word] > 2
                or lower in known_terms
                or lower in known_lower
                or lower in ABBREVIATIONS
                or lower in _WELSH_WORDS  # "Clerc": the clerk in Welsh
                or "'" in word
                or dictionary.is_word(word)
                or dictionary.is_word(lower)
            ):
                continue
            seen.add(word)
            joined = (
                ""
                if dictionary.is_name(word)
                or token.start in in_names
                or lower in _LOWER_CASE_BRANDS
                else _joined(word)
            )
            if joined and not token.sentence_start and len(joined.split()[0]) <= 2:
                # a name inside a sentence: "She added that Bethan and Horace" is no "Be than"
                joined = ""
            if joined:
                # a capitalised word run into the next at a sentence's start ("Thereare no
                # items", "Itis understood"): the space's slip, as in lower case
                message = f'"{word}" looks like two words run together: "{joined}".'
                findings.append(Finding(Check.SPACING, item.reference, word, message, 0.85))
                continue
            british = dictionary.british(lower)
            if british and not dictionary.is_name(word) and token.start not in in_names:
                # "Gypsy and Traveler sites": American spelling capitalised is still American
                # (not in a name: "Miles Meager", "B Paramor")
                message = (
                    f'"{word}" is the American spelling; British English writes '
                    f'"{british.capitalize()}".'
                )
                findings.append(Finding(Check.SPELLING, item.reference, word, message, 0.7))
                continue
            archive = nearest_name(word, names) if names else ""
            # whether the guess is an ordinary word, not a name
            word_guess = False
            if archive:
                near, confidence = archive, 0.8
                reason = "a name the archive or the glossary knows"
            else:
                guesses = dictionary.suggestions(word, limit=3, names=True)
                # A name is trusted only for a letter dropped: a real name is as often a
                # known one with a letter added or changed ("Ridgeway", "Urdd") or two
                # swapped ("Salwey" beside "Sawley", "Hazelton" beside "Hazleton": at first
                # sight on the labelled real minutes, no such finding was a slip).
                proper = [
                    g
                    for g in guesses
                    if dictionary.is_name(g) and _dropped_or_swapped(word, g, swapped=False)
                ]
                ordinary = [g for g in guesses if not dictionary.is_name(g)]
                # A month's or a day's name one slip away is meant, whatever the slip
                # ("Januarty"): no family spells its name so.
                calendar = [g for g in guesses if g.lower() in _CALENDAR_NAMES]
                if calendar and not proper:
                    proper, ordinary = calendar[:1], []
                # In a longer name or a list of names ("Teeswide Safeguarding Adults Board",
                # "Councillors Bains, Chohan") only the archive knows the name.
                alone = token.start not in in_names
                if alone and len(proper) == 1 and not ordinary:
                    near, confidence, reason = proper[0], 0.75, "a name the dictionary knows"
                elif alone and ordinary and token.sentence_start and len(word) >= 6 and not proper:
                    near, confidence, reason = ordinary[0], 0.7, "a word"
                    word_guess = True
                else:
                    elsewhere = [g for g in ordinary if capitalised[g]]
                    # A name these minutes write twice or more, with a letter dropped or two
                    # swapped: "Wellinton" on a page that names Wellington four times.
                    written = [
                        n
                        for n, count in capitalised.items()
                        if count >= 2 and len(n) >= 7 and _dropped_or_swapped(word, n)
                    ]
                    if capitalised[word] == 1 and len(written) == 1 and not elsewhere:
                        near, confidence = written[0], 0.7
                        reason = f"a name these minutes write {capitalised[written[0]]} times"
                    elif capitalised[word] == 1 and _in_a_titled_phrase(
                        text, token, word, ordinary, proper
                    ):
                        near, confidence, reason = ordinary[0], 0.7, "a word"
                        word_guess = True
                    elif not elsewhere or capitalised[word] > 1:
                        continue
                    elif _after_a_forename(text[max(0, token.start - 60) : token.start]):
                        # a surname after a title or a forename ("Councillor Graham Penter"):
                        # near a word written elsewhere ("Peter") by chance; the archive's
                        # names alone can tell it is misspelt
                        continue
                    else:
                        near, confidence = elsewhere[0], 0.65
                        reason = "a word these minutes write capitalised elsewhere"
                        word_guess = True
            if word_guess and len(near) == len(word) and _one_letter_changed(word, near):
                # a name is as often a word with one letter changed ("Belcher" beside
                # "Beecher", "Bettle", "Quingo"): at first sight on the labelled real minutes
                # none of 5 such findings was a slip, while a letter dropped or doubled
                # ("Coleagues", "Counciilors") nearly always is. A hint.
                confidence = CHANGED_LETTER
            message = (
                f'"{word}" is not in the dictionary or the archive\'s names — did you mean '
                f'"{near}" ({reason})? If "{word}" is right, add it to the glossary.'
            )
            findings.append(_misspelt(item, word, near, message, confidence))
    return findings


def _misspelt(
    item: MinutesItem, word: str, known: str, message: str, confidence: float = 0.8
) -> Finding:
    """A spelling finding on ``word``, with the word written and the one known beside it."""
    return Finding(
        Check.SPELLING,
        item.reference,
        word,
        message,
        confidence,
        evidence=[("Written", word), ("Known", known)],
    )


_HYPHEN_AFTER = re.compile(r"-[ \t]*\n?[ \t]*([a-z]+)")
_HYPHEN_BEFORE = re.compile(r"([A-Za-z]+)-[ \t]*\n?[ \t]*$")


def _split_at_line_end(text: str, start: int, end: int, word: str) -> bool:
    """Whether ``word`` is a piece of a word a line's end split with a hyphen, as a saved PDF
    keeps it ("poten- tially", "pow- ers"): the two pieces together are a word."""
    after = _HYPHEN_AFTER.match(text, end)
    if after and dictionary.is_word(word + after.group(1)):
        return True
    before = _HYPHEN_BEFORE.search(text, max(0, start - 40), start)
    return bool(before and dictionary.is_word(before.group(1) + word))


# The end of a word split from it by a space: "roun ds".
_WORD_END = re.compile(r" ([a-z]{1,3})\b(?![-'’])")
_PREFIX_APART = re.compile(r" ([a-z]{4,})\b(?![-'’])")
_SURNAME_AFTER = re.compile(r" (?:Ma?c|O['’])?[A-Z][a-z]{2,}\b")

# How sure a capitalised word one changed letter from a word is a misspelling: a hint.
CHANGED_LETTER = 0.55


def _one_letter_changed(word: str, near: str) -> bool:
    """Whether ``word`` is ``near`` with one letter changed, not into a double of the letter
    beside it (a key struck twice, "Counciilors", is a slip)."""
    w, n = word.lower(), near.lower()
    changed = [i for i, (a, b) in enumerate(zip(w, n, strict=True)) if a != b]
    if len(changed) != 1:
        return False
    at = changed[0]
    return w[at] not in (w[at - 1 : at] + w[at + 1 : at + 2])


# A capitalised word one slip from an ordinary word, after a capitalised ordinary word: a
# title or a heading in capitals ("Corporate Direcor", "Municipal Buldings", "County
# Councilor"). A word after a title of a person ("Professor Margetts", "Bishop Mascall") or
# before the noun of a place ("Scroggy Road", "Netcall system" is lower case) is a name.
_PREVIOUS_WORD = re.compile(r"\b([A-Z][a-z]+)[ \t]+$")
_PERSONS_TITLES = word_set(
    """Professor Bishop Canon Father Sister Brother Lord Lady Sir Dame Judge Inspector Sergeant
    Constable Superintendent Chief Captain Major Colonel General Admiral President Mayor
    Alderman Deputy Pastor Rabbi Imam Reverend Dean Provost Bailie Saint Mother Master Miss
    Councillor Councillors Member Members Officer Officers Mr Mrs Ms Dr Cllr Cllrs"""
)
_PLACE_NOUNS = re.compile(
    r"[ \t]+(Road|Street|Lane|Hall|Centre|Center|Green|Park|Club|Close|Way|Avenue|Firth|Bay|"
    r"House|Court|Farm|Field|Wood|Hill|Bridge|Square|Drive|Place|Crescent|Gardens|Terrace|"
    r"Estate|School|Church|Chapel|Village|Valley|Moor|Common|Row|Walk|Mill|Cottage|Cottages|"
    r"Barn|Manor|Castle|Lodge|Grove|Rise|View|Point|Quay|Wharf|Marsh|Brook|Water)\b"
)

_SHORT_TITLE_WORDS = word_set(
    """High New Old Chief Head Vice Joint North South East West Great Upper Lower Royal Civic
    Town City Acting"""
)
# A line of three or more capitalised words and nothing else.
_ROSTER_LINE = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){2,}")


def _in_a_titled_phrase(
    text: str, token: Token, word: str, ordinary: list[str], proper: list[str]
) -> bool:
    """Whether ``word`` (capitalised, unknown, one slip from the ordinary words ``ordinary``
    and from no name) follows a capitalised ordinary word in a title or heading: "Corporate
    Direcor", "Municipal Buldings". Not when the word ends its line (a page cut short:
    "Safer & Stronger Communitie"), is a rare word, follows a person's title or comes before
    the noun of a place."""
    if proper or not ordinary or len(ordinary[0]) < 6 or len(word) < 6:
        return False
    if dictionary.rare_word(word.lower()):
        return False  # "Compulsory Registerable Interests"
    after = text[token.end : token.end + 40]
    if not after.strip(" \t") or after.lstrip(" \t")[:1] in ("\n", "/", ""):
        return False
    if _PLACE_NOUNS.match(after):
        return False
    line_start = text.rfind("\n", 0, token.start) + 1
    line_end = text.find("\n", token.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if _ROSTER_LINE.fullmatch(line.strip()):
        return False  # a table of members' surnames: "Coward Cranney Fenwick"
    match = _PREVIOUS_WORD.search(text[max(0, token.start - 40) : token.start])
    if match is None:
        return False
    previous = match.group(1)
    # Forenames are often ordinary words too ("Nick", "Carol", "Miles"): a short word before
    # is as likely a forename as a word of a title, unless it is one titles use ("High
    # Sherriff", "New Headmisteress").
    return (
        (len(previous) >= 6 or previous in _SHORT_TITLE_WORDS)
        and previous not in _PERSONS_TITLES
        and dictionary.known(previous.lower())
        and not dictionary.is_name(previous)
    )


_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?[ \t]+$")
_TITLES = word_set("Cllr Councillor Mr Mrs Ms Miss Dr Provost Bailie")


def _after_a_forename(before: str) -> bool:
    """Whether ``before`` ends with a title or a forename (a word the dictionary knows only
    capitalised: "Sarah", not "Annual")."""
    if _TITLE_INITIALS_BEFORE.search(before):
        return True  # "COUNCILLORS M COSTER": a title and an initial, then the surname
    match = _WORD_BEFORE.search(before)
    if match is None:
        return False
    return match.group(1) in _TITLES or dictionary.is_name(match.group(1))


_TITLE_INITIALS_BEFORE = re.compile(
    r"\b(?i:cllrs?|councillors?|mrs?|ms|dr)\.?[ \t]+(?:[A-Z]\.?[ \t]+){1,3}$"
)


def _capitals_slips(texts: list[tuple[MinutesItem, str]], known_terms: set[str]) -> list[Finding]:
    """A word in capitals misspelt by a letter dropped or two swapped: "RESOVLED" (0.8)."""
    findings: list[Finding] = []
    for item, text in texts:
        seen: set[str] = set()
        for token in tokens(text):
            word = token.text
            if word in seen or word.lower() in known_terms:
                continue
            seen.add(word)
            meant = dictionary.capitals_slip(word)
            if meant and _after_a_forename(text[max(0, token.start - 40) : token.start]):
                continue  # a surname in capitals, as Scots minutes write them: "Sarah DICKIE"
            if meant:
                message = f'"{word}" is not a word: did you mean "{meant}"?'
                findings.append(_misspelt(item, word, meant, message))
    return findings


# "terms(s)", "Members(s)": a plural with the optional plural ending after it as well.
_DOUBLED_PLURAL = re.compile(r"\b([A-Za-z]{2,}s)\(s\)")


def _doubled_plurals(texts: list[tuple[MinutesItem, str]]) -> list[Finding]:
    """A plural written with "(s)" after it, the plural twice (0.85): the word ends in "s" and
    is a dictionary word without it. "process(es)", "class(es)" and "member(s)" pass."""
    findings: list[Finding] = []
    for item, text in texts:
        seen: set[str] = set()
        for match in _DOUBLED_PLURAL.finditer(text):
            plural = match.group(1)
            stem = plural[:-1]
            if match.group(0).lower() in seen or plural.lower().endswith(("ss", "us", "is")):
                continue
            if not (dictionary.is_word(stem) or dictionary.is_word(stem.lower())):
                continue
            seen.add(match.group(0).lower())
            message = f'"{match.group(0)}" gives the plural twice: write "{stem}(s)" or "{plural}".'
            findings.append(
                Finding(
                    Check.SPELLING,
                    item.reference,
                    match.group(0),
                    message,
                    0.85,
                    evidence=[("Written", match.group(0)), ("Meant", f"{stem}(s)")],
                )
            )
    return findings


# Where a bilingual page's other language starts or stops: a heading's two halves ("Declarations
# of interest / Datganiadau o fudd"), a table's cells, a sentence.
_CLAUSE_BREAK = re.compile(r"[/|•\n.;:!?()]")


# Short words of Welsh and Scottish Gaelic that English never writes alone: "o", "y", "yr",
# "yn", "ac", "ar", "gan", "mae", "agus", "airson" …
_OTHER_LANGUAGE_WORDS = word_set(
    """o y yr yn ac ar gan eu ei mae gyda neu ein eich ym yng wedi bydd fydd sy agus airson aig
    bho don leis"""
)


def _foreign_spans(text: str, known_terms: set[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` not in English: clauses with a short word only Welsh or Gaelic writes
    alone, most of whose words (of three letters or more) the dictionary and the glossary do
    not know ("Datganiadau o fudd", "Cadarnhau cofnodion y Cyngor")."""
    spans: list[tuple[int, int]] = []
    start = 0
    for brk in [*_CLAUSE_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        clause = text[start:end]
        words = re.findall(r"[^\W\d_]{3,}", clause)
        small = {w.lower() for w in re.findall(r"[^\W\d_]+", clause)}
        if len(words) >= 2 and small & _OTHER_LANGUAGE_WORDS:
            unknown = sum(
                1
                for w in words
                if w.lower() not in known_terms
                and not dictionary.is_word(w)
                and not dictionary.is_word(w.lower())
            )
            if unknown * 5 >= len(words) * 3:
                spans.append((start, end))
            else:
                spans += _foreign_runs(clause, start, known_terms)
        start = end + 1
    return spans


def _foreign_runs(clause: str, offset: int, known_terms: set[str]) -> list[tuple[int, int]]:
    """Runs of Welsh or Gaelic inside a clause that goes on in English ("Derbyn ymddiheuriadau
    ac ystyried cymeradwyo rhesymau dros absenoideb To accept apologies …"): three words or
    more in a row that are short words only those languages write alone or words the
    dictionary does not know, two of them unknown, one of them such a short word."""
    runs: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    for word in [*re.finditer(r"[^\W\d_][^\W\d_'’]*", clause), None]:
        if word is not None:
            w = word.group(0)
            small = w.lower() in _OTHER_LANGUAGE_WORDS
            unknown = not small and not (
                w.lower() in known_terms or dictionary.is_word(w) or dictionary.is_word(w.lower())
            )
            if small or unknown:
                run.append(word)
                continue
        ws = [m.group(0).lower() for m in run]
        if (
            len(ws) >= 3
            and any(w in _OTHER_LANGUAGE_WORDS for w in ws)
            and sum(w not in _OTHER_LANGUAGE_WORDS for w in ws) >= 2
        ):
            runs.append((offset + run[0].start(), offset + run[-1].end()))
        run = []
    return runs


# A word typed with its last letter in capitals: "The meeting was helD on Tuesday".
_LAST_CAPITAL = re.compile(r"(?<![\w.@/\\-])([a-z]{2,}[A-Z])(?![\w@/\\-])")


# A lower-case word with one capital inside it: "reQuire".
_INNER_CAPITAL = re.compile(r"(?<![\w.@/\\#-])([a-z]{2,}[A-Z][a-z]{2,})(?![\w@/\\-])")


def _stray_last_capitals(texts: list[tuple[MinutesItem, str]]) -> list[Finding]:
    """A word whose last letter alone is a capital, or one letter inside it ("reQuire"), and
    which is a word without it (0.8): shift held a letter too long. Brands written so ("eBay",
    "iPad") have more capitals or start with one letter; units ("kW", "mA") are too short; two
    words run together ("byNick", "minutesPresent") are no word in lower case."""
    findings: list[Finding] = []
    for item, text in texts:
        for pattern, where in ((_LAST_CAPITAL, "at its end"), (_INNER_CAPITAL, "inside it")):
            for match in pattern.finditer(text):
                written = match.group(1)
                if len(written) < 3 or not dictionary.is_word(written.lower()):
                    continue
                findings.append(
                    Finding(
                        Check.SPELLING,
                        item.reference,
                        written,
                        f'"{written}" has a stray capital {where}: write "{written.lower()}".',
                        0.8,
                        evidence=[("Written", written), ("Meant", written.lower())],
                    )
                )
    return findings


_MARKUP = re.compile(r"</?[a-z][a-z0-9]*(?:\s[^<>]{0,200})?/?>")
# A letter typed three times in a word: "Maelor Willliams", "Gallloway". Not letters in
# capitals (roman numerals, "XXX"), nor sounds ("Hmmm", "Shhh", "Brrr", "zzz").
# (found by the letter thrice, then read out to the word's ends: a pattern that took the whole
# word at once would backtrack without end on a long run of letters)
_THRICE = re.compile(r"([A-Za-z])\1\1")
_WORD_AROUND = re.compile(r"[\w'’-]*")
_SOUNDS = word_set("hmm hmmm shh shhh brr brrr zzz grr grrr www")


def _tripled_letters(texts: list[tuple[MinutesItem, str]]) -> list[Finding]:
    """A word with a letter typed three times (0.85), once per item; lower-case words the
    dictionary lacks are reported by the main check already, so only capitalised ones, and
    words in capitals that are a word with one letter fewer ("MEEETING")."""
    findings: list[Finding] = []
    for item, text in texts:
        seen: set[str] = set()
        word_end = -1
        for match in _THRICE.finditer(text):
            if match.start() < word_end:
                continue  # the same word as the last
            letter = match.group(1)
            start = match.start()
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_'’-"):
                start -= 1
            around = _WORD_AROUND.match(text, match.start())
            word_end = around.end() if around else match.end()
            word = text[start:word_end]
            if len(word) > 40 or not (
                re.fullmatch(r"[A-Z]?[a-z]+", word) or re.fullmatch(r"[A-Z]+", word)
            ):
                continue
            if not word[0].isupper() or word in seen or word.lower() in _SOUNDS:
                continue
            seen.add(word)
            fixed = word.replace(letter * 3, letter * 2, 1)
            if word.isupper() and (len(fixed) < 4 or not dictionary.known(fixed.lower())):
                continue  # letters in capitals ("XXX"), not a word with one too many
            findings.append(
                Finding(
                    Check.SPELLING,
                    item.reference,
                    word,
                    f'"{word}" has one "{letter}" too many: "{fixed}"?',
                    0.85,
                    evidence=[("Written", word), ("Perhaps", fixed)],
                )
            )
    return findings


# How sure an unknown word with no word one slip away is a misspelling (see check_spelling).
NO_SUGGESTION = 0.55
# How sure an unknown word two slips from a word is a misspelling (see check_spelling).
TWO_SLIPS = 0.7
# A word made from a known one by a prefix or an ending the dictionary lacks in that pairing:
# "relooking", "disapply", "registerable", "deprioritisation". Not a misspelling.
_PREFIXES = ("re", "dis", "un", "non", "pre", "co", "de", "over", "under", "mis", "sub", "inter")
_ENDINGS = ("able", "ible", "ment", "ness", "isation", "ise", "ised", "ising")


# Misspellings that look derived ("re" and "numeration"): never taken for a known word with a
# prefix.
_NOT_DERIVED = word_set("renumeration renumerated")


def _derived(word: str) -> bool:
    lower = word.lower()
    if lower in _NOT_DERIVED:
        return False
    for prefix in _PREFIXES:
        rest = lower[len(prefix) :]
        if lower.startswith(prefix) and len(rest) >= 5 and dictionary.is_word(rest):
            return True
    for ending in _ENDINGS:
        stem = lower[: -len(ending)]
        if stem.endswith("e") and ending[0] in "ai" and not stem.endswith(("ce", "ge", "ee")):
            continue  # "discloseable": the "e" goes before a vowel ("disclosable")
        if (
            lower.endswith(ending)
            and len(stem) >= 4
            and any(dictionary.is_word(s) for s in (stem, stem + "e", stem.rstrip("i") + "y"))
        ):
            return True
    return False


# Welsh spelling: letters English writes seldom together ("dd", "ll", "ff" at a word's start,
# "wy", "ydd") — on a page that also writes Welsh's own short words, an unknown word spelled so
# is Welsh ("llonydd", "ymddiheuriadau"), not a slip.
_WELSH_SPELLING = re.compile(r"dd|^ll|^ff|^rh|wy|ydd|au$|^cy|^gw", re.I)
_WELSH_WORDS = word_set(
    """yr yn ac ar gan mae gyda neu ein eich wedi bydd sy y o lle dros isod clerc cyngor cymuned
    mis eitem rhif hefyd fel fod am busnes personol materion cofnodion ariannol cynllunio
    gohebiaeth ymddiheuriadau datgan buddiant cadeirydd cyfarfod presennol unrhyw arall
    taliadau adroddiad cyfrifon"""
)


# Firms that write their own names in lower case, as many minutes then do ("advertise the
# post on facebook"): no capital left out.
# A word with its first two letters capitals and the rest in lower case: "MInutes", "THe",
# "COuncil" (the shift key held a letter too long).
_SECOND_CAPITAL = re.compile(r"(?<![\w@./-])[A-Z]{2}[a-z]{2,}(?![\w@/-])")


def _second_capitals(texts: list[tuple[MinutesItem, str]]) -> list[Finding]:
    """A word with a capital typed for its second letter that is a word without it (0.8)."""
    findings = []
    for item, text in texts:
        for match in _SECOND_CAPITAL.finditer(text):
            word = match.group(0)
            meant = word[0] + word[1:].lower()
            if dictionary.is_word(meant) and not dictionary.is_word(word):
                message = f'"{word}" has a capital typed for its second letter: write "{meant}".'
                findings.append(Finding(Check.SPELLING, item.reference, word, message, 0.8))
    return findings


# Brands written in lower case, and trade names gone into everyday use ("a portaloo").
_LOWER_CASE_BRANDS = word_set(
    """facebook twitter youtube instagram whatsapp linkedin tiktok google zoom nextdoor
    portaloo portaloos portakabin portakabins tarmac hoover biro sellotape tannoy perspex
    astroturf velcro jacuzzi rawlplug belisha"""
)


def _lower_case_line(text: str, at: int) -> bool:
    """Whether the line around ``at`` is short, has no capital letter but its first and no full
    stop: a title or address written in lower case ("public meeting - scottish fire and rescue
    service board", a document site's heading), where a name's capital is not missing."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    line = line.strip()
    return (
        not any(c.isupper() for c in line[1:])
        and len(line.split()) <= 12
        and not re.search(r"\w\.(\s|$)", line)
    )


def _name_lists(line: str) -> list[list[str]]:
    """The parts of ``line`` that read as a list's names: one to four words, no figures."""
    return [
        part.split()
        for part in re.split(r"[,;:(]|\s[–-]|\.(?=[A-Z\s])|\band\b", line)
        if 1 <= len(part.split()) <= 4
        and all(re.fullmatch(r"[^\W\d_][\w'’-]*", w) for w in part.split())
    ]


def _lower_case_list(line: str) -> bool:
    """Whether ``line`` is a list of names that writes three or more of them in lower case
    ("PRESENT – Robert mcclelland, ewart mcauslane, elma Mitchell, chris mccallion"): names of
    two to four words with no little word of prose among them, one of them in lower case and
    no word of the dictionary, as most of the list's names."""
    names = [ws for ws in _name_lists(line) if not any(w.lower() in _PROSE_WORDS for w in ws)]
    lower = [
        ws
        for ws in names
        if len(ws) >= 2 and any(w.islower() and not dictionary.is_word(w) for w in ws)
    ]
    return len(lower) >= 3 and len(lower) * 2 >= len(names)


# Little words of prose, never part of a person's name.
_PROSE_WORDS = _FUNCTION_WORDS | word_set("a an of to in on at by as is be it or no so if")


def _names_in_lower_case(text: str, at: int, page_does: Callable[[], bool]) -> bool:
    """Whether the word at ``at`` is a name of a list written in lower case: a list of the kind
    above, or, on a page with one (``page_does()``), a line of names after its label
    ("APOLOGIES – mick taylor"). The page's way with its lists, typed in haste, not one capital
    left out: each name reported would bury the list; on the labelled real minutes none of
    them was marked."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    if _lower_case_list(line):
        return True
    label = re.match(r"\s*[A-Za-z ]{3,30}\s*[:–-]\s*(.+)$", line)
    if label is None or not page_does():
        return False
    listed = label.group(1)
    return len(_name_lists(listed)) == len(re.split(r"[,;]|\band\b", listed))


def _welsh_page(texts: list[tuple[MinutesItem, str]]) -> bool:
    """Whether the page writes Welsh: eight or more of Welsh's own short words in it."""
    count = 0
    for _, text in texts:
        count += sum(1 for w in re.findall(r"[^\W\d_]+", text) if w.lower() in _WELSH_WORDS)
        if count >= 8:
            return True
    return False


def _candidates(text: str) -> list[Token]:
    out = []
    for token in tokens(text):
        word = token.text
        if not token.is_word or "." in word or "&" in word or len(word) > LONGEST_WORD:
            continue  # (a run of letters longer than any word is no word to look up)
        if (
            text[token.start - 1 : token.start] == "("
            and text[token.start - 2 : token.start - 1].isalpha()
        ):
            continue  # the optional ending of "child(ren)", "member(s)"
        if _ROMAN.fullmatch(word) or (
            _ROMAN.fullmatch(word[1:]) and text[token.end : token.end + 1] == ")"
        ):
            continue  # list markers: "(iv)", "xii)", and with a letter before: "bii)"
        if word[1:] != word[1:].lower():
            continue  # acronyms and camel-case names (iQuanta)
        if word[0].isupper():
            continue  # names; see the module docstring
        out.append(token)
    return out


def check_spelling(
    items: list[MinutesItem], glossary=(), names: Iterable[str] = ()
) -> list[Finding]:
    """One finding per misspelt word per item. ``names`` are names the archive knows (its
    people, committees, wards, venues, organisations) and the meeting's people."""
    glossary = list(glossary)
    known_terms = glossary_words(glossary)
    texts = [(item, plain(item.minutes_html)) for item in items]
    candidates = {text: _candidates(text) for _, text in texts}
    counts = Counter(t.lower for tokens_ in candidates.values() for t in tokens_)
    known_names = _known_name_words(names, glossary)
    findings: list[Finding] = _capitalised_slips(items, texts, known_terms, known_names)
    findings += _capitals_slips(texts, known_terms)
    findings += _doubled_plurals(texts)
    findings += _stray_last_capitals(texts)
    # (and in the items' titles, which the clerk types too: "MINUTE of MEEETING No 21")
    findings += _tripled_letters(texts + [(i, normalise(i.title)) for i in items if i.title])
    findings += _capitalised_runs_together(texts)
    findings += _second_capitals(texts)
    welsh = _welsh_page(texts)
    # whether the page types a list of names in lower case: read once, when first asked
    lower_lists = functools.cache(
        lambda: any(_lower_case_list(line) for _, text in texts for line in text.split("\n"))
    )
    sought = 0  # words looked up two slips away, on this page
    for item, text in texts:
        seen: set[str] = set()
        foreign = _foreign_spans(text, known_terms)
        # Markup a page shows as text ("HTML tags allowed in your comment: <a href="" …>")
        foreign += [m.span() for m in _MARKUP.finditer(text)]
        for token in candidates[text]:
            word = token.text.strip("'")
            lower = word.lower()
            if lower in seen or len(word) < 3:
                continue
            if any(a <= token.start < b for a, b in foreign):
                continue  # a Welsh or Gaelic heading beside the English one, or markup
            seen.add(lower)
            if lower in known_terms or lower in ABBREVIATIONS or dictionary.is_word(word):
                continue
            if lower in _LOWER_CASE_BRANDS or _names_in_lower_case(text, token.start, lower_lists):
                continue
            if _split_at_line_end(text, token.start, token.end, word):
                continue  # "poten- tially", "pow- ers": a word a line's end split, not misspelt
            parts = [p for p in lower.replace("/", "-").split("-") if p]
            if len(parts) > 1 and all(p in known_terms or dictionary.is_word(p) for p in parts):
                continue
            if "/" in word and any(dictionary.is_word(p) for p in lower.split("/")):
                continue  # a bilingual pair: "mynwentydd/cemetery", "cynnwys/inc"
            if _folded(word) != word and dictionary.is_word(_folded(word)):
                continue  # "rôle", "naïve": the dictionary has them without the accent
            if _derived(word):
                continue  # "relooking", "registerable": a known word with a prefix or ending
            if welsh and (_WELSH_SPELLING.search(word) or lower in _WELSH_WORDS):
                continue  # a Welsh word of a bilingual page
            if (
                len(word) >= 6
                and word.islower()
                and dictionary.is_word(word.capitalize())
                and dictionary.is_word(word[:-1])
            ):
                # a word with a letter added at its end, which makes a name: "the hawthorne
                # hedge" is a hawthorn, not a Hawthorne
                message = (
                    f'"{word}" is not a word (it is a name, capitalised) — did you mean '
                    f'"{word[:-1]}"?'
                )
                findings.append(_misspelt(item, word, word[:-1], message))
                continue
            if (
                (len(word) >= 5 or lower in ("june", "july"))  # (a month's name is one)
                and word.islower()
                and dictionary.is_word(word.capitalize())
                and not dictionary.british(word)  # "center" is American, not a name
                and lower not in _LOWER_CASE_BRANDS
                and not _lower_case_line(text, token.start)
            ):
                # A name written without its capital: "England and wales", "Dr. Elaine
                # venables". Not a misspelling: a capital left out, so a wrong-word finding.
                message = (
                    f'"{word}" is a name here, written without its capital: write '
                    f'"{word.capitalize()}".'
                )
                findings.append(Finding(Check.SLIP, item.reference, word, message, 0.75))
                continue
            joined = _joined(word) or _words_run_together(word)
            if joined:
                message = f'"{word}" looks like two words run together: "{joined}".'
                # A space left out, not a word misspelt: the spacing check's kind.
                findings.append(Finding(Check.SPACING, item.reference, word, message, 0.85))
                continue
            # a space typed inside a word: "roun ds" is "rounds" (the end no word itself)
            rest = _WORD_END.match(text, token.end)
            if (
                rest
                and word.islower()
                and not dictionary.is_word(rest.group(1))
                and dictionary.is_word(word + rest.group(1))
            ):
                split = text[token.start : rest.end()]
                message = f'A space inside the word "{word}{rest.group(1)}" ("{split}"): delete it.'
                findings.append(Finding(Check.SPACING, item.reference, split, message, 0.8))
                continue
            # a prefix typed apart from its word: "mis communication", "pre arranged"
            head = _PREFIX_APART.match(text, token.end)
            if (
                head
                and len(word) <= 4
                and word.islower()
                and dictionary.is_word(word + head.group(1))
            ):
                split = text[token.start : head.end()]
                message = f'A space inside the word "{word}{head.group(1)}" ("{split}"): delete it.'
                findings.append(Finding(Check.SPACING, item.reference, split, message, 0.8))
                continue
            # a forename written without its capital before the surname: "Mr. ian Cosens"
            if (
                word.islower()
                and dictionary.is_name(word.capitalize())
                and _SURNAME_AFTER.match(text, token.end)
            ):
                message = (
                    f'"{word}" is a name here, written without its capital: write '
                    f'"{word.capitalize()}".'
                )
                findings.append(Finding(Check.SLIP, item.reference, word, message, 0.75))
                continue
            british = dictionary.british(word)
            if british:
                message = f'"{word}" is the American spelling; British English writes "{british}".'
                findings.append(Finding(Check.SPELLING, item.reference, word, message, 0.7))
                continue
            if dictionary.rare_word(word):
                continue
            compound = _compound(word)
            guesses = dictionary.suggestions(word)
            if compound:
                # two words written solid ("lookback"), unless a word is there with a letter
                # the clerk dropped or two swapped ("discused" is "disc" and "used", but
                # "discussed" was meant)
                guesses = [g for g in guesses if _dropped_or_swapped(word, g)]
                compound = not guesses
            # A word of three letters written onto another ("litterbin", "carpark") is a
            # compound too when no word is one slip away ("governmet" is "government").
            compound = compound or (not guesses and _compound(word, tail=3))
            repeated = counts[lower] >= 3
            if not guesses and repeated:
                continue
            # Two slips from a word, of the kinds a typist makes together ("relavent",
            # "adbscence", "expeceetd"): a finding too, less sure than one slip.
            # (a few words a page: each costs a few hundred look-ups)
            eligible = not (guesses or compound or not word.islower() or len(word) > 14)
            two = dictionary.two_slips(word) if eligible and sought < 2 else []
            sought += eligible
            # With no word one slip away it is a local, technical or foreign word far more
            # often than a slip: on the labelled real minutes, at first sight, 0 of 22 such
            # findings were a slip a reader marked. A hint, below the default threshold. Two
            # words written solid ("lookback") are nearly always a compound the dictionary
            # lacks: lower still.
            confidence = 0.85 if guesses else TWO_SLIPS if two else NO_SUGGESTION
            guesses = guesses or two
            if compound:
                confidence = 0.5
            if repeated:
                confidence -= 0.2
            message = f'"{word}" is not in the British English dictionary or the glossary.'
            if guesses:
                message += " Did you mean " + " or ".join(f'"{g}"' for g in guesses) + "?"
            findings.append(Finding(Check.SPELLING, item.reference, word, message, confidence))
    return findings
