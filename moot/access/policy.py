"""Who may see what: the one access policy every way out calls.

A way out (a page, a feed, the API, a pack, search) never reads the domain tables without
asking this module first. The rules, written as a table in docs/access.md:

- A meeting is public unless it has been withdrawn (soft-deleted). Its items are public once
  published (the agenda or a supplement went out) and not withdrawn.
- A restricted item (exempt, confidential or restricted for another reason) shows the public
  its title, reference, that it is restricted, the basis (paragraphs), the public reason, the
  public summary and the public decision wording — never its agenda text, minutes, decision
  text, declarations, actions or documents.
- Minutes and decisions are public once the meeting's minutes are published (draft or
  approved).
- A document is public when it is published, not withdrawn, not itself restricted, and its
  item (if any) is not restricted — or when the document is the public (redacted) version.
- Members of a committee (current membership) and clerks of its body (``access.ClerkRole``)
  see restricted material of their committees.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.db.models import Case, Exists, F, OuterRef, Q, QuerySet, Value, When

from moot.meetings.choices import MinutesState
from moot.meetings.models import (
    Action,
    Attendance,
    Committee,
    Decision,
    Declaration,
    Document,
    Item,
    Meeting,
    Membership,
    Person,
    Vote,
)

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser, User
    from django.http import HttpRequest

    from moot.executive.models import DecisionNotice


@dataclass(frozen=True)
class Viewer:
    """Who is asking. Anonymous visitors are ``Viewer.public()``."""

    user_id: int | None = None
    member_of: frozenset[int] = field(default_factory=frozenset)  # committee ids
    clerk_of: frozenset[int] = field(default_factory=frozenset)  # body ids
    superuser: bool = False

    @classmethod
    def public(cls) -> Viewer:
        return cls()

    @property
    def is_public(self) -> bool:
        return self.user_id is None

    def clerks(self, body_id: int) -> bool:
        """Is this viewer a clerk of that body (or an administrator)?"""
        return self.superuser or body_id in self.clerk_of

    @property
    def is_clerk(self) -> bool:
        """A clerk of at least one body, or an administrator: may open the back office."""
        return self.superuser or bool(self.clerk_of)

    def entitled_to(self, committee_id: int, body_id: int) -> bool:
        """May this viewer see the restricted material of that committee?"""
        return self.superuser or committee_id in self.member_of or body_id in self.clerk_of


def viewer_for(request: HttpRequest) -> Viewer:
    """The viewer behind a request. Costs one query for a signed-in user (memberships and
    clerk roles), none otherwise; cached on the request, so asking again is free."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return Viewer.public()
    cached = getattr(request, "_moot_viewer", None)
    if isinstance(cached, Viewer) and cached.user_id == user.pk:
        return cached
    viewer = viewer_for_user(user)
    with contextlib.suppress(AttributeError):  # a request object that takes no attributes
        request._moot_viewer = viewer  # type: ignore[attr-defined]  # our cache on the request
    return viewer


def viewer_for_user(user: User | AnonymousUser | None) -> Viewer:
    """The viewer a signed-in user is: current memberships and clerk roles. One query."""
    if user is None or not user.is_authenticated:
        return Viewer.public()
    from django.utils import timezone

    from moot.access.models import ClerkRole
    from moot.meetings.models import Membership

    today = timezone.localdate()
    committees = Membership.objects.filter(person__user=user).filter(
        Q(start__isnull=True) | Q(start__lte=today), Q(end__isnull=True) | Q(end__gte=today)
    )
    # Both in one query: ("m", committee id) for each membership, ("c", body id) for each role.
    rows = (
        committees.order_by()
        .annotate(kind=Value("m"))
        .values_list("kind", "committee_id")
        .union(
            ClerkRole.objects.filter(user=user)
            .order_by()
            .annotate(kind=Value("c"))
            .values_list("kind", "body_id")
        )
    )
    pairs = list(rows)
    return Viewer(
        user_id=user.pk,
        member_of=frozenset(pk for kind, pk in pairs if kind == "m"),
        clerk_of=frozenset(pk for kind, pk in pairs if kind == "c"),
        superuser=user.is_superuser,
    )


def audience(viewer: Viewer, committee_id: int, body_id: int) -> tuple[str, Viewer]:
    """What the viewer is to one committee's material, by name, and the least viewer who sees
    all they see of it: the public; a signed-in reader with no say over it; a member of the
    committee (``m``), a clerk of its body (``c``) or both (``cm``); an administrator. Every
    viewer of one name sees the same of that committee, so a page part rendered for the
    returned viewer may be shared by all of them (``portal.cache.part``), and is never more
    than the real viewer may see."""
    if viewer.is_public:
        return "public", Viewer.public()
    if viewer.superuser:
        return "admin", Viewer(user_id=0, superuser=True)
    clerk = body_id in viewer.clerk_of
    member = committee_id in viewer.member_of
    name = ("c" if clerk else "") + ("m" if member else "")
    least = Viewer(
        user_id=0,
        member_of=frozenset({committee_id}) if member else frozenset(),
        clerk_of=frozenset({body_id}) if clerk else frozenset(),
    )
    return name or "signed-in", least


def meetings(viewer: Viewer) -> QuerySet[Meeting]:
    """Meetings the viewer may know about: all that are not withdrawn, nor their committee or
    body."""
    return Meeting.objects.filter(
        committee__deleted_at__isnull=True, committee__body__deleted_at__isnull=True
    )


# An item, or a row that hangs off one (``item__…``), at a live meeting of a live committee.
_LIVE_MEETING = Q(
    meeting__deleted_at__isnull=True,
    meeting__committee__deleted_at__isnull=True,
    meeting__committee__body__deleted_at__isnull=True,
)


def items(viewer: Viewer, meeting: Meeting | None = None) -> QuerySet[Item]:
    """Items the viewer may know about: published and not withdrawn (clerks of the body: not
    yet published too; administrators: all), at a meeting not withdrawn (nor its committee or
    body)."""
    qs = Item.objects.filter(_LIVE_MEETING, withdrawn_at__isnull=True)
    if meeting is not None:
        qs = qs.filter(meeting=meeting)
    if viewer.superuser:
        return Item.objects.filter(meeting=meeting) if meeting is not None else Item.objects.all()
    if viewer.clerk_of:
        return qs.filter(
            Q(published_at__isnull=False) | Q(meeting__committee__body_id__in=viewer.clerk_of)
        )
    return qs.filter(published_at__isnull=False)


def items_once_public() -> Q:
    """A filter on items the public has been told of (published): the API keeps a
    tombstone ("deleted") for such an item once it is withdrawn, and knows no other."""
    return Q(published_at__isnull=False)


def continues_once_public() -> Case:
    """For ``annotate``: the id of the earlier item an item takes up again (``continues``)
    where the public has been told of that item (published), else None — what the API may
    name of it (its object, or its tombstone once withdrawn)."""
    return Case(When(continues__published_at__isnull=False, then=F("continues_id")), default=None)


def is_withheld(thing: Item | Document) -> bool:
    """Is this item or document itself withheld from the public (exempt, confidential or
    restricted)? What a way out marks "restricted" or "not for publication" for those who may
    see it anyway. No query; reads only ``restriction``."""
    return bool(thing.restriction)


def can_see_item_detail(viewer: Viewer, item: Item) -> bool:
    """May the viewer see the withheld parts of ``item`` (text, minutes, papers)?"""
    if not is_withheld(item):
        return True
    committee = item.meeting.committee
    return viewer.entitled_to(committee.pk, committee.body_id)


def can_see_minutes(viewer: Viewer, meeting: Meeting) -> bool:
    """May the viewer read the meeting's minutes (and attendance)? Everyone once they are
    published (draft or approved); before that, clerks of the body and administrators only —
    whether or not they also sit on a committee. Reads ``meeting.committee``: select it."""
    if meeting.minutes_state != MinutesState.NONE:
        return True
    return viewer.clerks(meeting.committee.body_id)


def minutes_public(meeting: Meeting) -> bool:
    """Are the meeting's minutes (and attendance) public — may they be printed, announced in
    a feed or an alert? ``can_see_minutes`` for the public. No query."""
    return meeting.minutes_state != MinutesState.NONE


def minutes_approved_at(meeting: Meeting) -> Item | None:
    """The item of a later meeting at which ``meeting``'s minutes were approved, where the
    public has been told of it (published, not withdrawn); else None. Reads
    ``meeting.minutes_approved_at_item``: select it (or one query)."""
    if meeting.minutes_state != MinutesState.APPROVED:
        return None
    item = meeting.minutes_approved_at_item
    if item is None or item.published_at is None or item.withdrawn_at is not None:
        return None
    return item


def minutes_amendment(meeting: Meeting) -> str:
    """The amendment ``meeting``'s minutes were agreed subject to, published with them where
    the public was told of the approval (``minutes_approved_at``) at an item not withheld;
    else "". Reads ``meeting.minutes_approved_at_item``: select it (or one query)."""
    item = minutes_approved_at(meeting)
    if item is None or is_withheld(item):
        return ""
    return meeting.minutes_amendment


def minutes_meetings(viewer: Viewer) -> QuerySet[Meeting]:
    """Meetings whose minutes the viewer may read: ``can_see_minutes`` in the database."""
    qs = meetings(viewer)
    if viewer.superuser:
        return qs
    return qs.filter(
        ~Q(minutes_state=MinutesState.NONE) | Q(committee__body_id__in=viewer.clerk_of)
    )


def attendances(viewer: Viewer) -> QuerySet[Attendance]:
    """Attendance the viewer may read: a meeting's attendance is part of its minutes, shown
    exactly when they may be read (``can_see_minutes``). One query when evaluated."""
    return Attendance.objects.filter(meeting__in=minutes_meetings(viewer))


def documents(viewer: Viewer) -> QuerySet[Document]:
    """Documents the viewer may open. Filtered in the database, so lists and counts agree.

    None under a withdrawn meeting, committee or body. Clerks of the body see all of its
    documents. Everyone else sees only published documents of published, not withdrawn (nor
    deleted) items (or of no item): the public those that are not withheld, members of the
    committee its restricted ones too."""
    qs = Document.objects.filter(
        withdrawn_at__isnull=True,
        meeting__deleted_at__isnull=True,
        meeting__committee__deleted_at__isnull=True,
        meeting__committee__body__deleted_at__isnull=True,
    )
    if viewer.superuser:
        return qs
    out = Q(published_at__isnull=False) & (
        Q(item__isnull=True)
        | Q(
            item__published_at__isnull=False,
            item__withdrawn_at__isnull=True,
            item__deleted_at__isnull=True,
        )
    )
    # A redacted version is public even on a restricted item, while its original is not
    # withdrawn; the original stays withheld (it is restricted, or its item is).
    public = Q(restriction="") & (
        Q(item__isnull=True, redacts__isnull=True)
        | Q(item__restriction="", redacts__isnull=True)
        | Q(redacts__isnull=False, redacts__withdrawn_at__isnull=True)
    )
    member = Q(meeting__committee_id__in=viewer.member_of)
    clerk = Q(meeting__committee__body_id__in=viewer.clerk_of)
    return qs.filter((out & (public | member)) | clerk)


def documents_once_public() -> Q:
    """A filter on documents the public has been told of: published, not withheld and not on a
    restricted or never-published item — or the redacted (public) version of a withheld paper
    of a published item. The API keeps a tombstone ("deleted") for such a document once it is
    withdrawn; any other stays unknown (404)."""
    return Q(published_at__isnull=False, restriction="") & (
        Q(item__isnull=True)
        | Q(item__restriction="", item__published_at__isnull=False)
        | Q(redacts__isnull=False, item__published_at__isnull=False)
    )


def in_place_of_originals(documents: Iterable[Document]) -> list[Document]:
    """A list of documents the viewer may open, each redacted version left out where its
    original is in the list too: the public reads the redacted version in place of the
    withheld report, those entitled to the original read the original. No query."""
    documents = list(documents)
    originals_shown = {d.public_version_id for d in documents if d.public_version_id}
    return [d for d in documents if d.pk not in originals_shown]


def can_see_document(viewer: Viewer, document: Document) -> bool:
    """May the viewer open ``document``? ``documents`` for one row: one query."""
    return documents(viewer).filter(pk=document.pk).exists()


def document_is_public(document: Document) -> bool:
    """May the public open ``document``? Anything else is served to those entitled to it as
    private (not stored by shared caches, not indexed). One query."""
    return can_see_document(Viewer.public(), document)


def _of_items(viewer: Viewer, *, detail: bool) -> Q:
    """A filter on rows that hang off an item (``item__…``): the item is one the viewer may
    know (published, or a clerk's; not withdrawn, for anyone) at a live meeting whose
    minutes they may read (``can_see_minutes``) and, with ``detail``, the viewer may see the
    item's detail (``can_see_item_detail``)."""
    live = Q(
        item__withdrawn_at__isnull=True,
        item__deleted_at__isnull=True,
        item__meeting__deleted_at__isnull=True,
        item__meeting__committee__deleted_at__isnull=True,
    )
    if viewer.superuser:
        return live
    clerk = Q(item__meeting__committee__body_id__in=viewer.clerk_of)
    known = live & (Q(item__published_at__isnull=False) | clerk)
    minutes = ~Q(item__meeting__minutes_state=MinutesState.NONE) | clerk
    if not detail:
        return known & minutes
    entitled = Q(item__meeting__committee_id__in=viewer.member_of) | clerk
    return known & minutes & (Q(item__restriction="") | entitled)


def can_see_record(viewer: Viewer, item: Item) -> bool:
    """May the viewer read what the minutes record of an item they may know: its minutes
    text, its "Decision:" section, the full wording of its decisions, its declarations of
    interest and its actions? Only once the meeting's minutes may be read, and only where the
    item's detail may be seen. No query; reads ``item.meeting.committee``: select it."""
    return can_see_minutes(viewer, item.meeting) and can_see_item_detail(viewer, item)


def declarations(viewer: Viewer) -> QuerySet[Declaration]:
    """Declarations of interest the viewer may read: ``can_see_record`` in the database."""
    return Declaration.objects.filter(_of_items(viewer, detail=True))


def decisions(viewer: Viewer) -> QuerySet[Decision]:
    """Decisions the viewer may know of: of items they may know, once the meeting's minutes
    may be read — on a restricted item too, whose wording the public reads only as its public
    wording. What each shows is ``decision_wording``."""
    return Decision.objects.filter(_of_items(viewer, detail=False))


def decision_wording(viewer: Viewer, item: Item, decision: Decision) -> str:
    """The wording of ``decision`` (of ``item``) the viewer may read: the full text where
    they may read the item's record, the public wording where only the minutes may be read
    (a restricted item), else nothing. No query; reads ``item.meeting.committee``."""
    if not can_see_minutes(viewer, item.meeting):
        return ""
    return wording_of(decision, detail=can_see_item_detail(viewer, item))


def votes(viewer: Viewer) -> QuerySet[Vote]:
    """Recorded votes the viewer may read: ``can_see_record`` in the database, as
    declarations — the motion and the names are the item's record, withheld on a restricted
    item (its decision's public wording says what the public may know of the result)."""
    return Vote.objects.filter(_of_items(viewer, detail=True))


def vote_of(viewer: Viewer, item: Item, decision: Decision) -> Vote | None:
    """The recorded vote ``decision`` (of ``item``) records, where the viewer may read the
    item's record; else none. No query where the vote was selected with the decision
    (``meetings.queries.with_votes``); reads ``item.meeting.committee``."""
    vote: Vote | None = getattr(decision, "vote", None)
    if vote is None or not can_see_record(viewer, item):
        return None
    return vote


def wording_of(decision: Decision, *, detail: bool) -> str:
    """A decision's wording for a reader who may (``detail``) or may not see its item's
    detail: the full text, or the public wording. For those who build text for an audience
    rather than a viewer (the search index); a viewer asks ``decision_wording``. No query."""
    return ((decision.text if detail else decision.public_text) or "").strip()


def public_notice(item: Item) -> str:
    """What anyone may read of a restricted item besides its title, reference and basis: the
    public reason and the public summary (s.100C(2)). No query."""
    return "\n".join(t for t in (item.restriction_reason, item.public_summary) if t)


def correction_wording(viewer: Viewer, decision: Decision) -> str:
    """The wording of ``decision``, recorded at a later meeting to correct an earlier minute,
    as the viewer may read it beside the minute it corrects: nothing before the later
    meeting's minutes may be read; its full text where the later item's detail may be seen,
    else (or where it has none) its public wording. No query; reads
    ``decision.item.meeting.committee``: select them."""
    later = decision.item
    if later.withdrawn_at is not None or not can_see_minutes(viewer, later.meeting):
        return ""
    text = decision.text if can_see_item_detail(viewer, later) else ""
    return (text or decision.public_text or "").strip()


def actions(viewer: Viewer) -> QuerySet[Action]:
    """Actions the viewer may read: ``can_see_record`` in the database — those of items whose
    detail they may see, once the minutes that record them may be read."""
    return Action.objects.filter(_of_items(viewer, detail=True))


def can_see_closing(viewer: Viewer, action: Action) -> bool:
    """May the viewer read where and how ``action`` was closed? Only once the minutes of the
    closing meeting may be read. Reads ``closed_at_item.meeting.committee``: select them."""
    item = action.closed_at_item
    if item is None or item.withdrawn_at is not None:
        return False
    return can_see_minutes(viewer, item.meeting) and can_see_item_detail(viewer, item)


def committees(viewer: Viewer) -> QuerySet[Committee]:
    """Committees the viewer may know about: all that are not withdrawn (soft-deleted)."""
    return Committee.objects.filter(body__deleted_at__isnull=True)


def people(viewer: Viewer) -> QuerySet[Person]:
    """People the viewer may know about. Their private fields (email) stay out of every page."""
    return Person.objects.all()


# How a person belongs to a body: (model, its field naming the person, the path to the body).
# Soft-deleted rows count too: a person once tied to a body stays that body's.
_PERSON_TIES = (
    (Membership, "person", "committee__body_id"),
    (Attendance, "person", "meeting__committee__body_id"),
    (Attendance, "substitute_for", "meeting__committee__body_id"),
    (Declaration, "person", "item__meeting__committee__body_id"),
)


def people_clerked(viewer: Viewer) -> QuerySet[Person]:
    """People whose record (email included) the viewer may list and edit in the back office:
    those who belong to a body the viewer clerks — a membership of one of its committees,
    attendance at, standing in at or a declaration at one of its meetings — and those who
    belong to no body yet. Administrators: everyone; anyone else: no one. One query."""
    if viewer.superuser:
        return Person.objects.all()
    if not viewer.clerk_of:
        return Person.objects.none()
    ours, nowhere = Q(), Q()
    for model, person, body in _PERSON_TIES:
        ties = model.all_objects.filter(**{person: OuterRef("pk")})
        ours |= Q(Exists(ties.filter(**{f"{body}__in": viewer.clerk_of})))
        nowhere &= ~Q(Exists(ties))
    return Person.objects.filter(ours | nowhere)


def can_edit_person(viewer: Viewer, person: Person) -> bool:
    """May the viewer open and change ``person`` in the back office? See ``people_clerked``."""
    return people_clerked(viewer).filter(pk=person.pk).exists()


# Executive and officer decisions (moot/executive/notices.py): a notice is public once
# published and not withdrawn; a restricted one shows the public its title, maker, date,
# basis, public reason and public summary, never its decision, reasons, alternatives,
# interests, report or call-in reasons. Clerks of its body and members of the body's scrutiny
# committee see the whole record.


def decision_notices(viewer: Viewer) -> QuerySet[DecisionNotice]:
    """The notices the viewer may list: published and not withdrawn; a clerk also sees the
    drafts of their bodies."""
    from moot.executive.models import DecisionNotice

    public = Q(published_at__isnull=False, withdrawn_at__isnull=True)
    if viewer.superuser:
        return DecisionNotice.objects.all()
    return DecisionNotice.objects.filter(public | Q(body_id__in=viewer.clerk_of))


def public_decision_notices() -> QuerySet[DecisionNotice]:
    """The notices anyone may read: published and not withdrawn (the same for every viewer:
    what the feed, the API, the export and the printed notice serve)."""
    from moot.executive.models import DecisionNotice

    return DecisionNotice.objects.filter(published_at__isnull=False, withdrawn_at__isnull=True)


def can_see_notice_detail(viewer: Viewer, notice: DecisionNotice) -> bool:
    """May the viewer read the whole record of ``notice`` (exempt parts and report)?"""
    if viewer.clerks(notice.body_id):
        return True
    if notice.published_at is None or notice.withdrawn_at is not None:
        return False
    if not notice.restriction:
        return True
    if not viewer.member_of:  # only the scrutiny committee's members may: no query
        return False
    from moot.executive.models import ExecutiveRules

    scrutiny = ExecutiveRules.of(notice.body).scrutiny_committee_id
    return scrutiny is not None and scrutiny in viewer.member_of
