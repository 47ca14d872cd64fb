"""What happened, as the feeds and the alerts tell it: an agenda or minutes went out, an
item matching a saved search appeared. Read through ``moot.access.policy`` for the public,
never anyone else: a feed or an email can be forwarded anywhere.

Events carry their context (committee, meeting, items with reference and title, a snippet
and an absolute link) so an entry or a digest line stands on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Prefetch, QuerySet

from moot import site
from moot.access import policy
from moot.access.policy import Viewer
from moot.meetings.models import Committee, Item, Meeting
from moot.portal.templatetags.moot import longdatetime

PUBLIC = Viewer.public()


def absolute(path: str) -> str:
    """``path`` on the site's address (``moot.site.site_url``: ``MOOT_SITE_URL``, else the
    request's, else the process's own)."""
    return site.absolute(path)


def site_host() -> str:
    """The host in identifiers that must outlive the address a reader used (calendar UIDs,
    Atom ids): ``MOOT_SITE_URL``'s, else the default's — never the request's."""
    return site.stable_host()


@dataclass(frozen=True)
class ItemLine:
    reference: str
    title: str
    restricted: bool = False

    def __str__(self) -> str:
        text = f"{self.reference} {self.title}".strip()
        return f"{text} (not for publication)" if self.restricted else text


@dataclass
class Event:
    """One thing that happened. ``key`` names it uniquely across runs ("agenda:12")."""

    key: str
    kind: str  # agenda, minutes, item
    at: datetime
    meeting: Meeting
    headline: str
    items: list[ItemLine] = field(default_factory=list)
    item: Item | None = None
    snippet: str = ""  # escaped HTML, matches in <mark>
    url: str = ""

    @property
    def committee(self) -> Committee:
        return self.meeting.committee

    @property
    def when(self) -> str:
        """ "Wednesday 14 May 2025, 9.00am"."""
        return longdatetime(self.meeting.start)

    @property
    def title(self) -> str:
        return f"{self.headline}: {self.committee.name}, {self.when}"


def public_meetings() -> QuerySet[Meeting]:
    """Meetings the public may know about, with committee and location, and their public
    items prefetched (one extra query per evaluation)."""
    items = policy.items(PUBLIC).order_by("position")
    return (
        policy.meetings(PUBLIC)
        .select_related("committee", "location")
        .prefetch_related(Prefetch("items", queryset=items, to_attr="public_items"))
    )


def item_lines(meeting: Meeting) -> list[ItemLine]:
    """The public items of a meeting from ``public_meetings``: titles of restricted items are
    public (with that they are restricted), their text never is."""
    return [
        ItemLine(item.reference, item.title, policy.is_withheld(item))
        for item in getattr(meeting, "public_items", [])
    ]


def agenda_event(meeting: Meeting) -> Event:
    """The event of a published agenda."""
    assert meeting.agenda_published_at is not None, "only a published agenda is an event"
    return Event(
        key=f"agenda:{meeting.pk}",
        kind="agenda",
        at=meeting.agenda_published_at,
        meeting=meeting,
        headline="Agenda published",
        items=item_lines(meeting),
        url=absolute(meeting.get_absolute_url()),
    )


def minutes_event(meeting: Meeting) -> Event:
    """The event of published minutes."""
    assert meeting.minutes_published_at is not None, "only published minutes are an event"
    return Event(
        key=f"minutes:{meeting.pk}",
        kind="minutes",
        at=meeting.minutes_published_at,
        meeting=meeting,
        headline=meeting.get_minutes_state_display().capitalize() + " published",
        items=item_lines(meeting),
        url=absolute(meeting.get_absolute_url()),
    )


def publications(
    meetings: QuerySet[Meeting], *, since: datetime | None = None, limit: int | None = None
) -> list[Event]:
    """Agenda and minutes publications of ``meetings`` (from ``public_meetings``), newest
    first. Costs four queries (two lists of meetings, each with its items)."""
    agendas = meetings.filter(agenda_published_at__isnull=False).order_by("-agenda_published_at")
    minutes = meetings.filter(minutes_published_at__isnull=False).order_by("-minutes_published_at")
    if since is not None:
        agendas = agendas.filter(agenda_published_at__gte=since)
        minutes = minutes.filter(minutes_published_at__gte=since)
    if limit is not None:
        agendas, minutes = agendas[:limit], minutes[:limit]
    events = [agenda_event(m) for m in agendas]
    events += [minutes_event(m) for m in minutes if policy.minutes_public(m)]
    events.sort(key=lambda e: (e.at, e.key), reverse=True)
    return events[:limit] if limit is not None else events
