"""What goes into the index: searchable units built from the database through the access policy.

A unit is one thing a result can point at: an item's agenda entry, its minutes, its decisions,
or one page of a document. Each carries three flags saying who may find it — everyone
(``public_ok``), members of its committee (``member_ok``), clerks of its body (``clerk_ok``) —
worked out by asking ``moot.access.policy`` about a member of the public, a member of every
committee and a clerk of every body. The policy only ever compares the viewer with the row's
own committee and body, so "member of every committee" answers for "member of this one".

A restricted item's withheld text goes in ``secret``, which only entitled viewers' queries
search; its ``body`` holds only what the public may read (the public reason and summary, the
public wording of its decisions).

The texts here feed the index only. Snippets are cut from the database at query time
(``moot.search.service``), so the index never has the last word on what a visitor reads.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from django.db.models import Prefetch

from moot.access import policy
from moot.access.policy import Viewer
from moot.meetings.html import to_text
from moot.meetings.models import Committee, Decision, Document, Item

from .query import acronyms

# What the units, the re-check, the policy and the search page read; loading only these keeps
# both a reindex and a page of results cheap (no JSON columns to decode, few datetimes).
_MEETING_FIELDS = [
    "meeting__start",
    "meeting__minutes_state",
    "meeting__deleted_at",
    "meeting__committee__name",
    "meeting__committee__slug",
    "meeting__committee__body_id",
    "meeting__committee__deleted_at",
]
ITEM_FIELDS = [
    "meeting_id",
    "position",
    "reference",
    "title",
    "agenda_text",
    "minutes",
    "decision_text",
    "restriction",
    "restriction_reason",
    "public_summary",
    *_MEETING_FIELDS,
]
DOCUMENT_FIELDS = [
    "meeting_id",
    "item_id",
    "title",
    "filename",
    "text",
    "restriction",
    *_MEETING_FIELDS,
]
DECISIONS = Decision.objects.order_by("position").only("item_id", "position", "text", "public_text")


class Kind:
    AGENDA = "agenda"
    MINUTES = "minutes"
    DECISION = "decision"
    REPORT = "report"

    CHOICES = (
        (AGENDA, "Agenda item"),
        (MINUTES, "Minutes"),
        (DECISION, "Decision"),
        (REPORT, "Report or document"),
    )
    LABELS = dict(CHOICES)
    CODES = {AGENDA: 1, MINUTES: 2, DECISION: 3, REPORT: 4}
    BY_CODE = {v: k for k, v in CODES.items()}


@dataclass
class Unit:
    key: str
    owner: str
    kind: str
    item_id: int | None
    document_id: int | None
    page: int
    committee_id: int
    body_id: int
    date: datetime
    public_ok: bool
    member_ok: bool
    clerk_ok: bool
    title: str = ""
    body: str = ""
    secret: str = ""

    # Worked out once (a rebuild finds them in its worker processes).
    @cached_property
    def acronyms(self) -> set[str]:
        return acronyms(self.title) | acronyms(self.body)

    @cached_property
    def secret_acronyms(self) -> set[str]:
        return acronyms(self.secret)


def item_owner(pk: int) -> str:
    return f"item:{pk}"


def document_owner(pk: int) -> str:
    return f"document:{pk}"


def _audiences() -> tuple[Viewer, Viewer, Viewer]:
    """The public, a member of every committee, a clerk of every body."""
    committees = Committee.all_objects.values_list("pk", "body_id")
    member = Viewer(user_id=0, member_of=frozenset(pk for pk, _ in committees))
    clerk = Viewer(user_id=0, clerk_of=frozenset(body for _, body in committees))
    return Viewer.public(), member, clerk


def public_notice(item: Item) -> str:
    """What the public may read of a restricted item besides its title."""
    return "\n".join(t for t in (item.restriction_reason, item.public_summary) if t)


def agenda_text(item: Item, detail: bool) -> str:
    return to_text(item.agenda_text) if detail else public_notice(item)


def minutes_text(item: Item, detail: bool) -> str:
    return to_text(item.minutes) if detail else ""


def decision_text(item: Item, detail: bool) -> str:
    """The item's decisions: the full wording, or for the public the public wording."""
    decisions = list(item.decisions.all())  # prefetched by the callers
    if detail:
        texts = [to_text(item.decision_text), *(d.text for d in decisions)]
    else:
        texts = [d.public_text for d in decisions]
    return "\n".join(t for t in texts if t)


def document_pages(document: Document) -> list[str]:
    """The pages of a document's extracted text (form feeds separate pages)."""
    return document.text.split("\f") if document.text else []


def item_units(item_ids: Iterable[int]) -> Iterator[tuple[str, list[Unit]]]:
    """(owner, units) for each item id, including ids that no longer have any (deleted)."""
    ids = list(item_ids)
    public, member, clerk = _audiences()
    rows = (
        Item.all_objects.filter(pk__in=ids)
        .select_related("meeting__committee")
        .only(*ITEM_FIELDS)
        .order_by()
        .prefetch_related(Prefetch("decisions", queryset=DECISIONS))
    )
    known = {
        name: set(policy.items(viewer).filter(pk__in=ids).values_list("pk", flat=True))
        for name, viewer in (("public", public), ("member", member), ("clerk", clerk))
    }
    found = {item.pk: item for item in rows}
    for pk in ids:
        item = found.get(pk)
        yield item_owner(pk), ([] if item is None else list(_units_of_item(item, known)))


def _units_of_item(item: Item, known: dict[str, set[int]]) -> Iterator[Unit]:
    meeting = item.meeting
    committee = meeting.committee
    if meeting.deleted_at or committee.deleted_at:
        return
    public, member, clerk = Viewer.public(), _member_of(committee), _clerk_of(committee)
    seen = {"public": item.pk in known["public"], "member": item.pk in known["member"]}
    seen["clerk"] = item.pk in known["clerk"]
    if not any(seen.values()):
        return
    restricted = not policy.can_see_item_detail(public, item)
    minutes = {
        "public": policy.can_see_minutes(public, meeting),
        "member": policy.can_see_minutes(member, meeting),
        "clerk": policy.can_see_minutes(clerk, meeting),
    }
    common = {
        "owner": item_owner(item.pk),
        "item_id": item.pk,
        "document_id": None,
        "page": 0,
        "committee_id": committee.pk,
        "body_id": committee.body_id,
        "date": meeting.start,
    }
    texts = (
        (Kind.AGENDA, agenda_text, False),
        (Kind.MINUTES, minutes_text, True),
        (Kind.DECISION, decision_text, True),
    )
    for kind, text_of, needs_minutes in texts:
        body = text_of(item, not restricted)
        secret = text_of(item, True) if restricted else ""
        if kind != Kind.AGENDA and not (body or secret):
            continue
        ok = {k: v and (minutes[k] or not needs_minutes) for k, v in seen.items()}
        if not any(ok.values()):
            continue
        yield Unit(
            key=f"item:{item.pk}:{kind}",
            kind=kind,
            public_ok=ok["public"],
            member_ok=ok["member"],
            clerk_ok=ok["clerk"],
            title=item.title if kind == Kind.AGENDA else "",
            body=body,
            secret=secret,
            **common,
        )


def _member_of(committee: Committee) -> Viewer:
    return Viewer(user_id=0, member_of=frozenset({committee.pk}))


def _clerk_of(committee: Committee) -> Viewer:
    return Viewer(user_id=0, clerk_of=frozenset({committee.body_id}))


def document_units(document_ids: Iterable[int]) -> Iterator[tuple[str, list[Unit]]]:
    """(owner, units) for each document id: one unit per page, the title on page 1."""
    ids = list(document_ids)
    public, member, clerk = _audiences()
    rows = (
        Document.all_objects.filter(pk__in=ids)
        .select_related("meeting__committee")
        .only(*DOCUMENT_FIELDS)
        .order_by()
    )
    known = {
        name: set(policy.documents(viewer).filter(pk__in=ids).values_list("pk", flat=True))
        for name, viewer in (("public", public), ("member", member), ("clerk", clerk))
    }
    found = {document.pk: document for document in rows}
    for pk in ids:
        document = found.get(pk)
        units: list[Unit] = []
        if document is not None and document.meeting.committee.deleted_at is None:
            ok = {name: pk in ids_ for name, ids_ in known.items()}
            if any(ok.values()):
                units = list(_units_of_document(document, ok))
        yield document_owner(pk), units


def _units_of_document(document: Document, ok: dict[str, bool]) -> Iterator[Unit]:
    committee = document.meeting.committee
    pages = document_pages(document) or [""]
    numbered = bool(document.text)
    for number, text in enumerate(pages, start=1):
        if number > 1 and not text.strip():
            continue
        yield Unit(
            key=f"document:{document.pk}:{number if numbered else 0}",
            owner=document_owner(document.pk),
            kind=Kind.REPORT,
            item_id=document.item_id,
            document_id=document.pk,
            page=number if numbered else 0,
            committee_id=committee.pk,
            body_id=committee.body_id,
            date=document.meeting.start,
            public_ok=ok["public"],
            member_ok=ok["member"],
            clerk_ok=ok["clerk"],
            title=document.title if number == 1 else "",
            body=text,
        )
