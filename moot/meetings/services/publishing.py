"""Publishing: the agenda (and later supplements) with references and the notice check;
take-down; release dates that publish and review dates that only remind."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, TypeVar

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from moot.meetings import events, workingdays
from moot.meetings.models import Document, Item, Meeting, ReferenceCounter
from moot.meetings.references import format_reference, number_items

from . import history
from .common import ORIGIN, ServiceError, meeting_date, public_date, year_of

if TYPE_CHECKING:
    from .history import Actor

Withdrawable = TypeVar("Withdrawable", Item, Document)


@dataclass(frozen=True)
class NoticeCheck:
    """How much notice publishing on ``published`` gives the meeting."""

    published: date
    meeting: date
    required: int
    clear_days: list[date]
    deadline: date

    @property
    def short(self) -> bool:
        return len(self.clear_days) < self.required

    @property
    def message(self) -> str:
        """The warning, naming the dates; "" when the notice is enough."""
        if not self.short:
            return ""
        count = len(self.clear_days)
        days = ", ".join(f"{d:%A} {d.day} {d:%B}" for d in self.clear_days) or "none"
        return (
            f"Published on {public_date(self.published)}, the agenda gives {count} clear working "
            f"day{'s' if count != 1 else ''} ({days}) before the meeting on "
            f"{public_date(self.meeting)}; {self.required} are required. The last day to "
            f"publish with full notice was {public_date(self.deadline)}."
        )


def notice_check(meeting: Meeting, on: date | None = None) -> NoticeCheck:
    """Clear working days between ``on`` (default today) and the meeting. No query beyond
    the committee's body (select_related it)."""
    body = meeting.committee.body
    region = workingdays.region_for(body.jurisdiction)
    on = on or timezone.localdate()
    day = meeting_date(meeting)
    return NoticeCheck(
        published=on,
        meeting=day,
        required=body.notice_days,
        clear_days=workingdays.working_days_between(on, day, region),
        deadline=workingdays.latest_publication_date(day, body.notice_days, region),
    )


class ShortNotice(ServiceError):
    def __init__(self, check: NoticeCheck):
        super().__init__(check.message)
        self.check = check


@dataclass
class Publication:
    items: list[Item]
    documents: list[Document]
    supplement: bool
    notice: NoticeCheck
    references: list[str] = field(default_factory=list)


def pending(meeting: Meeting) -> tuple[list[Item], list[Document]]:
    """What the next publication would put out: unpublished items and documents."""
    items = list(
        Item.objects.filter(
            meeting=meeting, published_at__isnull=True, withdrawn_at__isnull=True
        ).order_by("position", "pk")
    )
    documents = list(
        Document.objects.filter(
            meeting=meeting, published_at__isnull=True, withdrawn_at__isnull=True
        )
    )
    return items, documents


@transaction.atomic
def publish_agenda(
    meeting: Meeting,
    *,
    user: Actor = None,
    accept_short_notice: bool = False,
    now: datetime | None = None,
) -> Publication:
    """Publish the agenda, or — when it is already out — the items and papers added since, as a
    supplement. Unnumbered items take the committee's next references for the municipal year
    in agenda order; numbers are never reused. Raises ShortNotice when fewer clear working
    days remain than the body requires, unless ``accept_short_notice``."""
    given = meeting
    meeting = (
        Meeting.objects.select_for_update().select_related("committee__body").get(pk=meeting.pk)
    )
    now = now or timezone.now()
    check = notice_check(meeting, timezone.localdate(now))
    if check.short and not accept_short_notice:
        raise ShortNotice(check)
    items, documents = pending(meeting)
    if not items and not documents:
        raise ServiceError("Nothing new to publish.")
    supplement = meeting.agenda_published_at is not None
    committee = meeting.committee
    year = year_of(committee, meeting_date(meeting))
    counter, _ = ReferenceCounter.objects.select_for_update().get_or_create(
        committee=committee, year=year
    )
    numbering = number_items(
        [i.position for i in items],
        [i.position for i in items if i.reference_number],
        counter.last,
    )
    references = []
    for item in items:
        number = numbering.numbers.get(item.position)
        if number is not None:
            item.reference_number = number
            item.reference_year = year
            item.reference = format_reference(committee.reference_prefix, number, year)
        item.published_at = now
        item.supplement = supplement
        item.save(
            update_fields=[
                "reference_number",
                "reference_year",
                "reference",
                "published_at",
                "supplement",
                "updated_at",
            ]
        )
        references.append(item.reference)
    counter.last = numbering.last_used
    counter.save(update_fields=["last"])
    for document in documents:
        document.published_at = now
        document.save(update_fields=["published_at", "updated_at"])
    if not supplement:
        meeting.agenda_published_at = now
        meeting.agenda_published_by = user if user is not None and user.is_authenticated else None
        meeting.save(update_fields=["agenda_published_at", "agenda_published_by", "updated_at"])
        given.agenda_published_at = meeting.agenda_published_at
        given.agenda_published_by = meeting.agenda_published_by
    note = "Supplement published" if supplement else "Agenda published"
    if check.short:
        note += f" at short notice. {check.message}"
    history.record(
        meeting,
        "publish_supplement" if supplement else "publish",
        {"items": [None, references], "documents": [None, [d.pk for d in documents]]},
        origin=ORIGIN,
        user=user,
        note=note,
        public=False,
    )
    events.announce(events.Change.of(papers=[meeting.pk], origin=ORIGIN))
    events.announce_publication(meeting.pk, supplement=supplement, at=now)
    return Publication(items, documents, supplement, check, references)


@transaction.atomic
def withdraw_item(item: Item, reason: str, *, user: Actor = None) -> Item:
    """Take an item down at once (a mistake, a legal reason): it disappears from every way out
    with its papers; the reason and who did it are kept."""
    return _withdraw(item, reason, "item", user, {"withdrawn_reason": reason.strip()})


@transaction.atomic
def withdraw_document(document: Document, reason: str, *, user: Actor = None) -> Document:
    """Take a document down at once; its redacted version, if any, goes with it."""
    withdrawn = _withdraw(document, reason, "document", user, {})
    if document.public_version_id:
        # Its redacted version goes with it: the ways out learn that too.
        version = (document.meeting_id, document.public_version_id)
        events.announce(events.Change.of(documents=[version], origin=ORIGIN))
    return withdrawn


def _withdraw(
    obj: Withdrawable, reason: str, noun: str, user: Actor, extra: Mapping[str, object]
) -> Withdrawable:
    """What both take-downs do: the meeting's papers are withdrawn in this transaction and
    rebuilt after it, and the history keeps who and why."""
    if not reason.strip():
        raise ServiceError(f"Record why the {noun} is being withdrawn.")
    if obj.withdrawn_at is not None:
        return obj
    was_public = obj.published_at is not None
    meeting_id = obj.meeting_id
    events.announce(events.Change.of(withdrawn=[meeting_id], papers=[meeting_id], origin=ORIGIN))
    obj.withdrawn_at = timezone.now()
    for name, value in extra.items():
        setattr(obj, name, value)
    obj.save(update_fields=["withdrawn_at", *extra, "updated_at"])
    history.record(
        obj,
        "withdraw",
        {"withdrawn_at": [None, history.plain(obj.withdrawn_at)]},
        origin=ORIGIN,
        user=user,
        note=reason.strip(),
        public=was_public,
    )
    return obj


@dataclass
class Released:
    items: list[Item]
    documents: list[Document]


@transaction.atomic
def release_due(today: date | None = None, *, user: Actor = None) -> Released:
    """Make public the restricted items and documents whose release date has come: the
    restriction is cleared and a public revision says so. Safe to run every day."""
    today = today or timezone.localdate()
    items = list(
        Item.objects.select_for_update(of=("self",))
        .exclude(restriction="")
        .filter(release_date__lte=today)
        .order_by("pk")
        .select_related("meeting")
    )
    for item in items:
        changes = {
            "restriction": [item.restriction, ""],
            "exempt_paragraphs": [item.exempt_paragraphs, []],
        }
        note = f"Released on its release date, {public_date(item.release_date)}"
        item.restriction = ""
        item.exempt_paragraphs = []
        item.save(update_fields=["restriction", "exempt_paragraphs", "updated_at"])
        history.record(
            item,
            "release",
            changes,
            origin=ORIGIN,
            user=user,
            note=note,
            public=item.published_at is not None,
        )
    documents = list(
        Document.objects.select_for_update(of=("self",))
        .exclude(restriction="")
        .filter(release_date__lte=today)
        .order_by("pk")
        .select_related("meeting")
    )
    for document in documents:
        changes = {"restriction": [document.restriction, ""]}
        document.restriction = ""
        document.exempt_paragraphs = []
        document.save(update_fields=["restriction", "exempt_paragraphs", "updated_at"])
        history.record(
            document,
            "release",
            changes,
            origin=ORIGIN,
            user=user,
            note=f"Released on its release date, {public_date(document.release_date)}",
            public=document.published_at is not None,
        )
    due = [x.meeting_id for x in [*items, *documents]]
    events.announce(events.Change.of(papers=due, origin=ORIGIN))
    return Released(items, documents)


def reviews_due(
    body_ids: Iterable[int], today: date | None = None, within_days: int = 14
) -> QuerySet[Item]:
    """Restricted items of those bodies whose review date falls within ``within_days``: a
    reminder only, nothing changes. One query."""
    today = today or timezone.localdate()
    return (
        Item.objects.exclude(restriction="")
        .filter(
            review_date__lte=today + timedelta(days=within_days),
            withdrawn_at__isnull=True,
            meeting__committee__body_id__in=body_ids,
        )
        .filter(Q(release_date__isnull=True) | Q(release_date__gt=today))
        .select_related("meeting__committee")
        .order_by("review_date", "pk")
    )


def document_reviews_due(
    body_ids: Iterable[int], today: date | None = None, within_days: int = 14
) -> QuerySet[Document]:
    """Restricted documents of those bodies whose review date falls within ``within_days``,
    as ``reviews_due`` for items: a reminder only. One query."""
    today = today or timezone.localdate()
    return (
        Document.objects.exclude(restriction="")
        .filter(
            review_date__lte=today + timedelta(days=within_days),
            withdrawn_at__isnull=True,
            meeting__committee__body_id__in=body_ids,
        )
        .filter(Q(release_date__isnull=True) | Q(release_date__gt=today))
        .select_related("meeting__committee")
        .order_by("review_date", "pk")
    )
