"""What goes into the index: searchable units built from the database through the access policy.

A unit is one thing a result can point at: an item's agenda entry, its minutes, its decisions,
or one page of a document. Each carries three flags saying who may find it — everyone
(``public_ok``), members of its committee (``member_ok``), clerks of its body (``clerk_ok``) —
worked out by asking ``moot.access.policy`` about a member of the public, a member of every
committee and a clerk of every body. The policy only ever compares the viewer with the row's
own committee and body, so "member of every committee" answers for "member of this one".

Executive and officer decision notices and forward plan entries are units too (kinds
``notice`` and ``plan``): they belong to no meeting or committee, so their ``committee_id`` is
0 (a committee filter leaves them out) and their own id is in ``document_id``. Only what the
public may read is indexed — published notices, published entries not withdrawn — and a
restricted notice's decision, reasons and the rest go in ``secret``, which clerks of its body
search.

A restricted item's withheld text goes in ``secret``, which only entitled viewers' queries
search; its ``body`` holds only what the public may read (the public reason and summary, the
public wording of its decisions).

The texts here feed the index only. Snippets are cut from the database at query time
(``moot.search.service``), so the index never has the last word on what a visitor reads.
"""

from __future__ import annotations

import dataclasses
import functools
import operator
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, cast

from django.db.models import QuerySet
from django.utils import timezone

from moot.access import policy
from moot.access.policy import Viewer
from moot.executive.models import DecisionNotice, PlanEntry
from moot.meetings.fields import PAGE_BREAK, read_page_acronyms
from moot.meetings.html import to_text
from moot.meetings.models import Committee, Decision, Document, Item, Meeting
from moot.meetings.words import acronyms

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
# What an item's units are made of, read as rows rather than model instances: a rebuild reads
# every item, and an instance costs more to make than its units (Django's ``from_db``).
_ITEM_ROW = (
    "pk",
    "meeting_id",
    "title",
    "agenda_text",
    "minutes",
    "decision_text",
    "restriction",
    "restriction_reason",
    "public_summary",
)
# What the re-check and the search page read of an item besides: its place and reference.
ITEM_FIELDS = [*_ITEM_ROW[1:], "position", "reference", *_MEETING_FIELDS]
_ITEM_OWN_FIELDS = [f for f in ITEM_FIELDS if not f.startswith("meeting__")]
_MEETING_OWN_FIELDS = [f.removeprefix("meeting__") for f in _MEETING_FIELDS]
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
    NOTICE = "notice"  # an executive or officer decision notice (moot.executive)
    PLAN = "plan"  # an entry of a forward plan (moot.executive)

    CHOICES = (
        (AGENDA, "Agenda item"),
        (MINUTES, "Minutes"),
        (DECISION, "Decision"),
        (REPORT, "Report or document"),
        (NOTICE, "Executive decision"),
        (PLAN, "Forward plan"),
    )
    LABELS = dict(CHOICES)
    CODES = {AGENDA: 1, MINUTES: 2, DECISION: 3, REPORT: 4, NOTICE: 5, PLAN: 6}
    # What belongs to a meeting; the others are the executive's, with no meeting or committee.
    OF_MEETINGS = frozenset({AGENDA, MINUTES, DECISION, REPORT})
    EXECUTIVE = frozenset({NOTICE, PLAN})
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
    # The acronyms of title and body, and of the secret: found from the texts unless given
    # (a document's are stored with its text).
    acronyms: set[str] | None = None
    secret_acronyms: set[str] | None = None

    def __post_init__(self):
        if self.acronyms is None:
            self.acronyms = acronyms(self.title) | acronyms(self.body)
        if self.secret_acronyms is None:
            self.secret_acronyms = acronyms(self.secret)

    def __reduce__(self):
        # Pickled as its values in order (a rebuild's workers send units by the hundred
        # thousand): smaller and quicker to read back than the default, field names and all.
        # The acronyms go as tuples: pickle reads a set back several times slower than a
        # tuple, and most units have none.
        values = _unit_values(self)
        return _unpickled_unit, (*values[:-2], tuple(values[-2] or ()), tuple(values[-1] or ()))


_unit_values = operator.attrgetter(*(f.name for f in dataclasses.fields(Unit)))


def _unpickled_unit(*values: Any) -> Unit:
    # The fields in order, the acronyms given (so not worked out again from the texts).
    return cast(Any, Unit)(*values[:-2], set(values[-2]), set(values[-1]))


def notice_owner(pk: int) -> str:
    return f"notice:{pk}"


def plan_owner(pk: int) -> str:
    return f"plan:{pk}"


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


def agenda_text(item: Item, detail: bool) -> str:
    """The item's agenda text, or for those who may not see its detail only its public
    notice (``policy.public_notice``)."""
    return to_text(item.agenda_text) if detail else policy.public_notice(item)


def minutes_text(item: Item, detail: bool) -> str:
    return to_text(item.minutes) if detail else ""


def decision_text(item: Item, detail: bool, decisions: list[Decision] | None = None) -> str:
    """The item's decisions (``decisions``, or ``item.decisions``, prefetched by the callers):
    the full wording, or for the public the public wording."""
    if decisions is None:
        decisions = list(item.decisions.all())
    texts = [policy.wording_of(d, detail=detail) for d in decisions]
    if detail:
        texts.insert(0, to_text(item.decision_text))
    return "\n".join(t for t in texts if t)


def document_pages(document: Document) -> list[str]:
    """The pages of a document's extracted text (form feeds separate pages)."""
    return document.text.split(PAGE_BREAK) if document.text else []


class _ItemRow:
    """An item as its units read it: the columns of ``_ITEM_ROW`` and its meeting (one model
    instance, with its committee, for all of a meeting's items). The policy's tests of an item
    and the text functions above read only these (none asks the database anything)."""

    __slots__ = (*_ITEM_ROW, "meeting")

    def __init__(self, row: tuple, meeting: Meeting):
        (
            self.pk,
            self.meeting_id,
            self.title,
            self.agenda_text,
            self.minutes,
            self.decision_text,
            self.restriction,
            self.restriction_reason,
            self.public_summary,
        ) = row
        self.meeting = meeting


class _DecisionRow:
    """A decision's two wordings, as ``policy.wording_of`` reads them."""

    __slots__ = ("public_text", "text")

    def __init__(self, text: str, public_text: str):
        self.text = text
        self.public_text = public_text


def item_units(item_ids: Iterable[int]) -> Iterator[tuple[str, list[Unit]]]:
    """(owner, units) for each item id, including ids that no longer have any (deleted)."""
    ids = list(item_ids)
    public, member, clerk = _audiences()
    chosen = _chosen(ids)
    rows = list(Item.all_objects.filter(**chosen).values_list(*_ITEM_ROW).order_by())
    # A meeting's dozen items share one meeting and committee instance.
    meeting_rows = Meeting.all_objects.filter(pk__in={row[1] for row in rows})
    meetings = {
        m.pk: m for m in meeting_rows.select_related("committee").only(*_MEETING_OWN_FIELDS)
    }
    known = {
        name: set(policy.items(viewer).filter(**chosen).order_by().values_list("pk", flat=True))
        for name, viewer in (("public", public), ("member", member), ("clerk", clerk))
    }
    decisions: dict[int, list[Decision]] = {}
    wordings = Decision.objects.filter(**_chosen(ids, "item_id")).order_by("position")
    for item_id, text, public_text in wordings.values_list("item_id", "text", "public_text"):
        decisions.setdefault(item_id, []).append(cast(Decision, _DecisionRow(text, public_text)))
    minutes: dict[int, dict[str, bool]] = {}  # by meeting: who may read its minutes
    found = {row[0]: row for row in rows}
    for pk in ids:
        row = found.get(pk)
        units = []
        if row is not None:
            item = cast(Item, _ItemRow(row, meetings[row[1]]))
            units = _units_of_item(item, public, known, decisions, minutes)
        yield item_owner(pk), units


# A batch whose ids fill at least this share of their range is read by the range alone.
DENSE = 0.5


def _chosen(ids: list[int], field: str = "pk") -> dict:
    """The filter for rows whose ``field`` is one of these ids; callers look the rows up by
    id, so a row read that is not among them is left. Ids that fill most of their range (a
    rebuild's batches, the tasks of a fresh import) are read by the range alone: a list of a
    thousand ids costs Django more to turn into SQL (about 16 µs an id, four lists a batch)
    than the database to read the few rows between them. Scattered ids are read by the list,
    with its bounds beside it, which add nothing to the ids but let PostgreSQL read a range
    of the index (rather than scan the whole table with parallel workers, three times the
    cost)."""
    if not ids:
        return {f"{field}__in": ids}
    low, high = min(ids), max(ids)
    bounds = {f"{field}__gte": low, f"{field}__lte": high}
    if len(ids) >= DENSE * (high - low + 1):
        return bounds
    return {f"{field}__in": ids, **bounds}


def _units_of_item(
    item: Item,
    public: Viewer,
    known: dict[str, set[int]],
    decisions: dict[int, list[Decision]],
    minutes: dict[int, dict[str, bool]],
) -> list[Unit]:
    meeting = item.meeting
    committee = meeting.committee
    seen = {name: item.pk in ids for name, ids in known.items()}
    if not any(seen.values()):
        return []
    restricted = not policy.can_see_item_detail(public, item)
    if meeting.pk not in minutes:
        minutes[meeting.pk] = {
            "public": policy.can_see_minutes(public, meeting),
            "member": policy.can_see_minutes(_member_of(committee), meeting),
            "clerk": policy.can_see_minutes(_clerk_of(committee), meeting),
        }
    readable = minutes[meeting.pk]
    owner = item_owner(item.pk)
    own_decisions = decisions.get(item.pk, [])
    texts = (
        (Kind.AGENDA, agenda_text, False),
        (Kind.MINUTES, minutes_text, True),
        (Kind.DECISION, functools.partial(decision_text, decisions=own_decisions), True),
    )
    units = []
    for kind, text_of, needs_minutes in texts:
        body = text_of(item, not restricted)
        secret = text_of(item, True) if restricted else ""
        if kind != Kind.AGENDA and not (body or secret):
            continue
        ok = {k: v and (readable[k] or not needs_minutes) for k, v in seen.items()}
        if not any(ok.values()):
            continue
        units.append(
            Unit(  # the fields in order (see ``_units_of_document``)
                f"item:{item.pk}:{kind}",
                owner,
                kind,
                item.pk,
                None,
                0,
                committee.pk,
                committee.body_id,
                meeting.start,
                ok["public"],
                ok["member"],
                ok["clerk"],
                item.title if kind == Kind.AGENDA else "",
                body,
                secret,
            )
        )
    return units


def _member_of(committee: Committee) -> Viewer:
    return Viewer(user_id=0, member_of=frozenset({committee.pk}))


def _clerk_of(committee: Committee) -> Viewer:
    return Viewer(user_id=0, clerk_of=frozenset({committee.body_id}))


# What a document's units are made of, read without making model instances: a document's
# text is the bulk of a rebuild, and an instance adds nothing to it.
_DOCUMENT_ROW = (
    "pk",
    "item_id",
    "title",
    "text",
    "text_acronyms",
    "meeting__start",
    "meeting__committee_id",
    "meeting__committee__body_id",
)


def document_units(document_ids: Iterable[int]) -> Iterator[tuple[str, list[Unit]]]:
    """(owner, units) for each document id: one unit per page, the title on page 1."""
    ids = list(document_ids)
    chosen = _chosen(ids)
    public, member, clerk = _audiences()
    rows = (
        Document.all_objects.filter(**chosen, meeting__committee__deleted_at__isnull=True)
        .values_list(*_DOCUMENT_ROW)
        .order_by()
    )
    known = {
        name: set(policy.documents(viewer).filter(**chosen).order_by().values_list("pk", flat=True))
        for name, viewer in (("public", public), ("member", member), ("clerk", clerk))
    }
    found = {row[0]: row for row in rows}
    for pk in ids:
        row = found.get(pk)
        units: list[Unit] = []
        if row is not None:
            ok = {name: pk in ids_ for name, ids_ in known.items()}
            if any(ok.values()):
                units = _units_of_document(row, ok)
        yield document_owner(pk), units


def _units_of_document(row: tuple, ok: dict[str, bool]) -> list[Unit]:
    pk, item_id, title, text, stored_acronyms, date, committee_id, body_id = row
    pages = text.split(PAGE_BREAK)  # one page, empty, for a document without text
    found = read_page_acronyms(stored_acronyms, pages)
    # The fields in order (a large archive has a unit per page by the hundred thousand, and
    # naming sixteen fields each time costs more than the rest of the loop): key, owner, kind,
    # item, document, page, committee, body, date, the three flags, title, body, secret, and
    # the acronyms of title and body and of the secret.
    same = (document_owner(pk), Kind.REPORT, item_id, pk)
    where = (committee_id, body_id, date, ok["public"], ok["member"], ok["clerk"])
    key = f"document:{pk}:"
    units = [
        Unit(
            key + ("1" if text else "0"),
            *same,
            1 if text else 0,
            *where,
            title,
            pages[0],
            "",
            acronyms(title) | found[0],
            set(),
        )
    ]
    for number in range(2, len(pages) + 1):
        page = pages[number - 1]
        if page and not page.isspace():
            units.append(
                Unit(
                    key + str(number), *same, number, *where, "", page, "", found[number - 1], set()
                )
            )
    return units


# What a notice's unit, the re-check and the result read of it.
NOTICE_FIELDS = [
    "body_id",
    "maker__title",
    "body__executive_rules__scrutiny_committee_id",
    "title",
    "decision",
    "taken_on",
    "reasons",
    "alternatives",
    "interests",
    "dispensations",
    "urgency_reason",
    "restriction",
    "restriction_reason",
    "public_summary",
    "published_at",
    "withdrawn_at",
]
PLAN_FIELDS = [
    "body_id",
    "body__slug",
    "maker__title",
    "matter",
    "decision_on",
    "period",
    "documents",
    "private",
    "private_reason",
    "exception_reason",
    "state",
    "first_published_on",
]


def notice_text(notice: DecisionNotice, detail: bool) -> str:
    """A notice's text but its title: the whole record, or for those who may not see a
    restricted notice's detail its public summary and the public reason it is restricted."""
    public = [notice.public_summary, notice.restriction_reason]
    if not detail:
        return "\n".join(t for t in public if t)
    parts = [
        notice.decision,
        notice.reasons,
        notice.alternatives,
        notice.interests,
        notice.dispensations,
        notice.urgency_reason,
        *public,
    ]
    return "\n".join(t for t in parts if t)


def plan_text(entry: PlanEntry) -> str:
    """A forward plan entry's public text but its matter: what the public plan shows of it
    (never the clerk's note of exempt information)."""
    parts = [entry.period, entry.documents, entry.private_reason, entry.exception_reason]
    return "\n".join(t for t in parts if t)


def public_plan_entries() -> QuerySet[PlanEntry]:
    """The entries search finds: those published on the public plan (``plan_views``), of a
    body not withdrawn, less the withdrawn ones (which leave search as withdrawn items do)."""
    from moot.executive.plan import PlanState

    return PlanEntry.objects.filter(
        first_published_on__isnull=False, body__deleted_at__isnull=True
    ).exclude(state=PlanState.WITHDRAWN)


def plan_day(entry: PlanEntry) -> date:
    """An entry's day in search: its planned date, or the day it was first published."""
    day = entry.decision_on or entry.first_published_on
    assert day is not None, "an entry on the public plan was published"
    return day


def day_start(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def _body_wide_unit(
    key: str,
    owner: str,
    kind: str,
    pk: int,
    body_id: int,
    day: date,
    title: str,
    body: str,
    secret: str = "",
) -> Unit:
    """A unit of a body's own record outside any meeting (a decision notice, a plan entry):
    public to all, filed under no committee, its row's id in ``document_id``."""
    return Unit(
        key=key,
        owner=owner,
        kind=kind,
        item_id=None,
        document_id=pk,
        page=0,
        committee_id=0,
        body_id=body_id,
        date=day_start(day),
        public_ok=True,
        member_ok=True,
        clerk_ok=True,
        title=title,
        body=body,
        secret=secret,
    )


def notice_units(notice_ids: Iterable[int]) -> Iterator[tuple[str, list[Unit]]]:
    """(owner, units) for each notice id: one unit for a published notice, none otherwise.

    Costs one query however many notices."""
    ids = list(notice_ids)
    rows = {
        n.pk: n
        for n in policy.public_decision_notices()
        .filter(**_chosen(ids))
        .only(*[f for f in NOTICE_FIELDS if "__" not in f])
        .order_by()
    }
    for pk in ids:
        notice = rows.get(pk)
        units = []
        if notice is not None:
            restricted = not policy.can_see_notice_detail(Viewer.public(), notice)
            units.append(
                _body_wide_unit(
                    f"notice:{pk}",
                    notice_owner(pk),
                    Kind.NOTICE,
                    pk,
                    notice.body_id,
                    notice.taken_on,
                    notice.title,
                    notice_text(notice, not restricted),
                    secret=notice_text(notice, True) if restricted else "",
                )
            )
        yield notice_owner(pk), units


def plan_units(entry_ids: Iterable[int]) -> Iterator[tuple[str, list[Unit]]]:
    """(owner, units) for each forward plan entry id: one unit for an entry on the public
    plan, none otherwise. Costs one query however many entries."""
    ids = list(entry_ids)
    rows = {
        e.pk: e
        for e in public_plan_entries()
        .filter(**_chosen(ids))
        .only(*[f for f in PLAN_FIELDS if "__" not in f])
        .order_by()
    }
    for pk in ids:
        entry = rows.get(pk)
        units = []
        if entry is not None:
            units.append(
                _body_wide_unit(
                    f"plan:{pk}",
                    plan_owner(pk),
                    Kind.PLAN,
                    pk,
                    entry.body_id,
                    plan_day(entry),
                    entry.matter,
                    plan_text(entry),
                )
            )
        yield plan_owner(pk), units
