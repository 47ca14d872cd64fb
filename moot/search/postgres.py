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

from .engine import EngineResult, Filters, Hit, Order
from .models import SearchEntry
from .query import ParsedQuery, Part
from .units import Unit

LOCK_KEY = 0x6D6F6F74  # "moot"
TABLE = SearchEntry._meta.db_table

_INSERT = f"""
INSERT INTO {TABLE} (key, owner, kind, item_id, document_id, page, committee_id, body_id,
    date, public_ok, member_ok, clerk_ok, vector, all_vector, acronyms, all_acronyms)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s,
    setweight(to_tsvector('english', %s), 'A') || setweight(to_tsvector('english', %s), 'B'),
    setweight(to_tsvector('english', %s), 'A') || setweight(to_tsvector('english', %s), 'B')
        || setweight(to_tsvector('english', %s), 'C'),
    array_to_tsvector(%s::text[]), array_to_tsvector(%s::text[]))
"""  # noqa: S608 - the table name is ours; every value is a parameter


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

    def replace(self, owners: list[str], units: list[Unit]) -> None:
        with transaction.atomic(), connection.cursor() as cursor:
            if owners:
                cursor.execute(f"DELETE FROM {TABLE} WHERE owner = ANY(%s)", [owners])  # noqa: S608
            rows = [self._row(unit) for unit in units]
            if rows:
                cursor.executemany(_INSERT, rows)

    def rebuild(self, units: Iterable[Unit]) -> int:
        count = 0
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE}")  # noqa: S608
            batch: list[tuple] = []
            for unit in units:
                batch.append(self._row(unit))
                if len(batch) >= 1000:
                    cursor.executemany(_INSERT, batch)
                    count += len(batch)
                    batch = []
            if batch:
                cursor.executemany(_INSERT, batch)
                count += len(batch)
        return count

    @staticmethod
    def _row(unit: Unit) -> tuple:
        title, body, secret = _clean(unit.title), _clean(unit.body), _clean(unit.secret)
        acronyms = sorted(unit.acronyms)
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
            title,
            body,
            secret,
            acronyms,
            sorted(unit.acronyms | unit.secret_acronyms),
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
        if not query:
            return EngineResult(total=0)
        where, params = self._visible_text(query, viewer)
        for sql, values in self._filters(filters):
            where += f" AND {sql}"
            params += values
        rank_sql, rank_params = self._rank(query, viewer)
        order_sql = "date DESC, id DESC" if order == Order.DATE else "rank DESC, date DESC, id DESC"
        sql = (
            f"SELECT kind, item_id, document_id, page, {rank_sql} AS rank, count(*) OVER () "  # noqa: S608
            f"FROM {TABLE} WHERE {where} ORDER BY {order_sql} LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*rank_params, *params, limit, offset])
            rows = cursor.fetchall()
            if rows:
                total = rows[0][5]
            else:
                cursor.execute(f"SELECT count(*) FROM {TABLE} WHERE {where}", params)  # noqa: S608
                total = cursor.fetchone()[0]
        hits = [
            Hit(kind=kind, item_id=item_id, document_id=document_id, page=page, score=rank)
            for kind, item_id, document_id, page, rank, _ in rows
        ]
        return EngineResult(total=total, hits=hits)

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
