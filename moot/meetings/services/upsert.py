"""Upsert of rows that come from another system, keyed by (source, external id).

The rule that protects clerks: each row remembers the values the importer last wrote
(``Sourced.imported``). On a later import, a field whose current value still equals what the
importer wrote is updated; a field a clerk has changed since is left alone and reported as a
conflict. Every change is written to the history.

``upsert_many`` does this for a batch of rows of one model at once (one SELECT, one INSERT of
the new rows, one UPDATE per set of changed fields, one INSERT of their history and one of
their search index tasks); ``upsert`` is the batch of one. Bulk writes send no model signals,
so the batch announces what it changed itself (``moot.meetings.events``): search, the page
cache and the printed papers follow from that.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import BooleanField, ExpressionWrapper, Q
from django.utils import timezone

from moot.meetings import events
from moot.meetings.choices import MinutesState
from moot.meetings.fields import derived_fields
from moot.meetings.inserts import AnyField, insert_objects, insert_values
from moot.meetings.models import (
    Action,
    Attendance,
    Committee,
    Decision,
    Declaration,
    Document,
    Item,
    Meeting,
    Revision,
    Sourced,
)

from .history import is_public, meeting_id_of, plain, record
from .positions import settle_imported

if TYPE_CHECKING:
    from .history import Actor

# SQLite allows 32,766 parameters a statement; stay far below for every backend.
CHUNK = 500
# The model a batch writes; every upserted row is ``Sourced`` (source, external id, imported).
S = TypeVar("S", bound=Sourced)
Values = Mapping[str, Any]


@dataclass
class Conflict:
    model: str
    external_id: str
    field: str
    in_moot: object
    incoming: object
    # Why Moot kept its value: "edited" (a clerk changed it) or "approved" (the minutes of
    # the row's meeting are approved: the record is locked, imports included).
    reason: str = "edited"

    def __str__(self) -> str:
        why = "was edited in Moot"
        if self.reason == "approved":
            why = "is part of approved minutes"
        return (
            f"{self.model} {self.external_id}: {self.field} {why}; "
            f"kept {self.in_moot!r}, the source now says {self.incoming!r}"
        )


# Rows that make up a meeting's record: once its minutes are approved, no import changes,
# restores or removes them (a correction is a later meeting's decision). Each with the path
# from the row to its meeting's minutes state.
LOCKED_BY_APPROVAL: dict[type[Sourced], str] = {
    Item: "meeting__minutes_state",
    Attendance: "meeting__minutes_state",
    Decision: "item__meeting__minutes_state",
    Declaration: "item__meeting__minutes_state",
    Action: "item__meeting__minutes_state",
}
# What records a meeting's approval: an import never takes it back.
APPROVAL_FIELDS = ("minutes_state", "minutes_approved_at_item", "minutes_amendment")


@dataclass
class UpsertResult(Generic[S]):
    obj: S
    created: bool = False
    changed: dict[str, list[object]] = field(default_factory=dict)
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
    model: type[S],
    *,
    source: str,
    external_id: str,
    values: Values,
    origin: str,
    user: Actor = None,
    untracked: Values | None = None,
) -> UpsertResult[S]:
    """Create or update the row of ``model`` known as ``external_id`` in ``source``
    (``untracked`` as ``upsert_many`` takes it, for this row).

    ``values`` maps field names to values (model instances for foreign keys). Must run inside
    the caller's transaction; costs one SELECT plus, when something changed, one write, one
    Revision INSERT and (for searchable rows) one index task INSERT.
    """
    return upsert_many(
        model,
        source=source,
        rows={external_id: values},
        origin=origin,
        user=user,
        untracked={external_id: untracked} if untracked else None,
    )[external_id]


def upsert_many(
    model: type[S],
    *,
    source: str,
    rows: Mapping[str, Values],
    origin: str,
    user: Actor = None,
    fill: Mapping[str, Values] | None = None,
    untracked: Mapping[str, Values] | None = None,
) -> dict[str, UpsertResult[S]]:
    """Create or update many rows of ``model`` from ``source``; results by external id.

    ``rows`` maps external ids to values, as ``upsert`` takes them. ``fill`` maps external ids
    to values written only where the row is new or the field is still empty (None) — a
    publication date the import sets once, say. ``untracked`` maps external ids to the
    importer's own bookkeeping (a hash of the source's object): written as given, new row or
    not, but never compared with a clerk's edits, kept in ``imported`` or in the history; a
    row of approved minutes keeps its own. Must run inside the caller's transaction.
    Costs, per 500 rows: one SELECT, one bulk INSERT of new rows, one bulk UPDATE per set of
    changed fields, one bulk INSERT of Revisions and one of index tasks. New and changed values
    are checked by ``Model.full_clean`` (lengths, choices, blanks, formats); foreign keys and
    unique constraints are left to the database. Sends no model signals.
    """
    keys = list(rows)
    existing: dict[str, S] = {}
    locked: set[str] = set()
    every = model.all_objects
    approved = LOCKED_BY_APPROVAL.get(model)
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start : start + CHUNK]
        found = every.filter(source=source, external_id__in=chunk)
        if approved:  # read in the same SELECT: is the row's meeting's record locked?
            found = found.annotate(
                approved_minutes=ExpressionWrapper(
                    Q(**{approved: MinutesState.APPROVED}), output_field=BooleanField()
                )
            )
        for row in found:
            existing[row.external_id] = row
            if getattr(row, "approved_minutes", False):
                locked.add(row.external_id)

    results: dict[str, UpsertResult[S]] = {}
    created: list[S] = []
    updated: dict[tuple[str, ...], list[S]] = {}
    now = timezone.now()
    for key in keys:
        values = rows[key]
        obj = existing.get(key)
        extra = fill.get(key) if fill else None
        if extra:
            values = {**values, **_unfilled(model, obj, extra)}
        own = untracked.get(key, {}) if untracked else {}
        if obj is None:
            result = _new(model, source, key, values)
            for name, value in own.items():
                setattr(result.obj, name, value)
            created.append(result.obj)
        elif key in locked:
            result = _refused(model, obj, key, values)
        else:
            if isinstance(obj, Meeting) and obj.minutes_state == MinutesState.APPROVED:
                values, kept = _keep_approval(obj, key, values)
            else:
                kept = []
            result, fields = _merge(model, obj, key, values)
            result.conflicts.extend(kept)
            if fields:
                result.obj.updated_at = now
            moved = tuple(name for name, value in own.items() if getattr(obj, name) != value)
            for name in moved:
                setattr(obj, name, own[name])
            if fields or moved:
                updated.setdefault((*fields, *moved), []).append(result.obj)
        results[key] = result

    settle = _make_room(model, created, updated)
    # Not bulk_create: 28% slower on the ModernGov import (figures in inserts.py).
    insert_objects(model, created)
    for fields, objs in updated.items():
        derived = derived_fields(model, fields)
        for f in derived:  # bulk_update calls no pre_save: work them out here
            for obj in objs:
                f.derive(obj)
        every.bulk_update(objs, [*fields, *(f.name for f in derived)], batch_size=CHUNK)
    settle()
    changed = [r for r in results.values() if r.changed or r.restored]
    _history(model, [r for r in results.values() if r.created], changed, origin, user)
    _announce(model, created, changed, origin)
    return results


# Changes that can put an item in a place another live item of its meeting holds.
PLACING = {"position", "meeting", "deleted_at", "withdrawn_at"}


def _make_room(
    model: type[S], created: list[S], updated: dict[tuple[str, ...], list[S]]
) -> Callable[[], None]:
    """Items: make room for the new and moved ones (two live items of a meeting never share a
    position, ``positions.settle_imported``) and return what to run after the writes."""
    if model is not Item:
        return lambda: None
    incoming: list[Item] = [obj for obj in created if isinstance(obj, Item)]
    for fields, objs in updated.items():
        if PLACING & set(fields):
            incoming.extend(obj for obj in objs if isinstance(obj, Item))
    return settle_imported(incoming)


def _announce(
    model: type[S], created: Sequence[S], changed: Sequence[UpsertResult[S]], origin: str
) -> None:
    """Announce what the batch changed (bulk writes send no model signals). Meetings whose
    content changed have their papers reprinted where Moot printed them; an item or document
    the source now restricts after publication leaves the printed papers as a clerk's
    restriction does: withdrawn in this transaction, rebuilt after it."""
    if not created and not changed:
        return
    saved = [*created, *(r.obj for r in changed)]
    change = events.Change(origin=origin)
    if model is Item:
        items = [o for o in saved if isinstance(o, Item)]
        change = events.Change.of(items=[(o.meeting_id, o.pk) for o in items])
    elif model is Document:
        documents = [o for o in saved if isinstance(o, Document)]
        change = events.Change.of(documents=[(o.meeting_id, o.pk) for o in documents])
    elif model is Meeting:  # a new meeting has nothing searchable or printed yet
        change = events.Change.of(meetings=[r.obj.pk for r in changed])
    elif model is Committee:  # only withdrawing, restoring or moving it changes its meetings
        moved = [r.obj.pk for r in changed if r.restored or "body" in r.changed]
        change = events.Change.of(committees=moved)
    elif model is Attendance:
        change = events.Change.of(
            minutes=[o.meeting_id for o in saved if isinstance(o, Attendance)]
        )
    elif model in (Decision, Declaration, Action):
        of_item = [o.item_id for o in saved if isinstance(o, Decision | Declaration | Action)]
        meeting_of = dict(
            Item.all_objects.filter(pk__in=set(of_item)).values_list("pk", "meeting_id")
        )
        pairs = [(meeting_of.get(item_id), item_id) for item_id in of_item]
        minutes = [m for m, _ in pairs]
        change = events.Change.of(items=pairs if model is Decision else (), minutes=minutes)
    withdrawn = []
    if model in (Item, Document):
        withdrawn = [
            r.obj.meeting_id
            for r in changed
            if isinstance(r.obj, Item | Document)
            and "restriction" in r.changed
            and r.changed["restriction"][1]
            and r.obj.published_at
        ]
    events.announce(
        change | events.Change.of(reprint=change.touched(), withdrawn=withdrawn, origin=origin)
    )


def soft_delete(obj: Sourced, *, origin: str, user: Actor = None, note: str = "") -> bool:
    """Mark an imported row deleted; nothing is removed from the database. A row of a
    meeting's approved minutes stays (one query to know): returns whether it was deleted."""
    # The action log outlives approval (actions close at later meetings), and an action the
    # importer read into minutes that record none may be taken back; the record's rows stay.
    path = LOCKED_BY_APPROVAL.get(type(obj)) if not isinstance(obj, Action) else None
    if path and type(obj).all_objects.filter(pk=obj.pk, **{path: MinutesState.APPROVED}).exists():
        return False
    if obj.deleted_at is None:
        obj.deleted_at = timezone.now()
        obj.save(update_fields=["deleted_at", "updated_at"])
        record(obj, "delete", {}, origin=origin, user=user, note=note)
        # A deleted meeting, item or document leaves the printed papers at once.
        if isinstance(obj, Meeting):
            events.announce(events.Change.of(withdrawn=[obj.pk], origin=origin))
        elif isinstance(obj, (Item, Document)):
            events.announce(events.Change.of(withdrawn=[obj.meeting_id], origin=origin))
        return True
    return False


def _new(model: type[S], source: str, key: str, values: Values) -> UpsertResult[S]:
    incoming = {name: plain(value) for name, value in values.items()}
    obj = model(**values, source=source, external_id=key, imported=incoming)
    _check(obj, values)
    return UpsertResult(obj=obj, created=True)


def _merge(
    model: type[S], obj: S, key: str, values: Values
) -> tuple[UpsertResult[S], tuple[str, ...]]:
    """Apply ``values`` to the stored ``obj`` field by field, sparing a clerk's edits.

    Returns the result and the fields to save (none when nothing moved).
    """
    result = UpsertResult(obj=obj)
    attnames = _attnames(model)
    relations = _relations(model)
    last: dict[str, object] = obj.imported or {}
    incoming: dict[str, object] = {}
    for name, value in values.items():
        new = incoming[name] = plain(value)
        current = plain(getattr(obj, attnames.get(name, name)))
        if current == new:
            if name in relations:
                # The same row: keep the instance given, so nothing fetches it again.
                setattr(obj, name, value)
            continue
        if name in last and new == last[name]:
            continue  # the source has not changed: whatever Moot holds now stands
        if name in last and current != last[name]:
            result.conflicts.append(Conflict(model.__name__, key, name, current, new))
            continue
        setattr(obj, name, value)
        result.changed[name] = [current, new]
    _check(obj, result.changed)
    fields = list(result.changed)
    if obj.deleted_at is not None:
        obj.deleted_at = None
        result.restored = True
        fields.append("deleted_at")
    if fields or last != {**last, **incoming}:
        obj.imported = {**last, **incoming}
        return result, (*fields, "imported", "updated_at")
    return result, ()


def _refused(model: type[S], obj: S, key: str, values: Values) -> UpsertResult[S]:
    """A stored row of approved minutes: nothing changes; every change the source brings,
    its coming back after a deletion included, is reported as a conflict."""
    result = UpsertResult(obj=obj)
    attnames = _attnames(model)
    for name, value in values.items():
        current, new = plain(getattr(obj, attnames.get(name, name))), plain(value)
        if current != new:
            result.conflicts.append(
                Conflict(model.__name__, key, name, current, new, reason="approved")
            )
    if obj.deleted_at is not None:
        result.conflicts.append(
            Conflict(model.__name__, key, "deleted_at", "(deleted)", None, reason="approved")
        )
    return result


def _keep_approval(obj: Meeting, key: str, values: Values) -> tuple[Values, list[Conflict]]:
    """An approved meeting keeps its approval: the values less those that would change it,
    and a conflict for each the source changed (one it has not changed would stand anyway)."""
    kept: list[Conflict] = []
    rest = dict(values)
    last: dict[str, object] = obj.imported or {}
    attnames = _attnames(Meeting)
    for name in APPROVAL_FIELDS:
        if name not in rest:
            continue
        current, new = plain(getattr(obj, attnames.get(name, name))), plain(rest[name])
        if current == new:
            continue
        del rest[name]
        if name not in last or new != last[name]:
            kept.append(Conflict("Meeting", key, name, current, new, reason="approved"))
    return rest, kept


def _unfilled(model: type[S], obj: S | None, extra: Values) -> Values:
    if obj is None:
        return extra
    attnames = _attnames(model)
    return {k: v for k, v in extra.items() if getattr(obj, attnames.get(k, k)) is None}


def _check(obj: models.Model, names: Mapping[str, object]) -> None:
    """Validate the fields ``names`` of ``obj`` as ``full_clean`` does, less its queries:
    foreign keys (a SELECT each) and unique constraints are left to the database.

    The fields to check are worked out once per set of names; each is then cleaned as
    ``Model.clean_fields`` cleans it (a blank value a blank field allows is skipped; the
    cleaned value is kept), errors gathered by field name. A model with a ``clean`` of its
    own takes ``full_clean`` itself.
    """
    if not names:
        return
    model = type(obj)
    if model.clean is not models.Model.clean:
        obj.full_clean(
            exclude=_unchecked(model, frozenset(names)),
            validate_unique=False,
            validate_constraints=False,
        )
        return
    errors: dict[str, list[ValidationError]] = {}
    for f in _checked(model, frozenset(names)):
        raw = getattr(obj, f.attname)
        if f.blank and raw in f.empty_values:
            continue
        try:
            setattr(obj, f.attname, f.clean(raw, obj))
        except ValidationError as e:
            errors[f.name] = e.error_list
    if errors:
        raise ValidationError(errors)


@lru_cache(maxsize=512)  # one entry per set of fields given or changed
def _unchecked(model: type[models.Model], names: frozenset[str]) -> frozenset[str]:
    """Every field of ``model`` but the plain (not related) ones among ``names``."""
    return frozenset(f.name for f in model._meta.fields if f.is_relation or f.name not in names)


@lru_cache(maxsize=512)
def _checked(model: type[models.Model], names: frozenset[str]) -> tuple[AnyField, ...]:
    """The plain (not related, not generated) fields of ``model`` among ``names``, in the
    order ``clean_fields`` takes them."""
    return tuple(
        f
        for f in model._meta.fields
        if f.name in names and not f.is_relation and not getattr(f, "generated", False)
    )


def _history(
    model: type[S],
    created: list[UpsertResult[S]],
    changed: list[UpsertResult[S]],
    origin: str,
    user: Actor,
) -> None:
    """One Revision per created or changed row, in one INSERT (per 500), written from plain
    values: no model instance is made for a row nothing reads back."""
    if not created and not changed:
        return
    content_type_id = ContentType.objects.get_for_model(model, for_concrete_model=True).pk
    user_id = user.pk if user is not None and user.is_authenticated else None
    at = timezone.now()
    common = {"content_type_id": content_type_id, "user_id": user_id, "origin": origin, "at": at}
    revisions: list[dict[str, object]] = []
    for result in created:
        obj = result.obj
        revisions.append(
            {
                **common,
                "object_id": obj.pk,
                "meeting_id": meeting_id_of(obj),
                "action": "create",
                "changes": {k: [None, v] for k, v in obj.imported.items()},
                "public": False,
            }
        )
    for result in changed:
        obj = result.obj
        changes = dict(result.changed)
        if result.restored:
            changes["deleted_at"] = ["(deleted)", None]
        revisions.append(
            {
                **common,
                "object_id": obj.pk,
                "meeting_id": meeting_id_of(obj),
                "action": "update",
                "changes": changes,
                "public": is_public(obj),
            }
        )
    insert_values(Revision, revisions)


@cache
def _attnames(model: type[models.Model]) -> dict[str, str]:
    """Field name → attribute holding its stored value (``meeting`` → ``meeting_id``)."""
    return {f.name: f.attname for f in model._meta.concrete_fields}


@cache
def _relations(model: type[models.Model]) -> frozenset[str]:
    return frozenset(f.name for f in model._meta.concrete_fields if f.is_relation)
