"""Who attended and what they declared: attendance, apologies and substitutes, and declarations
of interest by item.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from django.db import transaction

from moot.meetings.choices import (
    AttendanceStatus,
)
from moot.meetings.models import (
    Attendance,
    Declaration,
    Item,
    Meeting,
    Person,
)

from . import history
from .common import ORIGIN, ServiceError, apply
from .minutes import ensure_open, minutes_public, papers_follow

if TYPE_CHECKING:
    from .history import Actor


@transaction.atomic
def record_attendance(
    meeting: Meeting,
    person: Person,
    status: str,
    *,
    user: Actor = None,
    substitute_for: Person | None = None,
    role: str | None = None,
    organisation: str | None = None,
) -> Attendance:
    """One person's attendance (present, apologies, substitute, in attendance …), made or
    changed. A substitute names the member they stood in for; anyone else stands in for
    nobody. ``role`` and ``organisation`` ("Community Safety Manager", "Cleveland Police")
    describe an officer in attendance; left as None they keep what was recorded."""
    ensure_open(meeting)
    if status not in AttendanceStatus.values:
        raise ServiceError("Choose an attendance status.")
    if status == AttendanceStatus.SUBSTITUTE and substitute_for is None:
        raise ServiceError(f"Say whom {person} stood in for as a substitute.")
    if substitute_for is not None and substitute_for.pk == person.pk:
        raise ServiceError(f"{person} cannot stand in for themselves.")
    attendance: Attendance | None = Attendance.objects.filter(
        meeting=meeting, person=person
    ).first()
    data: dict[str, object] = {
        "status": status,
        "substitute_for": substitute_for if status == AttendanceStatus.SUBSTITUTE else None,
    }
    if role is not None or attendance is None:
        data["role"] = (role or "").strip()
    if organisation is not None or attendance is None:
        data["organisation"] = (organisation or "").strip()
    if attendance is None:
        attendance = Attendance.objects.create(meeting=meeting, person=person, **data)
        changes: dict[str, object] = {k: [None, history.plain(v)] for k, v in data.items()}
        history.record(
            attendance, "create", changes, origin=ORIGIN, user=user, public=minutes_public(meeting)
        )
        return attendance
    changes = apply(attendance, data)
    if changes:
        attendance.save()
        history.record(
            attendance, "update", changes, origin=ORIGIN, user=user, public=minutes_public(meeting)
        )
    return attendance


@transaction.atomic
def add_declaration(
    item: Item,
    person: Person,
    kind: str,
    *,
    nature: str = "",
    left_room: bool = False,
    user: Actor = None,
) -> Declaration:
    ensure_open(item.meeting)
    declaration: Declaration = Declaration.objects.create(
        item=item, person=person, kind=kind, nature=nature.strip(), left_room=left_room
    )
    history.record(
        declaration,
        "create",
        {"kind": [None, kind], "person": [None, person.pk]},
        origin=ORIGIN,
        user=user,
        public=minutes_public(item.meeting),
    )
    papers_follow(declaration.item.meeting)
    return declaration


@transaction.atomic
def edit_declaration(
    declaration: Declaration, data: Mapping[str, Any], *, user: Actor = None
) -> Declaration:
    """Change who declared, the kind, the nature, whether they left the room, or the
    dispensation recorded (its terms and the date it was granted): a member with a
    disclosable pecuniary interest is recorded as voting only with one."""
    ensure_open(declaration.item.meeting)
    data = {**data}
    for name in ("nature", "dispensation"):
        if name in data:
            data[name] = (data[name] or "").strip()
    terms = data.get("dispensation", declaration.dispensation)
    if data.get("dispensation_granted", declaration.dispensation_granted) and not terms:
        raise ServiceError("Say who granted the dispensation and on what terms.")
    changes = apply(declaration, data)
    if changes:
        declaration.save()
        history.record(
            declaration,
            "update",
            changes,
            origin=ORIGIN,
            user=user,
            public=minutes_public(declaration.item.meeting),
        )
    papers_follow(declaration.item.meeting)
    return declaration


@transaction.atomic
def remove_declaration(declaration: Declaration, *, user: Actor = None) -> None:
    ensure_open(declaration.item.meeting)
    history.record(
        declaration,
        "delete",
        {"kind": [declaration.kind, None]},
        origin=ORIGIN,
        user=user,
        public=minutes_public(declaration.item.meeting),
    )
    declaration.delete()
    papers_follow(declaration.item.meeting)
