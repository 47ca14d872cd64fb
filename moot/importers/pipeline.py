"""The shared shape of every importer: fetch, keep the raw input, parse, map, upsert.

``fetch_text`` reads a file or a URL (politely, with Moot's User-Agent and a size limit);
``ImportReport`` counts what was created, updated, left alone and conflicted. The importers
that crawl another system (the ModernGov web service, OParl) share the rest of the pipeline:
``Checkpoint`` (a run's bookkeeping: start, resume where an interrupted run stopped, finish
with the report), ``keep_raw`` (each response kept as read) and ``fetch_files`` (fetch each
document's file, check and read it, store it through the write services).
"""

from __future__ import annotations

import copy
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import httpx
from django.conf import settings
from django.utils import timezone
from django.utils.text import slugify

from moot.documents.extract import ExtractionError, extract
from moot.importers.models import ImportRun
from moot.meetings.models import Document
from moot.meetings.services.imported import FetchedFile, store_document_file
from moot.meetings.services.upsert import Conflict, UpsertResult

MAX_PAGE_BYTES = 20 * 1024 * 1024


class FetchError(Exception):
    """A page could not be read; the message says what and where."""


def decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def fetch_text(location: str, *, timeout: float = 30.0) -> str:
    """The text at a path or an http(s) URL."""
    if location.startswith(("http://", "https://")):
        try:
            with httpx.Client(
                headers={"User-Agent": settings.USER_AGENT}, timeout=timeout, follow_redirects=True
            ) as client:
                response = client.get(location)
        except httpx.HTTPError as exc:
            raise FetchError(f"{location}: could not fetch the page ({exc})") from exc
        if response.status_code != 200:
            raise FetchError(f"{location}: the server answered {response.status_code}")
        if len(response.content) > MAX_PAGE_BYTES:
            raise FetchError(f"{location}: the page is larger than {MAX_PAGE_BYTES} bytes")
        return decode(response.content)
    path = Path(location)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FetchError(f"{location}: cannot read the file ({exc.strerror})") from exc
    if len(data) > MAX_PAGE_BYTES:
        raise FetchError(f"{location}: the file is larger than {MAX_PAGE_BYTES} bytes")
    return decode(data)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class ImportReport:
    counts: Counter = field(default_factory=Counter)
    conflicts: list[Conflict] = field(default_factory=list)
    deleted: int = 0
    meeting_id: int | None = None

    def snapshot(self) -> dict[str, Any]:
        """The report as it stands, for ``restore`` after work that was undone."""
        return {f.name: copy.copy(getattr(self, f.name)) for f in fields(self)}

    def restore(self, snapshot: dict[str, Any]) -> None:
        for name, value in snapshot.items():
            setattr(self, name, copy.copy(value))

    def add(self, model: str, result: UpsertResult) -> UpsertResult:
        self.counts[(model, result.outcome)] += 1
        self.conflicts.extend(result.conflicts)
        return result

    @property
    def changed(self) -> bool:
        return self.deleted > 0 or any(k[1] != "unchanged" for k, v in self.counts.items() if v)

    def as_dict(self) -> dict:
        return {
            "meeting_id": self.meeting_id,
            "counts": {f"{m}.{o}": n for (m, o), n in sorted(self.counts.items())},
            "deleted": self.deleted,
            "conflicts": [str(c) for c in self.conflicts],
        }

    def summary(self) -> str:
        by_outcome: Counter[str] = Counter()
        for (_model, outcome), n in self.counts.items():
            by_outcome[outcome] += n
        parts = [
            f"{by_outcome[o]} {o}" for o in ("created", "updated", "unchanged") if by_outcome[o]
        ]
        if self.deleted:
            parts.append(f"{self.deleted} deleted")
        parts.append(f"{len(self.conflicts)} conflict{'s' if len(self.conflicts) != 1 else ''}")
        return ", ".join(parts)


@dataclass
class RunReport(ImportReport):
    """The report of a crawl: what failed (the next run retries it) and the files fetched."""

    failed: list[str] = field(default_factory=list)
    documents_fetched: int = 0


class Checkpoint:
    """A resumable run's bookkeeping: one ``ImportRun`` (source ``"<importer>:run"``, the
    location crawled) whose report holds the run's state as it goes. A run that did not
    finish cleanly (``ok`` false) is taken up again by the next run against the same location,
    which carries on from the state it saved."""

    def __init__(self, run: ImportRun, *, resumed: bool):
        self.run = run
        self.resumed = resumed

    @classmethod
    def resume_or_start(
        cls, source: str, location: str, *, state: Callable[[], dict[str, Any]]
    ) -> Checkpoint:
        """The unfinished run of ``source`` at ``location``, or a new one starting from
        ``state()``. One query, and an INSERT for a new run."""
        run = (
            ImportRun.objects.filter(source=source, location=location, ok=False)
            .order_by("-started_at")
            .first()
        )
        if run is not None:
            return cls(run, resumed=True)
        run = ImportRun.objects.create(
            source=source, location=location, sha256="", raw="", report=state()
        )
        return cls(run, resumed=False)

    @staticmethod
    def last_complete(source: str, location: str) -> ImportRun | None:
        """The last run of ``source`` at ``location`` that finished without failures."""
        return (
            ImportRun.objects.filter(source=source, location=location, ok=True)
            .order_by("-started_at")
            .first()
        )

    @property
    def state(self) -> dict[str, Any]:
        return self.run.report

    def save(self, state: dict[str, Any] | None = None) -> None:
        """Keep the run's state (``state`` replaces it when given), so an interrupted run
        resumes from here. One UPDATE."""
        if state is not None:
            self.run.report = state
        self.run.save(update_fields=["report"])

    def finish(self, report: RunReport, state: dict[str, Any]) -> None:
        """Close the run with its report; a run with failures stays open for the next one."""
        self.run.ok = not report.failed
        self.run.finished_at = timezone.now()
        self.run.report = {**state, **report.as_dict(), "failed": report.failed}
        self.run.save(update_fields=["ok", "finished_at", "report"])


def keep_raw(source: str, location: str, data: bytes) -> ImportRun:
    """Keep one response exactly as read (with its SHA-256), for audit and re-parsing."""
    return ImportRun.objects.create(
        source=source,
        location=location[:1000],
        sha256=hashlib.sha256(data).hexdigest(),
        raw=data.decode("utf-8", errors="replace"),
        ok=True,
        finished_at=timezone.now(),
    )


def fetch_files(
    documents: Iterable[Document],
    download: Callable[[str, str], bytes | None],
    *,
    errors: tuple[type[Exception], ...],
    origin: str,
    report: RunReport,
    keep_described: bool = False,
    label: str = "document",
) -> None:
    """Fetch the file of each document and store it (``store_document_file``), each in a
    transaction of its own (``label`` names them in the report: "document", "File").
    ``download(url, what)`` returns the bytes, or None for a file the
    source no longer serves (it notes that itself); the ``errors`` it raises, a file too large
    and a file that cannot be read are added to ``report.failed`` and the rest go on."""
    for document in documents:
        what = f"{label} {document.external_id} ({document.title})"
        try:
            data = download(document.source_url, what)
        except errors as exc:
            report.failed.append(str(exc))
            continue
        if data is None:
            continue
        if len(data) > settings.MAX_DOCUMENT_BYTES:
            report.failed.append(
                f"{what}: larger than {settings.MAX_DOCUMENT_BYTES} bytes; not stored"
            )
            continue
        try:
            info = extract(data)
        except ExtractionError as exc:
            report.failed.append(f"{what}: {exc}")
            continue
        stem = slugify(document.title)[:80] or "document"
        fetched = FetchedFile(
            data=data,
            name=f"{stem}.{info.format.lower()}",
            media_type=info.media_type,
            format=info.format,
            page_count=info.page_count,
            text=info.text,
        )
        store_document_file(document, fetched, origin=origin, keep_described=keep_described)
        report.documents_fetched += 1
