"""The names a body's archive already knows: its people, committees, wards, parties, venues
and the organisations its members represent, and the words of item titles used at more than
one meeting. The spelling check accepts them, and suggests them for a capitalised word one or
two letters away ("Stockon" — did you mean "Stockton"?).

Built from the database once per body and kept in the process; each use costs one small
query (how many rows each source has and when the newest changed), and any change to a
source — a row added, edited or deleted — builds it again.
"""

from __future__ import annotations

import re
from collections import defaultdict

from django.db.models import Count, Max, Subquery, Value

RECENT_ITEMS = 5000  # most recent items of the body whose titles are read
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:['’][A-Za-z]+)?\b|\b[A-Z][a-z]*[A-Z][a-z]+\b")

_cache: dict[int, tuple[tuple, frozenset[str]]] = {}


def name_words(text: str) -> set[str]:
    """Capitalised words of ``text`` of three letters or more, as written ("Stockton",
    "Thornaby", "McDonald"); hyphenated names give each part ("Stockton-on-Tees")."""
    return {w for w in _CAPITALISED.findall(text.replace("’", "'")) if len(w) >= 3}


def _sources(body):
    """Querysets of the rows names come from, and the fields holding the names."""
    from moot.meetings.members import Party
    from moot.meetings.models import Committee, Item, Location, Membership, Person, Ward

    people = Person.objects.filter(memberships__committee__body=body) | Person.objects.filter(
        attendances__meeting__committee__body=body
    )
    return (
        (people, ("name", "organisation")),
        (Membership.objects.filter(committee__body=body), ("organisation",)),
        (Committee.objects.filter(body=body), ("name",)),
        (Ward.objects.filter(body=body), ("name",)),
        (Party.objects.filter(body=body), ("name",)),
        (Location.objects.filter(meetings__committee__body=body), ("name", "address")),
        (Item.objects.filter(meeting__committee__body=body), ()),
    )


def _signature(body) -> tuple:
    """How many rows each source has and when the newest changed, in one query: it moves on
    any change."""
    from moot.meetings.models import Body

    stats = {}
    for n, (queryset, _) in enumerate(_sources(body)):
        grouped = queryset.order_by().annotate(_one=Value(1)).values("_one")
        stats[f"n{n}"] = Subquery(grouped.annotate(c=Count("pk", distinct=True)).values("c"))
        stats[f"at{n}"] = Subquery(grouped.annotate(m=Max("updated_at")).values("m"))
    row = Body.all_objects.filter(pk=body.pk).values("name", "short_name", **stats).first()
    return tuple(sorted((row or {}).items()))


def _build(body) -> frozenset[str]:
    from moot.meetings.models import Item

    words: set[str] = name_words(f"{body.name} {body.short_name}")
    for queryset, fields in _sources(body):
        for row in queryset.values_list(*fields) if fields else ():
            for value in row:
                words |= name_words(value or "")
    # A word in item titles counts once it is used at two meetings or more: a slip in one
    # title does not make itself a name.
    meetings: dict[str, set[int]] = defaultdict(set)
    titles = (
        Item.objects.filter(meeting__committee__body=body)
        .order_by("-meeting__start")
        .values_list("meeting_id", "title")[:RECENT_ITEMS]
    )
    for meeting_id, title in titles:
        for word in name_words(title):
            meetings[word].add(meeting_id)
    words |= {word for word, seen in meetings.items() if len(seen) >= 2}
    return frozenset(words)


def known_names(body) -> frozenset[str]:
    """Capitalised words the body's archive knows as names, as written."""
    signature = _signature(body)
    cached = _cache.get(body.pk)
    if cached and cached[0] == signature:
        return cached[1]
    names = _build(body)
    _cache[body.pk] = (signature, names)
    return names
