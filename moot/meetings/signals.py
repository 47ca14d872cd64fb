"""Single-row saves and deletes of the domain's tables, announced as changes.

Write services that save one row at a time need not announce what the row is: its save does
(``events.announce`` of the change the row makes). Bulk writes (``bulk_create``,
``bulk_update``, ``QuerySet.update``) send no model signals: the service that makes them
announces the change itself (``services.upsert`` does for imports). Raw saves (restoring a
backup, loading fixtures) announce nothing: restore rebuilds the ways out whole.
"""

from __future__ import annotations

from typing import Any

from django.db import models
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

from . import events
from .models import (
    Action,
    Attendance,
    Ballot,
    Committee,
    Decision,
    Declaration,
    Document,
    Item,
    Meeting,
    ReferenceCounter,
    Revision,
    Vote,
)

# Written with every change, never on their own: their saves say nothing new (a vote's
# ballots are written in bulk with it, and its save says so).
QUIET = (Revision, ReferenceCounter, Ballot)


def _item_meeting(instance: Decision | Declaration | Action | Vote) -> int | None:
    """The meeting of the row's item: from the item already loaded with it when there is
    one (no query), else one query."""
    item = instance._state.fields_cache.get("item")
    if item is not None and item.pk == instance.item_id:
        meeting_id: int = item.meeting_id
        return meeting_id
    return Item.all_objects.filter(pk=instance.item_id).values_list("meeting_id", flat=True).first()


def change_of(instance: models.Model, *, created: bool = False) -> events.Change:
    """The change a save or delete of ``instance`` makes."""
    if isinstance(instance, Meeting):
        # A new meeting has nothing searchable or printed yet.
        return events.Change() if created else events.Change.of(meetings=[instance.pk])
    if isinstance(instance, Item):
        return events.Change.of(items=[(instance.meeting_id, instance.pk)])
    if isinstance(instance, Decision):
        meeting_id = _item_meeting(instance)
        return events.Change.of(items=[(meeting_id, instance.item_id)], minutes=[meeting_id])
    if isinstance(instance, Document):
        return events.Change.of(documents=[(instance.meeting_id, instance.pk)])
    if isinstance(instance, Attendance):
        return events.Change.of(minutes=[instance.meeting_id])
    if isinstance(instance, Declaration | Action | Vote):
        return events.Change.of(minutes=[_item_meeting(instance)])
    if isinstance(instance, Committee) and getattr(instance, "_moot_replaces", False):
        return events.Change.of(committees=[instance.pk])
    return events.Change()


def _committee_saving(sender: type[Committee], instance: Committee, **kwargs: Any) -> None:
    """Note whether the save withdraws, restores or moves the committee (one query): only
    those change how every meeting of it reads; a new contact officer does not."""
    if kwargs.get("raw"):
        return
    before = (
        Committee.all_objects.filter(pk=instance.pk).values("deleted_at", "body_id").first()
        if instance.pk
        else None
    )
    instance._moot_replaces = before is not None and (  # type: ignore[attr-defined]
        before["deleted_at"] != instance.deleted_at or before["body_id"] != instance.body_id
    )


# Apps whose rows are published (their single-row saves and deletes are announced): the
# domain's own, and those that join with ``announce_saves_of`` in their ``ready()``.
ANNOUNCED = {"meetings"}


def announce_saves_of(app_label: str) -> None:
    """Announce each save and delete of ``app_label``'s rows as a change (with nothing named,
    it moves the page cache on and purges a CDN whole): for an app outside the domain whose
    rows reach a public page (the register of interests, executive decisions)."""
    ANNOUNCED.add(app_label)


def _saved(sender: type[models.Model], instance: models.Model, **kwargs: Any) -> None:
    if kwargs.get("raw") or sender._meta.app_label not in ANNOUNCED or issubclass(sender, QUIET):
        return
    events.announce(change_of(instance, created=kwargs.get("created", False)))


def _deleted(sender: type[models.Model], instance: models.Model, **kwargs: Any) -> None:
    if sender._meta.app_label not in ANNOUNCED or issubclass(sender, QUIET):
        return
    events.announce(change_of(instance))


def _related(sender: type[models.Model], instance: models.Model, **kwargs: Any) -> None:
    if kwargs.get("action", "").startswith("post_") and instance._meta.app_label in ANNOUNCED:
        events.announce(change_of(instance))


def connect() -> None:
    pre_save.connect(_committee_saving, sender=Committee, dispatch_uid="moot-committee-saving")
    post_save.connect(_saved, dispatch_uid="moot-domain-saved")
    post_delete.connect(_deleted, dispatch_uid="moot-domain-deleted")
    m2m_changed.connect(_related, dispatch_uid="moot-domain-related")
