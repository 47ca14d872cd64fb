"""The page header: title, "Committee - date time" heading, venue and contact, and
``read_header``, which reads the header's lines ("Venue:", "Contact:", "Note:", "Link:",
"Media", meeting-level documents, "cancelled" notices) up to the "Items" / "No. Item" marker
or the first item.
"""

from __future__ import annotations

import re
from datetime import datetime

from .lines import Line, has_doc, href_format, split_document
from .marks import ITEMS_MARKER_RE, LABEL_RE, SHARE_RE, next_text
from .numbers import NUM_INLINE_RE, NUM_RE
from .parsed import ParsedContact, ParsedDocument, ParsedPage

TITLE_RE = re.compile(
    r"^(?:agenda|minutes|decisions|draft minutes)"
    r"(?:\s*(?:,|and|&)\s*(?:draft\s+)?(?:agenda|minutes|decisions))*(?:\s+item)?$",
    re.IGNORECASE,
)

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_TIME = (
    r"(?:(?:at\s+)?(?P<h>\d{1,2})(?:[.:](?P<mi>\d{2}))?\s*(?P<ap>[ap]\.?\s?m\.?)"
    r"|(?:at\s+)?(?P<h24>\d{1,2})[.:](?P<mi24>\d{2})(?:\s*(?:hrs|hours|h))?"
    r"|(?P<noon>(?:12\s*)?(?:noon|midday)))"
)
_WHEN_CORE = (
    r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
    r"(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>[A-Za-z]{3,9})\.?,?\s+(?P<y>\d{4})"
    r"|(?P<dd>\d{1,2})/(?P<mm>\d{1,2})/(?P<yy>\d{4}))"
    r",?(?:\s*[-–,]?\s*" + _TIME + r")?"
)
_WHEN_RE = re.compile(
    r"^"
    + _WHEN_CORE
    + r"(?P<tail>\s*[-–,]?\s*\(?(?P<status>cancelled|canceled|postponed|rescheduled|moved|new)"
    r"\b[^)]*\)?)?\s*$",
    re.IGNORECASE,
)
# A status printed after the date or on a line of its own: "CANCELLED", "POSTPONED", "MOVED",
# "NEW". Cancelled and postponed are recorded; "NEW" and the like say nothing Moot keeps.
_STATUS_LINE_RE = re.compile(
    r"^\s*[-–(]?\s*(?P<status>cancell?ed|postponed|rescheduled|moved|new)\s*\)?\.?\s*$",
    re.IGNORECASE,
)
_STATUS_WORD_RE = re.compile(r"\b(?P<status>cancell?ed|postponed|rescheduled|moved)\b", re.I)


def status_of(word: str) -> str:
    """``"cancelled"``, ``"postponed"`` or ``""`` for a status word."""
    word = word.lower()
    if word.startswith("cancel"):
        return "cancelled"
    if word in ("postponed", "rescheduled", "moved"):
        return "postponed"
    return ""


def status_line(text: str) -> str | None:
    """The status a line holding only a status word records ("" for "NEW"); ``None`` when
    the line is not one."""
    m = _STATUS_LINE_RE.match(text)
    return status_of(m.group("status")) if m else None


def heading_status(text: str) -> str:
    """The status printed on a heading line, before the committee or after the date
    ("… 6.00 pm (MOVED to 20 May)")."""
    m = _STATUS_WORD_RE.search(text)
    return status_of(m.group("status")) if m else ""


# A date at the start of longer text: "Tuesday, 3 June 2025 at 7.00 pm in the Council Chamber".
_WHEN_PREFIX_RE = re.compile(r"^" + _WHEN_CORE + r"(?![\w/])", re.IGNORECASE)
_TIME_ONLY_RE = re.compile(r"^" + _TIME + r"\.?(?:\s*(?:[-–]|to\b|until\b).*)?\s*$", re.IGNORECASE)
_TIME_IN_RE = re.compile(
    r"\b(?:at|commencing(?:\s+at)?|starting(?:\s+at)?|from)\s+(?=\d|noon|midday)" + _TIME,
    re.IGNORECASE,
)
_SEP_RE = re.compile(r"\s+[-–—]+\s+|\s*[-–—]{1,2}\s*(?=(?:mon|tue|wed|thu|fri|sat|sun)\w*\b)", re.I)
# The single-item page: "Meeting: 14/05/2025 - Safer Stockton Partnership (Item 4.)".
_ITEM_PAGE_RE = re.compile(
    r"^Meeting:\s*(?P<when>.+?)\s+[-–]\s+(?P<committee>.+?)\s*(?:\((?:Item|Agenda item)\s*"
    r"(?P<num>[^)]*?)\s*\))?\s*$",
    re.IGNORECASE,
)


_FOR_ON_RE = re.compile(
    r"^(?:.*>\s*)?(?:(?:Agenda|Minutes|Decisions)(?:\s*(?:,|and|&)\s*(?:draft\s+)?(?:agenda|minutes|decisions))*"
    r"\s+for|Meeting\s+of(?:\s+the)?)\s+(?P<committee>\S.*?)(?:,?\s+held)?\s+on\s+(?P<when>(?:mon|tue|wed|thu|fri|sat|sun|\d)"
    r".*)$",
    re.IGNORECASE,
)


class Heading:
    __slots__ = ("cancelled", "committee", "item_number", "start", "time_printed")

    def __init__(
        self,
        committee: str,
        start: datetime | None,
        time_printed: bool,
        cancelled: bool,
        item_number: str = "",
    ) -> None:
        self.committee = committee
        self.start = start
        self.time_printed = time_printed
        self.cancelled = cancelled
        self.item_number = item_number


def _time_of(m: re.Match[str]) -> tuple[int, int] | None:
    """``(hour, minute)`` from a match of ``_TIME``; ``None`` when it printed no time or an
    impossible one."""
    if m.group("h"):
        hour, minute = int(m.group("h")), int(m.group("mi") or 0)
        if hour > 12:
            return None
        return hour % 12 + (12 if m.group("ap").lower().startswith("p") else 0), minute
    if m.group("h24"):
        return int(m.group("h24")), int(m.group("mi24"))
    if m.group("noon"):
        return 12, 0
    return None


def _start_of(m: re.Match[str]) -> tuple[datetime, bool] | None:
    try:
        if m.group("d"):
            month = _MONTHS.get(m.group("mon").lower())
            if month is None:
                return None
            day, year = int(m.group("d")), int(m.group("y"))
        else:
            day, month, year = int(m.group("dd")), int(m.group("mm")), int(m.group("yy"))
        hm = _time_of(m)
        printed = hm is not None
        if hm is None:
            if m.group("h"):
                return None
            hm = (0, 0)
        return datetime(year, month, day, *hm), printed
    except ValueError:
        return None


def parse_when(text: str) -> tuple[datetime, bool, bool] | None:
    """``(start, time_printed, cancelled)`` from "Wednesday 14th May 2025 9.00 am" and kin."""
    m = _WHEN_RE.match(text.strip())
    if not m:
        return None
    start = _start_of(m)
    if start is None:
        return None
    return start[0], start[1], bool(m.group("tail")) and status_of(m.group("status")) != ""


def parse_when_prefix(text: str) -> tuple[datetime, bool] | None:
    """``(start, time_printed)`` from a date at the start of ``text``, with a time right after
    it or later in the text ("… at the Guildhall at 6.30 pm")."""
    m = _WHEN_PREFIX_RE.match(text.strip())
    if not m:
        return None
    start = _start_of(m)
    if start is None:
        return None
    when, printed = start
    if not printed:
        t = _TIME_IN_RE.search(text, m.end())
        hm = _time_of(t) if t else None
        if hm is not None:
            when, printed = when.replace(hour=hm[0], minute=hm[1]), True
    return when, printed


def parse_time(text: str) -> tuple[int, int] | None:
    """``(hour, minute)`` from "7.00 pm", "19:00", "10.00 am - 12.30 pm", "12 noon"."""
    m = _TIME_ONLY_RE.match(text.strip())
    if not m:
        return None
    hm = _time_of(m)
    if hm is None or hm[0] > 23 or hm[1] > 59:
        return None
    return hm


def parse_heading(text: str) -> Heading | None:
    """The "Committee name - Wednesday 14th May 2025 9.00 am" line (or "Agenda for Committee
    on …", "Meeting of Committee on …"), or ``None``."""
    if len(text) > 300 or not any(ch.isdigit() for ch in text):
        return None
    m = _ITEM_PAGE_RE.match(text)
    if m:
        when = parse_when(m.group("when"))
        if when:
            return Heading(
                m.group("committee").strip(),
                when[0],
                when[1],
                when[2],
                (m.group("num") or "").strip(),
            )
    m = _FOR_ON_RE.match(text)
    if m:
        # "Agenda for Cabinet on Monday, 2nd June, 2025, 10.00 am - Eastbrook Council", the
        # shape of ModernGov's window title and breadcrumb.
        when_text = m.group("when")
        when = parse_when(when_text) or parse_when(re.split(r"\s+[-–|]\s+", when_text)[0])
        if when:
            return Heading(m.group("committee").strip(), *when)
    for sep in _SEP_RE.finditer(text):
        committee = text[: sep.start()].strip()
        if not committee or not any(ch.isalpha() for ch in committee):
            continue
        when = parse_when(text[sep.end() :])
        if when:
            committee = TITLE_PREFIX_RE.sub("", committee).strip() or committee
            marked = _COMMITTEE_CANCELLED_RE.search(committee)
            if marked and len(committee) > marked.end() - marked.start():
                # "CANCELLED - Cabinet - …", "Cabinet (Cancelled) - …".
                committee = (committee[: marked.start()] + committee[marked.end() :]).strip()
                return Heading(committee, when[0], when[1], True)
            return Heading(committee, *when)
    return None


_COMMITTEE_CANCELLED_RE = re.compile(
    r"^\s*(?:cancell?ed|postponed)\b\s*[-–:]?\s*|\s*\((?:cancell?ed|postponed)\)\s*$"
    r"|\s*[-–:]\s*(?:cancell?ed|postponed)\s*$",
    re.IGNORECASE,
)


TITLE_PREFIX_RE = re.compile(
    r"^(?:agenda|minutes|decisions)(?:\s*(?:,|and)\s*(?:draft\s+)?(?:agenda|minutes|decisions))*"
    r"\s*(?:item)?\s*(?::|[-–]\s|\s(?=[A-Z]))",
    re.IGNORECASE,
)

_VIEW_DIRECTIONS_RE = re.compile(r"[.,;]?\s*View directions\.?\s*$", re.IGNORECASE)


def clean_venue(text: str) -> str:
    return _VIEW_DIRECTIONS_RE.sub("", text).strip().rstrip(".").strip()


_EMAIL_RE = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_RE = re.compile(
    r"(?:\b(?:Tel(?:ephone)?|Phone|Mobile|T)\b\s*(?:no\.?)?\s*[:.]?\s*)?"
    r"(?<![\w@])(\+?\(?0\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}|\+44\s?\d{2,4}\s?\d{3,4}\s?\d{3,4})",
    re.IGNORECASE,
)
_CONTACT_LABEL_RE = re.compile(
    r"\b(?:e-?mail|tel(?:ephone)?|phone|mobile|contact)\s*(?:address|no\.?|number)?\s*[:.]?",
    re.IGNORECASE,
)
_ROLE_WORDS_RE = re.compile(
    r"\b(?:officer|manager|services|service|clerk|secretary|advis[eo]r|team|head|director|"
    r"co-?ordinator|assistant|democratic|committee|governance|support|lead|administrator|"
    r"scrutiny|partnership|specialist|executive|analyst|legal|monitoring)\b",
    re.IGNORECASE,
)
_PEOPLE_SPLIT_RE = re.compile(r"\s+(?:or|and|&)\s+|\s*/\s*|;\s*")


_NAME_RE = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+")
_ROLE_LEAD_RE = re.compile(
    r"\s+(?:senior|principal|chief|deputy|assistant|interim|acting|lead)$", re.IGNORECASE
)


def _name_then_role(part: str) -> list[str]:
    """ "Tom Reyes Committee Officer" (the two spaces between them folded away) as the name
    and the role; any other part as it is."""
    m = _ROLE_WORDS_RE.search(part)
    if m is None or m.start() == 0:
        return [part]
    head = part[: m.start()].strip()
    lead = _ROLE_LEAD_RE.search(head)
    if lead:
        head = head[: lead.start()].strip()
    if not _NAME_RE.fullmatch(head):
        return [part]
    return [head, part[len(head) :].strip()]


def parse_contact(raw: str) -> ParsedContact:
    """Name, role, phone and email from a free-text contact line or two."""
    text = raw
    email_m = _EMAIL_RE.search(text)
    email = email_m.group(0) if email_m else ""
    text = _EMAIL_RE.sub(" ", text)
    phone_m = _PHONE_RE.search(text)
    phone = re.sub(r"\s+", " ", phone_m.group(1)).strip() if phone_m else ""
    text = _PHONE_RE.sub(" ", text)
    text = _CONTACT_LABEL_RE.sub(" ", text)
    parts = [p.strip(" ,.:-–|") for p in re.split(r"\s[-–|]\s|,\s|\s{2,}", text)]
    parts = [p for p in parts if p and any(c.isalpha() for c in p)]
    parts = [q for p in parts for q in _name_then_role(p)]
    role_parts = [p for p in parts if _ROLE_WORDS_RE.search(p)]
    name_parts = [p for p in parts if p not in role_parts]
    names: list[str] = []
    for p in name_parts:
        names.extend(n.strip() for n in _PEOPLE_SPLIT_RE.split(p) if n.strip())
    if not names and role_parts and not email and not phone:
        # A team, not a person ("Democratic Services").
        names = []
    return ParsedContact(
        name=names[0] if names else "",
        role=", ".join(role_parts),
        phone=phone,
        email=email,
        raw=raw.strip(),
        others=names[1:],
    )


# --- the header's lines ------------------------------------------------------------------

HEADER_LABEL_RE = re.compile(
    r"^(?P<label>Venue|Contact|Contact officer|Note|Notes|Link|Links|Media|Webcast|"
    r"Meeting status|Status|(?:Location|Place|Where|(?:Meeting\s+)?Date(?:\s+(?:and|&)\s+time)?|"
    r"(?:Start\s+)?Time|When|Committee|Meeting|Body)(?=\s*:))\s*:?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
CANCELLED_RE = re.compile(
    r"\b(?:meeting\s+(?:has\s+been\s+|was\s+|is\s+)?(?:cancell?ed|postponed)|cancell?ed\b)", re.I
)
# A meeting document named without its size, as pages saved without the links' sizes print
# them: "Agenda frontsheet", "Printed minutes", "Supplement pack 1 - Late representations".
_MEETING_DOC_RE = re.compile(
    r"^(?:agenda\s+frontsheet|printed\s+(?:minutes|decisions|agenda|resolutions)|"
    r"(?:public\s+)?reports?\s+pack|supplement(?:ary)?\s+(?:pack|agenda|information|papers)|"
    r"agenda\s+(?:reports\s+)?pack|decisions?\s+notice)\b[^.!?:;]{0,150}$",
    re.IGNORECASE,
)
_CONTACT_MORE_RE = re.compile(r"@|\b(?:tel|telephone|phone|e-?mail|mobile)\b|^or\s|\d{4,}", re.I)
_MEDIA_LABELS = frozenset({"media", "webcast"})
_VENUE_LABELS = frozenset({"venue", "location", "place", "where"})


def read_header(
    lines: list[Line], page: ParsedPage, start: int, skip: frozenset[int] = frozenset()
) -> tuple[int, bool]:
    """Fill the page's venue, contact, note, link and meeting documents from ``lines``
    from ``start``; return where the items begin and whether an items marker was seen.
    Lines in ``skip`` (the page title, the lines that named the committee) are passed
    over."""
    marker = _items_marker(lines, start)
    header = _Header(lines, page, marker)
    i = start
    stop = marker if marker is not None else len(lines)
    while i < stop:
        if lines[i].text and i not in skip and not header.take(i):
            # No marker: the first line that is none of the header's starts the items.
            break
        i += 1
    header.finish()
    if marker is not None:
        return marker + 1, True
    return i, False


def _items_marker(lines: list[Line], start: int) -> int | None:
    """The "Items" / "No. Item" line, when one comes before the first item."""
    for i in range(start, min(len(lines), start + 400)):
        t = lines[i].text
        if not t:
            continue
        if ITEMS_MARKER_RE.match(t):
            return i
        if (NUM_RE.match(t) or lines[i].hint) and i > start:
            return None
    return None


def looks_like_item(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` reads as an item: numbered, marked so, or followed by a label."""
    t = lines[i].text
    if NUM_INLINE_RE.match(t) or lines[i].hint:
        return True
    j = next_text(lines, i + 1)
    return j is not None and bool(LABEL_RE.match(lines[j].text) or SHARE_RE.match(lines[j].text))


class _Header:
    """The header being read: what a line adds depends on the label above it (``mode``)."""

    def __init__(self, lines: list[Line], page: ParsedPage, marker: int | None) -> None:
        self.lines = lines
        self.page = page
        self.marker = marker
        self.contact: list[str] = []
        self.note: list[str] = []
        self.mode = ""

    def take(self, i: int) -> bool:
        """Read line ``i`` into the header; ``False`` when it is none of the header's."""
        ln = self.lines[i]
        t = ln.text
        m = HEADER_LABEL_RE.match(t)
        if m and (m.group("rest") or m.group("label").lower() in _MEDIA_LABELS):
            self._label(m.group("label").lower(), m.group("rest").strip())
            return True
        status = status_line(t)
        if status is not None:
            self.page.cancelled = self.page.cancelled or status == "cancelled"
            self.page.postponed = self.page.postponed or status == "postponed"
            return True
        if CANCELLED_RE.search(t) and len(t) < 200 and not NUM_INLINE_RE.match(t):
            self.page.cancelled = True
            return True
        if self._document(i) or (not ln.href and self._named_document(t)):
            return True
        if self.mode == "contact" and _CONTACT_MORE_RE.search(t) and not NUM_RE.match(t):
            self.contact.append(t)
            return True
        if ln.href and self.marker is not None and self.mode != "note" and len(t) < 150:
            # A saved HTML page's meeting document linked without its size.
            self.page.documents.append(
                ParsedDocument(
                    title=t,
                    format=href_format(ln.href),
                    url=ln.href,
                    restricted=ln.restricted,
                )
            )
            self.mode = ""
            return True
        if self.marker is not None:
            # Chrome, media links or a note running on: all before the items marker.
            if self.mode == "note":
                self.note.append(t)
            return True
        return False

    def _label(self, label: str, rest: str) -> None:
        page = self.page
        mode = ""
        if label in _VENUE_LABELS:
            page.venue = clean_venue(rest)
        elif label.startswith("contact"):
            self.contact.append(rest)
            mode = "contact"
        elif label.startswith("note"):
            self.note.append(rest)
            mode = "note"
        elif label.startswith("link"):
            page.link = rest
        elif label in _MEDIA_LABELS:
            mode = "media"
        elif CANCELLED_RE.search(rest):
            page.cancelled = True
        self.mode = mode

    def _document(self, i: int) -> bool:
        """A meeting document with its size ("Agenda pdf icon PDF 100 KB"), unless the line
        is an item's title."""
        ln = self.lines[i]
        t = ln.text
        if not has_doc(t) or (self.marker is None and looks_like_item(self.lines, i)):
            return False
        name, doc = split_document(t)
        if doc is None:
            return False
        doc.title = name or "Document"
        doc.url = ln.href
        doc.restricted = ln.restricted
        self.page.documents.append(doc)
        self.mode = ""
        return True

    def _named_document(self, t: str) -> bool:
        """A meeting document named without a size ("Printed minutes")."""
        if not _MEETING_DOC_RE.match(t) or self.mode == "note":
            return False
        self.page.documents.append(ParsedDocument(title=t, format="", size_bytes=None))
        self.mode = ""
        return True

    def finish(self) -> None:
        if self.contact:
            self.page.contact = parse_contact(" ".join(self.contact))
        self.page.note = " ".join(x for x in self.note if x).strip()
