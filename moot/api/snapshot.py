"""A consistent read of the whole database while the site keeps running.

Export and backup read many tables over many queries; they must see one moment, not a mix
of before and after a clerk's save. ``read_snapshot`` gives that moment:

- PostgreSQL: one ``REPEATABLE READ, READ ONLY`` transaction (a snapshot; writers carry on).
- SQLite: one deferred read transaction. In WAL mode (Moot's default) a reader sees the
  database as it was when its transaction first read and never blocks writers. Django's
  ``atomic`` is not used here because Moot opens SQLite transactions ``IMMEDIATE``, which
  would take the write lock and make every clerk's save wait for the export.
- Inside an existing transaction (tests, or a caller's ``atomic``): that transaction is
  already one consistent view, so it is used as it is.
"""

from __future__ import annotations

import contextlib

from django.db import connection, transaction


@contextlib.contextmanager
def read_snapshot():
    """Run the block's queries against one consistent view of the database."""
    if connection.in_atomic_block:
        yield
        return
    vendor = connection.vendor
    if vendor == "postgresql":
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield
        return
    if vendor == "sqlite":
        connection.ensure_connection()
        raw = connection.connection
        raw.execute("BEGIN DEFERRED")
        try:
            yield
        except BaseException:
            raw.execute("ROLLBACK")
            raise
        raw.execute("COMMIT")
        return
    with transaction.atomic():
        yield
