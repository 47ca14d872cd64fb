"""Always current: tasks in the writer's transaction, applied after commit, results re-checked."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from moot.meetings.choices import Restriction
from moot.meetings.models import Item
from moot.search import indexer
from moot.search.engine import get_engine
from moot.search.models import IndexTask, SearchEntry
from moot.search.service import search
from tests.factories import make_decision, make_document, make_item

from .conftest import index_now


def test_a_save_writes_an_index_task_in_the_same_transaction(meeting):
    index_now()
    with transaction.atomic():
        item = make_item(meeting, title="Cycle lanes")
        assert IndexTask.objects.filter(target="item", object_id=item.pk).exists()


def test_a_rolled_back_change_leaves_no_task_and_no_index_change(meeting, public):
    index_now()
    with pytest.raises(RuntimeError), transaction.atomic():
        make_item(meeting, title="Cycle lanes")
        raise RuntimeError("the writer failed")
    assert not IndexTask.objects.exists()
    assert index_now() == 0
    assert search(public, "cycle").total == 0


def test_tasks_are_applied_right_after_commit(meeting, public, django_capture_on_commit_callbacks):
    index_now()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        item = make_item(meeting, title="Cycle lanes")
        make_decision(item, "AGREED the cycle lanes.")
    assert len(callbacks) == 1  # one drain per transaction, however many rows changed
    assert not IndexTask.objects.exists()
    assert search(public, "cycle").total == 2


def test_a_failed_drain_keeps_the_tasks_and_never_fails_the_writer(
    meeting, public, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(indexer, "_collect", lambda *a: (_ for _ in ()).throw(OSError("disk full")))
    with django_capture_on_commit_callbacks(execute=True):
        make_item(meeting, title="Cycle lanes")
    assert IndexTask.objects.count() == 1
    monkeypatch.undo()
    index_now()
    assert search(public, "cycle").total == 1


def test_a_deleted_item_is_not_shown_from_a_stale_index(meeting, public):
    make_item(meeting, title="Cycle lanes")
    gone = make_item(meeting, title="Cycle parking")
    index_now()
    Item.objects.filter(pk=gone.pk).update(deleted_at=timezone.now())  # no signal, no task
    page = search(public, "cycle")
    assert [r.item.title for r in page.results] == ["Cycle lanes"]
    assert page.total == 1


def test_a_withdrawn_item_is_not_shown_before_the_drain(meeting, public):
    item = make_item(meeting, title="Cycle lanes", agenda_text="<p>Segregated lanes.</p>")
    index_now()
    item.withdrawn_at = timezone.now()
    item.save()  # the task is queued, not yet applied
    assert IndexTask.objects.exists()
    assert search(public, "segregated").results == []
    index_now()
    assert search(public, "segregated").total == 0


def test_an_item_made_exempt_shows_no_withheld_text_from_a_stale_index(meeting, public):
    item = make_item(meeting, title="Depot", agenda_text="<p>Sale price of the depot site.</p>")
    make_document(meeting, item, title="Valuation", text="The sale price is high.")
    index_now()
    Item.objects.filter(pk=item.pk).update(
        restriction=Restriction.EXEMPT, public_summary="A land sale."
    )
    page = search(public, "price")
    assert page.results == [] and page.total == 0
    (result,) = search(public, "depot").results
    assert "price" not in result.snippet and "land sale" in result.snippet


def test_reindex_rebuilds_the_index_from_the_database(meeting, public):
    make_item(meeting, title="Cycle lanes")
    Item.objects.filter(title="Cycle lanes").update(title="Bus lanes")  # no signal
    IndexTask.objects.all().delete()
    assert search(public, "bus").total == 0
    call_command("reindex", verbosity=0)
    assert search(public, "bus").total == 1
    assert search(public, "cycle").total == 0


def test_reindex_shows_its_progress_then_that_it_writes_the_index(meeting):
    from io import StringIO

    make_item(meeting, title="Cycle lanes")
    out, err = StringIO(), StringIO()
    call_command("reindex", stdout=out, stderr=err)
    assert "Indexing (" in err.getvalue() and "1/1" in err.getvalue()
    assert "Writing the index (" in err.getvalue()  # the rows are read; the bar cannot count on
    assert "Indexed 1 searchable unit with " in out.getvalue()


def test_a_postgresql_rebuild_swaps_in_a_table_indexed_like_the_old(engine, meeting, public):
    """The PostgreSQL engine rebuilds into a new table and swaps it in: the live table keeps
    its index and constraint names (migrations refer to them), and drains carry on."""
    if engine != "postgres":
        pytest.skip("the table swap is the PostgreSQL engine's")
    from django.db import connection

    def layout():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT indexname, regexp_replace(indexdef, '^.* USING ', '') FROM pg_indexes "
                "WHERE tablename = 'search_searchentry' ORDER BY indexname"
            )
            indexes = cursor.fetchall()
            cursor.execute(
                "SELECT conname, contype FROM pg_constraint "
                "WHERE conrelid = 'search_searchentry'::regclass ORDER BY conname"
            )
            return indexes, cursor.fetchall()

    before = layout()
    assert any("gin (vector)" in d for _, d in before[0])
    make_item(meeting, title="Cycle lanes")
    call_command("reindex", verbosity=0)
    call_command("reindex", verbosity=0)  # twice: nothing of the first swap is in the way
    assert layout() == before
    assert search(public, "cycle").total == 1
    make_item(meeting, title="Cycle parking")
    index_now()  # a drain writes to the swapped-in table; its ids still count up
    assert search(public, "cycle").total == 2


def test_the_index_worker_drains_the_queue_once(meeting, public):
    make_item(meeting, title="Cycle lanes")
    call_command("index_worker", "--once", verbosity=0)
    assert not IndexTask.objects.exists()
    assert search(public, "cycle").total == 1


def test_changing_the_meeting_reindexes_its_items(meeting, public, committee):
    make_item(meeting, title="Cycle lanes")
    index_now()
    meeting.deleted_at = timezone.now()
    meeting.save()
    index_now()
    assert search(public, "cycle").total == 0


def test_the_demo_builds_an_index_it_finds_empty(engine, settings, tmp_path, public):
    """``make run`` on a checkout whose data was loaded before a new schema version: the new
    index starts empty, and the demo builds it rather than serve a search that finds nothing."""
    call_command("demo", no_serve=True, stdout=io.StringIO())
    assert not get_engine().is_empty()
    assert search(public, "DAPO").total
    if engine == "postgres":
        SearchEntry.objects.all().delete()
    else:
        settings.SEARCH_INDEX_DIR = tmp_path / "next-version"
    assert get_engine().is_empty()
    said = io.StringIO()
    call_command("demo", no_serve=True, stdout=said)
    assert "Search index was empty: rebuilt" in said.getvalue()
    assert search(public, "DAPO").total
    said = io.StringIO()
    call_command("demo", no_serve=True, stdout=said)
    assert "rebuilt" not in said.getvalue()


def test_an_item_made_exempt_after_a_search_is_not_shown_by_the_next(meeting, public):
    """The next search asks the database again: nothing of the first one is kept."""
    item = make_item(meeting, title="Depot", agenda_text="<p>Sale price of the depot site.</p>")
    make_document(meeting, item, title="Valuation", text="The sale price is high.")
    index_now()
    assert search(public, "price").total == 2
    Item.objects.filter(pk=item.pk).update(
        restriction=Restriction.EXEMPT, public_summary="A land sale."
    )
    page = search(public, "price")
    assert page.results == [] and page.total == 0
