"""What the OParl API may show, per OParl type, as querysets — all asked of the access policy
for the public viewer (the API is anonymous and read-only).

Each type has two sets:

- the *known* set: every row that has an OParl URL. A row in it that is not live is served
  as a deleted object (``{"id", "type", "created", "modified", "deleted": true}``), so that
  clients which copied it learn it went.
- the *live* set: rows served in full. It is the access policy's public set, narrowed so
  that nothing live hangs off something deleted.

A row outside the known set answers 404: it was never public (an unpublished item) or must
not be admitted to (a restricted document — its existence is not given away).

``modified`` of a row is the latest of its own change time and the deletion times of itself
and the rows it hangs off, so a client syncing with ``modified_since`` learns of a meeting
that went because its committee was withdrawn. A meeting embeds its agenda items (with their
decisions) and its files, and an item its decisions and files, so their ``modified`` is also
the latest change (or withdrawal, or deletion) of any of those the public has been told of: a
client re-reading only the meetings list sees an item renamed or withdrawn, a decision
recorded or a file added. (One correlated subquery per embedded type, in the
same query: the list costs no more queries.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Exists, F, Max, Model, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce, Greatest

from moot.access import policy
from moot.meetings.choices import DocumentKind
from moot.meetings.members import Party
from moot.meetings.models import (
    Attendance,
    Body,
    Committee,
    Document,
    Item,
    LegislativeTerm,
    Location,
    Meeting,
    Membership,
    Person,
)

PUBLIC = policy.Viewer.public()


def live_bodies() -> QuerySet[Body]:
    return Body.objects.all()


def live_committees() -> QuerySet[Committee]:
    return policy.committees(PUBLIC)


def live_people() -> QuerySet[Person]:
    return policy.people(PUBLIC)


def live_memberships() -> QuerySet[Membership]:
    return Membership.objects.filter(
        person__deleted_at__isnull=True,
        committee__deleted_at__isnull=True,
        committee__body__deleted_at__isnull=True,
    )


def live_parties() -> QuerySet[Party]:
    return Party.objects.filter(body__deleted_at__isnull=True)


def live_party_members() -> QuerySet[Person]:
    """The people whose party or group is served: a member's party is an OParl Membership
    of the party's Organization, with the person's number."""
    return live_people().filter(party__isnull=False, party__body__deleted_at__isnull=True)


def live_locations() -> QuerySet[Location]:
    return Location.objects.all()


def live_meetings() -> QuerySet[Meeting]:
    return policy.meetings(PUBLIC)


def live_items() -> QuerySet[Item]:
    return policy.items(PUBLIC)


def live_files() -> QuerySet[Document]:
    """Public documents whose meeting (and item, if any) is itself served in full. Whether the
    item is published, withdrawn or deleted is the policy's to say (``policy.documents``)."""
    return policy.documents(PUBLIC).filter(
        meeting__committee__deleted_at__isnull=True,
        meeting__committee__body__deleted_at__isnull=True,
    )


def live_papers() -> QuerySet[Document]:
    return live_files().filter(kind=DocumentKind.REPORT, item__isnull=False)


def live_terms() -> QuerySet[LegislativeTerm]:
    return LegislativeTerm.objects.filter(deleted_at__isnull=True, body__deleted_at__isnull=True)


# The known sets, the policy's to say: what the public has been told of keeps a tombstone
# ("deleted") once withdrawn; a restricted paper stays unknown (404), never a deleted object.
_FILE_KNOWN = policy.documents_once_public()


@dataclass(frozen=True, eq=False)
class Kind:
    """One OParl type: where its rows come from and how they are scoped and dated."""

    name: str  # OParl type name
    model: type[Model]
    known: Q
    live: Callable[[], QuerySet]  # the live rows
    deleted_paths: tuple[str, ...]  # deletion times that make a row deleted, for ``modified``
    order: tuple[str, ...] = ("pk",)
    # Latest change times of the objects this type embeds, for ``modified``.
    embedded: Callable[[], tuple[Subquery, ...]] = tuple
    # The URL name of its objects, where it is not the type's (``serializers.URL_NAMES``):
    # parties are Organizations, and a member's party a Membership, at URLs of their own.
    url_name: str = ""

    def modified(self):
        """The expression of a row's ``modified``: the latest of its own change, the deletion
        times in ``deleted_paths`` and the changes of what it embeds."""
        times = [Coalesce(F(path), F("updated_at")) for path in self.deleted_paths]
        times += [Coalesce(latest, F("updated_at")) for latest in self.embedded()]
        return Greatest(F("updated_at"), *times) if times else F("updated_at")

    def queryset(self) -> QuerySet:
        """The known rows, each annotated with ``live`` and ``modified_at``."""
        live = self.live().filter(pk=OuterRef("pk"))
        return (
            self.model._base_manager.filter(self.known)
            .annotate(live=Exists(live), modified_at=self.modified())
            .order_by(*self.order)
        )


_MEETING_PATHS = ("deleted_at", "committee__deleted_at", "committee__body__deleted_at")
_ITEM_PATHS = (
    "deleted_at",
    "withdrawn_at",
    "meeting__deleted_at",
    "meeting__committee__deleted_at",
    "meeting__committee__body__deleted_at",
)
_FILE_PATHS = (
    "deleted_at",
    "withdrawn_at",
    "meeting__deleted_at",
    "meeting__committee__deleted_at",
    "meeting__committee__body__deleted_at",
    "item__deleted_at",
    "item__withdrawn_at",
)


def _latest_change(
    known: QuerySet, link: str, paths: tuple[str, ...] = ("withdrawn_at", "deleted_at")
) -> Subquery:
    """The latest change (or time in ``paths``: withdrawal, deletion) of the rows of
    ``known`` whose ``link`` is the outer row."""
    times = [Coalesce(F(path), F("updated_at")) for path in paths]
    stamp = Greatest(F("updated_at"), *times) if times else F("updated_at")
    rows = (
        known.filter(**{link: OuterRef("pk")})
        .order_by()
        .values(link)
        .annotate(latest=Max(stamp))
        .values("latest")
    )
    return Subquery(rows)


def _meeting_embeds() -> tuple[Subquery, ...]:
    # Decisions: only those the public may know of (once the minutes may be read), so that
    # recording one before then gives nothing away, not even its time.
    return (
        _latest_change(Item._base_manager.filter(policy.items_once_public()), "meeting"),
        _latest_change(Document._base_manager.filter(_FILE_KNOWN), "meeting"),
        _latest_change(policy.decisions(PUBLIC), "item__meeting", ()),
    )


def _item_embeds() -> tuple[Subquery, ...]:
    return (
        _latest_change(Document._base_manager.filter(_FILE_KNOWN), "item"),
        _latest_change(policy.decisions(PUBLIC), "item", ()),
    )


BODY = Kind("Body", Body, Q(), live_bodies, ("deleted_at",))
ORGANIZATION = Kind(
    "Organization", Committee, Q(), live_committees, ("deleted_at", "body__deleted_at")
)
PERSON = Kind("Person", Person, Q(), live_people, ("deleted_at",))
MEMBERSHIP = Kind(
    "Membership",
    Membership,
    Q(),
    live_memberships,
    ("deleted_at", "person__deleted_at", "committee__deleted_at", "committee__body__deleted_at"),
)
# A party or group is an Organization, and a member's party a Membership of it (one per
# person: Moot keeps a person's party, not its history).
PARTY = Kind("Organization", Party, Q(), live_parties, ("body__deleted_at",), url_name="party")
PARTY_MEMBERSHIP = Kind(
    "Membership",
    Person,
    Q(party__isnull=False),
    live_party_members,
    ("deleted_at", "party__body__deleted_at"),
    url_name="party_membership",
)
LOCATION = Kind("Location", Location, Q(), live_locations, ("deleted_at",))
MEETING = Kind("Meeting", Meeting, Q(), live_meetings, _MEETING_PATHS, embedded=_meeting_embeds)
AGENDA_ITEM = Kind(
    "AgendaItem",
    Item,
    policy.items_once_public(),
    live_items,
    _ITEM_PATHS,
    embedded=_item_embeds,
)
FILE = Kind("File", Document, _FILE_KNOWN, live_files, _FILE_PATHS)
_PAPER_KNOWN = _FILE_KNOWN & Q(kind=DocumentKind.REPORT, item__isnull=False)
PAPER = Kind("Paper", Document, _PAPER_KNOWN, live_papers, _FILE_PATHS)
# A consultation is the consideration of one report (Paper) at one agenda item, so it shares
# the paper's row and number.
CONSULTATION = Kind("Consultation", Document, _PAPER_KNOWN, live_papers, _FILE_PATHS)
LEGISLATIVE_TERM = Kind(
    "LegislativeTerm", LegislativeTerm, Q(), live_terms, ("deleted_at", "body__deleted_at")
)


def in_body(kind: Kind, body: Body) -> Q:
    """The rows of ``kind`` that belong to ``body`` (for the body's external lists)."""
    if kind is ORGANIZATION or kind is LEGISLATIVE_TERM or kind is PARTY:
        return Q(body=body)
    if kind is PARTY_MEMBERSHIP:
        return Q(party__body=body)
    if kind is MEMBERSHIP:
        return Q(committee__body=body)
    if kind is MEETING:
        return Q(committee__body=body)
    if kind in (AGENDA_ITEM, FILE, PAPER, CONSULTATION):
        return Q(meeting__committee__body=body)
    if kind is PERSON:
        # People belong to no body directly: a body's people are its committees' members and
        # everyone recorded at its meetings (so every participant a meeting names is listed).
        members = Membership.all_objects.filter(committee__body=body).values("person_id")
        present = Attendance.all_objects.filter(meeting__committee__body=body).values("person_id")
        return Q(pk__in=members) | Q(pk__in=present)
    if kind is LOCATION:
        return Q(pk__in=Meeting.all_objects.filter(committee__body=body).values("location_id"))
    raise ValueError(f"{kind.name} has no list per body")
