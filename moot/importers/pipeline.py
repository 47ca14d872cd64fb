"""The shared shape of every importer: fetch, keep the raw input, parse, map, upsert.

``fetch_text`` reads a file or a URL (politely, with Moot's User-Agent and a size limit);
``ImportReport`` counts what was created, updated, left alone and conflicted.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from django.conf import settings

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
        by_outcome = Counter()
        for (_model, outcome), n in self.counts.items():
            by_outcome[outcome] += n
        parts = [
            f"{by_outcome[o]} {o}" for o in ("created", "updated", "unchanged") if by_outcome[o]
        ]
        if self.deleted:
            parts.append(f"{self.deleted} deleted")
        parts.append(f"{len(self.conflicts)} conflict{'s' if len(self.conflicts) != 1 else ''}")
        return ", ".join(parts)
