"""moot backup and moot restore: a round trip gives back exactly what was there — every row,
every field, every file's bytes — and a damaged backup or a full database is refused."""

from __future__ import annotations

import io
import tarfile

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command

from moot.api.backup import SKIPPED, BackupError, restore, write_backup
from moot.meetings.models import Body, Document, Item, Meeting
from tests.factories import make_body

# Restoring empties the database first; PostgreSQL refuses to do that inside the test's own
# transaction once rows were written in it, so these tests commit for real.
pytestmark = pytest.mark.django_db(transaction=True)

REPORT = b"%PDF-1.4 community safety plan, with an \x00 in it"
LOGO = b"\x89PNG logo"


def _transaction_open(connection) -> bool:
    """Whether the driver's connection is inside a transaction, on SQLite or PostgreSQL."""
    raw = connection.connection
    if connection.vendor == "postgresql":
        from psycopg.pq import TransactionStatus

        return raw.info.transaction_status != TransactionStatus.IDLE
    return raw.in_transaction


def _everything() -> dict:
    """Every row of every backed-up model, all fields, keyed by model."""
    return {
        model._meta.label_lower: list(model._base_manager.order_by("pk").values())
        for model in apps.get_models()
        if model._meta.label_lower not in SKIPPED
    }


@pytest.fixture
def stored(archive):
    archive.report.file.save("plan.pdf", ContentFile(REPORT))
    archive.body.logo.save("logo.png", ContentFile(LOGO))
    archive.item_with_m2m = archive.report_item
    archive.report_item.approves_meetings.add(archive.cancelled)
    get_user_model().objects.create_user("clerk", password="x")
    return archive


def test_a_round_trip_gives_back_every_row_field_and_file(stored, tmp_path):
    before = _everything()
    report_name, logo_name = stored.report.file.name, stored.body.logo.name
    summary = write_backup(tmp_path / "moot.tar.gz")
    assert summary.files == 2

    # Things change after the backup: an edit, a new row, a deleted row, a lost file.
    Item.objects.filter(pk=stored.report_item.pk).update(title="Edited later")
    make_body(name="A body made later")
    Document.all_objects.filter(pk=stored.agenda.pk).delete()
    default_storage.delete(report_name)

    restore(tmp_path / "moot.tar.gz", force=True)
    after = _everything()
    assert {k: len(v) for k, v in after.items()} == {k: len(v) for k, v in before.items()}
    assert after == before
    assert Item.objects.get(pk=stored.report_item.pk).title == "Community Safety Plan"
    assert list(Item.objects.get(pk=stored.report_item.pk).approves_meetings.all()) == [
        stored.cancelled
    ]
    assert default_storage.open(report_name).read() == REPORT
    assert default_storage.open(logo_name).read() == LOGO
    held = Meeting.objects.get(pk=stored.held.pk)
    assert held.updated_at == stored.held.updated_at  # to the microsecond


def test_it_refuses_a_database_that_holds_records_unless_forced(stored, tmp_path):
    write_backup(tmp_path / "moot.tar")
    with pytest.raises(CommandError, match="already holds records"):
        call_command("restore", str(tmp_path / "moot.tar"))
    out = io.StringIO()
    call_command("restore", str(tmp_path / "moot.tar"), "--force", stdout=out)
    assert "reindex" in out.getvalue()


def test_it_restores_into_an_empty_database_without_force(stored, tmp_path):
    call_command("backup", str(tmp_path / "moot.tar"), stdout=io.StringIO())
    call_command("flush", interactive=False, verbosity=0)
    assert not Body.objects.exists()
    call_command("restore", str(tmp_path / "moot.tar"), stdout=io.StringIO())
    assert Body.objects.get().name == "Stockton-on-Tees Borough Council"


def _rewrite(source, target, change):
    with tarfile.open(source) as old, tarfile.open(target, "w") as new:
        for member in old:
            data = old.extractfile(member).read()
            data = change(member.name, data)
            if data is None:
                continue
            member.size = len(data)
            new.addfile(member, io.BytesIO(data))


def test_a_damaged_backup_is_refused_before_anything_changes(stored, tmp_path):
    write_backup(tmp_path / "moot.tar")
    Item.objects.filter(pk=stored.report_item.pk).update(title="Kept")
    _rewrite(
        tmp_path / "moot.tar",
        tmp_path / "bad.tar",
        lambda name, data: data.replace(b"Community", b"Kommunity") if name == "db.jsonl" else data,
    )
    with pytest.raises(BackupError, match=r"db\.jsonl does not match its checksum"):
        restore(tmp_path / "bad.tar", force=True)
    _rewrite(
        tmp_path / "moot.tar",
        tmp_path / "short.tar",
        lambda name, data: None if name.startswith("media/") else data,
    )
    with pytest.raises(BackupError, match="missing media/"):
        restore(tmp_path / "short.tar", force=True)
    (tmp_path / "cut.tar").write_bytes((tmp_path / "moot.tar").read_bytes()[:3000])
    with pytest.raises(BackupError):
        restore(tmp_path / "cut.tar", force=True)
    assert Item.objects.get(pk=stored.report_item.pk).title == "Kept"


def test_it_refuses_a_backup_from_another_migration_state(stored, tmp_path, monkeypatch):
    write_backup(tmp_path / "moot.tar")
    from moot.api import backup

    monkeypatch.setattr(backup, "_applied", lambda: ["meetings.9999_future"])
    with pytest.raises(BackupError, match="migrations differ"):
        restore(tmp_path / "moot.tar", force=True)


@pytest.mark.django_db(transaction=True)
def test_a_backup_outside_a_transaction_reads_one_snapshot_and_leaves_none_open(tmp_path):
    from django.db import connection

    make_body(name="Hartlepool Borough Council")
    write_backup(tmp_path / "moot.tar")
    assert not connection.in_atomic_block
    assert not _transaction_open(connection)
    make_body(name="Written after the backup")  # the database still takes writes
    restore(tmp_path / "moot.tar", force=True)
    assert list(Body.objects.values_list("name", flat=True)) == ["Hartlepool Borough Council"]
