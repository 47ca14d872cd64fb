"""The one interface both search engines offer, and the choice between them.

An engine stores units (``moot.search.units``) and answers a parsed query for a viewer with
the matching units' addresses and the total count. Visibility is filtered inside the engine
so counts and paging are right; the caller still re-checks every hit against the database.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Protocol

from django.conf import settings
from django.utils import timezone

from moot.access.policy import Viewer

from .query import ParsedQuery
from .units import Unit

# The most matches an engine need count exactly: 500 pages of 20, the last page reachable.
COUNT_LIMIT = 10_000


class Order:
    RELEVANCE = "relevance"
    DATE = "date"
    CHOICES = ((RELEVANCE, "Relevance"), (DATE, "Newest first"))


@dataclass(frozen=True)
class Filters:
    committee_ids: frozenset[int] = frozenset()
    kinds: frozenset[str] = frozenset()
    date_from: date | None = None
    date_to: date | None = None

    def start(self) -> datetime | None:
        """The first moment of ``date_from`` in the site's time zone."""
        if self.date_from is None:
            return None
        return timezone.make_aware(datetime.combine(self.date_from, time.min))

    def end(self) -> datetime | None:
        """The first moment after ``date_to`` (exclusive)."""
        if self.date_to is None:
            return None
        return timezone.make_aware(datetime.combine(self.date_to + timedelta(days=1), time.min))


@dataclass(frozen=True)
class Hit:
    kind: str
    item_id: int | None
    document_id: int | None
    page: int
    score: float = 0.0


@dataclass
class Facets:
    """How many matches each committee and each kind has, counted inside the engine over the
    units the viewer may find (so withheld material never adds to a count)."""

    committees: dict[int, int] = field(default_factory=dict)
    kinds: dict[str, int] = field(default_factory=dict)


@dataclass
class EngineResult:
    total: int
    hits: list[Hit] = field(default_factory=list)
    facets: Facets = field(default_factory=Facets)
    # The total is a lower bound (more than COUNT_LIMIT matches) and the facets are empty.
    capped: bool = False


class Engine(Protocol):
    name: str

    def replace(self, owners: list[str], units: list[Unit]) -> None:
        """Remove every unit of ``owners`` and add ``units``, in one commit."""

    def rebuild(self, units: Iterable[Unit]) -> int:
        """Replace the whole index with ``units`` in one commit; returns how many."""

    def search(
        self,
        query: ParsedQuery,
        viewer: Viewer,
        filters: Filters,
        order: str,
        offset: int,
        limit: int,
    ) -> EngineResult:
        """The units matching ``query`` that ``viewer`` may find, one page of them, with the
        total and the facet counts."""

    def public_frequencies(self, stems: set[str]) -> dict[str, int]:
        """For "did you mean": how common each stem is in text open to the public (only the
        stems found; a rough count is enough, withheld text must never count)."""

    def writer_lock(self):
        """A context manager held while tasks are drained: one writer at a time."""

    def is_empty(self) -> bool:
        """Does the index hold no units at all (new, or its schema changed)?"""

    def refresh(self) -> None:
        """See every commit made so far, in any process, before the next search."""


def get_engine(name: str | None = None) -> Engine:
    """The configured engine (``MOOT_SEARCH_ENGINE``), or the one named."""
    name = name or settings.SEARCH_ENGINE
    if name == "postgres":
        from .postgres import PostgresEngine

        return PostgresEngine()
    from .tantivy_engine import TantivyEngine

    return TantivyEngine.at(settings.SEARCH_INDEX_DIR)
