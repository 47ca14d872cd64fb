"""Read the XML of ModernGov's web service (``mgWebService.asmx``, plain-GET binding).

Pure functions: XML bytes in, dataclasses out. The quirks of real installations live here and
nowhere else: dd/mm/yyyy dates, free-text times ("10.00 am", "13:30"), "True"/"False",
counts padded with a space, empty elements holding only whitespace, agenda text and minutes
as entity-escaped Word HTML, titles escaped twice (``&amp;#39;``).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import TypeAlias

from lxml import etree

from moot.meetings.html import sanitise

# ``time`` under a name no dataclass field (``time``) hides.
TimeOfDay: TypeAlias = time


class ServiceDataError(ValueError):
    """The service answered something we cannot read; the message names the object."""


@dataclass
class ServiceCommittee:
    id: str
    title: str
    deleted: bool
    expired: bool
    category: str


@dataclass
class ServiceMeetingRef:
    id: str
    committee_id: str
    date: date
    time: time | None
    status: str


@dataclass
class ServiceDocument:
    id: str
    title: str
    url: str
    restricted: bool
    restriction_ref: str
    published: date | None


@dataclass
class ServiceItem:
    id: str
    title: str
    sort_key: tuple[int, str]
    number: str
    minute_number: str
    agenda_text: str
    minutes: str
    restricted: bool
    documents: list[ServiceDocument] = field(default_factory=list)


@dataclass
class ServiceAttendee:
    id: str
    name: str
    role: str
    attendance: str
    party: str


@dataclass
class ServiceMeeting:
    id: str
    date: date
    time: TimeOfDay | None
    end_time: TimeOfDay | None
    status: str
    location: str
    agenda_published: bool
    minutes_published: bool
    items: list[ServiceItem]
    attendees: list[ServiceAttendee]

    @property
    def start(self) -> datetime:
        return datetime.combine(self.date, self.time or time(0, 0))

    @property
    def cancelled(self) -> bool:
        return self.status.strip().lower() == "cancelled"


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
_TIME_RE = re.compile(r"^\s*(\d{1,2})(?:[.:](\d{2}))?\s*([ap])?\.?\s*m?\.?\s*$", re.I)


def _root(data: bytes, what: str) -> etree._Element:
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise ServiceDataError(f"{what}: the XML is damaged or cut short ({exc})") from None


def text(element: etree._Element | None, tag: str) -> str:
    """Text of a child, stripped; "" when missing or holding only whitespace."""
    if element is None:
        return ""
    child = element.find(tag)
    return (child.text or "").strip() if child is not None else ""


def flag(element: etree._Element, tag: str) -> bool:
    return text(element, tag).lower() == "true"


def children(element: etree._Element) -> dict[str, str]:
    """Tag → stripped text of each child, the first of any tag given twice; one pass, for
    reading many children of one element (``text`` searches the children on each call)."""
    found: dict[str, str] = {}
    for child in element:
        tag = child.tag
        if tag not in found and isinstance(tag, str):
            found[tag] = (child.text or "").strip()
    return found


def unescape_title(value: str) -> str:
    """Titles can arrive escaped twice: undo escaping until nothing changes (at most 3 times)."""
    for _ in range(3):
        if "&" not in value:
            break
        unescaped = html.unescape(value)
        if unescaped == value:
            break
        value = unescaped
    return " ".join(value.split())  # runs of whitespace as one space, as re's \s+ finds them


_DATE_RE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def parse_date(value: str, what: str) -> date:
    try:
        found = _DATE_RE.fullmatch(value.strip())  # strptime's "%d/%m/%Y", at a tenth the cost
        if found is None:
            return datetime.strptime(value.strip(), "%d/%m/%Y").date()
        day, month, year = found.groups()
        return date(int(year), int(month), int(day))
    except ValueError:
        raise ServiceDataError(f"{what}: {value!r} is not a date in dd/mm/yyyy form") from None


def parse_time(value: str) -> time | None:
    """ "10.00 am", "2.00 pm", "13:30", "12 noon" → time; anything else → None."""
    value = value.strip().lower().replace("noon", "pm")
    if not value:
        return None
    match = _TIME_RE.match(value)
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    meridiem = (match.group(3) or "").lower()
    if meridiem == "p" and hour < 12:
        hour += 12
    elif meridiem == "a" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def parse_committees(data: bytes) -> list[ServiceCommittee]:
    root = _root(data, "GetCommittees")
    committees = []
    for node in root.iter("committee"):
        committee_id = text(node, "committeeid")
        if not committee_id:
            raise ServiceDataError("GetCommittees: a committee has no committeeid")
        committees.append(
            ServiceCommittee(
                id=committee_id,
                title=unescape_title(text(node, "committeetitle")),
                deleted=flag(node, "committeedeleted"),
                expired=flag(node, "committeeexpired"),
                category=unescape_title(text(node, "committeecategory")),
            )
        )
    return committees


def parse_meetings(data: bytes, committee_id: str) -> list[ServiceMeetingRef]:
    what = f"GetMeetings lCommitteeId={committee_id}"
    root = _root(data, what)
    refs = []
    for node in root.iter("meeting"):
        meeting_id = text(node, "meetingid")
        if not meeting_id:
            raise ServiceDataError(f"{what}: a meeting has no meetingid")
        refs.append(
            ServiceMeetingRef(
                id=meeting_id,
                committee_id=committee_id,
                date=parse_date(text(node, "meetingdate"), f"{what} meeting {meeting_id}"),
                time=parse_time(text(node, "meetingtime")),
                status=text(node, "meetingstatus"),
            )
        )
    return refs


def _html(value: str) -> str:
    """Agenda text and minutes: entity-escaped Word HTML, already unescaped once by the XML."""
    if not value:
        return ""
    if "&lt;" in value and "<" not in value:
        value = html.unescape(value)  # escaped twice
    return sanitise(value)


def parse_meeting(data: bytes, meeting_id: str) -> ServiceMeeting:
    what = f"GetMeeting lMeetingId={meeting_id}"
    root = _root(data, what)
    if root.tag != "meeting":
        raise ServiceDataError(f"{what}: expected a <meeting> document, found <{root.tag!s}>")
    items = []
    for node in root.iter("agendaitem"):
        fields = children(node)
        item_id = fields.get("agendaitemid", "")
        if not item_id:
            raise ServiceDataError(f"{what}: an agenda item has no agendaitemid")
        sort_number = fields.get("agendaitemnumber", "")
        documents = []
        for doc in node.iter("linkeddoc"):
            about = children(doc)
            published = about.get("publicationdate", "")
            documents.append(
                ServiceDocument(
                    id=about.get("attachmentid", ""),
                    title=unescape_title(about.get("title", "")),
                    url=about.get("url", ""),
                    restricted=about.get("isrestricted", "").lower() == "true",
                    restriction_ref=about.get("restrictionsRef", ""),
                    published=parse_date(
                        published, f"{what} document {about.get('attachmentid', '')}"
                    )
                    if published
                    else None,
                )
            )
        items.append(
            ServiceItem(
                id=item_id,
                title=unescape_title(fields.get("agendaitemtitle", "")),
                sort_key=(
                    int(sort_number) if sort_number.isdigit() else 10**6,
                    fields.get("agendaitemsubnumber", ""),
                ),
                number=fields.get("fulldisplaynumberformat", ""),
                minute_number=fields.get("minutesitemnumber", ""),
                agenda_text=_html(fields.get("agendatext", "")),
                minutes=_html(fields.get("minutesnonemptyhtmlbody", "")),
                restricted=fields.get("isrestricted", "").lower() == "true",
                documents=documents,
            )
        )
    items.sort(key=lambda i: i.sort_key)
    attendees = [
        ServiceAttendee(
            id=node.get("memberid", ""),
            name=unescape_title(node.get("name", "")),
            role=node.get("roledescription", ""),
            attendance=node.get("attendance", ""),
            party=node.get("politicalparty", ""),
        )
        for node in root.iter("attendee")
        if node.get("memberid")
    ]
    return ServiceMeeting(
        id=text(root, "meetingid") or meeting_id,
        date=parse_date(text(root, "meetingdate"), what),
        time=parse_time(text(root, "meetingtime")),
        end_time=parse_time(text(root, "meetingplannedfinishtime")),
        status=text(root, "meetingstatus"),
        location=unescape_title(text(root, "meetinglocation")),
        agenda_published=flag(root, "agendapublished"),
        minutes_published=flag(root, "minutepublished"),
        items=items,
        attendees=attendees,
    )
