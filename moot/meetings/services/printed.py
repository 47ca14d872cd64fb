"""Printed papers Moot makes from the record (front sheets, packs, printed minutes, decision
notices) are documents of their meeting like any other: the papers builder hands its output to
these services, which store the file and the document row and keep the history.

A paper is made again whenever what it prints changes, so its row is replaced in place (same
document, new file, new hash) rather than added; the file it replaces goes once the transaction
commits. Nothing here decides what a paper says: that is the papers builder's, read through the
access policy.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from moot.meetings.models import Document, Meeting

from . import history
from .common import apply

ORIGIN = "papers"


@dataclass(frozen=True)
class Printed:
    """One printed paper as the builder made it."""

    data: bytes
    filename: str
    title: str
    kind: str
    position: int
    page_count: int | None
    restriction: str = ""
    restriction_reason: str = ""
    published_at: datetime | None = None


def store_printed(meeting: Meeting, printed: Printed, document: Document | None) -> Document:
    """Store ``printed`` as ``document`` (replaced in place) or as a new document of
    ``meeting``. Must run in the caller's transaction (the builder's, which also writes its own
    record of the paper). The file is written first; the one it replaces is deleted after the
    commit. One history row."""
    name = f"papers/{meeting.pk}/{printed.filename}"
    old_name = document.file.name if document is not None else ""
    if old_name == name and default_storage.exists(name):
        default_storage.delete(name)
    saved = default_storage.save(name, ContentFile(printed.data))
    values = {
        "meeting": meeting,
        "item": None,
        "kind": printed.kind,
        "title": printed.title,
        "position": printed.position,
        "file": saved,
        "filename": printed.filename,
        "media_type": "application/pdf",
        "format": "PDF",
        "size_bytes": len(printed.data),
        "page_count": printed.page_count,
        "sha256": hashlib.sha256(printed.data).hexdigest(),
        "restriction": printed.restriction,
        "restriction_reason": printed.restriction_reason,
        "published_at": printed.published_at,
        "withdrawn_at": None,
        "deleted_at": None,
    }
    if document is None:
        document = Document.objects.create(**values)
        history.record(document, "print", {}, origin=ORIGIN, public=False, note=printed.title)
    else:
        changes = apply(document, values)
        document.save()
        history.record(
            document,
            "reprint",
            {k: v for k, v in changes.items() if k not in ("file", "sha256")},
            origin=ORIGIN,
            public=False,
            note=printed.title,
        )
    if old_name and old_name != saved:
        transaction.on_commit(lambda: default_storage.delete(old_name))
    return document


def withdraw_printed(documents: Iterable[Document], *, note: str) -> list[Document]:
    """Withdraw printed papers (they answer 404 from the commit on), each with a history row
    saying why. Returns those that were not withdrawn already."""
    now = timezone.now()
    withdrawn = []
    for document in documents:
        if document.withdrawn_at is not None:
            continue
        document.withdrawn_at = now
        document.save(update_fields=["withdrawn_at", "updated_at"])
        history.record(
            document,
            "withdraw",
            {"withdrawn_at": [None, now.isoformat()]},
            origin=ORIGIN,
            public=False,
            note=note,
        )
        withdrawn.append(document)
    return withdrawn
