"""Reports: the papers attached to a meeting or an item, their lead officers, and their redacted
public versions. Uploads are checked (type, size, unpacked size) before anything is stored.
"""

from __future__ import annotations

import hashlib
import os
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max
from django.utils.text import slugify

from moot.documents.extract import DOCX_TYPE, ExtractionError, extract, sniff
from moot.meetings import events
from moot.meetings.choices import (
    DocumentKind,
)
from moot.meetings.models import Document, Item, Meeting

from . import history
from .common import ORIGIN, ServiceError, apply

if TYPE_CHECKING:
    from .history import Actor


ACCEPTED_TYPES = {"application/pdf": ".pdf", DOCX_TYPE: ".docx"}


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
