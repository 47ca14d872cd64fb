"""Search for a viewer: ask the engine, re-check every hit, cut the snippets.

The engine filters by visibility so counts and paging are right, but the index is derived
data and may lag the database by a moment (or more, if a drain failed). So every hit is
looked up again through ``moot.access.policy`` before it is shown, the query is matched
again against the text the viewer may read now, and the snippet is cut from that text —
never from the index. A hit that fails the re-check is dropped, and taken off the count.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from urllib.parse import quote

from django.db.models import Prefetch, QuerySet
from django.urls import reverse
from django.utils.http import RFC3986_SUBDELIMS
from django.utils.safestring import SafeString

from moot.access import policy
from moot.access.policy import Viewer
from moot.executive.models import DecisionNotice, PlanEntry
from moot.meetings.models import Committee, Document, Item, Meeting

from .engine import Facets, Filters, Hit, Order, get_engine
from .query import ParsedQuery, parse
from .snippets import checked_highlight, highlight_title
from .units import (
    DECISIONS,
    DOCUMENT_FIELDS,
    ITEM_FIELDS,
    NOTICE_FIELDS,
    PLAN_FIELDS,
    Kind,
    agenda_text,
    day_start,
    decision_text,
    document_pages,
    minutes_text,
    notice_text,
    plan_day,
    plan_text,
    public_plan_entries,
)

PER_PAGE = 20
MAX_PAGE = 500


@dataclass
class Result:
    """One result. A meeting's (agenda, minutes, decision, report) has its ``meeting`` and
    ``committee``; an executive decision notice or forward plan entry has neither, but its
    ``notice`` or ``entry``, its decision maker as ``source`` and its day as ``when``."""

    kind: str
    url: str
    title: SafeString
    snippet: SafeString
    meeting: Meeting | None = None
    committee: Committee | None = None
    item: Item | None = None
    document: Document | None = None
    page: int = 0
    notice: DecisionNotice | None = None
    entry: PlanEntry | None = None
    source: str = ""
    when: datetime | None = None

    @property
    def kind_label(self) -> str:
        return Kind.LABELS[self.kind]

    @property
    def date(self) -> datetime:
        if self.meeting is not None:
            return self.meeting.start
        assert self.when is not None, "a result without a meeting has its own date"
        return self.when

    @property
    def source_name(self) -> str:
        """Whose it is: the committee, or the decision maker."""
        return self.committee.name if self.committee is not None else self.source


@dataclass
class ResultPage:
    query: ParsedQuery
    results: list[Result] = field(default_factory=list)
    total: int = 0
    page: int = 1
    per_page: int = PER_PAGE
    order: str = Order.RELEVANCE
    facets: Facets = field(default_factory=Facets)
    capped: bool = False  # more than ``total`` results (the engine stopped counting)

    @property
    def pages(self) -> int:
        return min(MAX_PAGE, max(1, -(-self.total // self.per_page)))

    @property
    def first(self) -> int:
        return (self.page - 1) * self.per_page + 1 if self.results else 0

    @property
    def last(self) -> int:
        return self.first + len(self.results) - 1 if self.results else 0


def search(
    viewer: Viewer,
    q: str | ParsedQuery,
    filters: Filters | None = None,
    order: str = Order.RELEVANCE,
    page: int = 1,
    per_page: int = PER_PAGE,
) -> ResultPage:
    """One page of results for ``viewer``.

    Costs the engine query plus at most five database queries (items with their meetings
    and committees, their decisions, documents, decision notices, forward plan entries),
    however many results the page has.
    """
    query = q if isinstance(q, ParsedQuery) else parse(q)
    filters = filters or Filters()
    page = max(1, min(page, MAX_PAGE))
    out = ResultPage(query=query, page=page, per_page=per_page, order=order)
    if not query:
        return out
    found = get_engine().search(query, viewer, filters, order, (page - 1) * per_page, per_page)
    results = recheck(viewer, query, found.hits)
    out.results = results
    out.total = max(len(results), found.total - (len(found.hits) - len(results)))
    out.facets, out.capped = found.facets, found.capped
    return out


def recheck(viewer: Viewer, query: ParsedQuery, hits: list[Hit]) -> list[Result]:
    """The hits ``viewer`` may see now, in order, as results with snippets.

    Costs at most five queries: documents, items (with meetings and committees), the
    decisions of items found by their decisions, decision notices and forward plan entries
    (each with its decision maker and body).
    """
    doc_ids = {h.document_id for h in hits if h.kind == Kind.REPORT}
    documents = {}
    if doc_ids:
        documents = {d.pk: d for d in _documents(viewer).filter(pk__in=doc_ids)}
    item_ids = {h.item_id for h in hits if h.kind != Kind.REPORT}
    item_ids |= {d.item_id for d in documents.values() if d.item_id}
    items = {}
    if item_ids:
        rows = _items(viewer).filter(pk__in=item_ids)
        if any(h.kind == Kind.DECISION for h in hits):
            rows = rows.prefetch_related(Prefetch("decisions", queryset=DECISIONS))
        items = {i.pk: i for i in rows}
    notices = _notices([h.document_id for h in hits if h.kind == Kind.NOTICE])
    entries = _plan_entries([h.document_id for h in hits if h.kind == Kind.PLAN])
    meeting_url = _meeting_urls()
    document_url = _document_urls()
    results = []
    for hit in hits:
        result: Result | None
        if hit.kind == Kind.REPORT:
            result = _document_result(hit, documents, items, query, document_url)
        elif hit.kind == Kind.NOTICE:
            result = _notice_result(viewer, hit, notices, query)
        elif hit.kind == Kind.PLAN:
            result = _plan_result(hit, entries, query)
        else:
            result = _item_result(viewer, hit, items, query, meeting_url)
        if result is not None:
            results.append(result)
    return results


def _notices(ids: list) -> dict[int, DecisionNotice]:
    """The published notices among ``ids`` (one query, none for no ids), with what the
    policy reads to decide who sees their detail (the body's scrutiny committee)."""
    if not ids:
        return {}
    rows = (
        policy.public_decision_notices()
        .filter(pk__in=ids)
        .select_related("maker", "body__executive_rules")
        .only(*NOTICE_FIELDS)
        .order_by()
    )
    return {n.pk: n for n in rows}


def _plan_entries(ids: list) -> dict[int, PlanEntry]:
    """The forward plan entries among ``ids`` search may show (one query, none for no ids)."""
    if not ids:
        return {}
    rows = (
        public_plan_entries()
        .filter(pk__in=ids)
        .select_related("maker", "body")
        .only(*PLAN_FIELDS)
        .order_by()
    )
    return {e.pk: e for e in rows}


def _notice_result(
    viewer: Viewer, hit: Hit, notices: dict[int, DecisionNotice], query: ParsedQuery
) -> Result | None:
    notice = notices.get(hit.document_id or 0)
    if notice is None:
        return None  # drafted, withdrawn or deleted since it was indexed
    text = notice_text(notice, policy.can_see_notice_detail(viewer, notice))
    snippet = checked_highlight([notice.title, text], query)
    if snippet is None:
        return None
    return Result(
        kind=Kind.NOTICE,
        url=reverse("notices:notice", args=[notice.pk]),  # DecisionNotice.get_absolute_url()
        title=highlight_title(notice.title, query),
        snippet=snippet,
        notice=notice,
        source=notice.maker.title,
        when=day_start(notice.taken_on),
    )


def _plan_result(hit: Hit, entries: dict[int, PlanEntry], query: ParsedQuery) -> Result | None:
    entry = entries.get(hit.document_id or 0)
    if entry is None:
        return None  # withdrawn, or taken off the plan, since it was indexed
    snippet = checked_highlight([entry.matter, plan_text(entry)], query)
    if snippet is None:
        return None
    return Result(
        kind=Kind.PLAN,
        url=reverse("plan:entry", args=[entry.body.slug, entry.pk]),  # get_absolute_url()
        title=highlight_title(entry.matter, query),
        snippet=snippet,
        entry=entry,
        source=entry.maker.title,
        when=day_start(plan_day(entry)),
    )


# The policy's querysets for a viewer, built once: building one costs more than running it
# (the documents' visibility alone is a dozen conditions, about a millisecond to assemble).
# They depend only on the viewer (a frozen value) and are never evaluated here, only
# narrowed with ``filter``, which copies them, so a cached one holds no rows.
@lru_cache(maxsize=256)
def _documents(viewer: Viewer) -> QuerySet[Document]:
    return (
        policy.documents(viewer)
        .select_related("meeting__committee")
        .only(*DOCUMENT_FIELDS)
        .order_by()
    )


@lru_cache(maxsize=256)
def _items(viewer: Viewer) -> QuerySet[Item]:
    return policy.items(viewer).select_related("meeting__committee").only(*ITEM_FIELDS).order_by()


_PLACEHOLDER = 987654321


def _around(name: str, *args) -> tuple[str, str]:
    """What the URL ``name`` has before and after its arguments (given as ``_PLACEHOLDER``
    and "x"): one ``reverse`` a page, not one a result."""
    pattern = reverse(name, args=[_PLACEHOLDER, *args])
    before, _, after = pattern.partition("/".join([str(_PLACEHOLDER), *args]))
    return before, after


def _meeting_urls():
    """``url(meeting_id)``, the meeting page's address."""
    before, after = _around("portal:meeting")
    return lambda pk: f"{before}{pk}{after}"


def _document_urls():
    """``url(document)``, as ``Document.get_absolute_url()`` gives it."""
    before, after = _around("portal:document", "x")

    def url(document: Document) -> str:
        name = document.filename or "document"
        if "/" in name:
            return document.get_absolute_url()  # let the URL patterns decide
        return f"{before}{document.pk}/{quote(name, safe=RFC3986_SUBDELIMS + '/~:@')}{after}"

    return url


def _item_result(
    viewer: Viewer, hit: Hit, items: dict, query: ParsedQuery, meeting_url
) -> Result | None:
    item = items.get(hit.item_id)
    if item is None:
        return None
    meeting = item.meeting
    if hit.kind != Kind.AGENDA and not policy.can_see_minutes(viewer, meeting):
        return None
    detail = policy.can_see_item_detail(viewer, item)
    text_of: dict[str, Callable[[Item, bool], str]] = {
        Kind.AGENDA: agenda_text,
        Kind.MINUTES: minutes_text,
        Kind.DECISION: decision_text,
    }
    text = text_of[hit.kind](item, detail)
    snippet = checked_highlight([item.title, text] if hit.kind == Kind.AGENDA else [text], query)
    if snippet is None:
        return None
    return Result(
        kind=hit.kind,
        url=f"{meeting_url(item.meeting_id)}#{item.anchor}",  # Item.get_absolute_url()
        title=highlight_title(item.title, query),
        snippet=snippet,
        meeting=meeting,
        committee=meeting.committee,
        item=item,
    )


def _document_result(
    hit: Hit, documents: dict, items: dict, query: ParsedQuery, document_url
) -> Result | None:
    document = documents.get(hit.document_id)
    if document is None:
        return None
    text = ""
    if hit.page:
        pages = document_pages(document)
        if hit.page > len(pages):
            return None  # the text changed under a stale entry
        text = pages[hit.page - 1]
    snippet = checked_highlight([document.title, text] if hit.page <= 1 else [text], query)
    if snippet is None:
        return None
    url = document_url(document)  # Document.get_absolute_url()
    return Result(
        kind=Kind.REPORT,
        url=f"{url}#page={hit.page}" if hit.page > 1 else url,
        title=highlight_title(document.title, query),
        snippet=snippet,
        meeting=document.meeting,
        committee=document.meeting.committee,
        item=items.get(document.item_id),
        document=document,
        page=hit.page,
    )
