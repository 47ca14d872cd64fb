"""The history of published material: one Revision row per change, with who and when."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, TypeAlias

from django.contrib.contenttypes.models import ContentType
from django.db import models

from moot.meetings.models import Item, Meeting, Revision

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser, User

    # Who made a change: the request's user (signed in or not), or nobody (a command).
    Actor: TypeAlias = User | AnonymousUser | None


def plain(value: object) -> object:
    """A JSON-safe form of a field value, used both to store and to compare values."""
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, models.fields.files.FieldFile):
        return value.name or ""
    return value


def meeting_of(obj: models.Model) -> Meeting | None:
    if isinstance(obj, Meeting):
        return obj
    if isinstance(obj, Item):
        return obj.meeting
    item = getattr(obj, "item", None)
    if isinstance(item, Item):
        return item.meeting
    meeting = getattr(obj, "meeting", None)
    return meeting if isinstance(meeting, Meeting) else None


def meeting_id_of(obj: models.Model) -> int | None:
    """The id of ``meeting_of(obj)``, read from ids where the row holds them (no query)."""
    if isinstance(obj, Meeting):
        return obj.pk
    if isinstance(obj, Item):
        return obj.meeting_id
    item = getattr(obj, "item", None)
    if isinstance(item, Item):
        return item.meeting_id
    meeting = meeting_of(obj)
    return meeting.pk if meeting is not None else None


def is_public(obj: models.Model) -> bool:
    """Was the row's material public before this change? (Used to flag public revisions.)"""
    if isinstance(obj, Meeting):
        return obj.agenda_published_at is not None
    published = getattr(obj, "published_at", None)
    if published is not None:
        return True
    item = getattr(obj, "item", None)
    return item is not None and item.published_at is not None


def record(
    obj: models.Model,
    action: str,
    changes: Mapping[str, object] | None = None,
    *,
    origin: str,
    user: Actor = None,
    note: str = "",
    public: bool | None = None,
) -> Revision:
    """Write one Revision for ``obj``. One INSERT (plus a cached ContentType lookup)."""
    return Revision.objects.create(
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=True),
        object_id=obj.pk,
        meeting=meeting_of(obj),
        action=action,
        changes=changes or {},
        user=user if user is not None and user.is_authenticated else None,
        origin=origin,
        note=note,
        public=is_public(obj) if public is None else public,
    )


def revisions_of(obj: models.Model) -> models.QuerySet[Revision]:
    return Revision.objects.filter(
        content_type=ContentType.objects.get_for_model(obj, for_concrete_model=True),
        object_id=obj.pk,
    )
