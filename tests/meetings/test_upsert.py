import pytest

from moot.meetings.models import Committee, Revision
from moot.meetings.services.upsert import soft_delete, upsert
from tests.factories import make_body

pytestmark = pytest.mark.django_db


def _upsert(body, **values):
    return upsert(
        Committee,
        source="test",
        external_id="c-1",
        values={"body": body, "name": "Audit Committee", "slug": "audit", **values},
        origin="import:test",
    )


def test_the_first_import_creates_the_row_and_its_history():
    body = make_body()
    result = _upsert(body)
    assert result.created
    assert Committee.objects.get(source="test", external_id="c-1").name == "Audit Committee"
    assert Revision.objects.filter(action="create", object_id=result.obj.pk).count() == 1


def test_importing_the_same_values_again_changes_nothing():
    body = make_body()
    first = _upsert(body)
    stamp = Committee.objects.get(pk=first.obj.pk).updated_at
    again = _upsert(body)
    assert again.outcome == "unchanged"
    assert Committee.objects.get(pk=first.obj.pk).updated_at == stamp
    assert Revision.objects.count() == 1


def test_a_corrected_source_updates_in_place_and_keeps_history():
    body = make_body()
    first = _upsert(body)
    second = _upsert(body, name="Audit and Governance Committee")
    assert second.outcome == "updated"
    assert Committee.objects.get(pk=first.obj.pk).name == "Audit and Governance Committee"
    revision = Revision.objects.get(action="update")
    assert revision.changes == {"name": ["Audit Committee", "Audit and Governance Committee"]}


def test_a_field_a_clerk_edited_is_never_overwritten_and_the_conflict_is_reported():
    body = make_body()
    committee = _upsert(body).obj
    committee.name = "Audit Committee (clerk's wording)"
    committee.save()
    result = _upsert(body, name="Audit & Governance")
    assert Committee.objects.get(pk=committee.pk).name == "Audit Committee (clerk's wording)"
    assert [c.field for c in result.conflicts] == ["name"]
    assert "edited in Moot" in str(result.conflicts[0])


def test_a_clerk_edit_stands_quietly_while_the_source_is_unchanged():
    body = make_body()
    committee = _upsert(body).obj
    committee.name = "Renamed by the clerk"
    committee.save()
    result = _upsert(body)
    assert result.conflicts == []
    assert Committee.objects.get(pk=committee.pk).name == "Renamed by the clerk"


def test_deletion_is_soft_and_a_later_import_restores_the_row():
    body = make_body()
    committee = _upsert(body).obj
    soft_delete(committee, origin="import:test")
    assert not Committee.objects.filter(pk=committee.pk).exists()
    assert Committee.all_objects.filter(pk=committee.pk).exists()
    result = _upsert(body)
    assert result.restored
    assert Committee.objects.filter(pk=committee.pk).exists()
