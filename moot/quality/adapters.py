"""Ways in to the checks: a stored meeting (``from_meeting``) or a parsed page (``from_page``),
and ``check_stored_meeting`` for the clerk's minutes screen."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from django.utils.timezone import localtime

from moot.meetings.choices import AttendanceStatus, DocumentKind, ItemKind
from moot.meetings.html import to_text
from moot.meetings.kinds import infer_kind

from .acronyms import find_definitions
from .archive import known_names
from .core import DEFAULT_MIN_CONFIDENCE, check_meeting
from .dates import dates as dated
from .findings import Finding, MinutesItem
from .names import SURNAME
from .numbered import FURNITURE, PREAMBLE, ReadMinutes, read_numbered

# Papers an item's minutes may quote figures from.
REPORT_KINDS = (DocumentKind.REPORT, DocumentKind.APPENDIX, DocumentKind.PRESENTATION)
ARCHIVE_ITEMS = 2000  # most recent items of the body read for acronym expansions


@dataclass
class MeetingInput:
    """Everything ``check_meeting`` takes, gathered for one meeting."""

    items: list[MinutesItem]
    previous_items: list[MinutesItem] = field(default_factory=list)
    glossary: list[str] = field(default_factory=list)
    archive_expansions: dict[str, str] = field(default_factory=dict)
    # The page was cut short: its last item's minutes may have lost their decision.
    truncated: bool = False
    # The meeting's day and the committee's earlier meetings' days (for the date check).
    meeting_date: date | None = None
    earlier_dates: list[date] = field(default_factory=list)
    # The names of the meeting's attendance and the committee's members, as recorded.
    people: list[str] = field(default_factory=list)
    # The names a saved page's minutes list as present (``attendance``): only the names check
    # reads them (a name one slip from an attendee's is as often another person).
    present: list[str] = field(default_factory=list)
    # The names the meeting's record of attendance has present, and absent (with apologies or
    # without): the attendance check holds the minutes' own lists to them.
    recorded_present: list[str] = field(default_factory=list)
    recorded_absent: list[str] = field(default_factory=list)
    # Names the body's archive knows (moot.quality.archive), for the spelling check.
    names: frozenset[str] = frozenset()
    # False for a page of one item or decision, not the whole meeting (see check_meeting).
    whole: bool = True
    # The meeting's own lines a reader sees: its venue, a note.
    details: list[str] = field(default_factory=list)
    # Read from a published page, not the clerk's record (see check_meeting).
    published: bool = False
    # The meeting's heading: the body's or committee's name (see check_meeting).
    body: str = ""

    def check(self, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> list[Finding]:
        if self.truncated and self.items:
            self.items[-1].truncated = True
        return check_meeting(
            self.items,
            self.previous_items,
            self.glossary,
            self.archive_expansions,
            min_confidence=min_confidence,
            meeting_date=self.meeting_date,
            earlier_dates=self.earlier_dates,
            people=self.people,
            present=self.present,
            recorded_present=self.recorded_present,
            recorded_absent=self.recorded_absent,
            names=self.names,
            whole=self.whole,
            details=self.details,
            published=self.published,
            body=self.body,
        )


# A recorded vote's line ("Recorded vote: For 24, Against 10", "There voted for …") that a page
# reader took for an item heading: it belongs to the item before it.
RECORDED_VOTE = re.compile(
    r"^\s*((recorded|named) vote|votes?\s*:|there voted|(for|against|abstain(ed|ing|tions?)?)"
    r"\s*[:\-–]?\s*\d)",
    re.I,
)


def from_page(page) -> MeetingInput:
    """Items of a ``ParsedPage`` (moot.importers.moderngov_page). A page gives no kinds, so
    each is inferred from the title; nor agenda titles or report texts, so those checks stay
    quiet."""
    items: list[MinutesItem] = []
    for parsed in page.items:
        if items and RECORDED_VOTE.match(parsed.title):
            _merge(items[-1], parsed)
            continue
        items.append(
            MinutesItem(
                reference=parsed.number or str(parsed.position),
                title=parsed.title,
                kind=infer_kind(parsed.title),
                minutes_html=parsed.minutes,
                decisions=list(parsed.decisions),
                agenda_html=getattr(parsed, "agenda_text", ""),
                restricted=parsed.restricted,
                truncated=bool(getattr(parsed, "truncated", False)),
            )
        )
    start = getattr(page, "start", None)
    return MeetingInput(
        items,
        truncated=bool(getattr(page, "truncated", False)),
        meeting_date=(localtime(start) if start.tzinfo else start).date() if start else None,
        details=[
            line
            for line in (getattr(page, "venue", ""), _contact(page), getattr(page, "note", ""))
            if line
        ],
        published=True,
        body=getattr(page, "committee", "") or "",
    )


def _contact(page) -> str:
    """The page's contact line as printed (its address and postcode among it)."""
    contact = getattr(page, "contact", None)
    return getattr(contact, "raw", "") or ""


# Lines of a single item or decision page that are the site's furniture, not the item: its
# headings and labels, and a decision page's status lines.
_FURNITURE = re.compile(
    r"^(agenda item|skip to (main )?content|you are here:|issue - (meetings|decisions)|"
    r"minutes:|decision:|decision details|decisions for issue .*|supporting documents:|"
    r"additional documents:|meeting: .*|decision status: .*|is key decision\??: .*|"
    r"is subject to call[- ]in\??: .*|publication date: .*|date of decision: .*|"
    r"decided at meeting: .*|effective from: .*|"
    r"\d{1,2}/\d{1,2}/\d{4} - .*)$",
    re.I,
)
_DETAIL_LINE = re.compile(r"^(venue|contact)\s*:\s*\S", re.I)
_DECISION_PAGE = re.compile(r"^(issue - decisions|decision details|decisions for issue\b)", re.I)
_ONE_ITEM_PAGE = re.compile(r"^(agenda item|issue - meetings)$", re.I)
# A line that tells a single item's page: its heading or its minutes' label.
_ITEM_PAGE = re.compile(r"^(agenda item|issue - meetings|minutes:)$", re.I)


# Lines a document-sharing site puts around a copy of a PDF's minutes, which are no part of
# them: its "Quick viewing(Text Mode)" switch, the copy's page count and file size, the date it
# was posted, "Click to see full reader", and a search snippet as the copy's title (cut short
# with a garbled ellipsis, "minutes borrowdale parish council nov 17€¦ · web view…").
_SITE_FRAME = re.compile(
    r"^\s*(quick viewing\s*\(text mode\)|total page:\s*\d+|"
    r"file type:\s*\w+,\s*size:\s*[\d.]+\s*[kmg]?b|post on \d{1,2}-[a-z]{3}-\d{4}|"
    r"click to see full reader|.*\u20ac\u00a6.*)\s*$",
    re.I,
)


def _without_site_frame(text: str) -> str:
    """``text`` less a document-sharing site's frame lines (``_SITE_FRAME``)."""
    if text.lstrip().startswith("<"):
        return text
    lines = text.split("\n")
    kept = [ln for ln in lines if not _SITE_FRAME.match(ln)]
    return text if len(kept) == len(lines) else "\n".join(kept)


def from_text(text: str, *, lenient: bool = False) -> MeetingInput:
    """A saved page's text (or HTML): a meeting page (``from_page``), or else one item or
    decision page read as one item — not the whole meeting. On a decision page ("Issue -
    decisions", "Decision details") the words are the decision, so it never lacks one.

    Raises ``ValueError`` saying why when the text is none of these; ``lenient`` reads any
    text with words in it as one item (a page saved without its headings).
    """
    found, read = _from_text(text, lenient=lenient)
    if found.whole:
        if found.meeting_date is None:
            found.meeting_date = opening_date(read)
        if not found.people:
            found.present = attendance(read)
    return found


# The attendance's label and where its list ends: the next label, or the line's end.
_PRESENT = re.compile(
    r"\b(?:(?:members|councillors|cllrs)\s+)?present\s*(?:were\s*)?[:;\-–]\s*(.+)", re.I
)
_LIST_ENDS = re.compile(
    r"\b(?:apologies|in\s+attendance|also\s+(?:present|in\s+attendance)|officers?\b|absent|"
    r"members\s+of\s+the\s+public|clerk\b)",
    re.I,
)
_ATTENDEE = re.compile(
    r"^(?:(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\.?:?\s+)*((?:[A-Z]\.?\s*){0,3}\s*"
    rf"(?:[A-Z][a-z]+\s+)?{SURNAME}(?:-[A-Z][a-z]+)?)$"
)


def attendance(text: str) -> list[str]:
    """The people a page's minutes list as present, from the first "Present:" in their
    opening ("Present: Cllrs: A Jones; J Honeybill; A MacGarry (Chair)"): what a saved page
    has of the meeting's record of attendance."""
    match = _PRESENT.search(text[:ATTENDANCE_WITHIN])
    if not match:
        return []
    listed = match.group(1)
    if stop := _LIST_ENDS.search(listed):
        listed = listed[: stop.start()]
    listed = re.sub(r"\([^()]*\)", " ", listed)
    out = []
    for part in re.split(r"[,;]|\band\b|&", listed):
        part = " ".join(part.split()).strip(" .")
        if person := _ATTENDEE.match(part):
            out.append(person.group(1).strip())
    return out


def opening_date(text: str) -> date | None:
    """The meeting's day from the minutes' own heading in their first lines ("• Minutes of
    meeting held 8th January 2014 in the Supper Room", "MINUTES OF THE MEETING OF … HELD ON
    TUESDAY 10th SEPTEMBER 2019"), for minutes whose page gives it nowhere else; None when no
    such heading opens them, or it names more days than one."""
    lines = [ln.strip().lstrip("•*- ").strip() for ln in text.splitlines()]
    top = [ln for ln in lines if ln][:6]
    # "… held on" first: a heading above it may carry a slip ("Draft Minutes of the Meeting of
    # 18 September 2018" over "… held on 18 September 2017")
    # … then the meeting's own heading, then a line labelled with its day ("Date: 10th
    # September 2020Time: 9:30am")
    for line in (
        [ln for ln in top if _heading_held_on(ln)]
        + [ln for ln in top if _MEETING_OPENING.match(ln)]
        + [ln for ln in top if _DATE_LABEL.match(ln)]
    ):
        # one day, or none: a heading with more is a bundle's ("Minutes of meetings held from
        # 1st March 2019 to 31st March 2020") or says more than its own day
        # (a year run into the next cell's label is still the year: "2020Time: 9:30am")
        days = {d for _, d in dated(re.sub(r"(?<=\d{4})(?=[A-Z][a-z])", " ", line[:400]))}
        if len(days) == 1:
            return days.pop()
    return None


def _from_text(text: str, *, lenient: bool = False) -> tuple[MeetingInput, str]:
    """What ``from_text`` reads, and the page as plain text (without a sharing site's frame)."""
    from moot.importers.moderngov_page.parser import PageParseError, parse_page
    from moot.meetings.html import paragraphs_to_html

    reason = ""
    text = _without_site_frame(text)
    plain_text = to_text(text) if text.lstrip().startswith("<") else text
    try:
        page = parse_page(text)
        # Items found, but none with minutes or a decision: a single item or decision page
        # whose labels ("Minutes:") were taken for agenda text. Read as one item.
        if any(i.minutes or i.decisions for i in page.items):
            found = from_page(page)
            # An item's page ("Issue - meetings") the parser reads as a meeting of one item.
            found.whole = not any(_ITEM_PAGE.match(ln.strip()) for ln in text.splitlines()[:8])
            # Minutes from other software, which the parser reads without the text before
            # the first item: read by their numbered headings when those give as many items.
            moderngov = bool(_MODERNGOV_LABEL.search(plain_text))
            if found.whole and not moderngov:
                numbered = read_numbered(plain_text)
                if numbered and len(numbered.items) >= len(found.items):
                    return from_numbered(numbered, found), plain_text
                _keep_preamble(found, plain_text)
            elif found.whole:
                # Also a ModernGov page saved without its item numbers and "Minutes:" labels,
                # which the parser reads from the first item with a document: the items
                # between its "No. Item" row and that one
                _keep_preamble(found, plain_text, after_items_row=True)
            return found, plain_text
        reason = "it has no item with minutes or a decision"
    except PageParseError as error:
        where = f" (line {error.line})" if error.line else ""
        reason = f"it is not a meeting page{where}: {error.message}"
    text = plain_text
    lines = [ln.strip() for ln in text.splitlines()]
    top = [ln for ln in lines if ln][:6]
    decision_page = any(_DECISION_PAGE.match(ln) for ln in top)
    item_page = decision_page or any(_ITEM_PAGE.match(ln) for ln in lines)
    # A whole meeting's minutes from other software, numbered item by item (not a page that
    # says it is one item's or decision's; a "Minutes:" label alone does not say so).
    one_item = decision_page or any(_ONE_ITEM_PAGE.match(ln) for ln in lines)
    numbered = None if one_item else read_numbered(text)
    if numbered:
        return from_numbered(numbered), plain_text
    lines = [ln for ln in lines if ln and not _FURNITURE.match(ln) and not FURNITURE.match(ln)]
    # The page's venue and contact lines are the meeting's, not the item's title or minutes.
    details = [ln for ln in lines if _DETAIL_LINE.match(ln)]
    lines = [ln for ln in lines if not _DETAIL_LINE.match(ln)]
    if not lines or not (item_page or lenient):
        raise ValueError(f"Nothing to check: {reason}, nor an item's or a decision's page.")
    # Minutes whose items could not be told apart, but which open as a meeting's minutes do:
    # the text is the meeting from its start (cut short, perhaps), not one item taken from it.
    whole = not item_page and (
        any(_MEETING_OPENING.match(ln) for ln in lines[:8])
        or _heading_held_on(lines[0])
        or bool(_ATTENDANCE.search("\n".join(lines)[:ATTENDANCE_WITHIN]))
    )
    meeting_date = None
    if whole and (_MEETING_OPENING.match(lines[0]) or _heading_held_on(lines[0])):
        # The first line is the minutes' own heading, "Minutes of the meeting held on Monday 7th
        # October 2019" (also cut at its start: "and Turnerspuddle Parish Council Minutes of the
        # meeting of … held on Wednesday 13 November 2019"): the meeting's day, not an item's
        # title (nor minutes it approves).
        meeting_date = next((d for _, d in dated(lines[0][:400])), None)
        title, paragraphs = "", lines
    else:
        title, paragraphs = (lines[0], lines[1:]) if len(lines) > 1 else ("", lines)
    item = MinutesItem(reference="1", title=title, kind=infer_kind(title))
    if decision_page:
        item.decisions = ["\n".join(paragraphs)]
    else:
        item.minutes_html = paragraphs_to_html(paragraphs)
    found = MeetingInput(
        [item], whole=whole, details=details, published=True, meeting_date=meeting_date
    )
    return found, plain_text


# How a whole meeting's minutes open: their heading, after the body's name if it comes first
# ("Minutes of the Meeting of Kexby Parish Council held on …", "CAIRNGORMS NATIONAL PARK
# AUTHORITY MINUTES OF THE BOARD MEETING", "Minutes of a meeting held on 9th January") or the
# attendance ("Present:", "Members Present", "Those attending:", "In the Chair:", or "Those
# present were:" in the chair's welcome). An item's
# words about minutes ("To approve the minutes of the meeting …") are not an opening.
_MEETING_OPENING = re.compile(
    r"^(?-i:(?:[A-Z0-9][\w&.,'’()-]*|&)\s+){0,8}?minutes?\s+of\s+(?:the\s+|an?\s+)?"
    r"(?:[\w&'’-]+\s+){0,8}?(?:meeting|proceedings)\b"
    r"|^(?:members\s+)?present\s*[:;]?(?:\s|$)|^(?:those\s+attending|in\s+the\s+chair)\s*:"
    # the attendance inside the welcome: "- Welcome: The Chair welcomed … Those present were:"
    r"|^[-•*]?\s*welcome\b.{0,400}?\b(?:those\s+)?present\s+were\s*:"
    # a meeting's heading with its day: "NILGA Executive Meeting Lagan Valley Island, Lisburn
    # City Council 13th March 2020 Attendance"
    r"|^(?-i:[A-Z][\w&'’-]*\s+){1,6}meeting\b.{0,120}?\b\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\s+\d{4}\b"
    # a heading of the word and the day alone, after the body's name or letters or not:
    # "Minutes 2 March 2021", "MINUTES: Tuesday 5th May 2020", "PPG Minutes 10th Nov 2022"
    # (not an item approving them: "Approve Minutes 3 March 2021")
    r"|^(?!(?:approv|confirm|receiv|sign|adopt|accept|agree)\w*\s)(?-i:(?:[A-Z][\w&'’-]*\s+){0,5})"
    r"minutes\s*[:\u2013\u2014-]?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
    r"\.?,?\s+\d{4}\s*$"
    # the day then the word: "5 July 2022 DRAFT Council minutes"
    r"|^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december),?\s+\d{4}\s*[:\u2013\u2014-]?\s*(?:[\w&'’-]+\s+){0,4}minutes\s*$",
    re.I,
)


# A line of the meeting's details labelled with its day: "Date: Thursday 10th September 2020",
# "Date of meeting: 3 March 2025" (not "Date of next meeting: …")
_DATE_LABEL = re.compile(r"^date(?:\s+of\s+(?:the\s+)?meeting)?\s*[:\u2013\u2014-]", re.I)


# Who attended, as minutes record it at their start ("Present: Cllr Escombe, …", "COUNCILLORS
# PRESENT:", "In Attendance ; Margot Nicol", "Councillor Keith Panter (In the Chair)"): near the
# top of a page (``ATTENDANCE_WITHIN`` characters, after a letterhead or a heading run into one
# line), the page opens a meeting's minutes, though no line starts as an opening does. An
# item's or a decision's page records no attendance.
_ATTENDANCE = re.compile(
    r"\b(?:present|in\s+attendance)(?:\s+were)?\s*(?:[:;]|[-–]\s)|\(in\s+the\s+chair\)", re.I
)
ATTENDANCE_WITHIN = 1500


# A meeting's heading inside the first line: "… Minutes of the meeting of … held on …".
_HEADING_HELD_ON = re.compile(
    r"\bminutes?\s+of\s+(?:the\s+|an?\s+)?(?:[\w&'’-]+\s+){0,10}?meeting\b.{0,120}?\bheld\b",
    re.I,
)


def _heading_held_on(line: str) -> bool:
    """Whether ``line`` opens with the minutes' heading, "… Minutes of the meeting of …
    held on …", not an agenda item approving earlier minutes ("To approve the minutes of the
    meeting held on 4 December 2018")."""
    head = line[:400]
    return bool(_HEADING_HELD_ON.search(head)) and not _APPROVES_MINUTES.search(head)


_APPROVES_MINUTES = re.compile(
    r"\b(?:approv|receiv|confirm|sign|agree|adopt|accept)\w*\s+(?:the\s+)?minutes\b", re.I
)


_NUMBER_BEFORE = re.compile(r"^(?:item\s+)?\d+(?:\.\d+)*[.)]?\s+", re.I)


def _keep_preamble(found: MeetingInput, text: str, after_items_row: bool = False) -> None:
    """Minutes from other software that the page parser read from a later heading on: the
    text above its first item (who was present, the declarations, the opening business) is
    kept as an item of its own, ``PREAMBLE``, as for numbered minutes, so it is checked too.
    ``after_items_row``: only what follows the page's "No. Item" row (a ModernGov page, whose
    header above it is the site's)."""
    first = found.items[0].title.strip() if found.items else ""
    lines = [ln.strip() for ln in text.splitlines()]
    # (the heading as the page prints it, its number before it or not: "1. Apologies …")
    at = next(
        (
            n
            for n, ln in enumerate(lines)
            if first and (ln.startswith(first) or _NUMBER_BEFORE.sub("", ln).startswith(first))
        ),
        None,
    )
    if not at:
        return
    start = 0
    if after_items_row:
        rows = [n for n, ln in enumerate(lines[:at]) if _ITEMS_ROW.match(ln)]
        if not rows:
            return
        start = rows[-1] + 1
    above = [
        ln for ln in lines[start:at] if ln and not FURNITURE.match(ln) and not _FURNITURE.match(ln)
    ]
    details = [ln for ln in above if _DETAIL_LINE.match(ln)]
    prose = [ln for ln in above if not _DETAIL_LINE.match(ln)]
    if sum(len(ln.split()) for ln in prose) < 20 and not any(
        _ATTENDANCE.search(ln) for ln in prose
    ):
        return  # a heading and a date: nothing the parser lost (a short attendance is)
    from moot.meetings.html import paragraphs_to_html

    found.items.insert(
        0,
        MinutesItem(
            reference=PREAMBLE,
            title="",
            kind=ItemKind.APOLOGIES,  # attendance and the opening: no decision is due
            minutes_html=paragraphs_to_html(prose),
        ),
    )
    found.details = found.details or details


# The row that heads a ModernGov page's table of items.
_ITEMS_ROW = re.compile(r"^(?:\|\s*)?(?:no\.?\s+)?items?(?:\s*\|)?$", re.I)
# The labels of a ModernGov page's items: minutes from other software have none.
_MODERNGOV_LABEL = re.compile(r"^\s*(minutes|decision|additional documents):\s*$", re.I | re.M)


def from_numbered(read: ReadMinutes, parsed: MeetingInput | None = None) -> MeetingInput:
    """A whole meeting read by its numbered headings (``moot.quality.numbered``): an item per
    heading, its heading as printed read with its minutes, and the text before the first
    heading (attendance, apologies, the opening) as an item of its own that needs no
    decision. ``parsed`` is what the page parser made of the page, for the meeting's date and
    venue."""
    from moot.meetings.html import paragraphs_to_html

    items = [
        MinutesItem(
            reference=item.reference,
            title=item.title,
            kind=infer_kind(item.title),
            minutes_html=paragraphs_to_html(item.paragraphs),
            agenda_html=paragraphs_to_html(item.heading.split("\n")),
        )
        for item in read.items
    ]
    # The page's venue and contact lines are the meeting's details, not its preamble.
    details = [ln for ln in read.preamble if _DETAIL_LINE.match(ln)]
    preamble = [ln for ln in read.preamble if not _DETAIL_LINE.match(ln)]
    if preamble:
        items.insert(
            0,
            MinutesItem(
                reference=PREAMBLE,
                title="",
                kind=ItemKind.APOLOGIES,  # attendance and the opening: no decision is due
                minutes_html=paragraphs_to_html(preamble),
            ),
        )
    found = MeetingInput(items, details=details, published=True)
    if parsed is not None:
        found.truncated = parsed.truncated
        found.meeting_date = parsed.meeting_date
        found.details = parsed.details
    return found


def _merge(item: MinutesItem, vote) -> None:
    """Give ``item`` the minutes and decisions of a recorded vote read as an item after it."""
    item.minutes_html += vote.minutes
    item.decisions += [d for d in vote.decisions if d not in item.decisions]
    item.restricted = item.restricted or vote.restricted
    item.truncated = item.truncated or bool(getattr(vote, "truncated", False))


def _item(item) -> MinutesItem:
    reports = [
        d.text
        for d in item.documents.all()
        if d.kind in REPORT_KINDS and d.text and d.withdrawn_at is None
    ]
    imported_title = (item.imported or {}).get("title", "")
    return MinutesItem(
        reference=item.reference or str(item.position),
        title=item.title,
        kind=item.kind,
        minutes_html=item.minutes,
        decisions=[d.text for d in item.decisions.all()],
        agenda_html=item.agenda_text,
        agenda_title=imported_title if isinstance(imported_title, str) else "",
        report_text="\n\f".join(reports),
        restricted=item.is_restricted,
    )


def _items(meeting) -> list[MinutesItem]:
    rows = (
        meeting.items.filter(withdrawn_at__isnull=True)
        .prefetch_related("decisions", "documents")
        .order_by("position")
    )
    return [_item(row) for row in rows]


def from_meeting(meeting) -> MeetingInput:
    """Gather a stored meeting's items with their decisions and report texts, the committee's
    previous meeting's minutes, the body's glossary, the acronyms spelled out in the body's
    other minutes and the names its archive knows.

    Costs a handful of queries, plus one that reads the minutes of up to ``ARCHIVE_ITEMS``
    recent items of the body (for acronym expansions) and one that tells whether the
    archive's names changed (read again, in a few more, when they did).
    """
    from django.db.models import Q

    from moot.meetings.models import Item, Meeting, Person

    from .models import GlossaryTerm

    body = meeting.committee.body
    previous = (
        Meeting.objects.filter(committee=meeting.committee, start__lt=meeting.start)
        .exclude(pk=meeting.pk)
        .order_by("-start")
        .first()
    )
    glossary = list(GlossaryTerm.objects.filter(body=body).values_list("term", flat=True))
    archive = (
        Item.objects.filter(meeting__committee__body=body, minutes__contains="(")
        .exclude(meeting=meeting)
        .order_by("-meeting__start")
        .values_list("minutes", flat=True)[:ARCHIVE_ITEMS]
    )
    # one query for the attendance, read as present and as absent
    attended = list(meeting.attendances.values_list("person__name", "status"))
    return MeetingInput(
        items=_items(meeting),
        previous_items=_items(previous) if previous else [],
        glossary=glossary,
        archive_expansions=archive_expansions(archive),
        meeting_date=localtime(meeting.start).date(),
        earlier_dates=[
            localtime(start).date()
            for start in Meeting.objects.filter(
                committee=meeting.committee, start__lt=meeting.start
            ).values_list("start", flat=True)
        ],
        people=list(
            Person.objects.filter(
                Q(attendances__meeting=meeting) | Q(memberships__committee=meeting.committee)
            )
            .distinct()
            .values_list("name", flat=True)
        ),
        recorded_present=[n for n, status in attended if status in _PRESENT_STATUSES],
        recorded_absent=[n for n, status in attended if status in _ABSENT_STATUSES],
        names=known_names(body),
        # Imported from its published page: items and decisions were read off the page.
        published=meeting.source == PAGE_SOURCE,
        # The body's and the committee's names: "Stockton Borough Council Cabinet"
        body=f"{body.name} {meeting.committee.name}",
    )


# The record of attendance as the attendance check reads it: present, or absent.
_PRESENT_STATUSES = (AttendanceStatus.PRESENT, AttendanceStatus.SUBSTITUTE)
_ABSENT_STATUSES = (AttendanceStatus.APOLOGIES, AttendanceStatus.ABSENT)


# The page importer's source (moot.importers.moderngov_page.importer.SOURCE), written here so
# that the checks need not import the importer.
PAGE_SOURCE = "moderngov_page"


def archive_expansions(minutes_html) -> dict[str, str]:
    """Acronym → the expansion most often written for it in ``minutes_html`` (an iterable)."""
    votes: dict[str, dict[str, int]] = {}
    for html in minutes_html:
        for acronym, expansion, _ in find_definitions(to_text(html)):
            counts = votes.setdefault(acronym, {})
            counts[expansion] = counts.get(expansion, 0) + 1
    return {acronym: max(counts, key=counts.__getitem__) for acronym, counts in votes.items()}


def check_stored_meeting(meeting) -> list[Finding]:
    """Findings on a stored meeting's draft minutes: what the clerk's minutes screen shows."""
    return from_meeting(meeting).check()
