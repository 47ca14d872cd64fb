"""The tantivy engine in a forked process (an app server that forks its workers): the child
opens the index and its facet threads afresh, so searches there count and reload."""

from __future__ import annotations

import os
import signal

import pytest

from moot.access.policy import Viewer
from moot.search.engine import Filters, Order, get_engine
from moot.search.query import parse
from tests.factories import make_item

from .conftest import index_now


def test_a_forked_worker_searches_with_its_own_index_and_threads(engine, meeting):
    if engine != "tantivy":
        pytest.skip("the PostgreSQL engine keeps no state in the process")
    make_item(meeting, title="Cycle lanes")
    index_now()
    parent = get_engine()
    before = parent.search(parse("cycle"), Viewer.public(), Filters(), Order.RELEVANCE, 0, 20)
    assert before.total == 1 and before.facets.kinds == {"agenda": 1}  # the pool has run
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report what it found, then leave without running anything else
        signal.alarm(20)  # a search waiting on a thread the fork did not copy ends the child
        try:
            child = get_engine()
            found = child.search(parse("cycle"), Viewer.public(), Filters(), Order.RELEVANCE, 0, 20)
            os.write(write, f"{child is not parent} {found.total} {found.facets.kinds}".encode())
        finally:
            os._exit(0)
    os.close(write)
    said = os.read(read, 1000).decode()
    os.waitpid(pid, 0)
    assert said == "True 1 {'agenda': 1}"
