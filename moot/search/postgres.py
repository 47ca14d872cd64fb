"""The PostgreSQL engine: full-text search in the database itself, shared by every app server.

Units live in ``search_searchentry`` (``moot.search.models.SearchEntry``) with tsvector
columns built by the database (``english`` configuration: stemming and stop words) and
acronyms stored as written (``array_to_tsvector``, no normalisation). Writers hold a
transaction-level advisory lock, so drains from several servers apply one after another.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable

from django.db import connection, transaction

from moot.access.policy import Viewer

from .engine import COUNT_LIMIT, EngineResult, Facets, Filters, Hit, Order
from .models import SearchEntry
from .query import ParsedQuery, Part
from .units import Unit

LOCK_KEY = 0x6D6F6F74  # "moot"
# Matches ranked with ts_rank for a relevance-ordered page: the newest this many.
CANDIDATES = 2000
TABLE = SearchEntry._meta.db_table

# The title and text are parsed once: ``all_vector`` is ``vector`` plus the withheld text.
_INSERT_INTO = """
INSERT INTO {table} (key, owner, kind, item_id, document_id, page, committee_id, body_id,
    date, public_ok, member_ok, clerk_ok, vector, all_vector, acronyms, all_acronyms)
SELECT k, o, kd, i, d, p, c, b, dt, po, mo, co, v, v || setweight(to_tsvector('english', s), 'C'),
    array_to_tsvector(a::text[]), array_to_tsvector(aa::text[])
FROM (SELECT %s k, %s o, %s kd, %s::bigint i, %s::bigint d, %s::integer p, %s::bigint c,
    %s::bigint b, %s::timestamptz dt, %s::boolean po, %s::boolean mo, %s::boolean co,
    setweight(to_tsvector('english', %s), 'A') || setweight(to_tsvector('english', %s), 'B') v,
    %s::text s, %s::text[] a, %s::text[] aa) unit
"""
_INSERT = _INSERT_INTO.format(table=TABLE)
# A rebuild fills this table, indexes it, then puts it in the place of TABLE.
REBUILD_TABLE = f"{TABLE}_rebuild"


def _clean(text: str) -> str:
    return text.replace("\x00", "")


class PostgresEngine:
    name = "postgres"

    @contextlib.contextmanager
    def writer_lock(self):
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK_KEY])
            yield

    def is_empty(self) -> bool:
        return not SearchEntry.objects.exists()

    def refresh(self) -> None:
        """Nothing to do: every query reads the table as committed."""

    def public_frequencies(self, stems: set[str]) -> dict[str, int]:
        """How many rows open to the public have each stem, counted up to 1,000 (enough to
        rank spellings): one GIN lookup a stem, on the public vector only."""
        wanted = sorted(s for s in stems if s and s.isalnum())
        if not wanted:
            return {}
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT s, (SELECT count(*) FROM (SELECT 1 FROM {TABLE} "  # noqa: S608
                "WHERE public_ok AND vector @@ to_tsquery('simple', s) LIMIT 1000) m) "
                "FROM unnest(%s::text[]) s",
                [wanted],
            )
            return {s: n for s, n in cursor.fetchall() if n}

    def replace(self, owners: list[str], units: list[Unit]) -> None:
        with transaction.atomic(), connection.cursor() as cursor:
            if owners:
                cursor.execute(f"DELETE FROM {TABLE} WHERE owner = ANY(%s)", [owners])  # noqa: S608
            rows = [self._row(unit) for unit in units]
            if rows:
                cursor.executemany(_INSERT, rows)

    def rebuild(self, units: Iterable[Unit]) -> int:
        """Fill a new table without indexes, index it like the live table, then swap the two
        in a moment at the end. Searches read the old table meanwhile, the whole rebuild is
        one transaction (a failure leaves the live table untouched), and the live table is
        left with fresh indexes and no dead rows, as a delete-and-insert would leave it.
        At full size most of the time is building the GIN indexes (one process each)."""
        count = 0
        insert = _INSERT_INTO.format(table=REBUILD_TABLE)
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {REBUILD_TABLE}")
            cursor.execute(
                f"CREATE TABLE {REBUILD_TABLE} (LIKE {TABLE} INCLUDING DEFAULTS "
                "INCLUDING IDENTITY INCLUDING CONSTRAINTS INCLUDING STORAGE)"
            )
            batch: list[tuple] = []
            for unit in units:
                batch.append(self._row(unit))
                if len(batch) >= 1000:
                    cursor.executemany(insert, batch)
                    count += len(batch)
                    batch = []
            if batch:
                cursor.executemany(insert, batch)
                count += len(batch)
            self._swap(cursor)
        return count

    @staticmethod
    def _swap(cursor) -> None:
        """Give the rebuilt table the live table's indexes and constraints (same names), then
        put it in the live table's place."""
        cursor.execute(
            "SELECT i.relname, pg_get_indexdef(i.oid), c.conname, c.contype "
            "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
            "LEFT JOIN pg_constraint c ON c.conindid = i.oid AND c.conrelid = x.indrelid "
            "WHERE x.indrelid = %s::regclass",
            [TABLE],
        )
        indexes = cursor.fetchall()
        renames = []
        for name, definition, constraint, kind in indexes:
            temporary = f"{name[:50]}_rebuild"
            on_live = f" ON public.{TABLE} " if " ON public." in definition else f" ON {TABLE} "
            cursor.execute(
                definition.replace(f"INDEX {name} ", f"INDEX {temporary} ", 1).replace(
                    on_live, f" ON {REBUILD_TABLE} ", 1
                )
            )
            if constraint:
                what = "PRIMARY KEY" if kind == "p" else "UNIQUE"
                cursor.execute(
                    f"ALTER TABLE {REBUILD_TABLE} ADD CONSTRAINT {temporary} "
                    f"{what} USING INDEX {temporary}"
                )
                # Renaming an index's constraint renames the index too.
                renames.append(f"ALTER TABLE {TABLE} RENAME CONSTRAINT {temporary} TO {constraint}")
            else:
                renames.append(f"ALTER INDEX {temporary} RENAME TO {name}")
        cursor.execute(f"LOCK TABLE {TABLE} IN ACCESS EXCLUSIVE MODE")
        cursor.execute(f"DROP TABLE {TABLE}")
        cursor.execute(f"ALTER TABLE {REBUILD_TABLE} RENAME TO {TABLE}")
        for statement in renames:
            cursor.execute(statement)
        cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", [TABLE])
        (sequence,) = cursor.fetchone()
        if sequence:
            cursor.execute(f"ALTER SEQUENCE {sequence} RENAME TO {TABLE}_id_seq")
        cursor.execute(f"ANALYZE {TABLE}")

    @staticmethod
    def _row(unit: Unit) -> tuple:
        title, body, secret = _clean(unit.title), _clean(unit.body), _clean(unit.secret)
        acronyms = sorted(unit.acronyms or ())  # never None once the unit is made
        return (
            unit.key,
            unit.owner,
            unit.kind,
            unit.item_id,
            unit.document_id,
            unit.page,
            unit.committee_id,
            unit.body_id,
            unit.date,
            unit.public_ok,
            unit.member_ok,
            unit.clerk_ok,
            title,
            body,
            secret,
            acronyms,
            sorted((unit.acronyms or set()) | (unit.secret_acronyms or set())),
        )

    def search(
        self,
        query: ParsedQuery,
        viewer: Viewer,
        filters: Filters,
        order: str,
        offset: int,
        limit: int,
    ) -> EngineResult:
        """One page of matches, the total and the facet counts: two queries.

        Ranking every match with ``ts_rank`` reads every matching row's vector, which for a
        common word in a large archive costs hundreds of milliseconds. So only the newest
        ``CANDIDATES`` matches (found through the GIN indexes, ordered by date, a cheap key)
        are ranked; a common word's best older matches can rank below newer ones. Counts
        stop at ``COUNT_LIMIT`` (the last page anyone can reach); above it the total is
        "more than" and the facets are left out, as counting exactly would cost a scan of
        every match.
        """
        if not query:
            return EngineResult(total=0)
        where, params = self._visible_text(query, viewer)
        for sql, values in self._filters(filters):
            where += f" AND {sql}"
            params += values
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT committee_id, kind, count(*) FROM "  # noqa: S608
                f"(SELECT committee_id, kind FROM {TABLE} WHERE {where} LIMIT %s) m "
                "GROUP BY committee_id, kind",
                [*params, COUNT_LIMIT + 1],
            )
            groups = cursor.fetchall()
            total = sum(n for _, _, n in groups)
            if not total:
                return EngineResult(total=0)
            capped = total > COUNT_LIMIT
            facets = Facets()
            if not capped:
                for committee_id, kind, n in groups:
                    facets.committees[committee_id] = facets.committees.get(committee_id, 0) + n
                    facets.kinds[kind] = facets.kinds.get(kind, 0) + n
            if order == Order.DATE:
                cursor.execute(
                    f"SELECT kind, item_id, document_id, page, 0.0 FROM {TABLE} "  # noqa: S608
                    f"WHERE {where} ORDER BY date DESC, id DESC LIMIT %s OFFSET %s",
                    [*params, limit, offset],
                )
            else:
                rank_sql, rank_params = self._rank(query, viewer)
                cursor.execute(
                    f"SELECT kind, item_id, document_id, page, {rank_sql} AS rank "  # noqa: S608
                    f"FROM (SELECT * FROM {TABLE} WHERE {where} "
                    "ORDER BY date DESC, id DESC LIMIT %s) candidates "
                    "ORDER BY rank DESC, date DESC, id DESC LIMIT %s OFFSET %s",
                    [*rank_params, *params, max(CANDIDATES, offset + limit), limit, offset],
                )
            rows = cursor.fetchall()
        hits = [
            Hit(kind=kind, item_id=item_id, document_id=document_id, page=page, score=rank)
            for kind, item_id, document_id, page, rank in rows
        ]
        return EngineResult(total=total, hits=hits, facets=facets, capped=capped)

    def _visible_text(self, query: ParsedQuery, viewer: Viewer) -> tuple[str, list]:
        """WHERE clause for the text, in the columns and rows ``viewer`` may search.

        As in the tantivy engine, the public's clause never names the ``all_*`` columns.
        """
        public_sql, public_params = self._text(query, "vector", "acronyms")
        all_sql, all_params = self._text(query, "all_vector", "all_acronyms")
        if viewer.superuser:
            return all_sql, all_params
        committees, bodies = sorted(viewer.member_of), sorted(viewer.clerk_of)
        if not committees and not bodies:
            return f"public_ok AND {public_sql}", public_params
        entitled = "(committee_id = ANY(%s) OR body_id = ANY(%s))"
        visible = (
            "(public_ok OR (member_ok AND committee_id = ANY(%s))"
            " OR (clerk_ok AND body_id = ANY(%s)))"
        )
        sql = f"{visible} AND (({entitled} AND {all_sql}) OR (NOT {entitled} AND {public_sql}))"
        params = [committees, bodies, committees, bodies, *all_params, committees, bodies]
        return sql, [*params, *public_params]

    def _text(self, query: ParsedQuery, vector: str, acronyms: str) -> tuple[str, list]:
        clauses, params = [], []
        for part in query.parts:
            sql, value = self._part(part, vector, acronyms)
            clauses.append(f"NOT {sql}" if part.negated else sql)
            params.append(value)
        return "(" + " AND ".join(clauses) + ")", params

    @staticmethod
    def _part(part: Part, vector: str, acronyms: str) -> tuple[str, str]:
        if part.acronym:
            # Forms are letters and digits only (the parser made them), so quoting is safe.
            return f"({acronyms} @@ %s::tsquery)", " | ".join(f"'{f}'" for f in part.forms)
        return f"({vector} @@ phraseto_tsquery('english', %s))", part.text

    def _rank(self, query: ParsedQuery, viewer: Viewer) -> tuple[str, list]:
        words = [p.text for p in query.positive if not p.acronym]
        if not words:
            return "0.0", []
        tsquery = " && ".join("phraseto_tsquery('english', %s)" for _ in words)
        if viewer.superuser:
            return f"ts_rank(all_vector, {tsquery})", words
        committees, bodies = sorted(viewer.member_of), sorted(viewer.clerk_of)
        column = (
            "CASE WHEN committee_id = ANY(%s) OR body_id = ANY(%s) THEN all_vector ELSE vector END"
        )
        return f"ts_rank({column}, {tsquery})", [committees, bodies, *words]

    @staticmethod
    def _filters(filters: Filters) -> list[tuple[str, list]]:
        out: list[tuple[str, list]] = []
        if filters.committee_ids:
            out.append(("committee_id = ANY(%s)", [sorted(filters.committee_ids)]))
        if filters.kinds:
            out.append(("kind = ANY(%s)", [sorted(filters.kinds)]))
        if filters.start():
            out.append(("date >= %s", [filters.start()]))
        if filters.end():
            out.append(("date < %s", [filters.end()]))
        return out
