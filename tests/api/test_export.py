"""moot export: the public archive as OParl JSON lines, the public files and a manifest —
exactly what the API serves, never anything withheld — and the zip the site offers."""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from urllib.parse import urlsplit

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command

from moot.api.export import build_zip, latest_zip, write_export
from tests.api.conftest import CANARY

pytestmark = pytest.mark.django_db

REPORT_BYTES = b"%PDF-1.4 the community safety plan"
SECRET_BYTES = f"%PDF-1.4 {CANARY} exempt figures".encode()


@pytest.fixture
def stored(archive):
    """The archive with files held for a public report and for withheld papers."""
    archive.report.file.save("plan.pdf", ContentFile(REPORT_BYTES))
    archive.restricted_document.file.save("exempt.pdf", ContentFile(SECRET_BYTES))
    archive.exempt_item_document.file.save("contract.pdf", ContentFile(SECRET_BYTES))
    return archive


def _lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_each_line_is_the_json_the_api_serves_at_the_objects_id(stored, tmp_path, client):
    write_export(tmp_path / "out")
    for name in ("meeting", "agendaItem", "file", "person", "organization", "paper", "body"):
        objects = _lines(tmp_path / "out" / f"{name}.jsonl")
        assert objects, name
        for obj in objects:
            served = client.get(urlsplit(obj["id"]).path).json()
            assert obj == served


def test_it_exports_every_public_object_and_no_deleted_or_withheld_one(stored, tmp_path):
    manifest = write_export(tmp_path / "out")
    meetings = {m["id"] for m in _lines(tmp_path / "out" / "meeting.jsonl")}
    assert len(meetings) == 3  # held, cancelled, upcoming; not the withdrawn one
    assert not any(m.endswith(f"/meeting/{stored.withdrawn_meeting.pk}/") for m in meetings)
    titles = {i["name"] for i in _lines(tmp_path / "out" / "agendaItem.jsonl")}
    assert "Community Safety Plan" in titles
    assert "Contract for CCTV maintenance" in titles  # the title of an exempt item is public
    assert not titles & {"Withdrawn report", "Deleted report"}
    assert manifest["types"]["Meeting"]["count"] == 3
    for path in (tmp_path / "out").rglob("*"):
        if path.is_file():
            assert CANARY.encode() not in path.read_bytes(), path


def test_it_copies_public_files_only_and_the_manifest_has_their_checksums(stored, tmp_path):
    manifest = write_export(tmp_path / "out")
    files = list((tmp_path / "out" / "files").iterdir())
    assert [f.name for f in files] == [f"{stored.report.pk}-plan.pdf"]
    assert files[0].read_bytes() == REPORT_BYTES
    [entry] = manifest["files"]
    assert entry["path"] == f"files/{stored.report.pk}-plan.pdf"
    assert entry["sha256"] == hashlib.sha256(REPORT_BYTES).hexdigest()
    assert entry["id"].endswith(f"/file/{stored.report.pk}/")
    on_disk = json.loads((tmp_path / "out" / "manifest.json").read_text())
    for name, typed in on_disk["types"].items():
        data = (tmp_path / "out" / typed["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == typed["sha256"], name
        assert data.count(b"\n") == typed["count"]


def test_the_command_writes_a_folder_or_a_zip_and_refuses_a_full_folder(stored, tmp_path):
    call_command("export", str(tmp_path / "out"), verbosity=0, stdout=io.StringIO())
    assert (tmp_path / "out" / "manifest.json").exists()
    with pytest.raises(CommandError, match="not empty"):
        call_command("export", str(tmp_path / "out"), verbosity=0)
    call_command("export", zip=str(tmp_path / "moot.zip"), verbosity=0, stdout=io.StringIO())
    with zipfile.ZipFile(tmp_path / "moot.zip") as archive:
        names = set(archive.namelist())
    assert {
        "manifest.json",
        "system.json",
        "meeting.jsonl",
        f"files/{stored.report.pk}-plan.pdf",
    } <= names
    with pytest.raises(CommandError, match="either"):
        call_command("export", verbosity=0)


def test_the_site_serves_the_latest_zip_and_rebuilds_it_when_a_day_old(stored, client, settings):
    response = client.get("/oparl/v1/export.zip")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    data = b"".join(response.streaming_content)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert archive.read(f"files/{stored.report.pk}-plan.pdf") == REPORT_BYTES
    assert manifest["types"]["Meeting"]["count"] == 3
    first = latest_zip()
    assert latest_zip() == first  # cached
    os.utime(first, (first.stat().st_atime, first.stat().st_mtime - 2 * 86400))
    second = latest_zip()
    assert second != first and second.exists() and not first.exists()
    assert client.post("/oparl/v1/export.zip").status_code == 405


def test_a_zip_is_never_seen_half_written(stored, tmp_path):
    target = tmp_path / "exports" / "moot.zip"
    build_zip(target)
    assert [p.name for p in target.parent.iterdir()] == ["moot.zip"]


def test_a_change_such_as_a_take_down_makes_the_next_download_a_new_zip(stored, client):
    from moot.portal.cache import bump

    first = latest_zip()
    bump()  # what every committed change does, a withdrawn item included
    second = latest_zip()
    assert second != first and not first.exists()
    assert client.get("/oparl/v1/export.zip")["Cache-Control"] == "no-cache"
