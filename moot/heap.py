"""Long runs of work that make objects by the hundred thousand (a rebuild of the search index,
an import) collect their garbage as they go. A full collection walks every object the process
holds, Django and Moot as loaded included, so most of its time goes on objects that will never
be garbage: ``frozen()`` leaves those out while the run lasts."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def frozen() -> Iterator[None]:
    """What the process holds when the block starts is left out of garbage collections until
    it ends (``gc.freeze``), then given back to the collector.

    When something is frozen already (an outer block, or gunicorn's master before it forked
    this worker: moot/gunicorn_conf.py), the block changes nothing: what was loaded is already
    out of the way, and giving everything back at the end would undo the outer freeze."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
