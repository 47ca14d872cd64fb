"""OParl 1.1 JSON for each object type, from rows the caller has already loaded.

Serializers never query: ``prepare`` adds the ``select_related`` and ``Prefetch`` a type
needs, so a page of a hundred meetings with their agenda items, decisions, documents and
participants costs the same handful of queries as a page of one. The prefetched lists are
the public (live) sets from ``moot.api.queries``, so nothing withheld can reach the output.

Conventions: every id is an absolute URL on ``moot.site.site_url()``; times are given
in the site's time zone with their offset (``2025-05-14T09:00:00+01:00``); a field with no
value is left out rather than sent as null; a field the schema types as an array is always
an array.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db.models import Prefetch, QuerySet
from django.urls import reverse
from django.utils import timezone

from moot import site
from moot.access import policy
from moot.meetings.choices import (
    AttendanceStatus,
    DecisionKind,
    DocumentKind,
    ItemKind,
    MeetingStatus,
    MembershipRole,
    VotePosition,
)
from moot.meetings.html import to_text
from moot.meetings.models import Item, Meeting, PersonRole, Vote
from moot.meetings.queries import with_ballots, with_votes

from . import queries as q

OPARL_VERSION = "https://schema.oparl.org/1.1/"

# Who counts as having taken part in a meeting (OParl ``participant``): members present,
# substitutes sitting in for a member, and officers and guests recorded as in attendance.
PARTICIPATING = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.SUBSTITUTE,
    AttendanceStatus.IN_ATTENDANCE,
)

# Roles that carry a vote on a committee. Co-optees, partner representatives and advisers
# vote or not depending on the body's constitution, so ``votingRight`` is left out for them.
VOTING = {MembershipRole.CHAIR: True, MembershipRole.VICE_CHAIR: True, MembershipRole.MEMBER: True}


_SENTINEL = 918273645546372819


class Out:
    """What every serializer needs to know about the request: where the site lives and
    whether the client asked to leave out the embedded lists (``omit_internal``)."""

    def __init__(self, omit_internal: bool = False):
        self.site = site.site_url()
        self.omit_internal = omit_internal
        self.zone = timezone.get_current_timezone()
        self._urls: dict = {}

    def api(self, name: str, *args) -> str:
        if len(args) != 1:
            return self.site + reverse(f"api:{name}", args=args)
        # A list page names tens of thousands of objects: each URL is its type's prefix, the
        # number and the suffix, worked out once (reverse() costs ~50 µs a call).
        parts = self._urls.get(name)
        if parts is None:
            path = reverse(f"api:{name}", args=[_SENTINEL])
            before, _, after = path.partition(str(_SENTINEL))
            parts = self._urls[name] = (self.site + before, after)
        return f"{parts[0]}{args[0]}{parts[1]}"

    def absolute(self, path: str) -> str:
        return self.site + path

    def meeting_web(self, row) -> str:
        """The meeting's portal page, worked out once per meeting (its items link into it)."""
        url = self._urls.get(("web", row.pk))
        if url is None:
            url = self._urls[("web", row.pk)] = self.site + row.get_absolute_url()
        return url


def stamp(moment, zone=None) -> str:
    """An OParl date-time: local time (in ``zone``, else the current one) with its offset,
    to the second."""
    if zone is None:
        return timezone.localtime(moment).isoformat(timespec="seconds")
    return moment.astimezone(zone).isoformat(timespec="seconds")


def day(moment) -> str:
    return timezone.localtime(moment).date().isoformat()


def _clean(data: dict) -> dict:
    """Leave out fields without a value (OParl prefers absence to null)."""
    return {key: value for key, value in data.items() if value is not None and value != ""}


def _head(out: Out, kind: q.Kind, url_name: str, pk: int) -> dict:
    return {"id": out.api(url_name, pk), "type": OPARL_VERSION + kind.name}


def _tail(out: Out, row) -> dict:
    # A live row's ``modified`` is its own change time or, for a meeting, the latest change
    # of what it embeds (``modified_at``, see ``moot.api.queries``); rows loaded without that
    # annotation (embedded ones) give their own.
    modified = getattr(row, "modified_at", None) or row.updated_at
    return {"created": stamp(row.created_at, out.zone), "modified": stamp(modified, out.zone)}


def deleted(out: Out, kind: q.Kind, row) -> dict:
    """What a deleted object keeps: id, type, created and the time it was deleted — and the
    few fields the OParl schema requires of every object of its type (an agenda item's
    ``order``; a body's name and lists), so that clients validating against the schema do
    not reject the notice of deletion."""
    data = _head(out, kind, kind.url_name or URL_NAMES[kind.name], row.pk)
    if kind is q.AGENDA_ITEM:
        data["order"] = row.position
    elif kind is q.BODY:
        data.update(
            name=row.name,
            organization=out.api("body_organizations", row.pk),
            person=out.api("body_people", row.pk),
            meeting=out.api("body_meetings", row.pk),
            paper=out.api("body_papers", row.pk),
            legislativeTerm=[],
        )
    data.update(
        created=stamp(row.created_at),
        modified=stamp(getattr(row, "modified_at", None) or row.updated_at),
        deleted=True,
    )
    return data


URL_NAMES = {
    "Body": "body",
    "Organization": "organization",
    "Person": "person",
    "Membership": "membership",
    "Location": "location",
    "Meeting": "meeting",
    "AgendaItem": "agenda_item",
    "File": "file",
    "Paper": "paper",
    "Consultation": "consultation",
    "LegislativeTerm": "legislative_term",
}


# --- System, Body, LegislativeTerm ----------------------------------------------------------


def system(out: Out) -> dict:
    return {
        "id": out.api("system"),
        "type": OPARL_VERSION + "System",
        "oparlVersion": OPARL_VERSION,
        "otherOparlVersions": [],
        "body": out.api("bodies"),
        "name": settings.SITE_NAME,
        "website": out.site + "/",
        "web": out.site + "/",
    }


def body(out: Out, row) -> dict:
    pk = row.pk
    return _clean(
        {
            **_head(out, q.BODY, "body", pk),
            "system": out.api("system"),
            "name": row.name,
            "shortName": row.short_name,
            "website": row.website,
            "equivalent": [],
            "organization": out.api("body_organizations", pk),
            "person": out.api("body_people", pk),
            "meeting": out.api("body_meetings", pk),
            "paper": out.api("body_papers", pk),
            "agendaItem": out.api("body_agenda_items", pk),
            "consultation": out.api("body_consultations", pk),
            "file": out.api("body_files", pk),
            "locationList": out.api("body_locations", pk),
            "legislativeTerm": [legislative_term(out, term) for term in row.api_terms],
            "legislativeTermList": out.api("body_legislative_terms", pk),
            "membership": out.api("body_memberships", pk),
            "classification": "Local authority",
            "web": out.site + "/",
            **_tail(out, row),
        }
    )


def legislative_term(out: Out, row) -> dict:
    return _clean(
        {
            **_head(out, q.LEGISLATIVE_TERM, "legislative_term", row.pk),
            "body": out.api("body", row.body_id),
            "name": row.name,
            "startDate": row.start_date.isoformat() if row.start_date else None,
            "endDate": row.end_date.isoformat() if row.end_date else None,
            **_tail(out, row),
        }
    )


# --- Organization, Person, Membership, Location ----------------------------------------------


def organization(out: Out, row) -> dict:
    pk = row.pk
    return _clean(
        {
            **_head(out, q.ORGANIZATION, "organization", pk),
            "body": out.api("body", row.body_id),
            "name": row.name,
            "shortName": row.reference_prefix,
            "membership": [out.api("membership", m.pk) for m in row.api_memberships],
            "meeting": out.api("organization_meetings", pk),
            "consultation": out.api("organization_consultations", pk),
            # The OParl vocabulary's word for a council committee, so existing clients file
            # it with the committees of other councils.
            "organizationType": "Gremium",
            "classification": "Committee",
            "web": out.absolute(row.get_absolute_url()),
            **_tail(out, row),
        }
    )


def membership(out: Out, row) -> dict:
    return _clean(
        {
            **_head(out, q.MEMBERSHIP, "membership", row.pk),
            "person": out.api("person", row.person_id),
            "organization": out.api("organization", row.committee_id),
            "role": row.get_role_display(),
            "votingRight": VOTING.get(row.role),
            "startDate": row.start.isoformat() if row.start else None,
            "endDate": row.end.isoformat() if row.end else None,
            **_tail(out, row),
        }
    )


def party(out: Out, row) -> dict:
    """A party or group as an Organization: OParl's "Fraktion" is a council's political
    group. Its members are those the public may know (``api_members``)."""
    return _clean(
        {
            **_head(out, q.PARTY, "party", row.pk),
            "body": out.api("body", row.body_id),
            "name": row.name,
            "shortName": row.short_name,
            "membership": [out.api("party_membership", p.pk) for p in row.api_members],
            "organizationType": "Fraktion",
            "classification": "Political group",
            "web": out.absolute(f"{reverse('portal:councillors')}?party={row.pk}"),
            **_tail(out, row),
        }
    )


def party_membership(out: Out, row) -> dict:
    """A member's party or group as a Membership; ``row`` is the person (one party each,
    without dates: Moot keeps the party a member belongs to now, not its history)."""
    return _clean(
        {
            **_head(out, q.PARTY_MEMBERSHIP, "party_membership", row.pk),
            "person": out.api("person", row.pk),
            "organization": out.api("party", row.party_id),
            "role": "Member",
            **_tail(out, row),
        }
    )


def _person_body(row) -> int | None:
    """The body a person belongs to: that of their first membership, else of the first
    meeting they attended. (Moot keeps people across bodies; OParl allows one.)"""
    for m in row.api_memberships:
        return m.committee.body_id
    for a in row.api_attendances:
        return a.meeting.committee.body_id
    return None


def _person_status(row) -> list[str] | None:
    """A member's posts held today, party or group and ward, in OParl's ``status`` (the
    "roles or status" of a person): OParl 1.1 has no place of its own for a ward, and a
    party is not one of Moot's organisations. Reads ``api_roles``, ``party`` and ``ward``."""
    today = timezone.localdate()
    status = [r.title for r in row.api_roles if r.is_current(today)]
    if row.party is not None:
        status.append(f"Member of {row.party.name}")
    if row.ward is not None:
        status.append(f"Councillor for {row.ward.name}")
    if row.co_opted:
        status.append("Co-opted member")
    return status or None


def person(out: Out, row) -> dict:
    body_id = _person_body(row)
    data = {
        **_head(out, q.PERSON, "person", row.pk),
        "body": out.api("body", body_id) if body_id else None,
        "name": row.name,
        "formOfAddress": row.honorific,
        # Only what the person or the clerk chose to publish; ``email`` is private.
        "email": [row.public_email] if row.public_email else None,
        "phone": [row.public_phone] if row.public_phone else None,
        "status": _person_status(row),
        "web": out.absolute(row.get_absolute_url()),
        **_tail(out, row),
    }
    # The email address is private and never leaves Moot.
    if not out.omit_internal:
        # Committee memberships only: a member's party is a Membership of its own (at its
        # URL, in the party's and the body's lists), kept out of the person so that a copy
        # of the export, which holds committees alone, resolves every embedded membership.
        data["membership"] = [membership(out, m) for m in row.api_memberships]
    return _clean(data)


def location(out: Out, row) -> dict:
    return _clean(
        {
            **_head(out, q.LOCATION, "location", row.pk),
            "description": row.full,
            "streetAddress": row.address,
            "postalCode": row.postcode,
            **_tail(out, row),
        }
    )


# --- Meeting, AgendaItem ---------------------------------------------------------------------


def _meeting_name(row: Meeting) -> str:
    start = timezone.localtime(row.start)
    return f"{row.committee.name}, {start.day} {start:%B %Y}"


def meeting(out: Out, row) -> dict:
    files = list(row.api_files)
    invitation = _first(files, DocumentKind.AGENDA) or _first(files, DocumentKind.PACK)
    protocol = _first(files, DocumentKind.MINUTES)
    auxiliary = [f for f in files if f is not invitation and f is not protocol]
    data = {
        **_head(out, q.MEETING, "meeting", row.pk),
        "name": _meeting_name(row),
        "meetingState": row.get_status_display(),
        "cancelled": row.status == MeetingStatus.CANCELLED,
        "start": stamp(row.start, out.zone),
        "end": stamp(row.end, out.zone) if row.end else None,
        "location": location(out, row.location) if _live_location(row) else None,
        "organization": [out.api("organization", row.committee_id)],
        "participant": [out.api("person", a.person_id) for a in row.api_participants],
        "invitation": file(out, invitation, embedded=True) if invitation else None,
        "resultsProtocol": file(out, protocol, embedded=True) if protocol else None,
        "agendaItem": [agenda_item(out, item, row) for item in row.api_items],
        "web": out.meeting_web(row),
        **_tail(out, row),
    }
    if not out.omit_internal:
        data["auxiliaryFile"] = [file(out, f, embedded=True) for f in auxiliary]
    return _clean(data)


def _live_location(row: Meeting) -> bool:
    return row.location is not None and row.location.deleted_at is None


def _first(files, kind):
    return next((f for f in files if f.kind == kind), None)


def _decisions(item) -> tuple[str | None, str | None]:
    """``result`` and ``resolutionText`` of an item as the public may read them, in the
    wording the access policy gives: nothing before the minutes may be read; for a restricted
    item only the public wording. ``item.api_decisions`` are ``policy.decisions``."""
    shown = [
        (d.get_kind_display(), policy.decision_wording(q.PUBLIC, item, d))
        for d in item.api_decisions
    ]
    shown = [(kind, text) for kind, text in shown if text]
    if not shown and item.decision_text and policy.can_see_record(q.PUBLIC, item):
        return None, to_text(item.decision_text) or None
    if not shown:
        return None, None
    kinds = list(dict.fromkeys(kind for kind, _ in shown))
    return "; ".join(kinds), "\n\n".join(text for _, text in shown)


def _votes(out: Out, item) -> list[dict] | None:
    """The named votes an item's decisions record, where the public may read its record
    (``policy.vote_of``): never on a restricted item. ``moot:votes`` of an AgendaItem."""
    shown = [vote for d in item.api_decisions if (vote := policy.vote_of(q.PUBLIC, item, d))]
    return [
        {
            "motion": vote.motion,
            "result": vote.result,
            "for": vote.votes_for,
            "against": vote.votes_against,
            "abstentions": vote.abstentions,
            "voters": {
                position: [out.api("person", p.pk) for p in vote.named(position)]
                for position in VotePosition.values
            },
            **(
                {
                    "castingVote": vote.casting_vote,
                    "castingBy": out.api("person", vote.casting_by_id),
                }
                if vote.casting_vote
                else {}
            ),
        }
        for vote in shown
    ] or None


def agenda_item(out: Out, row, meeting_row=None) -> dict:
    meeting_row = meeting_row or row.meeting
    files = list(row.api_files)
    paper = _first(files, DocumentKind.REPORT)
    result, resolution = _decisions(row)
    data = {
        **_head(out, q.AGENDA_ITEM, "agenda_item", row.pk),
        "meeting": out.api("meeting", row.meeting_id),
        "number": row.reference or row.minute_number,
        "order": row.position,
        "name": row.title,
        "public": not policy.is_withheld(row),
        "consultation": out.api("consultation", paper.pk) if paper else None,
        "result": result,
        "resolutionText": resolution,
        "moot:votes": _votes(out, row),
        "moot:continues": out.api("agenda_item", row.continues_public_id)
        if row.continues_public_id
        else None,
        "web": f"{out.meeting_web(meeting_row)}#{row.anchor}",
        **_tail(out, row),
    }
    if not out.omit_internal:
        data["auxiliaryFile"] = [file(out, f, embedded=True) for f in files]
    return _clean(data)


# --- Paper, Consultation, File ---------------------------------------------------------------


_PAPER_TYPES = {
    ItemKind.DECISION: "Report for decision",
    ItemKind.INFORMATION: "Report for information",
    ItemKind.URGENT: "Urgent report",
}


def paper(out: Out, row) -> dict:
    item = row.item
    others = [f for f in item.api_files if f.pk != row.pk and f.kind != DocumentKind.REPORT]
    data = {
        **_head(out, q.PAPER, "paper", row.pk),
        "body": out.api("body", row.meeting.committee.body_id),
        "name": row.title,
        "reference": item.reference,
        "date": day(row.published_at) if row.published_at else None,
        "paperType": _PAPER_TYPES.get(item.kind, "Report"),
        "mainFile": file(out, row, embedded=True),
        "consultation": [consultation(out, row)],
        "web": out.absolute(row.meeting.get_absolute_url()) + f"#{item.anchor}",
        **_tail(out, row),
    }
    if not out.omit_internal:
        data["auxiliaryFile"] = [file(out, f, embedded=True) for f in others]
    return _clean(data)


def consultation(out: Out, row) -> dict:
    """The consideration of a report at its agenda item. Reads ``row.item`` and
    ``row.meeting`` (select them with the row)."""
    item = row.item
    return _clean(
        {
            **_head(out, q.CONSULTATION, "consultation", row.pk),
            "paper": out.api("paper", row.pk),
            "agendaItem": out.api("agenda_item", item.pk),
            "meeting": out.api("meeting", row.meeting_id),
            "organization": [out.api("organization", row.meeting.committee_id)],
            "authoritative": item.kind == ItemKind.DECISION,
            "role": item.get_kind_display(),
            **_tail(out, row),
        }
    )


NOT_HELD = (
    "Moot holds no copy of this document (it was imported from a page that named it, or its "
    "file was never added), so it has no accessUrl."
)


def file(out: Out, row, embedded: bool = False) -> dict:
    """A document. Embedded copies leave out the extracted ``text``, which can be long;
    the file's own URL and the file lists carry it.

    ``accessUrl`` and ``downloadUrl`` are given only when Moot holds the file, so that every
    link a client follows answers with the file: a document Moot holds no copy of says so
    (``moot:held`` false, and a sentence in ``moot:note``; not in ``text``, which clients
    take for the document's own words) and keeps the address it came from apart,
    in ``moot:sourceUrl`` (which Moot cannot vouch for)."""
    media_type = row.media_type or mimetypes.guess_type(row.filename or "")[0]
    is_paper = row.kind == DocumentKind.REPORT and row.item_id is not None
    held = bool(row.file)
    own = out.absolute(row.get_absolute_url()) if held else None
    data = {
        **_head(out, q.FILE, "file", row.pk),
        "name": row.title,
        "fileName": row.filename,
        "mimeType": media_type,
        "date": day(row.published_at) if row.published_at else None,
        "size": row.size_bytes,
        "text": None if embedded else row.text,
        "accessUrl": own,
        "downloadUrl": own,
        "moot:held": held,
        "moot:note": None if held else NOT_HELD,
        "moot:sourceUrl": None if held else row.source_url,
        "meeting": [out.api("meeting", row.meeting_id)],
        "agendaItem": [out.api("agenda_item", row.item_id)] if row.item_id else [],
        "paper": [out.api("paper", row.pk)] if is_paper else [],
        **_tail(out, row),
    }
    return _clean(data)


# --- Loading ---------------------------------------------------------------------------------


class EmbeddedItem:
    """An agenda item as a meeting embeds it, read with ``values_list``: the attributes
    ``agenda_item`` reads, without a model instance — a page of meetings can embed thousands
    of items, and building their instances would cost more than the rest of the page."""

    FIELDS = (
        "pk",
        "meeting_id",
        "reference",
        "minute_number",
        "position",
        "title",
        "restriction",
        "decision_text",
        "created_at",
        "updated_at",
        "modified_at",  # as the item's own list dates it (``queries.Kind.modified``)
        "continues_public_id",  # policy.continues_once_public()
    )
    __slots__ = (*FIELDS, "meeting", "api_decisions", "api_files")

    def __init__(self, values: tuple, meeting: Meeting):
        (
            self.pk,
            self.meeting_id,
            self.reference,
            self.minute_number,
            self.position,
            self.title,
            self.restriction,
            self.decision_text,
            self.created_at,
            self.updated_at,
            self.modified_at,
            self.continues_public_id,
        ) = values
        self.meeting = meeting
        self.api_decisions: list = []
        self.api_files: list = []

    # The model's own property: it reads only fields this class has. (The policy reads
    # ``restriction`` to know whether the item is withheld.)
    anchor = Item.anchor


class EmbeddedDecision:
    """A decision of an embedded item (see ``EmbeddedItem``)."""

    FIELDS = ("item_id", "kind", "text", "public_text", "vote")
    __slots__ = (*FIELDS, "vote_id")
    LABELS = dict(DecisionKind.choices)

    def __init__(self, values: tuple):
        self.item_id, self.kind, self.text, self.public_text, self.vote_id = values
        self.vote: Vote | None = None  # given by ``embed_items`` where the public may read it

    def get_kind_display(self) -> str:
        return self.LABELS.get(self.kind, self.kind)


def embed_items(meetings: list) -> None:
    """Give each meeting ``api_items``: its public agenda items in agenda order, with their
    decisions and public files. Three queries for any number of meetings."""
    by_pk = {m.pk: m for m in meetings}
    if not by_pk:
        return
    items = {}
    for m in meetings:
        m.api_items = []
    rows = (
        q.live_items()
        .filter(meeting_id__in=by_pk)
        .annotate(
            modified_at=q.AGENDA_ITEM.modified(), continues_public_id=policy.continues_once_public()
        )
        .order_by("position", "pk")
        .values_list(*EmbeddedItem.FIELDS)
    )
    for values in rows:
        meeting = by_pk[values[1]]
        item = EmbeddedItem(values, meeting)
        meeting.api_items.append(item)
        items[item.pk] = item
    if not items:
        return
    decisions = (
        policy.decisions(q.PUBLIC)
        .filter(item__in=q.live_items().filter(meeting_id__in=by_pk))
        .order_by("position", "pk")
        .values_list(*EmbeddedDecision.FIELDS)
    )
    voted = {}
    for values in decisions:
        decision = EmbeddedDecision(values)
        items[values[0]].api_decisions.append(decision)
        if decision.vote_id is not None:
            voted[decision.vote_id] = decision
    if voted:  # two queries more, only where votes were recorded
        for vote in with_ballots(policy.votes(q.PUBLIC).filter(pk__in=voted)):
            voted[vote.pk].vote = vote
    for document in _files().filter(item__in=q.live_items().filter(meeting_id__in=by_pk)):
        items[document.item_id].api_files.append(document)


class MeetingQuerySet(QuerySet):
    """Meetings that, once fetched, carry their embedded agenda items (``embed_items``)."""

    def _fetch_all(self):
        fresh = self._result_cache is None
        super()._fetch_all()
        if fresh and self._result_cache and isinstance(self._result_cache[0], Meeting):
            embed_items(self._result_cache)


def _files() -> QuerySet:
    return q.live_files().defer("text").order_by("position", "pk")


def _memberships() -> QuerySet:
    return q.live_memberships().select_related("committee").order_by("committee_id", "pk")


def prepare(kind: q.Kind, qs: QuerySet) -> QuerySet:
    """Add the joins and prefetches ``render`` needs for rows of ``kind``."""
    if kind is q.BODY:
        terms = q.live_terms().order_by("start_date", "pk")
        return qs.prefetch_related(Prefetch("legislative_terms", terms, to_attr="api_terms"))
    if kind is q.ORGANIZATION:
        return qs.prefetch_related(
            Prefetch("memberships", _memberships(), to_attr="api_memberships")
        )
    if kind is q.PERSON:
        attended = (
            policy.attendances(q.PUBLIC)
            .filter(meeting__in=q.live_meetings())
            .select_related("meeting__committee")
            .order_by("meeting__start", "pk")
        )
        return qs.select_related("party", "ward").prefetch_related(
            Prefetch("memberships", _memberships(), to_attr="api_memberships"),
            Prefetch("attendances", attended, to_attr="api_attendances"),
            Prefetch("roles", PersonRole.objects.order_by("-start", "title"), to_attr="api_roles"),
        )
    if kind is q.MEETING:
        # Who took part is part of the minutes: named once the public may read them.
        participants = (
            policy.attendances(q.PUBLIC)
            .filter(status__in=PARTICIPATING, person__deleted_at__isnull=True)
            .order_by("person__name", "pk")
        )
        qs = MeetingQuerySet(model=qs.model, query=qs.query.chain(), using=qs.db)
        return qs.select_related("committee", "location").prefetch_related(
            Prefetch("documents", _files().filter(item__isnull=True), to_attr="api_files"),
            Prefetch("attendances", participants, to_attr="api_participants"),
        )
    if kind is q.AGENDA_ITEM:
        qs = qs.annotate(continues_public_id=policy.continues_once_public())
        return qs.select_related("meeting__committee").prefetch_related(
            Prefetch(
                "decisions",
                with_votes(policy.decisions(q.PUBLIC)).order_by("position", "pk"),
                to_attr="api_decisions",
            ),
            Prefetch("documents", _files(), to_attr="api_files"),
        )
    if kind is q.PARTY:
        members = q.live_people().order_by("pk")
        return qs.prefetch_related(Prefetch("people", members, to_attr="api_members"))
    if kind is q.PAPER:
        return qs.select_related("item", "meeting__committee").prefetch_related(
            Prefetch("item__documents", _files(), to_attr="api_files")
        )
    if kind is q.CONSULTATION:
        return qs.select_related("item", "meeting__committee")
    return qs


RENDER: dict[q.Kind, Callable[[Out, Any], dict]] = {
    q.BODY: body,
    q.ORGANIZATION: organization,
    q.PERSON: person,
    q.MEMBERSHIP: membership,
    q.LOCATION: location,
    q.MEETING: meeting,
    q.AGENDA_ITEM: agenda_item,
    q.PAPER: paper,
    q.CONSULTATION: consultation,
    q.FILE: file,
    q.LEGISLATIVE_TERM: legislative_term,
    q.PARTY: party,
    q.PARTY_MEMBERSHIP: party_membership,
}


def render(out: Out, kind: q.Kind, row) -> dict:
    """The object as served at its own URL and in its list: in full, or as deleted."""
    if not row.live:
        return deleted(out, kind, row)
    return RENDER[kind](out, row)
