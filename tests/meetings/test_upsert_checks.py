"""Imported values are checked as the model's own validation checks them, before anything is
written: a bad value is refused with an error naming its field."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from moot.meetings.models import Committee, Item, Revision
from moot.meetings.services.upsert import upsert, upsert_many
from tests.factories import make_meeting

pytestmark = pytest.mark.django_db


def _item(meeting, **values):
    return {"meeting": meeting, "position": 1, "title": "Report", **values}


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", "x" * 501, "at most 500 characters"),
        ("title", "", "cannot be blank"),
        ("title", None, "cannot be null"),
        ("kind", "speech", "not a valid choice"),
        ("position", -1, "greater than or equal to 0"),
        ("position", "first", "must be an integer"),
        ("urgent", "perhaps", "must be either True or False"),
        ("release_date", "31/02/2026", "invalid date format"),
        ("published_at", "yesterday", "invalid format"),
    ],
)
def test_it_refuses_a_new_row_with_a_bad_value_naming_the_field(field, value, message):
    meeting = make_meeting()
    rows = {"item-1": _item(meeting), "item-2": _item(meeting, **{"position": 2, field: value})}
    with pytest.raises(ValidationError) as refused:
        upsert_many(Item, source="test", rows=rows, origin="import:test")
    assert list(refused.value.message_dict) == [field]
    assert message in " ".join(refused.value.message_dict[field])
    assert not Item.all_objects.filter(source="test").exists()
    assert not Revision.objects.exists()


def test_it_refuses_a_changed_value_that_is_bad_and_keeps_the_stored_row():
    meeting = make_meeting()
    upsert(Item, source="test", external_id="item-1", values=_item(meeting), origin="import:test")
    with pytest.raises(ValidationError) as refused:
        upsert(
            Item,
            source="test",
            external_id="item-1",
            values=_item(meeting, kind="speech"),
            origin="import:test",
        )
    assert list(refused.value.message_dict) == ["kind"]


def test_it_refuses_an_address_that_is_not_an_email_address():
    meeting = make_meeting()
    with pytest.raises(ValidationError) as refused:
        upsert(
            Committee,
            source="test",
            external_id="c-1",
            values={
                "body": meeting.committee.body,
                "name": "Licensing",
                "slug": "licensing",
                "contact_email": "clerk at council",
            },
            origin="import:test",
        )
    assert list(refused.value.message_dict) == ["contact_email"]


def test_it_accepts_empty_values_where_the_field_may_be_blank():
    meeting = make_meeting()
    result = upsert(
        Item,
        source="test",
        external_id="item-1",
        values=_item(meeting, agenda_text="", release_date=None, exempt_paragraphs=[]),
        origin="import:test",
    )
    assert result.created and Item.all_objects.get(pk=result.obj.pk).release_date is None


def test_it_hands_back_rows_holding_values_as_the_model_reads_them():
    meeting = make_meeting()
    result = upsert(
        Item,
        source="test",
        external_id="item-1",
        values=_item(meeting, release_date="2026-03-01", position="4"),
        origin="import:test",
    )
    assert result.obj.release_date == date(2026, 3, 1)
    assert result.obj.position == 4


def test_its_errors_are_those_full_clean_gives_for_the_same_values():
    meeting = make_meeting()
    bad = {"title": "", "kind": "speech", "position": -1, "release_date": "31/02/2026"}
    with pytest.raises(ValidationError) as refused:
        upsert_many(
            Item, source="test", rows={"item-1": _item(meeting, **bad)}, origin="import:test"
        )
    with pytest.raises(ValidationError) as by_django:
        Item(**_item(meeting, **bad)).full_clean(
            exclude=[f.name for f in Item._meta.fields if f.name not in bad],
            validate_unique=False,
            validate_constraints=False,
        )
    assert refused.value.message_dict == by_django.value.message_dict
    assert sorted(refused.value.message_dict) == sorted(bad)
