"""Upserting a batch of rows at once: the same rules as one row, in a fixed number of queries."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from moot.meetings.models import Decision, Item, Revision
from moot.meetings.services.upsert import soft_delete, upsert_many
from moot.search.models import IndexTask
from tests.factories import local, make_meeting

pytestmark = pytest.mark.django_db


def _rows(meeting, n=3, **changes):
    return {
        f"item-{i}": {"meeting": meeting, "position": i, "title": f"Report {i}", **changes}
        for i in range(1, n + 1)
    }


def _import(meeting, rows=None, **kw):
    return upsert_many(Item, source="test", rows=rows or _rows(meeting), origin="import:test", **kw)


def test_the_first_import_creates_every_row_with_its_history_and_search_tasks():
    meeting = make_meeting()
    results = _import(meeting)
    assert [r.outcome for r in results.values()] == ["created"] * 3
    items = Item.objects.filter(source="test").order_by("position")
    assert [i.title for i in items] == ["Report 1", "Report 2", "Report 3"]
    assert items[0].imported == {"meeting": meeting.pk, "position": 1, "title": "Report 1"}
    revisions = Revision.objects.filter(action="create", object_id__in=[i.pk for i in items])
    assert revisions.count() == 3
    assert {r.meeting_id for r in revisions} == {meeting.pk}
    assert revisions.get(object_id=items[0].pk).changes["title"] == [None, "Report 1"]
    assert set(IndexTask.objects.filter(target="item").values_list("object_id", flat=True)) == {
        i.pk for i in items
    }


def test_importing_the_same_rows_again_changes_nothing_and_queues_nothing():
    meeting = make_meeting()
    _import(meeting)
    IndexTask.objects.all().delete()
    before = Revision.objects.count()
    results = _import(meeting)
    assert [r.outcome for r in results.values()] == ["unchanged"] * 3
    assert Revision.objects.count() == before
    assert not IndexTask.objects.exists()


def test_a_corrected_source_updates_in_place_keeps_history_and_queues_the_row():
    meeting = make_meeting()
    first = _import(meeting)
    IndexTask.objects.all().delete()
    rows = _rows(meeting)
    rows["item-2"]["title"] = "Report 2 (revised)"
    results = _import(meeting, rows)
    assert results["item-2"].outcome == "updated"
    assert results["item-1"].outcome == "unchanged"
    item = Item.objects.get(pk=first["item-2"].obj.pk)
    assert item.title == "Report 2 (revised)"
    assert item.imported["title"] == "Report 2 (revised)"
    revision = Revision.objects.get(action="update")
    assert revision.changes == {"title": ["Report 2", "Report 2 (revised)"]}
    assert list(IndexTask.objects.values_list("target", "object_id")) == [("item", item.pk)]


def test_a_field_a_clerk_edited_is_kept_and_reported_as_a_conflict():
    meeting = make_meeting()
    item = _import(meeting)["item-1"].obj
    Item.objects.filter(pk=item.pk).update(title="Report 1 (clerk's wording)")
    rows = _rows(meeting)
    rows["item-1"]["title"] = "Report one"
    results = _import(meeting, rows)
    assert Item.objects.get(pk=item.pk).title == "Report 1 (clerk's wording)"
    assert [(c.external_id, c.field) for c in results["item-1"].conflicts] == [("item-1", "title")]
    assert "edited in Moot" in str(results["item-1"].conflicts[0])
    assert results["item-1"].outcome == "unchanged"


def test_a_clerk_edit_stands_quietly_while_the_source_is_unchanged():
    meeting = make_meeting()
    item = _import(meeting)["item-1"].obj
    Item.objects.filter(pk=item.pk).update(title="Renamed by the clerk")
    results = _import(meeting)
    assert results["item-1"].conflicts == []
    assert Item.objects.get(pk=item.pk).title == "Renamed by the clerk"


def test_a_soft_deleted_row_is_restored_with_history():
    meeting = make_meeting()
    item = _import(meeting)["item-3"].obj
    soft_delete(item, origin="import:test")
    results = _import(meeting)
    assert results["item-3"].restored
    assert results["item-3"].outcome == "updated"
    assert Item.objects.filter(pk=item.pk).exists()
    revision = Revision.objects.filter(object_id=item.pk, action="update").get()
    assert revision.changes == {"deleted_at": ["(deleted)", None]}


def test_fill_values_are_written_once_and_never_moved():
    meeting = make_meeting()
    first_day, later = local(2026, 2, 1), local(2026, 3, 1)
    fill = {key: {"published_at": first_day} for key in _rows(meeting)}
    _import(meeting, fill=fill)
    results = _import(meeting, fill={key: {"published_at": later} for key in fill})
    assert [r.outcome for r in results.values()] == ["unchanged"] * 3
    assert set(Item.objects.values_list("published_at", flat=True)) == {first_day}


def test_a_child_row_queues_its_item_for_the_index():
    meeting = make_meeting()
    item = _import(meeting)["item-1"].obj
    IndexTask.objects.all().delete()
    upsert_many(
        Decision,
        source="test",
        rows={"d-1": {"item": item, "position": 1, "text": "AGREED."}},
        origin="import:test",
    )
    assert list(IndexTask.objects.values_list("target", "object_id")) == [("item", item.pk)]
    assert Revision.objects.get(action="create", content_type__model="decision").meeting == meeting


def test_values_are_checked_before_anything_is_written():
    meeting = make_meeting()
    rows = _rows(meeting)
    rows["item-2"]["title"] = "x" * 501
    with pytest.raises(ValidationError, match="title"):
        _import(meeting, rows)
    assert not Item.objects.filter(source="test").exists()


def test_the_number_of_queries_does_not_grow_with_the_rows():
    meeting = make_meeting()
    _import(meeting, _rows(meeting, 2))  # the content type is cached from here on

    stamp = timezone.now()

    def queries(n, title):
        with CaptureQueriesContext(connection) as captured:
            _import(meeting, _rows(meeting, n, title=title, published_at=stamp))
        return len(captured)

    assert queries(10, "A") == queries(40, "B")
    assert queries(40, "B") == 1  # nothing changed: one SELECT


def test_a_meeting_imported_whole_is_queued_for_the_index_as_one_task():
    from moot.search.signals import MEETING_TASK_FROM

    meeting = make_meeting()
    IndexTask.objects.all().delete()
    rows = {
        f"item-{n}": {"meeting": meeting, "position": n, "title": f"Report {n}"}
        for n in range(1, MEETING_TASK_FROM + 5)
    }
    upsert_many(Item, source="test", rows=rows, origin="import:test")
    assert list(IndexTask.objects.values_list("target", "object_id")) == [("meeting", meeting.pk)]


def test_untracked_values_are_written_but_kept_out_of_imported_and_the_history():
    meeting = make_meeting()
    prints = {key: {"source_fingerprint": f"hash-{key}"} for key in _rows(meeting)}
    _import(meeting, untracked=prints)
    item = Item.objects.get(source="test", external_id="item-1")
    assert item.source_fingerprint == "hash-item-1"
    assert "source_fingerprint" not in item.imported
    created = Revision.objects.get(action="create", object_id=item.pk)
    assert "source_fingerprint" not in created.changes
    # A new hash alone is written, as no change: no revision, the row reported unchanged.
    newer = {key: {"source_fingerprint": f"newer-{key}"} for key in _rows(meeting)}
    results = _import(meeting, untracked=newer)
    assert [r.outcome for r in results.values()] == ["unchanged"] * 3
    item.refresh_from_db()
    assert item.source_fingerprint == "newer-item-1"
    assert not Revision.objects.filter(object_id=item.pk, action="update").exists()
    # With a change, both are written in one go.
    _import(meeting, rows=_rows(meeting, title="Renamed"), untracked=prints)
    item.refresh_from_db()
    assert (item.title, item.source_fingerprint) == ("Renamed", "hash-item-1")
    update = Revision.objects.get(object_id=item.pk, action="update")
    assert set(update.changes) == {"title"}
