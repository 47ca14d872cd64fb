"""A whole meeting's minutes from software other than ModernGov, read into items by their
numbered headings.

Parish, town and many district councils publish minutes as plain numbered text: "1. Apologies
for absence", "336.  Apologies for Absence", "24/101 To receive apologies", "Minute 151:
Declarations of Interest.", "1706/1Apologies for absence", a number on a line of its own with
the title on the next ("51." then "WEBCASTING INTRODUCTION"), or a title in capitals with its
minute number under it ("APOLOGIES" then "PLA146/14"). A line is a heading only as part of a
run of numbers that go up one by one (a gap of a few allowed, for items taken in private) in
one shape: numbered points inside an item ("1. That the report be noted"), a list after a
colon, dates, times and recorded votes are not headings. The text before the first heading
(attendance, apologies, the opening) is kept as an item of its own, ``PREAMBLE``; the site's
furniture ("Agenda and minutes", "No. Item", "Skip to main content") is dropped.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

# The reference of the text before the first numbered heading.
PREAMBLE = "Preamble"

# A minute's number: "12", "12.", "12)", "24/101", "1706/1", "21.44", "AM119", "PLA146/14",
# "P12", "04/08:01" (a year, a meeting and an item), "Minute 151:", "Minute No. 12 –".
_NUMBER = (
    r"(?:minute\s+(?:no\.?\s*)?)?"
    r"(?P<token>[A-Z]{0,4}\d{1,4}(?:/\d{1,4}:\d{1,4}|(?:[./]\d{1,4}){0,2}))"
)
# A heading with its title on the same line: "12. Declarations of Interest", "24/101 To
# receive apologies", "1706/1Apologies for absence" or "FC49/08/9APOLOGIES – …" (the space
# lost), "Minute 12 – Matters".
INLINE = re.compile(
    rf"^{_NUMBER}(?:[.:)]?\s*[-–—:]\s*|[.)]?\s+|(?<=\d)(?-i:(?=[A-Z][a-z]|[A-Z]{{3,}}\b)))"
    r"(?-i:(?P<title>[A-Z‘'\"(].*))$",
    re.I,
)
# A line that is only a minute's number ("51.", "PLA146/14", "Minute 12").
BARE = re.compile(rf"^{_NUMBER}[.:]?$", re.I)
# A title's first word may not be lower case; these openings are not titles either: a month
# (a date, "14 Jul 2022"), a unit or a time ("12 noon", "2 pm").
_NOT_TITLE = re.compile(
    r"^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|"
    r"oct(ober)?|nov(ember)?|dec(ember)?|am|pm|noon|midnight|hours?|mins?|minutes? past|"
    r"per ?cent|%|st|nd|rd|th)\b",
    re.I,
)
# A recorded vote or a count ("For 24", "Against: 10"), never a heading.
_VOTE = re.compile(r"^(for|against|abstentions?|abstained)\b", re.I)
# Page furniture: a site's headings, labels and navigation, a PDF's page furniture.
FURNITURE = re.compile(
    r"^(agendas?(,?\s+(and\s+)?(reports|decisions|(draft\s+)?minutes))*|minutes and agenda|"
    r"no\.?\s*\|?\s*item"
    r"(\s*\|)*|items?|media|skip to (main )?content|you are (here|in)\b.*|meeting details|"
    r"meeting summary|documents|printable version|print this page|view directions|"
    r"additional documents:|supporting documents:|minutes:|this page is intentionally left "
    r"blank|public document pack|agenda item \d+|page \d+( of \d+)?|\d{1,3}|"
    r"[•·▪◦●]\s*(documents|attendance|visitors|declarations of interests?|agenda|minutes)|"
    r"item under discussion|"
    r"item no\.?\s*(item under discussion)?)$",
    re.I,
)
# The most a title runs to, in words, before the text after it is taken for its minutes.
MAX_TITLE_WORDS = 16
# A run-in title ends at a dash or a colon: "Apologies for absence – All present".
_RUN_IN = re.compile(r"\s+[-–—‒]\s+|:\s+|\s+[-–—‒](?=\s*$)")
# The largest step between two headings' numbers (items taken in private, withdrawn).
MAX_STEP = 4


@dataclass
class Heading:
    line: int  # index of the line where the item's text starts (after the heading)
    first: int  # index of the heading's first line (a title in capitals above its number)
    token: str
    title: str
    printed: str  # the heading as printed, number and all
    rest: str = ""  # words after a run-in title on the heading's line

    @property
    def shape(self) -> tuple[str, ...]:
        return tuple(re.sub(r"\d+", "9", self.token).lower().split("9"))

    @property
    def numbers(self) -> tuple[int, ...]:
        return tuple(int(n) for n in re.findall(r"\d+", self.token))


@dataclass
class ReadItem:
    reference: str
    title: str
    heading: str  # the heading as printed
    paragraphs: list[str] = field(default_factory=list)


@dataclass
class ReadMinutes:
    preamble: list[str]
    items: list[ReadItem]


# A resolution's or a list point's opening is no title: "RESOLVED", "That the report …";
# nor is a sentence with its verb: "Apologies were received from Councillor Bell."
_NOT_HEADING = re.compile(
    r"^(resolved|agreed|recommended|noted|that)\b|\b(was|were|is|are|has|have|had)\b", re.I
)


def _title_like(text: str) -> bool:
    return (
        bool(text.split())
        and not _NOT_TITLE.match(text)
        and not _VOTE.match(text)
        and not _NOT_HEADING.search(text)
    )


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _candidates(lines: list[str]) -> list[Heading]:
    """Every line that could be a numbered heading, less the points of a list a colon opens
    ("… the following options:", then "1.", "2.", "3.")."""
    found: list[Heading] = []
    previous = ""  # the last non-empty line before this one
    listing: Heading | None = None  # the last point of a list a colon opened
    for n, line in enumerate(lines):
        if not line:
            continue
        match = INLINE.match(line)
        head: Heading | None = None
        if match and not _date(line):
            title, rest = _split_title(match["title"])
            if _title_like(title):
                head = Heading(n + 1, n, match["token"], title, line, rest)
            elif not title and "/" in match["token"] and _title_like(" ".join(rest.split()[:4])):
                # a minute's reference, then the item's whole paragraph with no title set
                # apart ("17/0122 Apologies for absence Cllr Thompson … sent apologies"); the
                # heading as printed is its number, the paragraph its minutes
                head = Heading(n + 1, n, match["token"], "", line[: match.start("title")], rest)
        elif bare := BARE.match(line):
            head = _bare_heading(lines, n, bare["token"])
        if head:
            in_list = previous.endswith((":", ";")) or (
                listing is not None and _follows(listing, head)
            )
            # A paragraph numbered under the heading before it: "1 Minutes", then "1.1 …".
            in_list = in_list or any(head.token.startswith(f"{h.token}.") for h in found[-1:])
            if in_list:
                listing = head
            else:
                found.append(head)
                listing = None
        previous = line
    return found


def _date(line: str) -> bool:
    """Whether the line opens with a date or a time ("24/02/2014", "18:30", "7.00 pm")."""
    return bool(
        re.match(r"^\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|^\d{1,2}[:.]\d{2}\s*(am|pm)\b", line, re.I)
    )


def _split_title(text: str) -> tuple[str, str]:
    """A heading's title and the words after it on its line ("Apologies for absence – All
    present"); no title when the line is a paragraph (a long line with no dash or colon)."""
    cut = _RUN_IN.search(text)
    if cut and len(text[: cut.start()].split()) <= MAX_TITLE_WORDS:
        return text[: cut.start()].strip(), text[cut.end() :].strip()
    if len(text.split()) > MAX_TITLE_WORDS:
        # a title that ends as a sentence does, its minutes after it on the line: "Matters
        # Arising. Betty told the meeting …", "Minutes of the PCC Meeting held on 17th June
        # 2019.  These were approved …"
        # (the minutes keep the whole line, as printed: what the title sentence says, "held
        # on 11th December", is read with them)
        stop = _TITLE_STOP.search(text)
        if stop and len(text[: stop.start()].split()) <= MAX_TITLE_WORDS:
            return text[: stop.start() + 1].strip(), text.strip()
        return "", text
    return text.strip(), ""


# The full stop that ends a run-in title: after a word, not an abbreviation's ("Sept.",
# "Cllr.", "No.") or an ordinal's ("9th. July"), before a capitalised word that is no month.
_ABBREVIATED = (
    "Sept",
    "Cllr",
    "Revd",
    "Rev",
    "Mrs",
    "No",
    "Nos",
    "St",
    "Dr",
    "Mr",
    "Ms",
    "Co",
    "Ltd",
    "Inc",
    "Nr",
    "Prof",
    "Rd",
    "Ave",
)
_TITLE_STOP = re.compile(
    r"(?=\.)(?<![A-Z])"  # at a full stop only: the look-behinds are not tried elsewhere
    + "".join(rf"(?<!\b{a})" for a in _ABBREVIATED)
    + r"(?<!\dst)(?<!\dnd)(?<!\drd)(?<!\dth)(?<=[a-z0-9)])\.\s+"
    r"(?=[A-Z])(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
)


def _bare_heading(lines: list[str], n: int, token: str) -> Heading | None:
    """A number on a line of its own: the title is the next line ("51." then "WEBCASTING
    INTRODUCTION"; "PAR", "1", then the title), or, when the next line is prose, the lines in
    capitals just above ("APOLOGIES" then "PLA146/14")."""
    after = next((m for m in range(n + 1, min(n + 4, len(lines))) if lines[m]), None)
    if after is None:
        return None
    nxt = lines[after]
    before = [m for m in range(max(0, n - 4), n) if lines[m]]
    above: list[int] = []
    for m in reversed(before):
        if not _capitals(lines[m]) or FURNITURE.match(lines[m]):
            break
        above.insert(0, m)
    if above and not _capitals(nxt):
        title = " ".join(lines[m] for m in above)
        printed = "\n".join([*(lines[m] for m in above), lines[n]])
        return Heading(n + 1, above[0], token, title, printed)
    if _title_like(nxt) and len(nxt.split()) <= MAX_TITLE_WORDS and nxt[:1].isupper():
        # A prefix of the number on the line above: "PAR", then "1", then the title.
        first = before[-1] if before and _PREFIX.match(lines[before[-1]]) else n
        return Heading(after + 1, first, token, nxt.strip(), f"{lines[n]}\n{nxt}")
    return None


_PREFIX = re.compile(r"^[A-Z]{2,4}$")


def _chain(found: list[Heading], lines: list[str]) -> list[Heading]:
    """The longest run of headings in one shape whose numbers go up a step at a time in one
    place (the rest of the number unchanged): "336, 337, 338", "1706/1, 1706/2", "PLA146/14,
    PLA147/14"; of runs as long, the one that starts first. A run whose headings have no text
    between them is a list ("1. Standard time", "2. Approved plans"), not items."""
    # Each run, with the place in the number that counts up (None while it has one heading).
    runs: list[tuple[list[Heading], int | None]] = []
    for i, head in enumerate(found):
        run: tuple[list[Heading], int | None] = ([head], None)
        for j in range(i):
            prev, (before, place) = found[j], runs[j]
            step = _step(prev, head)
            if step is not None and place in (None, step) and len(before) + 1 > len(run[0]):
                run = ([*before, head], step)
        runs.append(run)
    kept = [run for run, _ in runs if not _list(run, lines)]
    return max(kept, key=lambda run: (len(run), -run[0].first), default=[])


def _list(run: list[Heading], lines: list[str]) -> bool:
    """Whether nothing comes between the run's headings but lines numbered as they are (a
    point of the list that reads as a sentence: "2. To recommend that the Strategy is
    approved.")."""
    return all(
        not head.rest
        and all(not ln or _numbered_as(ln, head.shape) for ln in lines[head.line : after.first])
        for head, after in itertools.pairwise(run)
    )


_NUMBERED = re.compile(rf"^{_NUMBER}[.:)]?\s", re.I)


def _numbered_as(line: str, shape: tuple[str, ...]) -> bool:
    match = _NUMBERED.match(line)
    return match is not None and Heading(0, 0, match["token"], "", "").shape == shape


def _step(a: Heading, b: Heading) -> int | None:
    """The place in the number where ``b`` counts on from ``a`` ("336" to "337": 0; "1706/1"
    to "1706/2": 1), or None when it does not."""
    if a.shape != b.shape:
        return None
    changed = [n for n, (x, y) in enumerate(zip(a.numbers, b.numbers, strict=True)) if x != y]
    if len(changed) != 1:
        return None
    gap = b.numbers[changed[0]] - a.numbers[changed[0]]
    return changed[0] if 0 < gap <= MAX_STEP else None


def _follows(a: Heading, b: Heading) -> bool:
    return _step(a, b) is not None


def read_numbered(text: str) -> ReadMinutes | None:
    """The items of a whole meeting's plain numbered minutes, with the text before the first;
    ``None`` when fewer than two headings make a run."""
    lines = [ln.strip() for ln in text.splitlines()]
    chain = _chain(_candidates(lines), lines)
    if len(chain) < 2:
        return None
    preamble = [ln for ln in lines[: chain[0].first] if ln and not FURNITURE.match(ln)]
    items: list[ReadItem] = []
    for k, head in enumerate(chain):
        end = chain[k + 1].first if k + 1 < len(chain) else len(lines)
        body = [ln for ln in lines[head.line : end] if ln and not FURNITURE.match(ln)]
        paragraphs = [head.rest, *body] if head.rest else body
        items.append(ReadItem(head.token, head.title, head.printed, paragraphs))
    return ReadMinutes(preamble, items)
