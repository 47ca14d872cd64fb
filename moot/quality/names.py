"""A person's name spelled two ways in one set of minutes ("Councillor Clarke" and
"Councillor Clark", "Blair Park" and "Blair-Park").

Names are read only after a title ("Councillor", "Cllr", "Mr", "Mrs", "Dr" …), initials
skipped. Two spellings are one name when they differ only by a hyphen or space, or by one
letter in a name of five letters or more with the same first letter. The spelling reported is
the one that is not a recorded name (the meeting's attendance and the committee's members) or,
with no record to go by, the one written less often; two recorded people, a tie, or titles of
different people ("Mr" and "Mrs") say nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from . import dictionary
from .findings import Check, Finding, MinutesItem
from .text import plain, word_set

_TITLE = r"(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Alderman)"
# A surname: "Clarke", "O'Brien", "MacGarry" or "McKay" (its capital inside), "Blair-Park".
SURNAME = r"(?:Ma?c[A-Z][a-z]+|[A-Z][a-z]+(?:'[A-Z][a-z]+)?)"
_NAME = rf"({SURNAME}(?:(?:-| )[A-Z][a-z]+)?)"
_NAMED = re.compile(rf"\b({_TITLE})\.?\s+((?:[A-Z]\.?\s+){{0,3}}){_NAME}")
# The next name of a list after a plural title: "Councillors Anderson, Bains and Blair-Park".
_LISTED = re.compile(rf"\s*(?:,|,?\s*and|&)\s+((?:[A-Z]\.?\s+){{0,3}}){_NAME}")
_RECORDED = re.compile(rf"{_NAME}\s*$")
_MALE = {"Mr"}
_LABELS = {
    "the recorded name": "Recorded name",
    "the spelling written more often": "Written more often",
    "the spelling of the list of names": "In the list of names",
}
_FEMALE = {"Mrs", "Ms", "Miss"}


def _key(name: str) -> str:
    return re.sub(r"[-\s]", "", name).lower()


def _one_apart(a: str, b: str, shortest: int = 5) -> bool:
    if a == b or a[0] != b[0] or min(len(a), len(b)) < shortest or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 1 or (
            len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]]
        )
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _recorded(people: Iterable[str]) -> set[str]:
    """Surnames (and double-barrelled surnames) of the recorded people, as keys."""
    out = set()
    for person in people:
        match = _RECORDED.search(person.strip())
        if match:
            out.add(_key(match.group(1)))
            out.add(_key(match.group(1).split()[-1]))
    return out


_LIST_LABEL = re.compile(r"\s*(?:present|in attendance|attendance|members present)\b", re.I)


def _in_a_list(text: str, at: int) -> bool:
    """Whether the name at ``at`` is on a line of names: a line that opens with "Present" or
    the like, or that holds no word in lower case outside brackets ("Councillor C. Sirett",
    "Cllr J Matthews (Mayor)")."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end != -1 else len(text)]
    return bool(_LIST_LABEL.match(line)) or not re.search(
        r"\b[a-z]{3,}\b", re.sub(r"\([^)]*\)", "", line)
    )


def check_names(items: list[MinutesItem], people: Iterable[str] = ()) -> list[Finding]:
    """One finding (0.75 against a recorded name, 0.7 by count) per spelling of a name that
    another spelling in the same minutes contradicts."""
    counts: Counter[str] = Counter()
    titles: dict[str, set[str]] = {}
    first: dict[str, str] = {}
    listed_names: set[str] = set()  # spellings written in a list of names (the attendance)
    initials: dict[str, set[str]] = {}  # the initials each spelling is written with ("" none)
    for item in items:
        text = plain(item.minutes_html)
        for match in _NAMED.finditer(text):
            title, initial, name = match.groups()
            found = [(initial, name)]
            if title.lower() in ("councillors", "cllrs", "cllrs."):
                end = match.end()
                while listed := _LISTED.match(text, end):
                    found.append((listed.group(1), listed.group(2)))
                    end = listed.end()
            for initial, name in found:
                if " " in name and name.split()[1] in ("Council", "Chair", "Chairman", "Leader"):
                    name = name.split()[0]
                initials.setdefault(name, set()).add(re.sub(r"[^A-Z]", "", initial))
                counts[name] += 1
                titles.setdefault(name, set()).add(title.rstrip("."))
                first.setdefault(name, item.reference)
                if _in_a_list(text, match.start()):
                    listed_names.add(name)
    people = list(people)
    recorded = _recorded(people)
    written_as = {m.group(1) for p in people if (m := _RECORDED.search(p.strip()))}
    # A recorded spelling the minutes never write after a title is compared too ("A MacGarry"
    # in the attendance, "Cllr A Macgarry" in an item), though only ever as the right one.
    for person in people:
        if (m := _RECORDED.search(person.strip())) and m.group(1) not in counts:
            counts[m.group(1)] = 0
            titles[m.group(1)] = set()
            before = person.strip()[: m.start()].split()
            initials.setdefault(m.group(1), set()).add(
                "".join(w[0] for w in before if len(w.strip(".")) == 1 and w[0].isupper())
            )
    findings: list[Finding] = []
    reported: set[str] = set()
    names = sorted(counts)
    for a in names:
        for b in names:
            if a >= b:
                continue
            ka, kb = _key(a), _key(b)
            if not (ka == kb or _one_apart(ka, kb)):
                continue
            ta, tb = titles[a], titles[b]
            if (ta & _MALE and tb & _FEMALE) or (ta & _FEMALE and tb & _MALE):
                continue
            ia, ib = initials[a], initials[b]
            if "" not in ia | ib and ia.isdisjoint(ib):
                continue  # "Mr W MacKay" and "Mr D Mackay": two people, told apart by initials
            if ka == kb and (a in written_as) != (b in written_as):
                # the same letters, a hyphen or a space apart: the record says which
                wrong, right = (b, a) if a in written_as else (a, b)
                confidence, why = 0.75, "the recorded name"
            elif recorded and ka != kb:
                if (ka in recorded) == (kb in recorded):
                    continue
                wrong, right = (b, a) if ka in recorded else (a, b)
                confidence, why = 0.75, "the recorded name"
            elif counts[a] != counts[b]:
                wrong, right = (a, b) if counts[a] < counts[b] else (b, a)
                confidence, why = 0.7, "the spelling written more often"
            elif ka != kb:
                # A tie between two spellings a letter apart, with no record to say which is
                # right: the one of a list of names, where the page has one the check cannot
                # read as its attendance ("Councillor C. Sirett" on a line of its own among
                # those present, "Councillor C. Sirret abstained from the vote").
                if (a in listed_names) == (b in listed_names):
                    continue
                wrong, right = (b, a) if a in listed_names else (a, b)
                confidence, why = 0.65, "the spelling of the list of names"
            else:
                # A tie between "Blair Park" and "Blair-Park": a hyphen in a name is typed on
                # purpose, and a space is what a lost hyphen leaves (a line break, a paste).
                wrong, right = (a, b) if " " in a else (b, a)
                confidence, why = 0.65, "written with its hyphen, which is seldom added by mistake"
            if wrong in reported or not counts[wrong]:
                continue
            reported.add(wrong)
            findings.append(
                Finding(
                    check=Check.NAME,
                    item_reference=first[wrong],
                    text=wrong,
                    message=(
                        f'"{wrong}" and "{right}" look like one person\'s name spelled two ways '
                        f'in these minutes; "{right}" is {why}. A name misspelt in the record '
                        f"is hard to search for and discourteous: use one spelling throughout."
                    ),
                    confidence=confidence,
                    evidence=[
                        ("Written", wrong),
                        (_LABELS.get(why, "Written with its hyphen"), right),
                    ],
                )
            )
    return findings + _forenames(items, reported)


# A forename and a surname, with or without a title before them: "Malcolm James" (each pair
# of capitalised words, overlapping: "Cllr Laim Gourlay" holds "Laim Gourlay").
_FULL_NAME = re.compile(
    r"(?=[A-Z])(?<![A-Za-z])(?=([A-Z][a-z]{2,})[ \t]+"
    r"(?!(?:Mrs?|Ms|Miss|Dr|Cllrs?|Councillors?|Prof|Revd?|Sir|Lady|Lord)\b)"
    r"((?:Ma?c)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b)"
)


def _forenames(items: list[MinutesItem], reported: set[str]) -> list[Finding]:
    """A forename misspelt beside the same person's name written right ("Malcom James" and
    "Mr Malcolm James", "Laim Gourlay" and "Liam Gourlay"), 0.7: the same surname after two
    forenames a letter apart, one a name the dictionary knows, the other no word or name it
    knows. Two people of one family have two real names ("Kyle" and "Kylie" pass)."""

    forenames: dict[str, dict[str, str]] = {}  # surname: forename: the first item's reference
    for item in items:
        for match in _FULL_NAME.finditer(plain(item.minutes_html)):
            forename, surname = match.groups()
            forenames.setdefault(surname, {}).setdefault(forename, item.reference)
    findings = []
    for surname, written in sorted(forenames.items()):
        if dictionary.is_word(surname.lower()):
            continue  # "Washington Rotary": a body's name, not a person's
        for wrong, reference in sorted(written.items()):
            if wrong in reported or dictionary.known(wrong) or dictionary.known(wrong.lower()):
                continue
            right = next(
                (
                    f
                    for f in sorted(written)
                    if _one_apart(wrong.lower(), f.lower(), shortest=3) and dictionary.is_name(f)
                ),
                "",
            )
            if not right:
                continue
            reported.add(wrong)
            findings.append(
                Finding(
                    check=Check.NAME,
                    item_reference=reference,
                    text=f"{wrong} {surname}",
                    message=(
                        f'"{wrong} {surname}" and "{right} {surname}" look like one person\'s '
                        f'name spelled two ways in these minutes; "{right}" is a forename, '
                        f'"{wrong}" is not. Use one spelling throughout.'
                    ),
                    confidence=0.7,
                    evidence=[
                        ("Written", f"{wrong} {surname}"),
                        ("Also written", f"{right} {surname}"),
                    ],
                )
            )
    return findings


# A name with its initials in brackets, as attendance lists and action notes write them:
# "S Hughes (SH)", "Kerry Wilcox (KW)", "P.F. Watson (PFW)".
_WITH_INITIALS = re.compile(
    r"(?<![\w.])((?:(?:[A-Z]\.?\s*){1,3}\s|(?:[A-Z][a-z'’]+\s+){1,2})[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)"
    r"\s*\(([A-Z]{2,4})\)"
)


# A role written as a name is: "Silvia Muras, Vice Chair (SM)" gives the initials to the name.
_ROLE_WORDS = word_set(
    """Chair Chairman Chairwoman Chairperson Vice Deputy Treasurer Secretary Clerk Officer
    Mayor Provost Convener Leader President Manager Director Councillor Member Representative"""
)
_BODY_WORDS = word_set(
    """Council Committee Board Authority Partnership Panel Police Service Trust Group Forum
    Association Society Agency"""
)
_TITLES_BEFORE = re.compile(rf"^(?:{_TITLE}\.?\s+)+")


def _initials(name: str) -> set[str]:
    """The initials a name may be given: every part's ("Mary Ann Smith": MAS) or the first
    and the last ("MS"); a double-barrelled surname gives one or both ("Blair-Park": BP, B).
    A title before the name gives none ("Cllrs Glyn Charlton": GC)."""
    name = _TITLES_BEFORE.sub("", name)
    parts = re.findall(r"[A-Z]", re.sub(r"[a-z'’]+", "", name.split()[-1]))
    forenames = re.findall(r"[A-Z]", " ".join(name.split()[:-1]))
    out = set()
    for surname in {parts[0], "".join(parts)}:
        out.add("".join(forenames) + surname)
        if forenames:
            out.add(forenames[0] + surname)
    return out


def _theirs(name: str, letters: str) -> bool:
    """Whether ``letters`` are the initials of ``name``: its own, or with a middle name's the
    minutes do not write ("L. Cooney (LMC)")."""
    own = _initials(name)
    # A label or a heading read with the name: "Present Drew Russell (DR)", "Planning Avril
    # Tulloch (AT)": the initials of its last two words are the person's.
    words = name.split()
    if len(words) >= 3:
        own |= _initials(" ".join(words[-2:]))
    # A title and a surname alone ("Cllr Illingworth (TI)"): the forename is not written,
    # so any initials ending in the surname's are theirs.
    if own and all(len(o) == 1 for o in own):
        return any(letters.endswith(o) for o in own)
    return letters in own or any(
        len(letters) > len(o) and letters[0] == o[0] and letters[-1] == o[-1] for o in own
    )


_AFTER_A_NAME = re.compile(r"([A-Z][\w'’-]+)\s*\(([A-Z]{2,4})\)")


def _shared_letters(texts) -> set[str]:
    """Letters written in brackets after two or more different names."""
    names: dict[str, set[str]] = {}
    for text in texts:
        for match in _AFTER_A_NAME.finditer(text):
            names.setdefault(match.group(2), set()).add(match.group(1))
    return {letters for letters, before in names.items() if len(before) >= 2}


def _keeps_an_end(name: str, letters: str) -> bool:
    """Whether ``letters`` share their first or their last letter with initials ``name``
    may be given."""
    return any(own[0] == letters[0] or own[-1] == letters[-1] for own in _initials(name))


# A capitalised word and "of" before a name: "House of Multiple Occupancy (HMO)" is a thing's
# name whose letters begin before the words read as a person's.
_WORD_OF_BEFORE = re.compile(r"\b([A-Z])[a-z]+[ \t]+(?:of|for|in|and|on)[ \t]+$")


def _longer_name(text: str, match: re.Match) -> bool:
    """Whether the letters after a name (``match``) are those of a longer name, begun by a word
    and "of" before it."""
    before = _WORD_OF_BEFORE.search(text[max(0, match.start() - 40) : match.start()])
    return before is not None and match.group(2).startswith(before.group(1))


def check_initials(items: list[MinutesItem]) -> list[Finding]:
    """A name whose bracketed initials are not its own ("J Hughes (JM)", 0.75), in minutes
    that give two or more others their initials rightly: a slip in the list that the actions
    then use. Letters that are a role ("Mr Smith (CEO)") are no initials: where no name has
    its initials right, nothing is said."""
    pairs: list[tuple[MinutesItem, str, str]] = [
        (item, match.group(1), match.group(2))
        for item in items
        for text in [plain(item.minutes_html)]
        for match in _WITH_INITIALS.finditer(text)
        if not _longer_name(text, match)
    ]
    # not a role ("Vice Chair (SM)") nor a body read as a name ("Evison Aberdeenshire Council
    # (AE)": the person's name is before it)
    pairs = [p for p in pairs if not (_ROLE_WORDS | _BODY_WORDS) & set(p[1].split())]
    # Letters in brackets after two people's names are their body's, not their initials:
    # "Cllr Martin Earl (SC), Cllr Jeremy McDonald (SC)" (both of Stirling Council).
    shared = _shared_letters(plain(item.minutes_html) for item in items)
    pairs = [p for p in pairs if p[2] not in shared]
    wrong = [(item, name, letters) for item, name, letters in pairs if not _theirs(name, letters)]
    # three letters or more ending in "C", not theirs, are the council a member sits on:
    # "Cllr Alan Bowness (CCC)" of a county council; the acronym check reports them
    wrong = [w for w in wrong if not re.fullmatch(r"[A-Z]{2,4}C", w[2])]
    if len(pairs) - len(wrong) < 2:
        return []
    # A slip in typing initials keeps their first or last letter ("J Hughes (JM)"); letters
    # that share neither are another thing's, a body's the person came from: "Roy Henderson
    # (NT)" of the National Trust, beside "Cath Johnson (LDNPA)"
    wrong = [w for w in wrong if _keeps_an_end(w[1], w[2])]
    findings: list[Finding] = []
    for item, name, letters in wrong:
        own = sorted(_initials(name), key=len)[0]
        findings.append(
            Finding(
                check=Check.NAME,
                item_reference=item.reference,
                text=f"{name} ({letters})",
                message=(
                    f'"{name}" is given the initials {letters}, which are not theirs ({own}), '
                    f"where the other names' initials are their own: an action given to "
                    f"{letters} would not reach them."
                ),
                confidence=0.75,
                evidence=[("Name", name), ("Initials written", letters)],
            )
        )
    return findings
