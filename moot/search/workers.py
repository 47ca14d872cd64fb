"""The worker processes of a parallel ``moot reindex``.

Started afresh ("spawn"), a worker imports this module before Django is set up, so nothing
here imports a model at the top: ``start`` sets Django up, then ``build`` imports what it needs.
"""

from __future__ import annotations

import gc


def start(database: str) -> None:
    """Set Django up from the environment the worker inherited, reading ``database`` (the
    name of the database the starting process reads, which may be a test's)."""
    import django

    django.setup()
    from django.db import connections

    connections["default"].settings_dict["NAME"] = database
    from .indexer import build_chunk  # noqa: F401 - imported now, before the freeze

    # What is loaded now lives as long as the worker: the garbage collector need not look at
    # it again each time the units it makes fill a generation (a tenth of a worker's time).
    gc.freeze()


def build(chunk: tuple[str, list[int]]) -> list:
    """The units of one chunk of rows (``moot.search.indexer.build_chunk``)."""
    from .indexer import build_chunk

    return build_chunk(chunk)
