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

from .findings import Check, Finding, MinutesItem
from .text import plain

_TITLE = r"(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Alderman)"
_NAMED = re.compile(
    rf"\b({_TITLE})\.?\s+(?:[A-Z]\.?\s+){{0,3}}([A-Z][a-z]+(?:'[A-Z][a-z]+)?(?:(?:-| )[A-Z][a-z]+)?)"
)
# The next name of a list after a plural title: "Councillors Anderson, Bains and Blair-Park".
_NAME = r"([A-Z][a-z]+(?:'[A-Z][a-z]+)?(?:(?:-| )[A-Z][a-z]+)?)"
_LISTED = re.compile(rf"\s*(?:,|,?\s*and|&)\s+(?:[A-Z]\.?\s+){{0,3}}{_NAME}")
_RECORDED = re.compile(r"([A-Z][a-z]+(?:'[A-Z][a-z]+)?(?:(?:-| )[A-Z][a-z]+)?)\s*$")
_MALE = {"Mr"}
_LABELS = {
    "the recorded name": "Recorded name",
    "the spelling written more often": "Written more often",
}
_FEMALE = {"Mrs", "Ms", "Miss"}


def _key(name: str) -> str:
    return re.sub(r"[-\s]", "", name).lower()


def _one_apart(a: str, b: str) -> bool:
    if a == b or a[0] != b[0] or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
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


def check_names(items: list[MinutesItem], people: Iterable[str] = ()) -> list[Finding]:
    """One finding (0.75 against a recorded name, 0.7 by count) per spelling of a name that
    another spelling in the same minutes contradicts."""
    counts: Counter[str] = Counter()
    titles: dict[str, set[str]] = {}
    first: dict[str, str] = {}
    for item in items:
        text = plain(item.minutes_html)
        for match in _NAMED.finditer(text):
            title, name = match.groups()
            found = [name]
            if title.lower() in ("councillors", "cllrs", "cllrs."):
                end = match.end()
                while listed := _LISTED.match(text, end):
                    found.append(listed.group(1))
                    end = listed.end()
            for name in found:
                if " " in name and name.split()[1] in ("Council", "Chair", "Chairman", "Leader"):
                    name = name.split()[0]
                counts[name] += 1
                titles.setdefault(name, set()).add(title.rstrip("."))
                first.setdefault(name, item.reference)
    people = list(people)
    recorded = _recorded(people)
    written_as = {m.group(1) for p in people if (m := _RECORDED.search(p.strip()))}
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
            elif ka == kb:
                # A tie between "Blair Park" and "Blair-Park": a hyphen in a name is typed on
                # purpose, and a space is what a lost hyphen leaves (a line break, a paste).
                wrong, right = (a, b) if " " in a else (b, a)
                confidence, why = 0.65, "written with its hyphen, which is seldom added by mistake"
            else:
                continue
            if wrong in reported:
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
    return findings
