"""Import a published ModernGov meeting page: parse, then upsert into the domain.

Identity: the committee by its name within the body, the meeting by committee and start time,
items by printed number (by position where unnumbered). Importing the same page twice changes
nothing; a corrected page updates in place, keeps the history, and never overwrites a field a
clerk has edited in Moot since — that is reported as a conflict. Items missing from a corrected
page are soft-deleted. The whole import is one transaction: a failure writes nothing.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from moot.importers.models import ImportRun
from moot.importers.pipeline import ImportReport, fetch_text, sha256
from moot.meetings.choices import (
    ActionStatus,
    DecisionKind,
    DocumentKind,
    ItemKind,
    MeetingStatus,
    MinutesState,
    Restriction,
)
from moot.meetings.html import to_blocks, to_text
from moot.meetings.kinds import infer_kind
from moot.meetings.models import (
    Action,
    Body,
    Committee,
    Decision,
    Document,
    Item,
    Location,
    Meeting,
)
from moot.meetings.references import parse_reference
from moot.meetings.services.imported import (
    move_counter_past,
    record_minutes_approved,
    record_minutes_published,
)
from moot.meetings.services.upsert import soft_delete, upsert

from .parser import ParsedItem, ParsedPage, parse_page

SOURCE = "moderngov_page"
ORIGIN = "import:moderngov_page"

_DECISION_KINDS = [
    (re.compile(r"\bRESOLVED\b", re.I), DecisionKind.RESOLVED),
    (re.compile(r"\bRECOMMEND", re.I), DecisionKind.RECOMMENDED),
    (re.compile(r"\bORDERED\b", re.I), DecisionKind.ORDERED),
    (re.compile(r"\bDECIDED\b", re.I), DecisionKind.DECIDED),
    (re.compile(r"\bAGREED\b", re.I), DecisionKind.AGREED),
    (re.compile(r"\bNOTED\b", re.I), DecisionKind.NOTED),
]
_PREVIOUS_MINUTES_RE = re.compile(
    r"minutes of the (?:previous |last )?meeting (?:held )?on\s+(?:\w+day,?\s+)?"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Z][a-z]+),?\s+(?P<year>\d{4})",
    re.I,
)


class MissingMeetingDetails(ValueError):
    """The page does not say which committee met, or when, and the caller did not say either:
    the meeting cannot be identified, so nothing is imported."""


def supply_details(
    parsed: ParsedPage,
    *,
    committee: str = "",
    on: date | None = None,
    at: time | None = None,
) -> ParsedPage:
    """Put the committee, date and time the caller gave onto ``parsed`` (each replaces what the
    page says; a time alone sets the time of the page's date), then make sure the meeting can
    be identified. Raises ``MissingMeetingDetails`` naming what is missing and the options
    that supply it."""
    if committee.strip():
        parsed.committee = committee.strip()
    if on is not None:
        parsed.start = datetime.combine(on, at or time(0, 0))
        parsed.time_printed = at is not None
    elif at is not None and parsed.start is not None:
        parsed.start = datetime.combine(parsed.start.date(), at)
        parsed.time_printed = True
    require_details(parsed)
    return parsed


def require_details(parsed: ParsedPage) -> datetime:
    """The page's start, once it is sure the page names its committee and start; else
    ``MissingMeetingDetails`` saying what is missing and which options give it."""
    missing = []
    if not parsed.committee:
        missing.append(("which committee", "--committee NAME"))
    if parsed.start is None:
        missing.append(("when", "--date 2025-05-14 --time 09:00"))
    if missing or parsed.start is None:
        said = " or ".join(m[0] for m in missing)
        options = " and ".join(m[1] for m in missing)
        raise MissingMeetingDetails(f"the page does not say {said}; give {options}")
    return parsed.start


def import_page(
    location: str,
    *,
    body: Body,
    text: str | None = None,
    user=None,
    committee: str = "",
    on: date | None = None,
    at: time | None = None,
) -> ImportReport:
    """Read ``location`` (path or URL; or use ``text`` when given), parse it and upsert it.
    ``committee``, ``on`` and ``at`` supply what the page does not say (see
    ``supply_details``).

    Raises ``PageParseError``, ``MissingMeetingDetails`` or ``FetchError`` before anything is
    written.
    """
    raw = fetch_text(location) if text is None else text
    # A NUL is never text a page means (PostgreSQL cannot even store one): dropped first.
    raw = raw.replace("\x00", "")
    parsed = supply_details(
        parse_page(raw, source_name=location), committee=committee, on=on, at=at
    )
    try:
        with transaction.atomic():
            run = ImportRun.objects.create(
                source=SOURCE, location=location, sha256=sha256(raw), raw=raw
            )
            report = import_parsed(parsed, body=body, user=user)
            run.report = report.as_dict()
            run.ok = True
            run.finished_at = timezone.now()
            run.save(update_fields=["report", "ok", "finished_at"])
    except ValidationError as exc:
        raise InvalidPageData(location, exc) from exc
    return report


class InvalidPageData(Exception):
    """What the page says does not fit Moot (a contact line longer than its field, say);
    nothing of the page was written. The message names the page and each field."""

    def __init__(self, location: str, error: ValidationError):
        if hasattr(error, "error_dict"):
            said = "; ".join(
                f"{name.replace('_', ' ')}: {' '.join(messages)}"
                for name, messages in error.message_dict.items()
            )
        else:
            said = "; ".join(error.messages)
        super().__init__(f"{location}: {said}; nothing of the page was written")


def import_parsed(parsed: ParsedPage, *, body: Body, user=None) -> ImportReport:
    """Map a parsed page onto the domain. Must run inside a transaction; the page must name
    its committee and start (``supply_details``)."""
    start = require_details(parsed)
    report = ImportReport()
    zone = ZoneInfo(settings.TIME_ZONE)
    start = start.replace(tzinfo=zone) if start.tzinfo is None else start
    now = timezone.now()

    committee_key = f"{body.slug}:{slugify(parsed.committee)[:100]}"
    prefix = _reference_prefix(parsed.items)
    committee_values = {
        "body": body,
        "name": parsed.committee,
        "slug": _committee_slug(body, parsed.committee, committee_key),
    }
    if prefix:
        committee_values["reference_prefix"] = prefix
    committee = report.add(
        "committee",
        upsert(
            Committee,
            source=SOURCE,
            external_id=committee_key,
            values=committee_values,
            origin=ORIGIN,
            user=user,
        ),
    ).obj

    location = None
    if parsed.venue:
        location = report.add(
            "location",
            upsert(
                Location,
                source=SOURCE,
                external_id=parsed.venue[:500],
                values={"name": parsed.venue[:300], "remote": _is_remote(parsed.venue)},
                origin=ORIGIN,
                user=user,
            ),
        ).obj

    meeting_key = f"{committee_key}:{start.isoformat()}"
    existing = Meeting.all_objects.filter(source=SOURCE, external_id=meeting_key).first()
    contact = parsed.contact
    meeting_values = {
        "committee": committee,
        "start": start,
        "location": location,
        "status": _status(parsed, start, now),
        "minutes_state": _minutes_state(parsed),
        "contact_name": contact.name if contact else "",
        "contact_role": contact.role if contact else "",
        "contact_email": contact.email if contact else "",
        "contact_phone": contact.phone if contact else "",
        "note": parsed.note,
    }
    if existing is None or existing.agenda_published_at is None:
        meeting_values["agenda_published_at"] = now
    result = report.add(
        "meeting",
        upsert(
            Meeting,
            source=SOURCE,
            external_id=meeting_key,
            values=meeting_values,
            origin=ORIGIN,
            user=user,
        ),
    )
    meeting = result.obj
    report.meeting_id = meeting.pk
    if meeting_values["minutes_state"] != MinutesState.NONE:
        record_minutes_published(meeting, at=now, origin=ORIGIN, user=user)

    _import_documents(report, meeting, None, meeting_key, parsed.documents, now, user)

    seen_items: set[str] = set()
    used_keys: set[str] = set()
    for parsed_item in parsed.items:
        key = f"{meeting_key}:{_item_key(parsed_item, used_keys)}"
        seen_items.add(key)
        item = _import_item(report, meeting, committee, key, parsed_item, now, user)
        _link_previous_minutes(item, parsed_item, committee, meeting, user)
    _move_counters(parsed.items, committee, meeting, user)

    if not parsed.truncated:
        # A page cut short says nothing about the items it lost; a whole page does.
        gone = Item.objects.filter(meeting=meeting, source=SOURCE).exclude(
            external_id__in=seen_items
        )
        for item in gone:  # an item of approved minutes stays (soft_delete says False)
            if soft_delete(item, origin=ORIGIN, user=user, note="No longer on the published page."):
                report.deleted += 1
    return report


def _move_counters(items: list[ParsedItem], committee: Committee, meeting: Meeting, user) -> None:
    """Move the committee's reference counter past the highest number the page printed in
    each municipal year, so Moot never gives those numbers out again."""
    highest: dict[int, int] = {}
    for parsed_item in items:
        ref = parse_reference(parsed_item.number) if parsed_item.number else None
        year = ref.year(near=meeting.start.year) if ref else None
        if ref and year:
            highest[year] = max(highest.get(year, 0), ref.number)
    for year, number in sorted(highest.items()):
        move_counter_past(committee, year, number, origin=ORIGIN, user=user)


def _import_item(report, meeting, committee, key, parsed_item: ParsedItem, now, user) -> Item:
    ref = parse_reference(parsed_item.number) if parsed_item.number else None
    year = ref.year(near=meeting.start.year) if ref else None
    restricted = parsed_item.restricted
    minutes_text = _public_summary(parsed_item) if restricted else ""
    values = {
        "meeting": meeting,
        "position": parsed_item.position,
        "reference": parsed_item.number,
        "reference_number": ref.number if ref else None,
        "reference_year": year,
        "kind": infer_kind(parsed_item.title),
        "title": parsed_item.title[:500],
        "agenda_text": "" if restricted else parsed_item.agenda_text,
        "minutes": "" if restricted else parsed_item.minutes,
        "decision_text": "" if restricted else parsed_item.decision_text,
        "restriction": Restriction.RESTRICTED if restricted else Restriction.NONE,
        "restriction_reason": parsed_item.restricted_reason if restricted else "",
        # What the page printed for a restricted item was public: it is the public summary.
        "public_summary": minutes_text,
    }
    existing = Item.all_objects.filter(source=SOURCE, external_id=key).first()
    if existing is None or existing.published_at is None:
        values["published_at"] = now
    item = report.add(
        "item",
        upsert(Item, source=SOURCE, external_id=key, values=values, origin=ORIGIN, user=user),
    ).obj

    for n, text in enumerate(parsed_item.decisions, start=1):
        decision_values = {"item": item, "position": n, "kind": _decision_kind(text), "text": text}
        if restricted:
            decision_values["public_text"] = text
        report.add(
            "decision",
            upsert(
                Decision,
                source=SOURCE,
                external_id=f"{key}:decision:{n}",
                values=decision_values,
                origin=ORIGIN,
                user=user,
            ),
        )
    _drop_extra(Decision, item, f"{key}:decision:", len(parsed_item.decisions), report, user)

    for n, text in enumerate(parsed_item.actions, start=1):
        report.add(
            "action",
            upsert(
                Action,
                source=SOURCE,
                external_id=f"{key}:action:{n}",
                values={"item": item, "text": text, "status": ActionStatus.OPEN},
                origin=ORIGIN,
                user=user,
            ),
        )
    _drop_extra(Action, item, f"{key}:action:", len(parsed_item.actions), report, user)
    _import_documents(report, meeting, item, key, parsed_item.documents, now, user)
    return item


def _import_documents(report, meeting, item, key, documents, now, user) -> None:
    for n, doc in enumerate(documents, start=1):
        doc_key = f"{key}:document:{n}"
        existing = Document.all_objects.filter(source=SOURCE, external_id=doc_key).first()
        values = {
            "meeting": meeting,
            "item": item,
            "position": n,
            "kind": _document_kind(doc.title, item),
            "title": doc.title[:500],
            "format": doc.format[:20],
            "size_bytes": doc.size_bytes,
            "restriction": Restriction.RESTRICTED if doc.restricted else Restriction.NONE,
            "source_url": (doc.url or "")[:1000],
        }
        if existing is None or existing.published_at is None:
            values["published_at"] = now
        report.add(
            "document",
            upsert(
                Document,
                source=SOURCE,
                external_id=doc_key,
                values=values,
                origin=ORIGIN,
                user=user,
            ),
        )
    owner = {"item": item} if item is not None else {"meeting": meeting, "item__isnull": True}
    stale = Document.objects.filter(
        source=SOURCE, external_id__startswith=f"{key}:document:", **owner
    )
    for document in stale:
        if int(document.external_id.rsplit(":", 1)[1]) > len(documents):
            soft_delete(document, origin=ORIGIN, user=user, note="No longer on the published page.")
            report.deleted += 1


def _drop_extra(model, item, prefix, count, report, user) -> None:
    for row in model.objects.filter(item=item, source=SOURCE, external_id__startswith=prefix):
        if int(row.external_id.rsplit(":", 1)[1]) > count and soft_delete(
            row, origin=ORIGIN, user=user, note="No longer on the published page."
        ):
            report.deleted += 1


def _link_previous_minutes(
    item: Item, parsed_item: ParsedItem, committee: Committee, meeting: Meeting, user=None
) -> None:
    """An approval of the previous minutes links the two meetings, when Moot holds the earlier one."""
    if item.kind != ItemKind.MINUTES:
        return
    match = _PREVIOUS_MINUTES_RE.search(to_text(parsed_item.minutes))
    if not match:
        return
    try:
        day = datetime.strptime(
            f"{match['day']} {match['month']} {match['year']}", "%d %B %Y"
        ).date()
    except ValueError:
        return
    earlier = _meeting_on(committee, day, before=meeting)
    if earlier is None:
        return
    agreed = (
        bool(parsed_item.decisions)
        or "true record" in match.string
        or "correct record" in match.string
    )
    record_minutes_approved(earlier, at_item=item, agreed=agreed, origin=ORIGIN, user=user)


def _meeting_on(committee: Committee, day: date, before: Meeting) -> Meeting | None:
    for candidate in Meeting.objects.filter(committee=committee, start__lt=before.start).order_by(
        "-start"
    )[:20]:
        if timezone.localtime(candidate.start).date() == day:
            return candidate
    return None


def _public_summary(parsed_item: ParsedItem) -> str:
    """What a page printed about a restricted item, less what is shown apart: the stated
    reason and the decisions."""
    shown_apart = {
        parsed_item.restricted_reason.strip(),
        *(d.strip() for d in parsed_item.decisions),
    }
    kept = []
    for block in to_blocks(parsed_item.minutes):
        text = " ".join(block) if isinstance(block, list) else block
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip() not in shown_apart]
        if sentences:
            kept.append(" ".join(sentences))
    return "\n".join(kept)


def _item_key(parsed_item: ParsedItem, used: set[str]) -> str:
    key = (
        parsed_item.number.strip().rstrip(".") if parsed_item.number else f"#{parsed_item.position}"
    )
    if key in used:  # the same number printed twice: fall back to the position
        key = f"{key}#{parsed_item.position}"
    used.add(key)
    return key


def _reference_prefix(items: list[ParsedItem]) -> str:
    for parsed_item in items:
        ref = parse_reference(parsed_item.number) if parsed_item.number else None
        if ref and ref.prefix:
            return ref.prefix
    return ""


def _committee_slug(body: Body, name: str, key: str) -> str:
    existing = Committee.all_objects.filter(source=SOURCE, external_id=key).first()
    if existing is not None:
        return existing.slug
    return Committee.free_slug(name, body)


def _status(parsed: ParsedPage, start: datetime, now: datetime) -> str:
    if parsed.cancelled:
        return MeetingStatus.CANCELLED
    if parsed.postponed:
        return MeetingStatus.POSTPONED
    return MeetingStatus.HELD if start < now else MeetingStatus.SCHEDULED


def _minutes_state(parsed: ParsedPage) -> str:
    title = parsed.title.lower()
    has_minutes = any(i.minutes or i.decisions for i in parsed.items)
    if "draft minutes" in title:
        return MinutesState.DRAFT
    if "minutes" in title:
        return MinutesState.APPROVED
    return MinutesState.DRAFT if has_minutes else MinutesState.NONE


def _decision_kind(text: str) -> str:
    for pattern, kind in _DECISION_KINDS:
        if pattern.search(text):
            return kind
    return DecisionKind.OTHER


def _document_kind(title: str, item: Item | None) -> str:
    lowered = title.lower()
    if "minutes" in lowered and (item is None or item.kind == ItemKind.MINUTES):
        return DocumentKind.MINUTES
    if item is None and (
        "frontsheet" in lowered or "front sheet" in lowered or lowered.startswith("agenda")
    ):
        return DocumentKind.AGENDA
    if item is None and "pack" in lowered:
        return DocumentKind.PACK
    if "appendix" in lowered or "annex" in lowered:
        return DocumentKind.APPENDIX
    if "presentation" in lowered:
        return DocumentKind.PRESENTATION
    return DocumentKind.REPORT


def _is_remote(venue: str) -> bool:
    return bool(re.search(r"\b(remote|virtual|teams|zoom|online|webex)\b", venue, re.I))
