"""Write services for what an import brings besides rows upserted by (source, external id).

``upsert`` and ``upsert_many`` (``services.upsert``) write the rows another system gives.
An import also learns things about rows it holds: that a meeting's minutes are out, that a
later meeting agreed them, which reference numbers were printed, a document's file, a body's
electoral terms. These services write those, each with its history (``history.record``) and
an announcement of what changed (``moot.meetings.events``), so search, the page cache and the
printed papers follow an import as they follow a clerk. Each runs in the caller's transaction
(an import's own, per page, meeting or object) or in one of its own.

Papers: an import changes what Moot printed for a meeting only where Moot printed it
(``Change.reprint``); it never makes papers of its own accord.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.text import slugify

from moot.meetings import events
from moot.meetings.choices import MinutesState
from moot.meetings.members import Party
from moot.meetings.models import (
    Body,
    Committee,
    Document,
    Item,
    LegislativeTerm,
    Meeting,
    Person,
    ReferenceCounter,
)

from . import history
from .common import apply

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser, User


@transaction.atomic
def record_minutes_published(
    meeting: Meeting,
    *,
    at: datetime,
    origin: str,
    user: User | AnonymousUser | None = None,
) -> bool:
    """The source has published the meeting's minutes: note when, once (a later import never
    moves the date). Returns whether anything changed. One UPDATE and one history row."""
    if meeting.minutes_published_at is not None:
        return False
    meeting.minutes_published_at = at
    meeting.save(update_fields=["minutes_published_at", "updated_at"])
    history.record(
        meeting,
        "publish_minutes",
        {"minutes_published_at": [None, history.plain(at)]},
        origin=origin,
        user=user,
        public=False,
        note="Minutes published in the source",
    )
    events.announce(events.Change.of(minutes=[meeting.pk], reprint=[meeting.pk], origin=origin))
    return True


@transaction.atomic
def record_minutes_approved(
    earlier: Meeting,
    *,
    at_item: Item,
    agreed: bool,
    origin: str,
    user: User | AnonymousUser | None = None,
) -> bool:
    """An item of a later meeting took the minutes of ``earlier``: link the two and, when the
    source says they were agreed and Moot has not recorded an approval yet, mark them approved
    at that item. Returns whether anything changed. An approval Moot holds already stands."""
    changed = False
    if not at_item.approves_meetings.filter(pk=earlier.pk).exists():
        at_item.approves_meetings.add(earlier)
        changed = True
    if agreed and earlier.minutes_approved_at_item_id is None:
        changes = apply(
            earlier, {"minutes_state": MinutesState.APPROVED, "minutes_approved_at_item": at_item}
        )
        earlier.save(update_fields=["minutes_state", "minutes_approved_at_item", "updated_at"])
        history.record(
            earlier,
            "approve_minutes",
            changes,
            origin=origin,
            user=user,
            public=True,
            note=f"Minutes agreed at {at_item.reference or at_item.title} in the source",
        )
        events.announce(events.Change.of(minutes=[earlier.pk], reprint=[earlier.pk], origin=origin))
        changed = True
    return changed


@transaction.atomic
def move_counter_past(
    committee: Committee,
    year: int,
    number: int,
    *,
    origin: str,
    user: User | AnonymousUser | None = None,
) -> ReferenceCounter:
    """A source printed reference ``number`` of ``committee``'s municipal year ``year``: move the
    committee's counter past it, so Moot never gives the number out again. The counter only
    goes up. Locks the counter row; one more UPDATE and history row when it moves."""
    counter, _ = ReferenceCounter.objects.select_for_update().get_or_create(
        committee=committee, year=year
    )
    if number > counter.last:
        changes = {"last": [counter.last, number]}
        counter.last = number
        counter.save(update_fields=["last"])
        history.record(
            counter,
            "update",
            changes,
            origin=origin,
            user=user,
            public=False,
            note="Moved past a reference printed in the source",
        )
    return counter


@dataclass(frozen=True)
class FetchedFile:
    """A document's file as fetched from the source, with what was read from it."""

    data: bytes
    name: str  # the file name to store it under ("report.pdf")
    media_type: str
    format: str
    page_count: int | None
    text: str


@transaction.atomic
def store_document_file(
    document: Document,
    fetched: FetchedFile,
    *,
    origin: str,
    keep_described: bool = False,
    user: User | AnonymousUser | None = None,
) -> Document:
    """Store the file of an imported document, with its size, checksum, page count and text.

    ``keep_described``: the source described the file (name, media type, format, text) and
    what it said stands; else what was read from the file replaces it. Writes the file to
    storage, one UPDATE and one history row; the document's search entry and the papers Moot
    printed for its meeting follow."""
    before, old_text = document.file.name or "", document.text
    document.file.save(fetched.name, ContentFile(fetched.data), save=False)
    stored_as = document.file.name or ""

    def described(name: str, found: object) -> object:
        current = getattr(document, name)
        return current if keep_described and current else found

    changes = apply(
        document,
        {
            "filename": described("filename", fetched.name),
            "media_type": described("media_type", fetched.media_type),
            "format": described("format", fetched.format),
            "size_bytes": len(fetched.data),
            "page_count": fetched.page_count,
            "text": described("text", fetched.text),
            "sha256": hashlib.sha256(fetched.data).hexdigest(),
        },
    )
    changes = {"file": [before, stored_as], **changes}
    fields = [*changes, "updated_at"]
    if "text" in changes:
        fields.append("text_acronyms")
    document.save(update_fields=fields)
    if "text" in changes:  # the history says how much text there was, not all of it
        changes["text"] = [f"{len(text)} characters" for text in (old_text, document.text)]
    history.record(
        document, "update", changes, origin=origin, user=user, note="File fetched from the source"
    )
    events.announce(
        events.Change.of(
            documents=[(document.meeting_id, document.pk)],
            reprint=[document.meeting_id],
            origin=origin,
        )
    )
    return document


@transaction.atomic
def upsert_legislative_term(
    body: Body,
    name: str,
    *,
    start_date: date | None,
    end_date: date | None,
    origin: str,
    user: User | AnonymousUser | None = None,
) -> tuple[LegislativeTerm, str]:
    """The body's electoral term called ``name``, made or brought up to date with the dates
    the source gives. Returns the term and the outcome ("created", "updated", "unchanged").
    Terms carry no source: they are matched by body and name."""
    values = {"start_date": start_date, "end_date": end_date}
    term = LegislativeTerm.objects.filter(body=body, name=name).order_by("pk").first()
    if term is None:
        term = LegislativeTerm.objects.create(body=body, name=name, **values)
        history.record(
            term,
            "create",
            {k: [None, history.plain(v)] for k, v in {"name": name, **values}.items()},
            origin=origin,
            user=user,
            public=False,
        )
        events.announce(events.Change(origin=origin))
        return term, "created"
    changes = apply(term, values)
    if not changes:
        return term, "unchanged"
    term.save(update_fields=[*changes, "updated_at"])
    history.record(term, "update", changes, origin=origin, user=user, public=True)
    events.announce(events.Change(origin=origin))
    return term, "updated"


def upsert_party(body: Body, name: str, *, short_name: str, origin: str) -> tuple[Party, str]:
    """The body's party or political group called ``name`` (an OParl "Fraktion"), made the
    first time. Parties carry no source: they are matched by body and name. Returns the party
    and the outcome ("created" or "unchanged")."""
    party = Party.objects.filter(body=body, name=name).first()
    if party is not None:
        return party, "unchanged"
    party = Party.objects.create(body=body, name=name, short_name=short_name)
    history.record(
        party,
        "create",
        {"name": [None, name], "short_name": [None, short_name]},
        origin=origin,
        public=False,
    )
    events.announce(events.Change(origin=origin))
    return party, "created"


def set_party(person: Person, party: Party | None, *, origin: str) -> bool:
    """Make ``party`` the person's party (None: none), with its history; whether it changed."""
    if person.party_id == (party.pk if party else None):
        return False
    before = person.party.name if person.party_id and person.party else None
    person.party = party
    person.save(update_fields=["party", "updated_at"])
    history.record(
        person,
        "update",
        {"party": [before, party.name if party else None]},
        origin=origin,
        public=True,
    )
    return True


@transaction.atomic
def body_for_import(
    *,
    slug: str = "",
    name: str,
    origin: str,
    user: User | AnonymousUser | None = None,
) -> Body:
    """The body with ``slug`` (by default the slug of ``name``), made with ``name`` when it is
    missing: the body an import's records belong to. One query, and an INSERT with its history
    when the body is new."""
    slug = slug or slugify(name)[:100]
    existing = Body.objects.filter(slug=slug).first()
    if isinstance(existing, Body):
        return existing
    body = Body(slug=slug, name=name)
    body.full_clean()
    body.save()
    history.record(
        body,
        "create",
        {"slug": [None, slug], "name": [None, name]},
        origin=origin,
        user=user,
        public=False,
    )
    return body
