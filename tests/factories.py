"""Plain functions that make domain rows for tests. Each takes overrides as keywords.

No magic ids: every function returns the row it made, and tests refer to rows by variable.
"""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

from moot.meetings.choices import ItemKind, MembershipRole, MinutesState, Restriction
from moot.meetings.models import (
    Body,
    Committee,
    Decision,
    Document,
    Item,
    Location,
    Meeting,
    Membership,
    Person,
)

LONDON = ZoneInfo("Europe/London")
_seq = itertools.count(1)


def local(year: int, month: int, day: int, hour: int = 9, minute: int = 0) -> datetime:
    """An aware datetime in Europe/London."""
    return datetime(year, month, day, hour, minute, tzinfo=LONDON)


def make_body(**kw) -> Body:
    n = next(_seq)
    kw.setdefault("name", f"Test Borough Council {n}")
    kw.setdefault("slug", f"test-borough-{n}")
    return Body.objects.create(**kw)


def make_committee(body: Body | None = None, **kw) -> Committee:
    n = next(_seq)
    kw.setdefault("name", f"Test Committee {n}")
    kw.setdefault("slug", f"test-committee-{n}")
    kw.setdefault("reference_prefix", "TC")
    return Committee.objects.create(body=body or make_body(), **kw)


def make_person(**kw) -> Person:
    n = next(_seq)
    kw.setdefault("name", f"Person {n}")
    kw.setdefault("slug", f"person-{n}")
    return Person.objects.create(**kw)


def make_membership(person: Person, committee: Committee, **kw) -> Membership:
    kw.setdefault("role", MembershipRole.MEMBER)
    return Membership.objects.create(person=person, committee=committee, **kw)


def make_location(**kw) -> Location:
    kw.setdefault("name", "Council Chamber")
    kw.setdefault("address", "Town Hall, High Street, Stockton-on-Tees")
    kw.setdefault("postcode", "TS18 1AU")
    return Location.objects.create(**kw)


def make_meeting(committee: Committee | None = None, *, published: bool = True, **kw) -> Meeting:
    kw.setdefault("start", local(2025, 5, 14))
    if published:
        kw.setdefault("agenda_published_at", kw["start"] - timedelta(days=8))
        kw.setdefault("minutes_state", MinutesState.DRAFT)
    return Meeting.objects.create(committee=committee or make_committee(), **kw)


def make_item(meeting: Meeting, *, published: bool = True, **kw) -> Item:
    position = kw.pop("position", None) or (meeting.items.count() + 1)
    kw.setdefault("title", f"Item {position}")
    kw.setdefault("kind", ItemKind.INFORMATION)
    if published:
        kw.setdefault("published_at", meeting.agenda_published_at or timezone.now())
    return Item.objects.create(meeting=meeting, position=position, **kw)


def make_exempt_item(meeting: Meeting, **kw) -> Item:
    kw.setdefault("restriction", Restriction.EXEMPT)
    kw.setdefault("exempt_paragraphs", [3])
    kw.setdefault("restriction_reason", "Information about the financial affairs of a company.")
    kw.setdefault("public_summary", "Members considered a confidential contract matter.")
    return make_item(meeting, **kw)


def make_decision(item: Item, text: str = "AGREED to note the report.", **kw) -> Decision:
    kw.setdefault("position", item.decisions.count() + 1)
    return Decision.objects.create(item=item, text=text, **kw)


def make_document(meeting: Meeting, item: Item | None = None, **kw) -> Document:
    kw.setdefault("title", "Report")
    kw.setdefault("format", "PDF")
    kw.setdefault("size_bytes", 102400)
    kw.setdefault("published_at", meeting.agenda_published_at or timezone.now())
    return Document.objects.create(meeting=meeting, item=item, **kw)
