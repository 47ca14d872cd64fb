"""Scheduling meetings: one meeting or a year's programme, each starting with the committee's
standard items; postponing, cancelling and marking meetings held. Meetings are public from
the moment they are scheduled, so every change to one is a public revision."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from django.db import transaction

from moot.meetings.choices import ItemKind, MeetingStatus
from moot.meetings.models import Committee, Item, Location, Meeting

from . import history
from .common import ORIGIN, ServiceError, apply

if TYPE_CHECKING:
    from .history import Actor

DEFAULT_STANDARD_ITEMS = [
    {"title": "Evacuation procedure", "kind": ItemKind.EVACUATION},
    {"title": "Apologies for absence", "kind": ItemKind.APOLOGIES},
    {"title": "Declarations of interest", "kind": ItemKind.DECLARATIONS},
    {"title": "Minutes of the previous meeting", "kind": ItemKind.MINUTES},
    {"title": "Matters arising and action log", "kind": ItemKind.MATTERS_ARISING},
    {"title": "Any other business", "kind": ItemKind.AOB},
]


def standard_items(committee: Committee) -> list[dict[str, str]]:
    """The items a new agenda starts with: the committee's own list, else the defaults.

    Entries are ``{"title": …, "kind": …}``; an unknown kind becomes ``other``.
    """
    raw = committee.standard_items or DEFAULT_STANDARD_ITEMS
    kinds = set(ItemKind.values)
    result = []
    for entry in raw:
        if isinstance(entry, str):
            entry = {"title": entry}
        title = str(entry.get("title", "")).strip()
        if not title:
            continue
        kind = entry.get("kind") or ItemKind.OTHER
        result.append({"title": title, "kind": kind if kind in kinds else ItemKind.OTHER})
    return result


def previous_meeting(meeting: Meeting) -> Meeting | None:
    """The committee's last meeting before this one that was not cancelled."""
    return (
        Meeting.objects.filter(committee=meeting.committee, start__lt=meeting.start)
        .exclude(status=MeetingStatus.CANCELLED)
        .order_by("-start", "-pk")
        .first()
    )


@transaction.atomic
def schedule_meeting(
    committee: Committee,
    start: datetime,
    *,
    user: Actor = None,
    end: datetime | None = None,
    location: Location | None = None,
    note: str = "",
) -> Meeting:
    """A new meeting with the committee's contact and standard items; the minutes item
    considers the previous meeting's minutes. A handful of INSERTs."""
    if end is not None and end <= start:
        raise ServiceError("The meeting must end after it starts.")
    meeting: Meeting = Meeting.objects.create(
        committee=committee,
        start=start,
        end=end,
        location=location,
        note=note,
        contact_name=committee.contact_name,
        contact_role=committee.contact_role,
        contact_email=committee.contact_email,
        contact_phone=committee.contact_phone,
    )
    history.record(meeting, "create", origin=ORIGIN, user=user, public=True, note="Scheduled")
    previous = previous_meeting(meeting)
    for position, entry in enumerate(standard_items(committee), start=1):
        item = Item.objects.create(
            meeting=meeting, position=position, title=entry["title"], kind=entry["kind"]
        )
        if entry["kind"] == ItemKind.MINUTES and previous is not None:
            item.approves_meetings.add(previous)
    return meeting


@transaction.atomic
def schedule_programme(
    committee: Committee,
    starts: Iterable[datetime],
    *,
    user: Actor = None,
    location: Location | None = None,
) -> list[Meeting]:
    """A municipal year's meetings at once, in date order; each minutes item considers the one
    before. Dates already taken by a meeting of the committee are refused."""
    starts = sorted(set(starts))
    if not starts:
        raise ServiceError("Give at least one date.")
    taken = set(
        Meeting.objects.filter(committee=committee, start__in=starts).values_list(
            "start", flat=True
        )
    )
    if taken:
        listed = ", ".join(sorted(f"{s:%d/%m/%Y %H:%M}" for s in taken))
        raise ServiceError(f"The committee already meets at: {listed}.")
    return [schedule_meeting(committee, s, user=user, location=location) for s in starts]


def _set_status(meeting: Meeting, status: str, reason: str, user: Actor, action: str) -> Meeting:
    changes = apply(meeting, {"status": status, "status_reason": reason})
    meeting.save()
    history.record(meeting, action, changes, origin=ORIGIN, user=user, public=True, note=reason)
    return meeting


@transaction.atomic
def postpone_meeting(
    meeting: Meeting,
    reason: str,
    *,
    user: Actor = None,
    new_start: datetime | None = None,
    new_end: datetime | None = None,
) -> Meeting:
    """Postponed, with a public reason. With ``new_start``, the new date is scheduled at once
    (``reschedule``) and both meetings' public pages link to each other. Returns the
    postponed meeting."""
    if not reason.strip():
        raise ServiceError("Say why the meeting is postponed: the reason is public.")
    if meeting.status in (MeetingStatus.HELD, MeetingStatus.CANCELLED):
        raise ServiceError(
            f"A meeting that has been {meeting.get_status_display().lower()} cannot be postponed."
        )
    if new_start is None:
        return _set_status(meeting, MeetingStatus.POSTPONED, reason.strip(), user, "postpone")
    new = reschedule(meeting, new_start, end=new_end, user=user)
    changes = apply(
        meeting,
        {"status": MeetingStatus.POSTPONED, "status_reason": reason.strip(), "postponed_to": new},
    )
    meeting.save()
    history.record(
        meeting, "postpone", changes, origin=ORIGIN, user=user, public=True, note=reason.strip()
    )
    return meeting


def reschedule(
    meeting: Meeting, start: datetime, *, end: datetime | None = None, user: Actor = None
) -> Meeting:
    """The new meeting of a postponed one: same committee, venue, contact and note, with the
    postponed meeting's agenda items (not withdrawn ones) copied as unpublished drafts —
    references are given when the new agenda is published; papers are attached again. The
    creation's public revision names the meeting it was postponed from."""
    if start == meeting.start:
        raise ServiceError("Give the new date: it is the same as the postponed meeting's.")
    if end is not None and end <= start:
        raise ServiceError("The meeting must end after it starts.")
    if Meeting.objects.filter(committee_id=meeting.committee_id, start=start).exists():
        raise ServiceError(f"The committee already meets at {start:%d/%m/%Y %H:%M}.")
    new: Meeting = Meeting.objects.create(
        committee=meeting.committee,
        start=start,
        end=end,
        location=meeting.location,
        note=meeting.note,
        contact_name=meeting.contact_name,
        contact_role=meeting.contact_role,
        contact_email=meeting.contact_email,
        contact_phone=meeting.contact_phone,
    )
    history.record(
        new,
        "create",
        {"postponed_from": [None, meeting.pk]},
        origin=ORIGIN,
        user=user,
        public=True,
        note="Scheduled in place of the postponed meeting",
    )
    originals = (
        Item.objects.filter(meeting=meeting, withdrawn_at__isnull=True)
        .order_by("position", "pk")
        .prefetch_related("approves_meetings")
    )
    for position, old in enumerate(originals, start=1):
        item = Item.objects.create(
            meeting=new, position=position, **{name: getattr(old, name) for name in COPIED}
        )
        if old.approves_meetings.all():
            item.approves_meetings.add(*old.approves_meetings.all())
    return new


# What an agenda item carries to the new date of a postponed meeting (not its reference,
# publication, minutes or decisions: those belong to the meeting that is held).
COPIED = (
    "kind",
    "title",
    "agenda_text",
    "restriction",
    "exempt_paragraphs",
    "restriction_reason",
    "public_interest",
    "public_summary",
    "review_date",
    "release_date",
    "urgent",
    "urgency_reason",
)


@transaction.atomic
def cancel_meeting(meeting: Meeting, reason: str, *, user: Actor = None) -> Meeting:
    if not reason.strip():
        raise ServiceError("Say why the meeting is cancelled: the reason is public.")
    if meeting.status == MeetingStatus.HELD:
        raise ServiceError("A meeting that has been held cannot be cancelled.")
    return _set_status(meeting, MeetingStatus.CANCELLED, reason.strip(), user, "cancel")


@transaction.atomic
def mark_held(meeting: Meeting, *, user: Actor = None) -> Meeting:
    if meeting.status == MeetingStatus.CANCELLED:
        raise ServiceError("A cancelled meeting cannot be marked as held.")
    return _set_status(meeting, MeetingStatus.HELD, "", user, "held")


@transaction.atomic
def edit_meeting(meeting: Meeting, data: Mapping[str, object], *, user: Actor = None) -> Meeting:
    """Change date, venue, contact or note. Public revision (meetings are public)."""
    changes = apply(meeting, data)
    if meeting.end is not None and meeting.end <= meeting.start:
        raise ServiceError("The meeting must end after it starts.")
    if changes:
        meeting.save()
        history.record(meeting, "update", changes, origin=ORIGIN, user=user, public=True)
    return meeting
