"""The embedded engine: a tantivy index in a folder (``MOOT_SEARCH_INDEX_DIR``).

One index per process is opened and kept; readers reload when a commit lands (also commits
made by ``moot index-worker`` in another process). Writers take a file lock in the index
folder, so only one process writes at a time; tantivy's own lock would make a second writer
fail instead of wait.

Text the public may find and text it may not are kept in different fields. A unit open to
the public puts its title and text in ``title`` and ``body``; any other unit (unpublished,
or a document only members may read) puts them in ``closed_title`` and ``closed_body``; a
restricted item's withheld text is always in ``secret``. So the public's query, which names
only ``title`` and ``body``, cannot reach anything else and needs no visibility filter at
all — a filter that would otherwise double the cost of a common word. Members and clerks
search the other fields too, within their committees and bodies, under the visibility flags.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import cast

import tantivy
from tantivy import Occur, Query

from moot.access.policy import Viewer

from .engine import EngineResult, Facets, Filters, Hit, Order
from .query import ParsedQuery, Part, index_analyzer
from .units import Kind, Unit

SCHEMA_VERSION = 3
# How text fields are read: ``moot.search.query.index_analyzer`` (stop words left out).
TEXT_TOKENIZER = "moot_english"
# What the public's query may name: only units open to the public have these fields.
TEXT_FIELDS = ("title", "body")
ACRONYM_FIELDS = ("acronyms",)
# What entitled viewers search within their committees and bodies.
ALL_TEXT_FIELDS = ("title", "body", "closed_title", "closed_body", "secret")
ALL_ACRONYM_FIELDS = ("acronyms", "closed_acronyms", "secret_acronyms")
TITLE_FIELDS = frozenset({"title", "closed_title"})
TITLE_BOOST = 2.0
WRITER_HEAP = 32_000_000
# One writer with a large heap for a rebuild: few segments, one commit at the end. Larger is
# not quicker: at full size 1 GB took 55 s against 50 s, its memory new to the process and
# its tables less often in the processor's cache.
REBUILD_HEAP = 400_000_000

# The facets are counted in one pass over one column, ``facet``: committee id × 8 + kind
# code, split again afterwards (reading two columns per match costs half as much again).
_FACET_KINDS = 8
_FACETS = {"facets": {"terms": {"field": "facet", "size": 100_000}}}

# Facets are counted on a second thread while the first finds the page of hits: both walk
# every match, tantivy lets go of the GIL meanwhile, and a search then costs the longer of
# the two rather than their sum.
# Threads do not survive a fork, so each process (say, each forked app server worker) makes
# its own pool, as it opens its own index.
_pool: tuple[int, ThreadPoolExecutor] | None = None

_open: dict[Path, TantivyEngine] = {}
_open_lock = threading.Lock()


def _facet_pool() -> ThreadPoolExecutor:
    global _pool
    with _open_lock:
        if _pool is None or _pool[0] != os.getpid():  # none yet, or a parent's, copied by fork
            _pool = (os.getpid(), ThreadPoolExecutor(4, thread_name_prefix="search-facets"))
        return _pool[1]


def build_schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("owner", tokenizer_name="raw", index_option="basic")
    sb.add_integer_field("kind", indexed=True, fast=True)
    sb.add_integer_field("item_id", fast=True)
    sb.add_integer_field("document_id", fast=True)
    sb.add_integer_field("page", fast=True)
    sb.add_integer_field("committee_id", indexed=True, fast=True)
    sb.add_integer_field("facet", fast=True)
    sb.add_integer_field("body_id", indexed=True)
    sb.add_date_field("date", indexed=True, fast=True)
    for flag in ("public_ok", "member_ok", "clerk_ok"):
        sb.add_integer_field(flag, indexed=True)
    for name in ALL_TEXT_FIELDS:
        sb.add_text_field(name, tokenizer_name=TEXT_TOKENIZER)
    for name in ALL_ACRONYM_FIELDS:
        sb.add_text_field(name, tokenizer_name="raw", index_option="basic")
    return sb.build()


class TantivyEngine:
    name = "tantivy"

    def __init__(self, path: Path):
        self.path = path
        self.schema = build_schema()
        folder = path / f"v{SCHEMA_VERSION}"
        folder.mkdir(parents=True, exist_ok=True)
        self.index = tantivy.Index(self.schema, path=str(folder), reuse=True)
        self.index.register_tokenizer(TEXT_TOKENIZER, index_analyzer())
        self.index.config_reader(reload_policy="OnCommit")
        self._lock_path = path / "writer.lock"
        self.pid = os.getpid()

    @classmethod
    def at(cls, path: Path) -> TantivyEngine:
        """The engine for the index in ``path``, opened once per process."""
        path = Path(path)
        with _open_lock:
            engine = _open.get(path)
            # An index opened before a fork has lost its threads (the one that reloads readers
            # after another process commits among them): open it again in this process.
            if engine is None or engine.pid != os.getpid():
                engine = _open[path] = cls(path)
            return engine

    # Writing

    @contextlib.contextmanager
    def writer_lock(self):
        with open(self._lock_path, "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def replace(self, owners: list[str], units: list[Unit]) -> None:
        writer = self.index.writer(heap_size=WRITER_HEAP, num_threads=1)
        try:
            for owner in owners:
                writer.delete_documents_by_term("owner", owner)
            for unit in units:
                writer.add_document(self._document(unit))
            writer.commit()
        except BaseException:
            writer.rollback()
            raise
        finally:
            writer.wait_merging_threads()
        self.index.reload()

    def rebuild(self, units: Iterable[Unit]) -> int:
        writer = self.index.writer(heap_size=REBUILD_HEAP)
        count = 0
        try:
            writer.delete_all_documents()
            for unit in units:
                writer.add_document(self._document(unit))
                count += 1
            writer.commit()
        except BaseException:
            writer.rollback()
            raise
        finally:
            writer.wait_merging_threads()
        self.index.reload()
        return count

    def _document(self, unit: Unit) -> tantivy.Document:
        doc = tantivy.Document()
        doc.add_text("owner", unit.owner)
        doc.add_integer("kind", Kind.CODES[unit.kind])
        doc.add_integer("item_id", unit.item_id or 0)
        doc.add_integer("document_id", unit.document_id or 0)
        doc.add_integer("page", unit.page)
        doc.add_integer("committee_id", unit.committee_id)
        doc.add_integer("facet", unit.committee_id * _FACET_KINDS + Kind.CODES[unit.kind])
        doc.add_integer("body_id", unit.body_id)
        doc.add_date("date", unit.date)
        doc.add_integer("public_ok", int(unit.public_ok))
        doc.add_integer("member_ok", int(unit.member_ok))
        doc.add_integer("clerk_ok", int(unit.clerk_ok))
        title, body, acronyms = (
            ("title", "body", "acronyms")
            if unit.public_ok
            else ("closed_title", "closed_body", "closed_acronyms")
        )
        for name, value in ((title, unit.title), (body, unit.body), ("secret", unit.secret)):
            if value:
                doc.add_text(name, value)
        for value in sorted(unit.acronyms or ()):  # never None once the unit is made
            doc.add_text(acronyms, value)
        for value in sorted(unit.secret_acronyms or ()):
            doc.add_text("secret_acronyms", value)
        return doc

    # Reading

    def search(
        self,
        query: ParsedQuery,
        viewer: Viewer,
        filters: Filters,
        order: str,
        offset: int,
        limit: int,
    ) -> EngineResult:
        if not query:
            return EngineResult(total=0)
        compiled = self._compile(query, viewer, filters)
        searcher = self.index.searcher()
        counting = _facet_pool().submit(self._facets, searcher, compiled)
        try:
            result = self._page(searcher, compiled, order, offset, limit)
        finally:
            facets = counting.result()
        # Every unit has one facet value, so the facets' counts add up to the matches: the
        # page of hits need not count them too (counting a common word costs a third more).
        total = sum(facets.kinds.values())
        addresses = [address for _, address in result.hits]
        if not addresses:
            return EngineResult(total=total, facets=facets)
        columns = {  # all four are integer fields
            name: cast(list[int], searcher.fast_field_values(name, addresses))
            for name in ("kind", "item_id", "document_id", "page")
        }
        hits = [
            Hit(
                kind=Kind.BY_CODE[columns["kind"][i]],
                item_id=columns["item_id"][i] or None,
                document_id=columns["document_id"][i] or None,
                page=columns["page"][i] or 0,
                score=float(score) if order != Order.DATE else 0.0,
            )
            for i, (score, _) in enumerate(result.hits)
        ]
        return EngineResult(total=total, hits=hits, facets=facets)

    def _compile(self, query: ParsedQuery, viewer: Viewer, filters: Filters) -> Query:
        """The text query, less what ``viewer`` may not find, within the filters.

        For entitled viewers, visibility is an exclusion rather than a requirement: the units
        hidden from them are few, so leaving them out is cheaper than intersecting every
        match with the many units they may find.
        """
        entitled = self._entitled(viewer)
        clauses = [(Occur.Must, self._visible_text(query, viewer, entitled))]
        hidden = self._hidden(viewer, entitled)
        if hidden is not None:
            clauses.append((Occur.MustNot, hidden))
        clauses += [(Occur.Must, self._const(q)) for q in self._filters(filters)]
        return self._boolean(clauses)

    def is_empty(self) -> bool:
        return self.index.searcher().num_docs == 0

    def refresh(self) -> None:
        """Readers reload on their own a moment after another process commits; this reloads
        now (a look at the index's meta file when nothing changed)."""
        self.index.reload()

    def public_frequencies(self, stems: set[str]) -> dict[str, int]:
        """How many units open to the public have each stem (in their title or text). Read
        from the term dictionary of the public fields, so withheld text never counts; units
        deleted but not yet merged away may still count, which only makes a word look
        commoner than it is."""
        searcher = self.index.searcher()
        out = {}
        for s in stems:
            if s:
                n = sum(searcher.doc_freq(field, s) for field in TEXT_FIELDS)
                if n:
                    out[s] = n
        return out

    @staticmethod
    def _page(searcher: tantivy.Searcher, compiled: Query, order: str, offset: int, limit: int):
        if order == Order.DATE:
            return searcher.search(
                compiled,
                limit=limit,
                offset=offset,
                count=False,
                order_by_field="date",
                order=tantivy.Order.Desc,
            )
        return searcher.search(compiled, limit=limit, offset=offset, count=False)

    @staticmethod
    def _facets(searcher: tantivy.Searcher, compiled: Query) -> Facets:
        """Counts per committee and kind over the same query (visibility included)."""
        facets = Facets()
        for bucket in searcher.aggregate(compiled, _FACETS)["facets"]["buckets"]:
            committee, code = divmod(int(bucket["key"]), _FACET_KINDS)
            kind, n = Kind.BY_CODE[code], bucket["doc_count"]
            facets.committees[committee] = facets.committees.get(committee, 0) + n
            facets.kinds[kind] = facets.kinds.get(kind, 0) + n
        return facets

    def _visible_text(self, query: ParsedQuery, viewer: Viewer, entitled: list) -> Query:
        """The text query over the fields ``viewer`` may search.

        The public's query never names the ``secret`` fields, so neither a word nor an
        exclusion can reach withheld text; entitled viewers search it only in their own
        committees' units.
        """
        public_text = self._text(query, TEXT_FIELDS, ACRONYM_FIELDS)
        if viewer.superuser:
            return self._text(query, ALL_TEXT_FIELDS, ALL_ACRONYM_FIELDS)
        if not entitled:
            return public_text
        entitled_q = self._const(self._any([scope for scope, _ in entitled]))
        all_text = self._text(query, ALL_TEXT_FIELDS, ALL_ACRONYM_FIELDS)
        return self._any(
            [
                Query.boolean_query([(Occur.Must, entitled_q), (Occur.Must, all_text)]),
                Query.boolean_query([(Occur.MustNot, entitled_q), (Occur.Must, public_text)]),
            ]
        )

    def _hidden(self, viewer: Viewer, entitled: list) -> Query | None:
        """Units ``viewer``'s text query could reach but may not find (None: none): units
        not open to the public in the viewer's committees and bodies, less those open to the
        viewer as a member of their committee or a clerk of their body. The public's query
        reaches only units open to the public (see the module's docstring).
        """
        if viewer.superuser or not entitled:
            return None
        closed = self._term("public_ok", 0)
        opened = self._any([self._all(scope, self._term(flag, 1)) for scope, flag in entitled])
        return Query.boolean_query([(Occur.Must, closed), (Occur.MustNot, opened)])

    def _entitled(self, viewer: Viewer) -> list[tuple[Query, str]]:
        """(the units in the viewer's scope, the flag that opens them) per role held."""
        out = []
        if viewer.member_of:
            out.append((self._in("committee_id", viewer.member_of), "member_ok"))
        if viewer.clerk_of:
            out.append((self._in("body_id", viewer.clerk_of), "clerk_ok"))
        return out

    def _text(self, query: ParsedQuery, fields: tuple[str, ...], acronym_fields) -> Query:
        clauses = []
        for part in query.parts:
            occur = Occur.MustNot if part.negated else Occur.Must
            clauses.append((occur, self._part(part, fields, acronym_fields)))
        return self._boolean(clauses)

    @staticmethod
    def _boolean(clauses: list[tuple[Occur, Query]]) -> Query:
        """A boolean query, or its one required clause alone: each level of nesting costs
        every match a little (a fifth of a common word's time)."""
        if len(clauses) == 1 and clauses[0][0] == Occur.Must:
            return clauses[0][1]
        return Query.boolean_query(clauses)

    def _part(self, part: Part, fields, acronym_fields) -> Query:
        if part.acronym:
            return self._any(
                [Query.term_set_query(self.schema, f, list(part.forms)) for f in acronym_fields]
            )
        terms = part.terms()
        if not terms:
            return Query.empty_query()
        per_field = []
        for name in fields:
            if len(terms) == 1:
                q = Query.term_query(self.schema, name, terms[0][1])
            else:
                q = Query.phrase_query(self.schema, name, list(terms))
            per_field.append(Query.boost_query(q, TITLE_BOOST) if name in TITLE_FIELDS else q)
        return self._any(per_field)

    def _filters(self, filters: Filters) -> list[Query]:
        out = []
        if filters.committee_ids:
            out.append(self._in("committee_id", filters.committee_ids))
        if filters.kinds:
            out.append(self._in("kind", {Kind.CODES[k] for k in filters.kinds}))
        start, end = filters.start(), filters.end()
        if start or end:
            out.append(
                Query.range_query(
                    self.schema,
                    "date",
                    tantivy.FieldType.Date,
                    lower_bound=start,
                    upper_bound=end,
                    include_upper=end is None,
                )
            )
        return out

    def _term(self, name: str, value: int) -> Query:
        return Query.term_query(self.schema, name, value)

    def _in(self, name: str, values) -> Query:
        return Query.term_set_query(self.schema, name, sorted(values))

    @staticmethod
    def _any(queries: list[Query]) -> Query:
        if len(queries) == 1:
            return queries[0]
        return Query.boolean_query([(Occur.Should, q) for q in queries])

    @staticmethod
    def _all(*queries: Query) -> Query:
        return Query.boolean_query([(Occur.Must, q) for q in queries])

    @staticmethod
    def _const(query: Query) -> Query:
        return Query.const_score_query(query, 0.0)
