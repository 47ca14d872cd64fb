"""Multi-row INSERTs for imports: the rows stored are the rows ``save`` would store.

Run on SQLite and, in CI, on PostgreSQL (``MOOT_DATABASE_URL``): both take the lean path.
"""

from datetime import date, timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import Value
from django.db.models.functions import Upper
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from moot.meetings import inserts
from moot.meetings.choices import Restriction
from moot.meetings.inserts import insert_objects, lean_path
from moot.meetings.models import Decision, Document, Item, Revision
from moot.meetings.services.upsert import upsert_many
from tests.factories import make_meeting

pytestmark = pytest.mark.django_db

FIELDS_COMPARED = [
    f.attname for f in Item._meta.concrete_fields if f.attname not in ("id", "updated_at")
]


def _item(meeting, n, **values):
    return Item(
        meeting=meeting,
        position=n,
        title=f"Report {n}",
        source="test",
        external_id=f"item-{n}",
        imported={"title": f"Report {n}", "nested": {"list": [1, "two", None]}},
        **values,
    )


def _stored(pk):
    return Item.all_objects.values(*FIELDS_COMPARED).get(pk=pk)


def test_both_test_databases_take_the_lean_path():
    assert connection.vendor in ("sqlite", "postgresql")
    assert lean_path(Item)
    assert lean_path(Revision)


def test_inserted_rows_read_back_as_saved_rows_do():
    meeting = make_meeting()
    when = timezone.now().replace(microsecond=123456)
    values = {
        "published_at": when,
        "release_date": date(2026, 3, 1),
        "restriction": Restriction.EXEMPT,
        "exempt_paragraphs": [3, 5],
        "urgent": True,
        "agenda_text": "<p>Fees &amp; charges — 2026</p>",
    }
    saved = _item(meeting, 1, **values)
    saved.save()
    inserted = _item(meeting, 2, **values)
    inserted.created_at = saved.created_at
    insert_objects(Item, [inserted])
    assert inserted.pk is not None and inserted.pk != saved.pk
    assert not inserted._state.adding
    differ = {"position": 2, "title": "Report 2", "external_id": "item-2"}
    assert _stored(inserted.pk) == {
        **_stored(saved.pk),
        **differ,
        "imported": {"title": "Report 2", "nested": {"list": [1, "two", None]}},
    }


def test_each_row_gets_its_own_id_across_several_statements(monkeypatch):
    monkeypatch.setattr(inserts, "MAX_ROWS", 7)
    meeting = make_meeting()
    objs = [_item(meeting, n) for n in range(1, 31)]
    with CaptureQueriesContext(connection) as queries:
        insert_objects(Item, objs)
    writes = [q["sql"] for q in queries if q["sql"].startswith("INSERT")]
    assert len(writes) == 5  # 30 rows, 7 a statement
    assert all("RETURNING" in sql for sql in writes)
    stored = dict(Item.all_objects.filter(meeting=meeting).values_list("pk", "title"))
    assert {obj.pk: obj.title for obj in objs} == stored


def test_a_statement_stays_within_the_databases_parameter_limit():
    columns = len(inserts._plan(Item, connection.alias).columns)
    rows = inserts._rows_per_statement(connection, columns)
    if connection.vendor == "sqlite":
        limit = inserts._sqlite_variable_limit(connection)
    else:
        limit = inserts.POSTGRESQL_MAX_PARAMS
    assert 1 <= rows <= inserts.MAX_ROWS
    assert rows * columns <= limit


def test_a_foreign_key_to_an_instance_saved_since_stores_its_id():
    meeting = make_meeting()
    item = _item(meeting, 1)
    decision = Decision(item=item, position=1, text="Agreed.", source="test", external_id="d-1")
    insert_objects(Item, [item])
    assert decision.item_id is None  # the item had no id when given
    insert_objects(Decision, [decision])
    assert Decision.all_objects.get(pk=decision.pk).item_id == item.pk


def test_an_unsaved_related_instance_is_refused_and_nothing_is_written():
    meeting = make_meeting()
    unsaved = _item(meeting, 1)
    decision = Decision(item=unsaved, position=1, text="Agreed.")
    with pytest.raises(ValueError, match="unsaved related object 'item'"):
        insert_objects(Decision, [decision])
    assert not Decision.all_objects.exists()


def test_an_sql_expression_is_written_by_djangos_compiler():
    meeting = make_meeting()
    item = _item(meeting, 1)
    item.title = Upper(Value("report"))
    insert_objects(Item, [item])
    assert Item.all_objects.get(pk=item.pk).title == "REPORT"


def test_updated_at_is_stamped_on_insert_and_set_on_the_instance():
    meeting = make_meeting()
    before = timezone.now()
    item = _item(meeting, 1)
    item.updated_at = before - timedelta(days=3)
    insert_objects(Item, [item])
    stored = Item.all_objects.get(pk=item.pk)
    assert stored.updated_at == item.updated_at
    assert item.updated_at >= before


def test_documents_with_their_file_field_are_inserted():
    meeting = make_meeting()
    document = Document(meeting=meeting, title="Report", source="test", external_id="doc-1")
    insert_objects(Document, [document])
    stored = Document.all_objects.get(pk=document.pk)
    assert stored.file.name == "" and stored.title == "Report"


def test_a_value_too_long_for_its_field_is_still_refused():
    meeting = make_meeting()
    rows = {"item-1": {"meeting": meeting, "position": 1, "title": "x" * 501}}
    with pytest.raises(ValidationError) as refused:
        upsert_many(Item, source="test", rows=rows, origin="import:test")
    assert "title" in refused.value.message_dict
    assert not Item.all_objects.filter(source="test").exists()


def test_insert_values_writes_plain_rows_with_defaults_as_instances_would():
    meeting = make_meeting()
    item = _item(meeting, 1)
    insert_objects(Item, [item])
    before = timezone.now()
    inserts.insert_values(
        Revision,
        [
            {
                "content_type_id": ContentType.objects.get_for_model(Item).pk,
                "object_id": item.pk,
                "meeting_id": meeting.pk,
                "action": "create",
                "changes": {"title": [None, "Report 1"]},
                "origin": "import:test",
            }
        ],
    )
    revision = Revision.objects.get(object_id=item.pk, origin="import:test")
    assert revision.changes == {"title": [None, "Report 1"]}
    assert revision.meeting_id == meeting.pk
    # Columns not given take the field's default, as a model instance would.
    assert revision.note == ""
    assert revision.public is False
    assert revision.user_id is None
    assert revision.at >= before


def test_insert_values_with_an_expression_takes_the_compiler():
    meeting = make_meeting()
    inserts.insert_values(
        Item,
        [{"meeting_id": meeting.pk, "position": 1, "title": Upper(Value("low"))}],
    )
    assert Item.objects.get(meeting=meeting).title == "LOW"


def test_datetimes_repeated_from_row_to_row_are_stored_as_given():
    meeting = make_meeting()
    once = timezone.now().replace(microsecond=0)
    later = once + timedelta(hours=1)
    given = [once, once, later, once, later, later]
    items = [_item(meeting, n, published_at=at) for n, at in enumerate(given, start=1)]
    insert_objects(Item, items)
    stored = dict(Item.objects.filter(meeting=meeting).values_list("position", "published_at"))
    assert [stored[n] for n in range(1, len(given) + 1)] == given
