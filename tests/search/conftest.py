"""Search tests run once per engine: tantivy always, PostgreSQL when the database is one."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.db import connection

from moot.access.policy import Viewer, viewer_for
from moot.search import indexer, tantivy_engine
from tests.factories import local, make_committee, make_meeting, make_membership, make_person


@pytest.fixture(params=["tantivy", "postgres"])
def engine(request, settings, tmp_path, db):
    """The engine under test, with an index of the test's own."""
    if request.param == "postgres" and connection.vendor != "postgresql":
        pytest.skip("the PostgreSQL engine needs MOOT_DATABASE_URL=postgres://…")
    settings.SEARCH_ENGINE = request.param
    settings.SEARCH_INDEX_DIR = tmp_path / "search"
    yield request.param
    tantivy_engine._open.pop(tmp_path / "search", None)


def index_now() -> int:
    """Apply the queued index tasks (tests run inside a transaction that never commits)."""
    return indexer.drain()


@pytest.fixture
def public() -> Viewer:
    return Viewer.public()


@pytest.fixture
def committee(engine):
    return make_committee(name="Safer Stockton Partnership", reference_prefix="SSP")


@pytest.fixture
def other_committee(engine):
    return make_committee(name="Planning Committee", reference_prefix="PLN")


@pytest.fixture
def meeting(committee):
    return make_meeting(committee, start=local(2025, 5, 14))


@pytest.fixture
def member_user(committee):
    """A signed-in councillor with a current membership of ``committee``."""
    user = get_user_model().objects.create_user("cllr", password="pw")
    make_membership(make_person(name="Cllr Member", user=user), committee)
    return user


@pytest.fixture
def member(member_user) -> Viewer:
    return viewer_for(SimpleNamespace(user=member_user))
