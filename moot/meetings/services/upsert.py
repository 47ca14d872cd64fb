"""Upsert of rows that come from another system, keyed by (source, external id).

The rule that protects clerks: each row remembers the values the importer last wrote
(``Sourced.imported``). On a later import, a field whose current value still equals what the
importer wrote is updated; a field a clerk has changed since is left alone and reported as a
conflict. Every change is written to the history.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import models
from django.utils import timezone

from .history import plain, record


@dataclass
class Conflict:
    model: str
    external_id: str
    field: str
    in_moot: object
    incoming: object

    def __str__(self) -> str:
        return (
            f"{self.model} {self.external_id}: {self.field} was edited in Moot; "
            f"kept {self.in_moot!r}, the source now says {self.incoming!r}"
        )


@dataclass
class UpsertResult:
    obj: models.Model
    created: bool = False
    changed: dict = field(default_factory=dict)
    restored: bool = False
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def outcome(self) -> str:
        if self.created:
            return "created"
        if self.changed or self.restored:
            return "updated"
        return "unchanged"


def upsert(
    model: type[models.Model],
    *,
    source: str,
    external_id: str,
    values: dict,
    origin: str,
    user=None,
) -> UpsertResult:
    """Create or update the row of ``model`` known as ``external_id`` in ``source``.

    ``values`` maps field names to values (model instances for foreign keys). Must run inside
    the caller's transaction; costs one SELECT plus one write when something changed.
    """
    obj = model.all_objects.filter(source=source, external_id=external_id).first()
    incoming = {name: plain(value) for name, value in values.items()}
    if obj is None:
        obj = model(source=source, external_id=external_id, imported=incoming, **values)
        obj.full_clean(exclude=_unchecked(model, values))
        obj.save()
        record(
            obj,
            "create",
            {k: [None, v] for k, v in incoming.items()},
            origin=origin,
            user=user,
            public=False,
        )
        return UpsertResult(obj=obj, created=True)

    result = UpsertResult(obj=obj)
    last = obj.imported or {}
    for name, value in values.items():
        current = plain(getattr(obj, name))
        new = incoming[name]
        if current == new:
            continue
        if name in last and new == last[name]:
            continue  # the source has not changed: whatever Moot holds now stands
        if name in last and current != last[name]:
            result.conflicts.append(Conflict(model.__name__, external_id, name, current, new))
            continue
        setattr(obj, name, value)
        result.changed[name] = [current, new]
    if obj.deleted_at is not None:
        obj.deleted_at = None
        result.restored = True
    if result.changed or result.restored or last != {**last, **incoming}:
        obj.imported = {**last, **incoming}
        obj.save()
    if result.changed or result.restored:
        changes = dict(result.changed)
        if result.restored:
            changes["deleted_at"] = ["(deleted)", None]
        record(obj, "update", changes, origin=origin, user=user)
    return result


def soft_delete(obj: models.Model, *, origin: str, user=None, note: str = "") -> None:
    """Mark an imported row deleted; nothing is removed from the database."""
    if obj.deleted_at is None:
        obj.deleted_at = timezone.now()
        obj.save(update_fields=["deleted_at", "updated_at"])
        record(obj, "delete", {}, origin=origin, user=user, note=note)


def _unchecked(model: type[models.Model], values: dict) -> list[str]:
    """Fields full_clean should skip: everything the importer did not supply."""
    given = set(values)
    return [f.name for f in model._meta.concrete_fields if f.name not in given]
