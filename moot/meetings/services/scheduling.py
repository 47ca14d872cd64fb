"""Scheduling meetings: one meeting or a year's programme, each starting with the committee's
standard items; postponing, cancelling and marking meetings held. Meetings are public from
the moment they are scheduled, so every change to one is a public revision."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils import timezone

from moot.meetings import events
from moot.meetings.choices import ItemKind, MeetingStatus
from moot.meetings.models import Committee, Item, Location, Meeting

from . import history
from .common import ORIGIN, ServiceError, apply, public_date
from .publishing import NoticeCheck, notice_check

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


def _when(moment: datetime) -> str:
    """ "Wednesday 14 May 2025, 9.00am"."""
    local = timezone.localtime(moment)
    hour = local.hour % 12 or 12
    return (
        f"{public_date(local.date())}, {hour}.{local.minute:02d}{'am' if local.hour < 12 else 'pm'}"
    )


@dataclass(frozen=True)
class Move:
    """A published meeting moved to ``new``: the notice its new date gets from today."""

    published: date
    old: datetime
    new: datetime
    check: NoticeCheck

    @property
    def message(self) -> str:
        check = self.check
        count = len(check.clear_days)
        days = f"{count} clear working day{'s' if count != 1 else ''}"
        if not check.short:
            return (
                f"The agenda went out for {_when(self.old)}. Moved today to {_when(self.new)}, "
                f"the meeting gives {days}' notice of its new date ({check.required} required): "
                "the agenda papers are reissued with the new date, and the meeting page and "
                "calendars show it at once."
            )
        listed = ", ".join(f"{d:%A} {d.day} {d:%B}" for d in check.clear_days) or "none"
        return (
            f"The agenda went out on {public_date(self.published)} for the meeting on "
            f"{_when(self.old)}. Moved today to {_when(self.new)}, the meeting gives {days}' "
            f"notice of its new date ({listed}); {check.required} are required. The last day "
            f"to give full notice of that date was {public_date(check.deadline)}."
        )


class MovedAtShortNotice(ServiceError):
    """Moving the meeting would give its new date less notice than the body requires."""

    def __init__(self, move: Move):
        super().__init__(move.message)
        self.move = move


def moving(meeting: Meeting, start: datetime, today: date | None = None) -> Move | None:
    """What moving ``meeting`` to ``start`` means once its agenda is out: the notice check
    run again from ``today`` (the public learn the new date only now; s.100A(6)(a)). None
    if the agenda is not out (publishing checks it) or the start does not change. Reads the
    committee's body (select_related it)."""
    if meeting.agenda_published_at is None or start == meeting.start:
        return None
    moved = copy.copy(meeting)
    moved.start = start
    return Move(
        published=timezone.localdate(meeting.agenda_published_at),
        old=meeting.start,
        new=start,
        check=notice_check(moved, today),
    )


@transaction.atomic
def edit_meeting(
    meeting: Meeting,
    data: Mapping[str, object],
    *,
    user: Actor = None,
    accept_short_notice: bool = False,
    today: date | None = None,
) -> Meeting:
    """Change date, venue, contact or note. Public revision (meetings are public). Moving a
    meeting whose agenda is out re-runs the notice check from ``today`` (``moving``): short,
    it raises MovedAtShortNotice (nothing saved) unless ``accept_short_notice``; the agenda
    papers are made again with the new date after the commit."""
    start = data.get("start", meeting.start)
    move = moving(meeting, start, today) if isinstance(start, datetime) else None
    if move is not None and move.check.short and not accept_short_notice:
        raise MovedAtShortNotice(move)
    changes = apply(meeting, data)
    if meeting.end is not None and meeting.end <= meeting.start:
        raise ServiceError("The meeting must end after it starts.")
    if changes:
        meeting.save()
        note = ""
        if move is not None:
            short = " at short notice" if move.check.short else ""
            note = f"Moved{short} after the agenda went out. {move.message}"
        history.record(meeting, "update", changes, origin=ORIGIN, user=user, public=True, note=note)
    if move is not None:
        events.announce(events.Change.of(papers=[meeting.pk], origin=ORIGIN))
    return meeting
