"""The committee and the date of a page that prints no "Committee - date" heading.

Many saved pages lose the heading (it sits in a part of the page the browser or the site's
template did not keep) while the committee and the date survive elsewhere before the items.
``find_details`` looks for them there, each field taken from the first place that has it:

1. an opening line "Minutes of the meeting of the Audit Committee held at … on Thursday,
   12th June, 2025 at 6.30 pm" (also "Meeting of X held on …", or over two lines);
2. labelled fields: "Date: Tuesday 3 June 2025", "Date and time: …", "Time: 7.00 pm",
   "Committee: X", "Meeting: X";
3. title lines naming the committee: "Agenda for X", "Meeting of X", "X - Agenda and minutes";
4. a breadcrumb: "Home > Committees > Licensing Committee > Tuesday 3 June 2025";
5. a short line just above the "Date:" / "Venue:" block: "Planning Committee".

A "Time:" line also completes a heading that printed a date and no time (``complete_time``).
Only the lines before the items are read, and only the first few dozen of them, so text in an
item ("To confirm the minutes of the meeting of the Council held on 20 July 2023") is never
taken for the meeting itself.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TypeAlias

from .header import TITLE_RE, parse_heading, parse_time, parse_when, parse_when_prefix
from .lines import Line, has_doc

# A start, whether a time was printed, whether the meeting is marked cancelled.
When: TypeAlias = tuple[datetime, bool, bool]

# How many non-empty lines before the items are searched.
_SCAN_LINES = 40

_DATE_LABEL_RE = re.compile(
    r"^(?:meeting\s+)?(?:date|when)(?:\s+(?:and|&)\s+time)?(?:\s+of\s+(?:the\s+)?meeting)?"
    r"\s*:\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_TIME_LABEL_RE = re.compile(
    r"^(?:(?:start(?:ing)?|meeting)\s+)?time\s*:\s*(?P<rest>\S.*)$", re.IGNORECASE
)
_COMMITTEE_LABEL_RE = re.compile(
    r"^(?:committee|meeting|body|decision[\s-]+maker|meeting\s+of)\s*:\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_BLOCK_LABEL_RE = re.compile(
    r"^(?:(?:meeting\s+)?date|time|venue|location|place|contact|when|where)\b[^:]{0,20}:",
    re.IGNORECASE,
)
# "Minutes of the (special) meeting of the X held (at Y) on DATE …", or without "Minutes of".
_MEETING_OF_RE = re.compile(
    r"^(?:(?:draft|confirmed|unconfirmed|approved)\s+)?(?:minutes\s+of\s+(?:the|a|an)\s+)?"
    r"(?:(?:special|extraordinary|annual|ordinary|reconvened|adjourned|virtual|remote|informal|"
    r"joint|additional|emergency|general|inquorate)\s+)*meeting\s+of\s+(?:the\s+)?"
    r"(?P<committee>\S.*?)\s*,?\s+held\b(?P<where>.*?)\bon\s+(?P<when>(?:mon|tue|wed|thu|fri|"
    r"sat|sun|\d).*)$",
    re.IGNORECASE,
)
# "Minutes of the Cabinet meeting held on …"
_NAMED_MEETING_RE = re.compile(
    r"^(?:minutes\s+of\s+)(?:the|a|an)\s+(?P<committee>\S.*?)\s+meeting\s+held\b(?P<where>.*?)"
    r"\bon\s+(?P<when>(?:mon|tue|wed|thu|fri|sat|sun|\d).*)$",
    re.IGNORECASE,
)
_MEETING_OF_START_RE = re.compile(
    r"^(?:minutes\s+of\s+(?:the|a|an)\s+)?(?:\w+\s+){0,2}meeting\s+of\s+\S", re.IGNORECASE
)
_NOT_THIS_MEETING_RE = re.compile(
    r"\b(?:previous|last|preceding|above|earlier|approved|confirmed|agreed|signed|correct|true|"
    r"accurate)\b",
    re.IGNORECASE,
)
_TITLED_COMMITTEE_RE = re.compile(
    r"^(?:(?:agenda|minutes|decisions)(?:\s*(?:,|and|&)\s*(?:draft\s+)?(?:agenda|minutes|"
    r"decisions))*\s+(?:for|of)|meeting\s+of)\s+(?:the\s+)?(?P<committee>\S.*)$",
    re.IGNORECASE,
)
_AGENDA_ITEM_RE = re.compile(r"^agenda\s+item\s*[-–—:|]\s*(?P<title>\S.*)$", re.IGNORECASE)
_CRUMB_SPLIT_RE = re.compile(r"\s+[>›»]\s+|\s*[>›»]\s*(?=[A-Z])")
_DASH_SPLIT_RE = re.compile(r"\s+[-–—|]\s+")
_COMMITTEE_WORD_RE = re.compile(
    r"\b(?:committee|sub-committee|cabinet|board|panel|forum|council|partnership|group|"
    r"commission|assembly|executive|authority|scrutiny|conference|trust|members)\b",
    re.IGNORECASE,
)
# Site navigation rather than a committee: "Councillors and committees", "Browse meetings".
_GENERIC_RE = re.compile(
    r"^(?:you are here:?\s*)?(?:home|menu|search|site map|sitemap|skip to .*|back|print|"
    r"councillors?(?: and committees)?|committees?(?: and meetings)?|meetings?|"
    r"browse meetings|current committees|calendar|council and democracy|democracy|"
    r"your council|the council|council|committee (?:details|structure)|meeting details|"
    r"decisions|documents|library|.*\bcommittees\b.*|.*\bmeetings\b.*|.*\bcookies?\b.*|"
    r".*\bdemocracy\b.*)$",
    re.IGNORECASE,
)
_TITLE_WORD_RE = re.compile(r"\b(?:agendas?|minutes|decisions|reports?\s+pack)\b", re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"[.!?:;\"”’…]$")
_LEAD_RE = re.compile(r"^(?:you are here:?\s*|meeting\s+of\s+(?:the\s+)?)", re.IGNORECASE)


class Details:
    """What the page says about its meeting outside a heading."""

    __slots__ = (
        "block",
        "cancelled",
        "committee",
        "item_title",
        "minutes",
        "start",
        "time_printed",
        "used",
    )

    def __init__(self) -> None:
        self.committee = ""
        self.start: datetime | None = None
        self.time_printed = False
        self.cancelled = False
        # The title of a single-item page's item, from its window title "Agenda item - X".
        self.item_title = ""
        # Lines that said these things: not items, not header text.
        self.used: set[int] = set()
        # The first "Date:", "Time:", "Venue:" … line: where the header's fields begin.
        self.block: int | None = None
        # The page opens "Minutes of the meeting of …": its unlabelled text is minutes.
        self.minutes = False


def committee_name(text: str) -> str:
    """The committee as printed, trimmed of a leading "the" and of trailing punctuation;
    a name printed in capitals is put in title case."""
    name = _LEAD_RE.sub("", text.strip()).strip(" ,;:-–")
    if name.lower().startswith("the "):
        name = name[4:]
    if name.isupper() and len(name) > 4:
        small = {"and", "of", "for", "the", "on", "in", "to", "at"}
        words = name.lower().split()
        name = " ".join(
            w if (k and w in small) else w[:1].upper() + w[1:] for k, w in enumerate(words)
        )
    return name


def committee_like(text: str, *, needs_word: bool = False) -> bool:
    """A short line that can be a committee's name: not a sentence, a title, a label, a date,
    a document or site navigation."""
    if not text or len(text) > 120 or len(text.split()) > 14 or not text[0].isalnum():
        return False
    if not any(ch.isalpha() for ch in text) or _SENTENCE_END_RE.search(text):
        return False
    if TITLE_RE.match(text) or _TITLE_WORD_RE.search(text) or _GENERIC_RE.match(text):
        return False
    if ":" in text or "@" in text or has_doc(text) or parse_when(text):
        return False
    if any(ch.isdigit() for ch in text) and parse_when_prefix(text):
        return False
    return not needs_word or bool(_COMMITTEE_WORD_RE.search(text))


def meeting_of(text: str, following: str = "") -> tuple[str, datetime, bool] | None:
    """``(committee, start, time_printed)`` from "Minutes of the meeting of X held on …",
    the date being allowed on the following line ("held on …" printed under the name)."""
    if not _MEETING_OF_START_RE.match(text) and not text.lower().startswith("minutes of"):
        return None
    joined = text
    if following and " held" not in text.lower() and following.lower().startswith("held"):
        joined = f"{text} {following}"
    for pattern in (_MEETING_OF_RE, _NAMED_MEETING_RE):
        m = pattern.match(joined)
        if not m:
            continue
        committee = committee_name(m.group("committee"))
        if not committee or _NOT_THIS_MEETING_RE.search(committee):
            continue
        when = parse_when_prefix(m.group("when"))
        if when is None:
            continue
        if _NOT_THIS_MEETING_RE.search(m.group("when")):
            # "… held on 12 March 2025 were approved as a correct record": another meeting.
            continue
        return committee, when[0], when[1]
    return None


def _from_crumbs(text: str) -> tuple[str, When | None]:
    """A committee and a date from a breadcrumb "Home > Committees > Cabinet > 2 June 2025"."""
    crumbs = [c.strip() for c in _CRUMB_SPLIT_RE.split(text) if c.strip()]
    if len(crumbs) < 2:
        return "", None
    committee, when = "", None
    for k in range(len(crumbs) - 1, -1, -1):
        crumb = _LEAD_RE.sub("", crumbs[k])
        heading = parse_heading(crumb)
        if heading is not None and heading.start is not None:  # a parsed heading has a start
            return heading.committee, (heading.start, heading.time_printed, heading.cancelled)
        parsed = parse_when(crumb)
        if parsed and when is None:
            when = parsed
            continue
        if not committee and committee_like(crumb, needs_word=True):
            committee = committee_name(crumb)
    return committee, when


def _from_title_line(text: str) -> str:
    """The committee in "Agenda for Cabinet", "Meeting of Cabinet", "Cabinet - Agenda"."""
    m = _TITLED_COMMITTEE_RE.match(text)
    if m:
        name = _DASH_SPLIT_RE.split(m.group("committee"))[0]
        if _NOT_THIS_MEETING_RE.search(name):
            # "Minutes of the Last Meeting": an item's title, not the page's.
            return ""
        return committee_name(name) if committee_like(name) else ""
    parts = _DASH_SPLIT_RE.split(text)
    if len(parts) == 2:
        first, second = parts
        if TITLE_RE.match(second) and committee_like(first):
            return committee_name(first)
        if TITLE_RE.match(first) and committee_like(second, needs_word=True):
            return committee_name(second)
    return ""


def find_details(lines: list[Line], start: int, stop: int, title_idx: int | None) -> Details:
    """Search ``lines[start:stop]`` (the page before its items) for the committee and the date.

    Cost: one pass over at most ``_SCAN_LINES`` non-empty lines.
    """
    scan: list[int] = []
    for i in range(start, stop):
        if lines[i].text:
            scan.append(i)
            if len(scan) >= _SCAN_LINES:
                break
    search = _Search(lines, scan)
    for pos, i in enumerate(scan):
        search.read(pos, i)
    return search.finish(title_idx)


class _Search:
    """What the scanned lines said so far; the committee is chosen at the end, from the
    best of the places that named one."""

    def __init__(self, lines: list[Line], scan: list[int]) -> None:
        self.lines = lines
        self.scan = scan
        self.found = Details()
        self.date_label: When | None = None
        self.time_label: tuple[int, int] | None = None
        self.label_committee = self.title_committee = self.crumb_committee = ""
        self.crumb_when: When | None = None
        # A line that is only a date ("Tuesday 3rd June 2025 7.00 pm"): a heading that lost
        # its committee, and where it is.
        self.bare_when: When | None = None
        self.bare_at = -1
        # The lines that named the committee, by where they named it.
        self.used: dict[str, int] = {}
        # The position in ``scan`` of the first "Date:", "Time:", "Venue:" … line.
        self.first_block: int | None = None

    def read(self, pos: int, i: int) -> None:
        """Read the line ``i``, at ``pos`` in the scan."""
        found = self.found
        t = self.lines[i].text
        if not found.committee and self._opening(pos, i, t):
            return
        if self._label(pos, t):
            return
        m = _AGENDA_ITEM_RE.match(t)
        if m and not found.item_title:
            found.item_title = m.group("title").strip()
            found.used.add(i)
            return
        if self.bare_when is None and self.first_block is None and self._bare_date(i, t):
            return
        if ">" in t or "›" in t or "»" in t:
            committee, when = _from_crumbs(t)
            if committee and not self.crumb_committee:
                self.crumb_committee = committee
                self.used.setdefault("crumb", i)
            if when and self.crumb_when is None:
                self.crumb_when = when
            return
        if not self.title_committee:
            self.title_committee = _from_title_line(t)
            if self.title_committee:
                self.used["title"] = i

    def _opening(self, pos: int, i: int, t: str) -> bool:
        """An opening "Minutes of the meeting of X held on …": committee and date at once."""
        scan = self.scan
        following = self.lines[scan[pos + 1]].text if pos + 1 < len(scan) else ""
        opening = meeting_of(t, following)
        if opening is None:
            return False
        found = self.found
        found.committee, found.start, found.time_printed = opening
        found.minutes = t[:7].lower() == "minutes"
        found.used.add(i)
        return True

    def _label(self, pos: int, t: str) -> bool:
        """A "Date:", "Time:", "Committee:" or other header label."""
        m = _DATE_LABEL_RE.match(t)
        if m:
            rest = m.group("rest")
            when = parse_when(rest) or parse_when_prefix(rest)
            if when is not None and self.date_label is None:
                self.date_label = (when[0], when[1], len(when) > 2 and when[2])
            self._block_at(pos)
            return True
        m = _TIME_LABEL_RE.match(t)
        if m:
            if self.time_label is None:
                self.time_label = parse_time(m.group("rest"))
            self._block_at(pos)
            return True
        m = _COMMITTEE_LABEL_RE.match(t)
        if m:
            self._committee_label(m.group("rest").strip())
            return True
        if _BLOCK_LABEL_RE.match(t):
            self._block_at(pos)
            return True
        return False

    def _bare_date(self, i: int, t: str) -> bool:
        if not t[:1].isalnum() or len(t) > 80:
            return False
        when = parse_when(t)
        if when is None:
            return False
        self.bare_when, self.bare_at = when, i
        return True

    def _block_at(self, pos: int) -> None:
        if self.first_block is None:
            self.first_block = pos

    def _committee_label(self, rest: str) -> None:
        found = self.found
        heading = parse_heading(rest)
        if heading is not None and found.start is None and not found.committee:
            found.committee, found.start = heading.committee, heading.start
            found.time_printed, found.cancelled = heading.time_printed, heading.cancelled
        elif not self.label_committee and committee_like(rest):
            self.label_committee = committee_name(rest)

    def finish(self, title_idx: int | None) -> Details:
        found = self.found
        above_committee = ""
        if self.first_block is not None:
            found.block = self.scan[self.first_block]
            if self.first_block > 0:
                above_committee = self._above_block(self.first_block, title_idx)
        if not found.committee:
            self._choose_committee(above_committee)
        if found.start is None:
            when = self.date_label or self.crumb_when
            if when is None and self.bare_when is not None:
                when = self.bare_when
                found.used.add(self.bare_at)
            if when is not None:
                found.start, found.time_printed, found.cancelled = when[0], when[1], bool(when[2])
        if found.start is not None and not found.time_printed and self.time_label is not None:
            found.start = found.start.replace(hour=self.time_label[0], minute=self.time_label[1])
            found.time_printed = True
        return found

    def _above_block(self, first_block: int, title_idx: int | None) -> str:
        """The committee printed just above the "Date:" … block, if that line reads as one."""
        above = self.scan[first_block - 1]
        text = self.lines[above].text
        block_has_date = self.date_label is not None
        if above != title_idx and committee_like(
            _LEAD_RE.sub("", text), needs_word=not block_has_date
        ):
            self.used["above"] = above
            return committee_name(text)
        return ""

    def _choose_committee(self, above_committee: str) -> None:
        found = self.found
        for key, name in (
            ("label", self.label_committee),
            ("title", self.title_committee),
            ("crumb", self.crumb_committee),
            ("above", above_committee),
        ):
            if name:
                found.committee = name
                if key in self.used:
                    found.used.add(self.used[key])
                break


def complete_time(lines: list[Line], start: int, stop: int, when: datetime) -> datetime | None:
    """The start with the time of a "Time: 7.00 pm" line in ``lines[start:stop]``, for a
    heading that printed only the date; ``None`` when there is no such line."""
    seen = 0
    for i in range(start, stop):
        t = lines[i].text
        if not t:
            continue
        seen += 1
        if seen > _SCAN_LINES:
            break
        m = _TIME_LABEL_RE.match(t)
        if m:
            hm = parse_time(m.group("rest"))
            if hm is not None:
                return when.replace(hour=hm[0], minute=hm[1])
    return None
