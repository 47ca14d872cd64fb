"""Setting up: bodies and their annual meeting dates, committees, locations, people and
memberships (ending and deleting them too), and re-appointing a committee's members for a new
municipal year in one step."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import TYPE_CHECKING, TypeVar

from django.core.files.base import ContentFile
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone

from moot.meetings.members import photo_type
from moot.meetings.models import AnnualMeeting, Body, Committee, Membership, Person

from . import history
from .common import ORIGIN, ServiceError, apply, year_start

if TYPE_CHECKING:
    from .history import Actor

M = TypeVar("M", bound=models.Model)


@transaction.atomic
def save_record(obj: M, data: Mapping[str, object], *, user: Actor = None) -> M:
    """Create or change a set-up row with its history (these rows are public: revisions too)."""
    creating = obj.pk is None
    changes = apply(obj, data)
    if creating or changes:
        obj.full_clean()
        obj.save()
        history.record(
            obj,
            "create" if creating else "update",
            changes,
            origin=ORIGIN,
            user=user,
            public=not creating,
        )
    return obj


@transaction.atomic
def reappoint(
    committee: Committee, year: int, memberships: list[Membership], *, user: Actor = None
) -> list[Membership]:
    """Appoint ``memberships`` again for municipal year ``year``: each gets a copy running from
    the year's start to the day before the next year's, and an open-ended old one is ended the
    day before. Memberships already running in the new year are left as they are."""
    start = year_start(committee, year)
    end = year_start(committee, year + 1) - timedelta(days=1)
    made = []
    for old in memberships:
        if old.committee_id != committee.pk:
            raise ServiceError("A membership of another committee was chosen.")
        running = (
            Membership.objects.filter(person=old.person, committee=committee, role=old.role)
            .filter(Q(end__isnull=True) | Q(end__gte=start))
            .filter(start__gte=start)
        )
        if running.exists():
            continue
        if old.end is None or old.end >= start:
            changes = apply(old, {"end": start - timedelta(days=1)})
            old.save()
            history.record(
                old,
                "update",
                changes,
                origin=ORIGIN,
                user=user,
                public=True,
                note=f"Ended for the re-appointment for {year}/{(year + 1) % 100:02d}",
            )
        new = Membership.objects.create(
            person=old.person,
            committee=committee,
            role=old.role,
            organisation=old.organisation,
            start=start,
            end=end,
        )
        history.record(
            new,
            "create",
            {"start": [None, start.isoformat()]},
            origin=ORIGIN,
            user=user,
            public=False,
            note="Re-appointed",
        )
        made.append(new)
    return made


@transaction.atomic
def add_annual_meeting(body: Body, day: date, *, user: Actor = None) -> AnnualMeeting:
    """Record the date of a body's annual meeting: its municipal year starts that day (for
    references and re-appointments). One a calendar year. References already given are
    never renumbered."""
    if body.annual_meetings.filter(date__year=day.year).exists():
        raise ServiceError(
            f"An annual meeting in {day.year} is already recorded: remove it first to change it."
        )
    annual = AnnualMeeting.objects.create(body=body, date=day)
    history.record(
        annual,
        "create",
        {"date": [None, day.isoformat()]},
        origin=ORIGIN,
        user=user,
        public=True,
        note=f"Annual meeting of {body}",
    )
    return annual


@transaction.atomic
def remove_annual_meeting(annual: AnnualMeeting, *, user: Actor = None) -> None:
    """Forget an annual meeting date: that year starts in the start month again."""
    history.record(
        annual,
        "delete",
        {"date": [annual.date.isoformat(), None]},
        origin=ORIGIN,
        user=user,
        public=True,
        note=f"Annual meeting of {annual.body}",
    )
    annual.delete()


@transaction.atomic
def end_membership(membership: Membership, end: date, *, user: Actor = None) -> Membership:
    """End a membership on ``end`` (the last day it counts): the member's entitlement to
    restricted papers ends with it."""
    if membership.start and end < membership.start:
        raise ServiceError("The membership must end on or after the day it started.")
    changes = apply(membership, {"end": end})
    if changes:
        membership.save()
        history.record(
            membership, "end", changes, origin=ORIGIN, user=user, public=True, note="Ended"
        )
    return membership


@transaction.atomic
def delete_membership(membership: Membership, *, user: Actor = None) -> None:
    """Delete a membership recorded in error. One made in Moot goes; an imported one is
    soft-deleted, so the import keeps knowing it and the deletion shows in its history."""
    history.record(
        membership,
        "delete",
        {"person": [membership.person_id, None], "role": [membership.role, None]},
        origin=ORIGIN,
        user=user,
        public=True,
        note="Recorded in error",
    )
    if membership.source:
        membership.deleted_at = timezone.now()
        membership.save(update_fields=["deleted_at", "updated_at"])
    else:
        membership.delete()


@transaction.atomic
def set_photo(person: Person, content: bytes | None, alt: str, *, user: Actor = None) -> Person:
    """Store ``content`` (a JPEG or PNG, checked by the caller) as ``person``'s photo with
    its alternative text, or, with ``content`` None, change only the text. The history keeps
    the stored file's name."""
    changes: dict[str, object] = {}
    if content is not None:
        kind = photo_type(content[:16])
        if kind is None:
            raise ServiceError("The photo must be a JPEG or PNG image.")
        old = person.photo.name or ""
        extension = ".png" if kind == "image/png" else ".jpg"
        person.photo.save(f"{person.slug}{extension}", ContentFile(content), save=False)
        changes["photo"] = [old, person.photo.name]
    if alt != person.photo_alt:
        changes["photo_alt"] = [person.photo_alt, alt]
        person.photo_alt = alt
    if changes:
        person.save(update_fields=["photo", "photo_alt", "updated_at"])
        history.record(person, "update", changes, origin=ORIGIN, user=user, public=True)
    return person
