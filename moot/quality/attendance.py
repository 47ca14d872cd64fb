"""A person recorded as both present and absent: named in the minutes' list of those present
and among the apologies ("Present: … MC Gray …" and "Apologies for Absence: … MC Gray
(Holiday)"), or named in the apologies when the meeting's record of attendance has them
present (and the other way round); or a person among the apologies, or recorded absent,
who proposes, seconds or declares an interest ("Proposed by Cllr B Patel") and is not listed
as present, unless the minutes say they arrived or joined.

The lists are read where minutes write them: a line opening with "Present" and a colon (or
alone, its names on the lines below), "Apologies" or "Absent" as a label, and a sentence
"Apologies were received from …" or "Cllr Smith sent apologies". Apologies that speak of
arriving late or leaving early, or of another meeting, are not absence. Two names are one
person when their surnames agree and their first initials do not differ; "Mr" beside "Mrs" are
two people. A page that holds a second "Present:" list (a second meeting's minutes) is read up
to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .findings import Check, Finding, MinutesItem
from .text import plain

_TITLE = (
    r"(?:Councillors?|Cllrs?|Cncllrs?|Mr|Mrs|Ms|Miss|Mx|Dr|Professor|Prof|Aldermen|Alderman|"
    r"Revd|Rev|Reverend|Canon|Sir|Dame|Lady|Lord|Baroness|Supt|Inspector|Sgt|PC|PCSO)"
)
# A person as a list writes them: a title or two, initials or one or two forenames, a
# surname ("Cllr MC Gray", "Mrs Jane Smith-Jones", "J. O'Brien", "Bill Hitchins"); what
# follows the surname (a role, a ward) is not read.
_PERSON = re.compile(
    rf"^(?P<title>(?:{_TITLE}\.?\s+)*)"
    r"(?P<first>(?:[A-Z]\.?\s*){1,3}(?=[A-Z][a-z])|(?:[A-Z][a-z]+\s+){1,2})?"
    r"(?P<surname>(?:Ma?c|O'|D')?[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?)\b"
)
# The same with one forename at most, for a name run into its body ("Sue Burkill Parish
# Council") where two forenames would take "Parish" for the surname.
_PERSON_SHORT = re.compile(_PERSON.pattern.replace(r"\s+){1,2})?", r"\s+){1,2}?)?"))
# Words that make "Parish Council" or "Deputy Mayor" look like a forename and a surname.
_NOT_A_NAME = frozenset(
    [
        "council",
        "councils",
        "society",
        "trust",
        "association",
        "authority",
        "group",
        "forum",
        "club",
        "board",
        "committee",
        "partnership",
        "office",
        "service",
        "services",
        "agency",
        "england",
        "wales",
        "scotland",
        "police",
        "church",
        "school",
        "college",
        "university",
        "company",
        "limited",
        "ltd",
        "network",
        "team",
        "department",
        "centre",
        "center",
        "federation",
        "union",
        "institute",
        "foundation",
        "alliance",
        "panel",
        "commission",
        "executive",
        "ramblers",
        "parish",
        "town",
        "district",
        "county",
        "city",
        "borough",
        "community",
        "village",
        "hall",
        "members",
        "member",
        "mayor",
        "chairman",
        "chair",
        "chairwoman",
        "chairperson",
        "clerk",
        "officer",
        "officers",
        "secretary",
        "treasurer",
        "president",
        "director",
        "manager",
        "head",
        "lead",
        "leader",
        "inspector",
        "sergeant",
        "constable",
        "warden",
        "ward",
        "vice",
        "deputy",
        "none",
        "nil",
        "apologies",
        "present",
        "absent",
        "councillor",
        "councillors",
        "representative",
        "representatives",
        "resident",
        "residents",
        "public",
        "press",
        "governor",
        "governors",
        "trustee",
        "trustees",
        "minutes",
        "agenda",
        "item",
        "items",
        "the",
        "all",
        "other",
        "others",
        "for",
        "from",
        "and",
        "with",
        "as",
        "were",
        "was",
        "received",
        "noted",
        "accepted",
    ]
)
_PRESENT = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:(?:members|councillors|cllrs|those)\s+)?present"
    r"(?:\s+were)?\s*(?:[:;\-–]\s*(?P<rest>.*)|$)",
    re.I,
)
_APOLOGIES_LABEL = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:apologies(?:\s+for\s+absence)?|absent(?:\s+with\s+"
    r"apologies)?|apologies\s+(?:received|tendered|given|noted|accepted)(?:\s+from)?)"
    r"\s*(?:[:;\-–]\s*(?P<rest>.*)|$)",
    re.I,
)
_APOLOGIES_FROM = re.compile(
    r"\bapologies(?:\s+for\s+(?:absence|the\s+meeting))?\s+(?:(?:were|was|had\s+been|have\s+"
    r"been)\s+)?(?:received|given|tendered|noted|accepted|sent|submitted|recorded|offered)"
    r"(?:\s+and\s+(?:accepted|noted|approved))?\s+(?:from|by)\s*:?\s*(?P<rest>[^\n]+)",
    re.I,
)
_SENT_APOLOGIES = re.compile(
    rf"(?P<rest>\b{_TITLE}\.?\s+(?:[A-Z]\.?\s*){{0,3}}(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+"
    r"(?:-[A-Z][a-z]+)?)\s+(?:had\s+)?(?:sent|gave|tendered|offered|submitted)\s+"
    r"(?:(?:his|her|their)\s+)?apologies\b"
)
# A label that ends one list and opens another on the same line ("… S Williams with PL Evans
# (Clerk)", "… J Smith. Apologies: …", "… In attendance: …").
_LIST_ENDS = re.compile(
    r"\b(?:with|apologies|in\s+attendance|also\s+(?:present|in\s+attendance|attending)|"
    r"officers?\s*[:;\-–]|absent|members\s+of\s+the\s+public|public\s*[:;\-–]|"
    r"(?:the\s+)?clerk\s*[:;\-–]|(?:there\s+)?were\s+\w+\s+members)"
    # a sentence's end, not an initial's or a title's stop ("J. Smith", "Cllr. Smith"); the
    # next sentence may open with a number ("… Policing Team. 2 DECLARATIONS OF INTEREST")
    r"|(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bMs)(?<!\bCllr)(?<!\bCllrs)(?<!\bRev)"
    r"\.\s+(?=[A-Z][a-z]|\d|[A-Z]{2,})",
    re.I,
)
# A line that opens the next list or the business: no more names of those present.
_STOP_LINE = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*[.)/]?\s*)?(?:apolog|absent|present\b|in\s+attendance|also\b|officers?\b|"
    r"clerk\b|members\s+of\s+the\s+public|public\b|minutes\b|declarations?\b|the\s+meeting\b|"
    r"welcome|chair\w*\s*(?:'s)?\s*(?:welcome|opening|announce))",
    re.I,
)
# Words in lower case a line of names may hold ("Cllr C Potter, Town Mayor and J Battye").
_LIST_WORDS = frozenset(
    ["and", "of", "the", "for", "with", "de", "van", "von", "le", "la", "du", "da"]
)


def _names_only(line: str) -> bool:
    """Whether ``line`` holds names and nothing else: people, and no word in lower case
    outside brackets but "and", "of" and the like (not "Cllr Smith sent apologies")."""
    bare = re.sub(r"\([^()]*\)", " ", line)
    if any(w not in _LIST_WORDS for w in re.findall(r"\b[a-z][a-z']*", bare)):
        return False
    # names, or surnames first ("Cartwright, Mrs. S.M. (Chairman)") under "Councillors"
    return bool(re.search(r"[A-Z]", bare))


# Apologies that are not absence: for lateness or leaving early, or for another meeting.
_NOT_ABSENCE = re.compile(
    r"\b(?:late|lateness|arriv\w*|leav\w*|left|early|delayed|joined|join|next|future|"
    r"following|forthcoming|part\s+of)\b",
    re.I,
)
_SPLIT = re.compile(r"[,;/\n]|\s+(?:and|&)\s+|\s+[–—-]\s+|\s{2,}")
_MALE = {"mr"}
_FEMALE = {"mrs", "ms", "miss", "dame", "lady", "baroness"}
# How many lines under a "Present" standing alone its names may take.
_LIST_LINES = 30


@dataclass(frozen=True)
class Person:
    """One name of a list: as written, its titles, its first initial (or ""), its surname."""

    written: str
    titles: frozenset[str]
    initial: str
    surname: str

    @property
    def key(self) -> str:
        return re.sub(r"[-'\s]", "", self.surname).lower()

    def same_as(self, other: Person) -> bool:
        if self.key != other.key:
            return False
        if self.initial and other.initial and self.initial != other.initial:
            return False
        titles = self.titles | other.titles
        if titles & _MALE and titles & _FEMALE:
            return False
        # "Mrs Sollitt" beside "Councillors … Sollitt": a list that writes "Mrs" for one of two
        # of a surname; with initials to say so, one person
        gendered = _MALE | _FEMALE
        return bool(self.titles & gendered) == bool(other.titles & gendered) or bool(
            self.initial and other.initial
        )

    @property
    def full(self) -> bool:
        return bool(self.initial)


def people(listed: str) -> list[Person]:
    """The people of a list as minutes write it: "Cllrs A Jones, J Honeybill and A MacGarry
    (Chair)", one per line, or "Bill Hitchins, DNPA Chairman; Maurice Retallick"."""
    listed = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", listed.replace("\u2019", "'"))
    out: list[Person] = []
    carried = ""  # a plural title carries on to the bare surnames after it
    for part in _SPLIT.split(listed):
        part = " ".join(part.split()).strip(" .:-–")
        if not part:
            continue
        if re.fullmatch(r"(?i)(?:councillors|cllrs|aldermen)\.?", part):
            carried = part  # "Councillors", its names on the lines below
            continue
        match = _PERSON.match(part)
        if not match:
            continue
        if _not_a_name(match):
            match = _PERSON_SHORT.match(part)
            if not match or _not_a_name(match):
                continue
        written = match.group(0).strip()
        if not match.group("title") and carried:
            match = _PERSON.match(f"{carried} {part}") or match
        if re.search(r"(?i)\b(?:councillors|cllrs|aldermen)\b", match.group("title")):
            carried = match.group("title").strip()
        surname = match.group("surname")
        first = (match.group("first") or "").strip()
        titles = frozenset(t.lower() for t in re.findall(r"[A-Za-z]+", match.group("title")))
        if not titles and not first:
            continue  # a surname alone, with nothing to say it is a person: "Society"
        out.append(Person(written, titles, first[:1], surname))
    return out


def _not_a_name(match: re.Match[str]) -> bool:
    said = f"{match.group('first') or ''} {match.group('surname')}"
    return any(w.lower() in _NOT_A_NAME for w in re.findall(r"[A-Za-z]+", said))


def _list_on(line: str) -> str:
    if stop := _LIST_ENDS.search(line):
        return line[: stop.start()]
    return line


@dataclass
class _Read:
    present: list[Person]
    present_text: str
    # (item reference, the apologies as written, their people)
    apologies: list[tuple[str, str, list[Person]]]


def _segments(items: Sequence[MinutesItem]) -> list[tuple[str, str]]:
    out = []
    for item in items:
        text = "\n".join(
            part
            for part in (item.title, plain(item.minutes_html), *item.decisions)
            if part and part.strip()
        )
        out.append((item.reference, text))
    return out


def _continued(lines: list[str], n: int, rest: str) -> str:
    """A list that opens with ``rest`` after its label on line ``n``: the names on the
    label's line, under it ("Present: Councillors", then a name a line), or both (a list
    wrapped); lines of names, up to the next label."""
    listed = _list_on(rest)
    # the list goes on below when the label stands alone or its line ends mid-list
    if listed != rest or (rest.strip() and not re.search(r"(?:[,;&]|\band)\s*$", rest)):
        return listed
    for following in lines[n + 1 : n + 1 + _LIST_LINES]:
        names = _list_on(following)
        if (
            _STOP_LINE.match(following)
            or _PRESENT.match(following)
            or _APOLOGIES_LABEL.match(following)
            or re.search(r"\w\s*:", following)  # another label: "Those Present :"
            or not _names_only(names)
        ):
            break
        listed += "\n" + names
        if names != following:
            break
    return listed


def _add_apologies(found: _Read, reference: str, said: str, written: str) -> None:
    if _NOT_ABSENCE.search(said):
        return
    if named := people(written):
        found.apologies.append((reference, written.strip(), named))


def read_lists(items: Sequence[MinutesItem]) -> _Read:
    """The minutes' list of those present (the first) and the apologies written before a
    second list of those present."""
    found = _Read([], "", [])
    for reference, text in _segments(items):
        lines = text.splitlines()
        for n, line in enumerate(lines):
            present = _PRESENT.match(line)
            if present:
                if found.present_text:
                    return found  # a second meeting's list: its apologies are its own
                listed = _continued(lines, n, present.group("rest") or "")
                found.present = people(listed)
                found.present_text = listed.strip(" -–:\n")
                continue
            if label := _APOLOGIES_LABEL.match(line):
                written = _continued(lines, n, label.group("rest") or "")
                _add_apologies(found, reference, line + "\n" + written, written)
                continue
            for pattern in (_APOLOGIES_FROM, _SENT_APOLOGIES):
                for match in pattern.finditer(line):
                    written = match.group("rest")
                    if pattern is _APOLOGIES_FROM:
                        written = _list_on(written)
                    # what the sentence goes on to say: "… sent apologies for the next meeting"
                    said = re.split(r"\.\s", line[match.start() :], maxsplit=1)[0]
                    _add_apologies(found, reference, said, written)
    return found


def check_attendance(
    items: Sequence[MinutesItem],
    recorded_present: Iterable[str] = (),
    recorded_absent: Iterable[str] = (),
) -> list[Finding]:
    """Findings where the minutes (``items``, the meeting's details first when it has any)
    list one person both as present and among the apologies, name in their apologies a
    person the record of attendance has present (``recorded_present``), list as present one
    it has absent (``recorded_absent``), or have a person among the apologies or recorded
    absent propose, second or declare an interest."""
    found = read_lists(items)
    recorded_in = [p for name in recorded_present for p in people(name)]
    recorded_out = [p for name in recorded_absent for p in people(name)]
    out: list[Finding] = []
    reported: set[str] = set()
    for reference, written, named in found.apologies:
        for person in named:
            for listed, label, value in (
                (found.present, "Listed as present", found.present_text),
                (recorded_in, "Recorded as present", ""),
            ):
                same = [p for p in listed if p.same_as(person)]
                # two of that surname among those present, and no initials to tell them apart
                namesakes = [p for p in listed if p.key == person.key]
                if not same or (len(namesakes) > 1 and not person.full):
                    continue
                if person.key in reported:
                    continue
                reported.add(person.key)
                sure = person.full and same[0].full
                out.append(
                    Finding(
                        check=Check.ATTENDANCE,
                        item_reference=reference,
                        text=person.written,
                        message=(
                            f"{person.written} is among the apologies, but the "
                            f"{'minutes list' if label.startswith('Listed') else 'attendance records'}"
                            f" {same[0].written} as present: one of the two is wrong."
                        ),
                        confidence=0.85 if sure else 0.7,
                        evidence=[
                            (label, value or same[0].written),
                            ("Apologies", written),
                        ],
                    )
                )
    for person in found.present:
        same = [p for p in recorded_out if p.same_as(person)]
        if same and person.key not in reported:
            reported.add(person.key)
            out.append(
                Finding(
                    check=Check.ATTENDANCE,
                    item_reference=_reference_of_present(items),
                    text=person.written,
                    message=(
                        f"The minutes list {person.written} as present, but the attendance "
                        f"records {same[0].written} as absent: one of the two is wrong."
                    ),
                    confidence=0.85 if person.full and same[0].full else 0.7,
                    evidence=[
                        ("Listed as present", found.present_text),
                        ("Recorded as absent", same[0].written),
                    ],
                )
            )
    out += _took_part(items, found, recorded_out, reported)
    return out


# A person named as taking part: proposing, seconding, moving, or declaring an interest
# ("Proposed by Cllr Smith", "seconded: Mrs J Jones", "Cllr Patel declared a personal
# interest").
_NAMED = (
    rf"(?:{_TITLE}\.?\s+)?(?:[A-Z]\.?\s*){{0,3}}(?:[A-Z][a-z]+\s+)?(?:Ma?c|O'|D')?[A-Z][a-z]+"
    r"(?:-[A-Z][a-z]+)?"
)
_TOOK_PART = re.compile(
    rf"\b(?:(?P<did>[Pp]roposed|[Ss]econded|[Mm]oved)(?:\s+by)?\s*[:\-–]?\s*(?P<doer>{_NAMED})"
    rf"|(?P<declarer>(?:{_TITLE})\.?\s+{_NAMED})\s+(?P<declared>declared|proposed|seconded|moved)\b)"
)
_CAME = re.compile(r"\b(?:arriv\w*|joined|late|returned|entered|present\s+for)\b", re.I)


def _took_part(
    items: Sequence[MinutesItem],
    found: _Read,
    recorded_out: list[Person],
    reported: set[str],
) -> list[Finding]:
    """A person among the apologies (or recorded absent) who proposed, seconded or declared
    an interest, and is not among those present: one of the two records is wrong."""
    absent = [(p, "Apologies", written) for _, written, named in found.apologies for p in named]
    absent += [(p, "Recorded as absent", p.written) for p in recorded_out]
    if not absent:
        return []
    segments = _segments(items)
    whole = "\n".join(text for _, text in segments)
    out = []
    for reference, text in segments:
        for match in _TOOK_PART.finditer(text):
            written = match.group("doer") or match.group("declarer")
            named = people(written)
            if not named:
                continue
            person = named[0]
            if person.key in reported or any(p.key == person.key for p in found.present):
                continue
            same = [(p, label, value) for p, label, value in absent if p.same_as(person)]
            namesakes = {p.written for p, _, _ in absent if p.key == person.key}
            if not same or (len(namesakes) > 1 and not person.full):
                continue
            # "Cllr Smith arrived at 7.45pm": apologies given, and then there
            surname = re.escape(person.surname)
            if any(
                _CAME.search(sentence)
                for sentence in re.findall(rf"[^.\n]*\b{surname}\b[^.\n]*", whole)
            ):
                continue
            reported.add(person.key)
            did = (match.group("did") or match.group("declared")).lower()
            deed = "declared an interest" if did == "declared" else did
            absentee, label, value = same[0]
            where = (
                f"is among the apologies ({absentee.written})"
                if label == "Apologies"
                else f"the attendance records {absentee.written} as absent"
            )
            out.append(
                Finding(
                    check=Check.ATTENDANCE,
                    item_reference=reference,
                    text=match.group(0),
                    message=(
                        f'"{match.group(0)}": {person.written} {deed}, yet {where}. One of the '
                        "two is wrong."
                    ),
                    confidence=0.8 if person.full and absentee.full else 0.7,
                    evidence=[("Took part", match.group(0)), (label, value)],
                )
            )
    return out


def _reference_of_present(items: Sequence[MinutesItem]) -> str:
    for reference, text in _segments(items):
        if any(_PRESENT.match(line) for line in text.splitlines()):
            return reference
    return items[0].reference if items else ""
