"""The register's write services: every write records who changed what in the history and,
when the public register changes, announces it so the page cache moves on."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone

from moot.meetings import events
from moot.portal.templatetags.moot import longdate

from .models import (
    Category,
    DeclarationEntry,
    Dispensation,
    EntryChange,
    GrantedBy,
    RegisterEntry,
    State,
    gift_threshold,
)

FIELDS = ("category", "description", "sensitive", "received_on", "donor", "value", "aware_on")


class RegisterError(ValueError):
    """A write the register refuses (the message says why, in plain English)."""


def _check(entry: RegisterEntry) -> None:
    if not entry.description.strip():
        raise RegisterError("Describe the interest.")
    if entry.category == Category.GIFT:
        if not (entry.received_on and entry.donor and entry.value is not None):
            raise RegisterError("A gift or hospitality needs its date, donor and value.")
        threshold = gift_threshold(entry.body_id)
        if Decimal(entry.value) <= threshold:
            raise RegisterError(
                f"Only gifts and hospitality worth more than £{threshold} are registered."
            )


def _log(entry: RegisterEntry, user, action: str, changes: dict, note: str = "") -> None:
    EntryChange.objects.create(entry=entry, user=user, action=action, changes=changes, note=note)


def _value(v: Any) -> Any:
    return v if v is None or isinstance(v, (bool, int, str)) else str(v)


def _announce() -> None:
    events.announce(events.Change.of(public=True, origin="clerk"))


@transaction.atomic
def save(entry: RegisterEntry, user, *, submit: bool = False, **values: Any) -> RegisterEntry:
    """Create or change an entry (the member's own, or the clerk's on their behalf); with
    ``submit`` it goes to the Monitoring Officer. A published entry stays as published to the
    public until its change is published."""
    old = {f: _value(getattr(entry, f)) for f in FIELDS} if entry.pk else {}
    for name, value in values.items():
        if name not in FIELDS:
            raise RegisterError(f"Unknown field {name}")
        setattr(entry, name, value)
    if entry.category != Category.GIFT:
        entry.received_on, entry.donor, entry.value = None, "", None
    _check(entry)
    if entry.state == State.REMOVED:
        raise RegisterError("A removed entry cannot be changed.")
    now = timezone.now()
    if submit:
        entry.state, entry.submitted_at = State.SUBMITTED, now
    elif entry.state != State.PUBLISHED or entry.pk is None:
        entry.state = State.DRAFT
    entry.updated_at = now
    created = entry.pk is None
    entry.save()
    new = {f: _value(getattr(entry, f)) for f in FIELDS}
    changes = {f: [old.get(f), new[f]] for f in FIELDS if old.get(f) != new[f]}
    _log(entry, user, "created" if created else "changed", changes)
    if submit:
        _log(entry, user, "submitted", {})
    return entry


@transaction.atomic
def submit(entry: RegisterEntry, user) -> None:
    if entry.state not in (State.DRAFT, State.PUBLISHED):
        raise RegisterError("Only a draft or a changed entry is submitted.")
    entry.state, entry.submitted_at = State.SUBMITTED, timezone.now()
    entry.save(update_fields=["state", "submitted_at"])
    _log(entry, user, "submitted", {})


def snapshot(entry: RegisterEntry) -> dict[str, Any]:
    return {
        "category": entry.category,
        "description": entry.description,
        "received_on": entry.received_on.isoformat() if entry.received_on else None,
        "donor": entry.donor,
        "value": str(entry.value) if entry.value is not None else None,
    }


@transaction.atomic
def publish(entry: RegisterEntry, user) -> None:
    """The Monitoring Officer publishes a submitted entry (or its change)."""
    if entry.state != State.SUBMITTED:
        raise RegisterError("Only a submitted entry is published.")
    now = timezone.now()
    entry.state, entry.published_at, entry.updated_at = State.PUBLISHED, now, now
    entry.public, entry.review_note = snapshot(entry), ""
    entry.save()
    _log(entry, user, "published", {})
    _announce()


@transaction.atomic
def return_to_member(entry: RegisterEntry, user, note: str) -> None:
    """The Monitoring Officer sends a submission back with a note; a published entry stays
    published as it was."""
    if entry.state != State.SUBMITTED:
        raise RegisterError("Only a submitted entry is returned.")
    if not note.strip():
        raise RegisterError("Say why the entry is returned.")
    entry.state = State.PUBLISHED if entry.published_at else State.DRAFT
    entry.review_note = note
    entry.save(update_fields=["state", "review_note"])
    _log(entry, user, "returned", {}, note)


@transaction.atomic
def remove(entry: RegisterEntry, user, note: str = "") -> None:
    """Take an entry off the register (the interest has ended). Kept in the history."""
    was_public = entry.published_at is not None
    entry.state, entry.updated_at = State.REMOVED, timezone.now()
    entry.save(update_fields=["state", "updated_at"])
    _log(entry, user, "removed", {}, note)
    if was_public:
        _announce()


# Section 33(3): a dispensation may not last longer than four years.
DISPENSATION_YEARS = 4
DISPENSATION_FIELDS = (
    "granted_by",
    "granted_by_name",
    "granted_on",
    "valid_from",
    "valid_to",
    "scope",
    "may_speak",
    "may_vote",
    "ground",
    "reason",
)


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def check_dispensation(d: Dispensation) -> None:
    if not d.scope.strip():
        raise RegisterError("Say which matters or items the dispensation covers.")
    if not (d.may_speak or d.may_vote):
        raise RegisterError("Say whether the dispensation lets the member speak, vote or both.")
    if d.granted_by == GrantedBy.OTHER and not d.granted_by_name.strip():
        raise RegisterError("Say which committee or officer granted the dispensation.")
    if d.valid_to < d.valid_from:
        raise RegisterError("The dispensation must end on or after the day it starts.")
    if d.valid_to > _years_after(d.valid_from, DISPENSATION_YEARS):
        raise RegisterError(
            "A dispensation may last at most four years (section 33(3) of the Localism Act 2011)."
        )
    if d.granted_on > d.valid_to:
        raise RegisterError("The dispensation cannot be granted after it has ended.")


@transaction.atomic
def save_dispensation(d: Dispensation, user, **values: Any) -> Dispensation:
    """Record or change a dispensation. A change to one cited by a declaration in published
    minutes changes public pages, so it is announced."""
    for name, value in values.items():
        if name not in DISPENSATION_FIELDS:
            raise RegisterError(f"Unknown field {name}")
        setattr(d, name, value.strip() if isinstance(value, str) else value)
    if d.granted_by != GrantedBy.OTHER:
        d.granted_by_name = ""
    check_dispensation(d)
    if d.pk is None:
        d.recorded_by = user if getattr(user, "is_authenticated", False) else None
    else:
        cited = DeclarationEntry.objects.filter(dispensation=d)
        for link in cited.select_related("declaration__item__meeting"):
            day = timezone.localdate(link.declaration.item.meeting.start)
            if not d.in_force(day):
                raise RegisterError(
                    f"A declaration at the meeting of {longdate(day)} cites this dispensation: "
                    "it must stay in force on that day."
                )
    d.save()
    _announce()
    return d


def check_citation(
    declaration, *, entry: RegisterEntry | None, dispensation: Dispensation | None
) -> None:
    """Refuse a register entry or a dispensation the declaration may not cite: another
    member's, another body's, or a dispensation not in force on the day of the meeting."""
    meeting = declaration.item.meeting
    body_id = meeting.committee.body_id
    if entry is not None:
        if entry.person_id != declaration.person_id:
            raise RegisterError("The register entry must be one of the declaring member's.")
        if entry.body_id != body_id:
            raise RegisterError(
                f"The register entry must be one in the register of {meeting.committee.body}, "
                "whose meeting it is."
            )
    if dispensation is not None:
        if dispensation.person_id != declaration.person_id:
            raise RegisterError("The dispensation must be one granted to the declaring member.")
        if dispensation.body_id != body_id:
            raise RegisterError(
                f"The dispensation must be one of {meeting.committee.body}'s, whose meeting it is."
            )
        day = timezone.localdate(meeting.start)
        if not dispensation.in_force(day):
            raise RegisterError(
                f"The dispensation is in force from {longdate(dispensation.valid_from)} to "
                f"{longdate(dispensation.valid_to)}, not on the day of the meeting "
                f"({longdate(day)})."
            )


@transaction.atomic
def link_declaration(
    declaration, *, entry: RegisterEntry | None, dispensation: Dispensation | None, user=None
) -> None:
    """Point a declaration at the register entry it concerns and the dispensation it relies
    on (either may be none). Both must be the declaring member's and of the body whose meeting
    it is (a member on two councils has an entry and dispensations in each); the dispensation
    must be in force on the day of the meeting."""
    check_citation(declaration, entry=entry, dispensation=dispensation)
    link = DeclarationEntry.objects.filter(declaration=declaration).first()
    if entry is None and dispensation is None:
        if link is not None:
            link.delete()
            _announce()
        return
    if link is None:
        link = DeclarationEntry(declaration=declaration)
    elif (link.entry_id, link.dispensation_id) == (
        entry.pk if entry else None,
        dispensation.pk if dispensation else None,
    ):
        return
    link.entry, link.dispensation = entry, dispensation
    link.save()
    _announce()
