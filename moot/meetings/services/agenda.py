"""Building an agenda: items (add, edit, reorder, remove), restrictions, urgent items, the
exclusion resolution and reports. Publishing is in ``publishing``.

A change to an item already published is a public revision — unless the item is restricted
and only withheld fields changed, which the public never saw.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max, QuerySet
from django.utils.text import slugify

from moot.documents.extract import DOCX_TYPE, ExtractionError, extract, sniff
from moot.meetings import events
from moot.meetings.choices import (
    DocumentKind,
    ItemKind,
    Jurisdiction,
    Restriction,
    exempt_paragraphs,
    paragraph_list,
    schedule_12a_part,
)
from moot.meetings.html import sanitise
from moot.meetings.models import Document, Item, Meeting

from . import history, positions
from .common import ORIGIN, ServiceError, apply

if TYPE_CHECKING:
    from .history import Actor

# Fields the public sees even on a restricted item (s.100C(2)); changes to others are private.
PUBLIC_FIELDS_OF_RESTRICTED = {
    "title",
    "kind",
    "reference",
    "position",
    "restriction",
    "exempt_paragraphs",
    "restriction_reason",
    "public_interest",
    "public_summary",
    "release_date",
    "urgent",
    "urgency_reason",
}
HTML_FIELDS = {"agenda_text", "minutes", "decision_text"}
# An item's place and reference: written only by the services that add, move and remove items
# (positions, under the meeting's lock) and by publication (references), never by an edit.
PLACE_FIELDS = {"meeting", "position", "reference", "reference_number", "reference_year"}
# What an edit of other fields reads afresh first: a copy of the item read before a move, a
# publication or a withdrawal must not take its old values for the current ones.
STATE_FIELDS = (
    "position",
    "reference",
    "reference_number",
    "reference_year",
    "published_at",
    "supplement",
    "withdrawn_at",
)
ACCEPTED_TYPES = {"application/pdf": ".pdf", DOCX_TYPE: ".docx"}


def _is_public_change(item: Item, changes: Mapping[str, object]) -> bool:
    if item.published_at is None or item.withdrawn_at is not None:
        return False
    if not item.is_restricted:
        return True
    return bool(set(changes) & PUBLIC_FIELDS_OF_RESTRICTED)


def _clean(data: Mapping[str, Any]) -> dict[str, Any]:
    return {k: sanitise(v) if k in HTML_FIELDS else v for k, v in data.items()}


def live_items(meeting: Meeting) -> QuerySet[Item]:
    return Item.objects.filter(meeting=meeting, withdrawn_at__isnull=True).order_by(
        "position", "pk"
    )


def _renumber(meeting: Meeting) -> None:
    """Positions 1…n in the current order (withdrawn items keep theirs, outside the order)."""
    positions.place(list(live_items(meeting)))


def _save(item: Item, changes: Mapping[str, object]) -> None:
    """Write only the fields that changed: the rest of the row may have moved on since the
    caller read ``item`` (another clerk moved the item, or published the agenda)."""
    item.save(update_fields=[*changes, "updated_at"])


def _fresh(item: Item) -> None:
    """Read the item's place, reference and publication again (one query), so the change
    about to be made is judged (public or not) on the current row."""
    item.refresh_from_db(fields=STATE_FIELDS)


@transaction.atomic
def add_item(
    meeting: Meeting, data: Mapping[str, Any], *, user: Actor = None, position: int | None = None
) -> Item:
    """A new item at ``position`` (default: before any other business and the exempt part).

    Added after the agenda went out, it is published later as a supplement.
    """
    data = {k: v for k, v in _clean(data).items() if k not in PLACE_FIELDS}
    if not data.get("title", "").strip():
        raise ServiceError("Give the item a title.")
    positions.lock([meeting.pk])
    items = list(live_items(meeting))
    if position is None:
        tail = [i for i in items if i.kind in (ItemKind.AOB, ItemKind.EXCLUSION) or i.is_restricted]
        index = items.index(tail[0]) if tail else len(items)
    else:
        index = max(1, min(position, len(items) + 1)) - 1
    # Made after the last item, then put in its place: no two live items share a position.
    item: Item = Item.objects.create(
        meeting=meeting, position=positions.highest([meeting.pk]) + 1, **data
    )
    positions.place([*items[:index], item, *items[index:]])
    history.record(
        item,
        "create",
        {k: [None, history.plain(v)] for k, v in data.items()},
        origin=ORIGIN,
        user=user,
        public=False,
    )
    _renumber(meeting)
    refresh_exclusion(meeting, user=user)
    item.refresh_from_db()
    return item


class StaleItem(ServiceError):
    """Someone saved the item since this form was opened; nothing was saved."""

    def __init__(self, item: Item, who: str = ""):
        by = f" by {who}" if who else ""
        super().__init__(
            f"This item was changed{by} since you opened it, so your changes were not saved. "
            "The current item is shown; your text is kept below it: merge the two and save "
            "again."
        )
        self.item = item


def item_version(item: Item) -> str:
    """The version an item form carries: a digest of the title, kind and agenda text it was
    opened with."""
    text = "\x1f".join((item.title, item.kind, item.agenda_text or ""))
    return hashlib.sha256(text.encode()).hexdigest()[:20]


@transaction.atomic
def edit_item(
    item: Item, data: Mapping[str, Any], *, user: Actor = None, version: str | None = None
) -> Item:
    """Change an item's title, kind or agenda text. Published: a public revision. With
    ``version`` (from ``item_version`` when the form was opened), refuse with StaleItem if
    someone saved the item since (no lost update)."""
    if "title" in data and not str(data["title"]).strip():
        raise ServiceError("Give the item a title.")
    data = {k: v for k, v in data.items() if k not in PLACE_FIELDS}  # moved, never edited
    if version is not None:
        current = Item.objects.select_for_update().get(pk=item.pk)
        if version != item_version(current):
            updates = history.revisions_of(current).filter(action="update")
            last = updates.select_related("user").order_by("-at").first()
            raise StaleItem(current, who=str(last.user) if last and last.user else "")
    _fresh(item)
    changes = apply(item, _clean(data))
    if changes:
        _save(item, changes)
        history.record(
            item,
            "update",
            changes,
            origin=ORIGIN,
            user=user,
            public=_is_public_change(item, changes),
        )
    return item


@transaction.atomic
def move_item(item: Item, to: int, *, user: Actor = None) -> Item:
    """Move an item to agenda position ``to``. References do not change (they are numbers
    given at publication, so reference order and agenda order can differ). The meeting is
    locked and the agenda read afresh: the others close up and stay numbered 1…n."""
    positions.lock([item.meeting_id])
    items = list(live_items(item.meeting))
    current = next((i for i in items if i.pk == item.pk), None)
    if current is None:
        raise ServiceError("This item has been withdrawn: it has no place on the agenda.")
    others = [i for i in items if i.pk != item.pk]
    to = max(1, min(to, len(others) + 1))
    old = current.position
    positions.place([*others[: to - 1], current, *others[to - 1 :]])
    item.position = to
    if old != to:
        history.record(
            item,
            "move",
            {"position": [old, to]},
            origin=ORIGIN,
            user=user,
            public=_is_public_change(current, {"position": 1}),
        )
        refresh_exclusion(item.meeting, user=user)
    return item


@transaction.atomic
def remove_item(item: Item, *, user: Actor = None) -> None:
    """Remove an unpublished item. A published one is withdrawn instead (take-down), so the
    record of what was published stays."""
    if item.published_at is not None:
        raise ServiceError("This item has been published: withdraw it instead, giving a reason.")
    if item.documents.exists():
        raise ServiceError("Remove the item's documents first.")
    meeting = item.meeting
    positions.lock([meeting.pk])
    history.record(
        item, "delete", {"title": [item.title, None]}, origin=ORIGIN, user=user, public=False
    )
    item.delete()
    _renumber(meeting)
    refresh_exclusion(meeting, user=user)


def paragraphs_for(jurisdiction: str) -> dict[int, str]:
    """The paragraphs of Schedule 12A a body of ``jurisdiction`` may cite."""
    return exempt_paragraphs(jurisdiction)


def _check_restriction(
    jurisdiction: str, restriction: str, paragraphs: Iterable[int | str] | None, reason: str
) -> list[int]:
    if restriction not in Restriction.values:
        raise ServiceError("Choose a basis for the restriction.")
    numbers = sorted({int(p) for p in paragraphs or []})
    if restriction == Restriction.EXEMPT:
        known = paragraphs_for(jurisdiction)
        if not numbers:
            raise ServiceError("Name the paragraph or paragraphs of Schedule 12A.")
        unknown = [p for p in numbers if p not in known]
        if unknown:
            raise ServiceError(f"Schedule 12A has no paragraph {unknown[0]} here.")
    elif numbers:
        raise ServiceError("Paragraphs of Schedule 12A apply only to exempt information.")
    if restriction and not reason.strip():
        raise ServiceError("Give the public reason for the restriction.")
    return numbers


@transaction.atomic
def restrict_item(
    item: Item,
    restriction: str,
    *,
    paragraphs: Iterable[int | str] = (),
    reason: str = "",
    public_interest: str = "",
    public_summary: str = "",
    review_date: date | None = None,
    release_date: date | None = None,
    user: Actor = None,
) -> Item:
    """Restrict an item (or lift a restriction with ``restriction=""``). A restricted item needs
    a public reason and a public summary (s.100C(2)); exempt needs its paragraphs. The
    exclusion resolution is regenerated. Restricting a published item withdraws the meeting's
    papers in this transaction (they may print its text) and rebuilds them after it."""
    jurisdiction = item.meeting.committee.body.jurisdiction
    paragraphs = _check_restriction(jurisdiction, restriction, paragraphs, reason)
    if restriction and not public_summary.strip():
        raise ServiceError("Write the public summary: the public sees it instead of the item.")
    if release_date and review_date and review_date > release_date:
        raise ServiceError("The review date must come before the release date.")
    data = {
        "restriction": restriction,
        "exempt_paragraphs": paragraphs,
        "restriction_reason": reason.strip() if restriction else "",
        "public_interest": public_interest.strip() if restriction else "",
        "public_summary": public_summary.strip() if restriction else item.public_summary,
        "review_date": review_date if restriction else None,
        "release_date": release_date if restriction else None,
    }
    positions.lock([item.meeting_id])  # the exclusion resolution may move items
    _fresh(item)
    published = item.published_at is not None
    changes = apply(item, data)
    if changes:
        _save(item, changes)
        history.record(
            item,
            "restrict" if restriction else "unrestrict",
            changes,
            origin=ORIGIN,
            user=user,
            public=_is_public_change(item, changes),
        )
        refresh_exclusion(item.meeting, user=user)
        _papers_follow_restriction(item, restriction, published)
    return item


def _published(obj: Item | Document) -> bool:
    """Read from the database (one query): the caller's copy may predate the publication."""
    return type(obj).objects.filter(pk=obj.pk, published_at__isnull=False).exists()


def _papers_follow_restriction(obj: Item | Document, restriction: str, published: bool) -> None:
    """Published material newly withheld leaves the printed papers and exports at once (they
    are withdrawn in the caller's transaction); either way the papers are rebuilt after it."""
    if not published:
        return
    withdrawn = [obj.meeting_id] if restriction else []
    events.announce(events.Change.of(withdrawn=withdrawn, papers=[obj.meeting_id], origin=ORIGIN))


@transaction.atomic
def restrict_document(
    document: Document,
    restriction: str,
    *,
    paragraphs: Iterable[int | str] = (),
    reason: str = "",
    release_date: date | None = None,
    user: Actor = None,
) -> Document:
    """Restrict one document (say an appendix) of an item that may itself be public. A
    published one leaves the meeting's papers as a restricted item does."""
    jurisdiction = document.meeting.committee.body.jurisdiction
    paragraphs = _check_restriction(jurisdiction, restriction, paragraphs, reason)
    published = _published(document)
    changes = apply(
        document,
        {
            "restriction": restriction,
            "exempt_paragraphs": paragraphs,
            "restriction_reason": reason.strip() if restriction else "",
            "release_date": release_date if restriction else None,
        },
    )
    if changes:
        document.save()
        history.record(
            document,
            "restrict" if restriction else "unrestrict",
            changes,
            origin=ORIGIN,
            user=user,
            public=document.published_at is not None,
        )
        _papers_follow_restriction(document, restriction, published)
    return document


@transaction.atomic
def mark_urgent(item: Item, reason: str, *, chair_consented: bool, user: Actor = None) -> Item:
    """An urgent item (s.100B(4)(b)): the chair's consent and the reason are recorded."""
    if not chair_consented:
        raise ServiceError("An urgent item needs the chair's agreement.")
    if not reason.strip():
        raise ServiceError("Record why the item is urgent: the reason is public.")
    _fresh(item)
    changes = apply(item, {"urgent": True, "urgency_reason": reason.strip()})
    if changes:
        _save(item, changes)
        history.record(
            item,
            "urgent",
            changes,
            origin=ORIGIN,
            user=user,
            note="Chair agreed the item is urgent",
            public=_is_public_change(item, changes),
        )
    return item


def exclusion_text(restricted: list[Item], jurisdiction: str) -> str:
    """The resolution excluding the press and public for ``restricted`` (the items after it)."""
    count = len(restricted)
    items_phrase = (
        "the following item of business" if count == 1 else "the following items of business"
    )
    exempt = sorted(
        {
            int(p)
            for i in restricted
            if i.restriction == Restriction.EXEMPT
            for p in i.exempt_paragraphs or []
        }
    )
    confidential = any(i.restriction == Restriction.CONFIDENTIAL for i in restricted)
    other = [i.restriction_reason for i in restricted if i.restriction == Restriction.RESTRICTED]
    grounds = []
    if exempt:
        part = schedule_12a_part(jurisdiction)
        numbers = paragraph_list(exempt)
        grounds.append(
            "the likely disclosure of exempt information as defined in "
            f"{numbers} of {part} of Schedule 12A to the Local Government Act 1972"
        )
    if confidential:
        grounds.append("the likely disclosure of confidential information (section 100A(3))")
    grounds.extend(f"the reason that {r[0].lower()}{r[1:].rstrip('.')}" for r in other if r)
    if jurisdiction == Jurisdiction.OTHER:
        opening = f"That the press and public be excluded from the meeting for {items_phrase}"
    else:
        opening = (
            "That under section 100A(4) of the Local Government Act 1972 the press and public "
            f"be excluded from the meeting for {items_phrase}"
        )
    return f"<p>{opening} on the grounds of {'; and '.join(grounds)}.</p>"


def refresh_exclusion(meeting: Meeting, *, user: Actor = None) -> Item | None:
    """Keep the exclusion resolution right: just before the first restricted item, its text
    naming the paragraphs of the restricted items after it. Made when the first item is
    restricted; removed (if unpublished) when none is left."""
    items = list(live_items(meeting).select_related("meeting__committee__body"))
    restricted = [i for i in items if i.is_restricted and i.kind != ItemKind.EXCLUSION]
    exclusion = next((i for i in items if i.kind == ItemKind.EXCLUSION), None)
    if not restricted:
        if exclusion is not None and exclusion.published_at is None:
            history.record(
                exclusion,
                "delete",
                origin=ORIGIN,
                user=user,
                public=False,
                note="No restricted items left",
            )
            exclusion.delete()
            _renumber(meeting)
        return None
    jurisdiction = meeting.committee.body.jurisdiction
    first = restricted[0]
    if exclusion is None:
        exclusion = Item(
            meeting=meeting,
            # Made after the last item, then put in its place.
            position=positions.highest([meeting.pk]) + 1,
            kind=ItemKind.EXCLUSION,
            title="Exclusion of the press and public",
        )
        ordered = [*items[: items.index(first)], exclusion, *items[items.index(first) :]]
    else:
        rest = [i for i in items if i.pk != exclusion.pk]
        ordered = [*rest[: rest.index(first)], exclusion, *rest[rest.index(first) :]]
    after = [i for i in ordered[ordered.index(exclusion) + 1 :] if i.is_restricted]
    text = exclusion_text(after, jurisdiction)
    created = exclusion.pk is None
    if created:
        exclusion.agenda_text = text
        exclusion.save()
        history.record(
            exclusion,
            "create",
            {"agenda_text": [None, text]},
            origin=ORIGIN,
            user=user,
            public=False,
            note="Exclusion resolution generated",
        )
    elif exclusion.agenda_text != text:
        changes = {"agenda_text": [exclusion.agenda_text, text]}
        exclusion.agenda_text = text
        exclusion.save(update_fields=["agenda_text", "updated_at"])
        history.record(
            exclusion,
            "update",
            changes,
            origin=ORIGIN,
            user=user,
            public=exclusion.published_at is not None,
        )
    positions.place(ordered)
    return exclusion


def _safe_filename(name: str, extension: str) -> str:
    stem = slugify(os.path.splitext(os.path.basename(name or ""))[0])[:80] or "document"
    return f"{stem}{extension}"


@transaction.atomic
def attach_document(
    meeting: Meeting,
    data: bytes,
    *,
    filename: str,
    title: str,
    item: Item | None = None,
    kind: str = DocumentKind.REPORT,
    lead_officer: str = "",
    user: Actor = None,
) -> Document:
    """Store a report (PDF or DOCX, checked from its content, not its name) with its text and
    page count. Published with the agenda, or with the next supplement if it came later.
    ``lead_officer`` is printed on the front sheet (name and/or post of who presents it).

    Raises ServiceError when it is too large, of another type or unreadable.
    """
    if item is not None and item.meeting_id != meeting.pk:
        raise ServiceError("That item belongs to another meeting.")
    if not title.strip():
        raise ServiceError("Give the document a title.")
    if len(data) > settings.MAX_DOCUMENT_BYTES:
        limit = settings.MAX_DOCUMENT_BYTES // (1024 * 1024) or 1
        raise ServiceError(f"The file is larger than the limit of {limit} MB.")
    if not data:
        raise ServiceError("The file is empty.")
    media_type = sniff(data)
    if media_type not in ACCEPTED_TYPES:
        raise ServiceError("The file must be a PDF or a Word document (DOCX).")
    try:
        extracted = extract(data)
    except ExtractionError as exc:
        raise ServiceError(f"The file cannot be read: {exc}.") from exc
    position = (
        Document.objects.filter(meeting=meeting, item=item).aggregate(m=Max("position"))["m"] or 0
    ) + 1
    name = _safe_filename(filename, ACCEPTED_TYPES[media_type])
    document = Document(
        meeting=meeting,
        item=item,
        position=position,
        kind=kind,
        title=title.strip(),
        lead_officer=" ".join(lead_officer.split()),
        filename=name,
        media_type=media_type,
        format=extracted.format,
        size_bytes=len(data),
        page_count=extracted.page_count,
        text=extracted.text,
        sha256=hashlib.sha256(data).hexdigest(),
    )
    document.file.save(name, ContentFile(data), save=False)
    document.save()
    history.record(
        document,
        "create",
        {"title": [None, document.title], "file": [None, name]},
        origin=ORIGIN,
        user=user,
        public=False,
    )
    return document


@transaction.atomic
def set_lead_officer(document: Document, lead_officer: str, *, user: Actor = None) -> Document:
    """Name who presents a report (the front sheet's "Report of …" line). Blank lets the
    front sheet fall back to the line the report's first page states. A published report's
    papers are rebuilt after the commit."""
    changes = apply(document, {"lead_officer": " ".join(lead_officer.split())})
    if changes:
        document.save(update_fields=["lead_officer", "updated_at"])
        history.record(
            document,
            "update",
            changes,
            origin=ORIGIN,
            user=user,
            public=document.published_at is not None
            and not document.is_restricted
            and not (document.item is not None and document.item.is_restricted),
        )
        if document.published_at is not None:
            events.announce(events.Change.of(papers=[document.meeting_id], origin=ORIGIN))
    return document


@transaction.atomic
def remove_document(document: Document, *, user: Actor = None) -> None:
    """Delete an unpublished document (file too). Published ones are withdrawn instead."""
    if document.published_at is not None:
        raise ServiceError("This document has been published: withdraw it instead.")
    history.record(
        document,
        "delete",
        {"title": [document.title, None]},
        origin=ORIGIN,
        user=user,
        public=False,
    )
    stored = document.file.name
    document.delete()
    if stored:
        transaction.on_commit(lambda: document.file.storage.delete(stored))


@transaction.atomic
def attach_public_version(
    original: Document, data: bytes, *, filename: str, title: str = "", user: Actor = None
) -> Document:
    """Upload the redacted version the public sees in place of a withheld document (one
    restricted itself, or a paper of a restricted item). Checked as any report (size, type
    from content, text and page count kept); it takes the original's place in the item's
    papers and goes out with the next publication. The original stays withheld.

    Raises ServiceError when the original is public, withdrawn or already has a redacted
    version that is not withdrawn."""
    item = original.item
    if not original.is_restricted and not (item is not None and item.is_restricted):
        raise ServiceError("This document is public: it needs no redacted version.")
    if original.withdrawn_at is not None:
        raise ServiceError("This document was withdrawn.")
    current = original.public_version
    if current is not None and current.withdrawn_at is None:
        raise ServiceError("It already has a redacted version: remove or withdraw that one first.")
    redacted = attach_document(
        original.meeting,
        data,
        filename=filename,
        title=title.strip() or f"{original.title} (redacted)",
        item=item,
        kind=original.kind,
        lead_officer=original.lead_officer,
        user=user,
    )
    Document.objects.filter(pk=redacted.pk).update(position=original.position)
    redacted.position = original.position
    changes = apply(original, {"public_version": redacted})
    original.save(update_fields=["public_version", "updated_at"])
    history.record(
        original,
        "redact",
        changes,
        origin=ORIGIN,
        user=user,
        public=False,
        note=f"Redacted version “{redacted.title}” uploaded",
    )
    return redacted
