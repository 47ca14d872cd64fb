"""Saved searches: which new public items match, and the snippet to show.

The query language and the highlighting are the search module's own (``moot.search.query``,
``moot.search.snippets``), so an alert matches what the search page would find. Alerts do
not ask the index: they test the few items published since the last run directly against
the database text the public may read, so an index that lags can neither delay nor leak an
alert. The texts are the ones search builds for the public (``moot.search.units``): for a
restricted item only its public reason, summary and public decision wording.
"""

from __future__ import annotations

from dataclasses import dataclass

from moot.access import policy
from moot.meetings.models import Document, Item
from moot.search.query import ParsedQuery, parse
from moot.search.snippets import highlight, satisfies
from moot.search.units import agenda_text, decision_text, minutes_text

from .events import PUBLIC


@dataclass(frozen=True)
class Match:
    snippet: str  # escaped HTML with <mark>s


class Matcher:
    """Tests public item texts against one saved query. Stems are cached across calls."""

    def __init__(self, query: str | ParsedQuery):
        self.query = query if isinstance(query, ParsedQuery) else parse(query)

    def __bool__(self) -> bool:
        return bool(self.query)

    def matches(self, text: str) -> bool:
        """Every positive part of the query is in ``text`` and no negated part is: the
        search page's own re-check, so an alert and a search agree (phrases included)."""
        return bool(self.query) and satisfies([text], self.query)

    def agenda(self, item: Item) -> Match | None:
        """The item's title and agenda text (public parts only), if they match."""
        detail = policy.can_see_item_detail(PUBLIC, item)
        text = agenda_text(item, detail)
        if not self.matches(f"{item.title}\n{text}"):
            return None
        # A match in the title alone needs no snippet: the title is shown beside it.
        return Match(snippet=highlight(text, self.query) if text else "")

    def minutes(self, item: Item) -> Match | None:
        """The item's minutes and decisions (public parts only), if they match. Needs the
        item's decisions prefetched and its minutes public."""
        if not policy.can_see_minutes(PUBLIC, item.meeting):
            return None
        detail = policy.can_see_item_detail(PUBLIC, item)
        text = "\n".join(t for t in (minutes_text(item, detail), decision_text(item, detail)) if t)
        if not text or not self.matches(f"{item.title}\n{text}"):
            return None
        return Match(snippet=highlight(text, self.query))


# How many of the newest public items the fallback search (no search module) looks through.
FALLBACK_ITEMS = 500


def search_events(q: str, limit: int) -> list:
    """The newest public matches for ``q`` as feed events.

    Uses the search module's public search (newest first), which re-checks every hit against
    the access policy and cuts snippets from the text the public may read. Where the search
    module is not installed, falls back to testing the newest public items directly.
    """
    from .events import Event, absolute

    try:
        from moot.search.engine import Filters, Order
        from moot.search.service import search
        from moot.search.units import Kind
    except ImportError:  # pragma: no cover - the search app is part of Moot
        return _fallback_events(q, limit)
    events = []
    # Meetings' material only: executive decisions have their own feed.
    meetings_only = Filters(kinds=Kind.OF_MEETINGS)
    for result in search(PUBLIC, q, meetings_only, order=Order.DATE, per_page=limit).results:
        meeting = result.meeting
        assert meeting is not None, "a meeting's material has its meeting"
        target: Document | Item
        if result.document is not None:
            target = result.document
            at = result.document.published_at
        else:
            assert result.item is not None, "a hit that is not a document is an item"
            target = result.item
            at = target.published_at if result.kind == "agenda" else meeting.minutes_published_at
        events.append(
            Event(
                key=f"search:{result.kind}:{type(target).__name__.lower()}:{target.pk}:{result.page}",
                kind="item",
                at=at or meeting.start,
                meeting=meeting,
                headline=f"{result.kind_label}: {_plain(result.title)}",
                item=result.item,
                snippet=str(result.snippet),
                url=absolute(result.url),
            )
        )
    return events


def _fallback_events(q: str, limit: int) -> list:
    from django.db.models import Prefetch

    from .events import Event, absolute

    matcher = Matcher(q)
    if not matcher:
        return []
    items = (
        policy.items(PUBLIC)
        .select_related("meeting__committee")
        .prefetch_related(
            Prefetch("decisions", queryset=policy.decisions(PUBLIC).order_by("position"))
        )
        .order_by("-published_at", "-pk")[:FALLBACK_ITEMS]
    )
    events = []
    for item in items:
        found = matcher.minutes(item) or matcher.agenda(item)
        if found is None:
            continue
        events.append(
            Event(
                key=f"search:item:{item.pk}",
                kind="item",
                at=item.published_at or item.meeting.start,  # public items are published
                meeting=item.meeting,
                headline=f"{item.reference} {item.title}".strip(),
                item=item,
                snippet=found.snippet,
                url=absolute(item.get_absolute_url()),
            )
        )
        if len(events) >= limit:
            break
    return events


def _plain(html: str) -> str:
    from html import unescape

    from django.utils.html import strip_tags

    return unescape(strip_tags(str(html)))
