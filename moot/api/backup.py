"""Backup and restore of the whole site: database and documents, in one file.

``write_backup(path)`` reads the database in one consistent snapshot
(``moot.api.snapshot.read_snapshot``: a ``REPEATABLE READ`` transaction on PostgreSQL, a WAL
read transaction on SQLite — the site keeps running and writing) and writes a tar file with:

- ``db.jsonl`` — every row of every model as Django's JSON-lines serialization (the
  ``dumpdata`` format, with times to the microsecond), so a backup from SQLite restores
  into PostgreSQL and back. Sessions and the search index are left out: the one is
  throw-away, the other is rebuilt from the database (``moot reindex``);
- ``media/<name>`` — every file a row in the snapshot refers to (documents, logos);
- ``manifest.json`` — when, from which engine, the applied migrations, row counts, and the
  size and SHA-256 of every other member.

``restore(path)`` checks every checksum and the migrations before it touches anything,
refuses a database that already holds records unless forced, then in one transaction
empties the database, loads the rows and puts the files back.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import tarfile
import tempfile
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path, PurePosixPath
from typing import Literal

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core import serializers
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, models, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from .snapshot import read_snapshot

FORMAT = "moot-backup/1"
# Throw-away or derived data, not worth keeping: rebuilt by ``moot reindex``.
# Derived or passing state: sessions, the search queue and index (rebuilt by `moot reindex`),
# and the public pages' cache key (a restore moves it on so no cached page survives).
SKIPPED = {"sessions.session", "search.indextask", "search.searchentry", "portal.contentversion"}


class BackupError(Exception):
    """The backup cannot be written or restored; the message says why."""


class ExactEncoder(DjangoJSONEncoder):
    """Django's encoder, but keeping times to the microsecond (Django's cuts to the
    millisecond, and a restore must give back exactly what was there)."""

    def default(self, o):
        if isinstance(o, datetime | time):
            return o.isoformat()
        return super().default(o)


def _models() -> list[type[models.Model]]:
    """Every model with a table, in an order that loads (dependencies first)."""
    listed = [
        (config, [m for m in config.get_models() if _label(m) not in SKIPPED])
        for config in apps.get_app_configs()
    ]
    ordered = serializers.sort_dependencies(listed, allow_cycles=True)
    return [m for m in ordered if m._meta.managed and not m._meta.proxy]


def _label(model) -> str:
    return model._meta.label_lower


def _applied() -> list[str]:
    recorder = MigrationRecorder(connection)
    return sorted(f"{app}.{name}" for app, name in recorder.applied_migrations())


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _media_names(model) -> list[str]:
    fields = [f.attname for f in model._meta.concrete_fields if isinstance(f, models.FileField)]
    names = []
    for field in fields:
        names += model._base_manager.exclude(**{field: ""}).values_list(field, flat=True)
    return [n for n in names if n]


@dataclass
class BackupSummary:
    rows: int
    files: int
    path: Path


def write_backup(path: Path) -> BackupSummary:
    """Write a backup of the database and its files to ``path`` (a tar, gzipped when the name
    ends in ``.gz`` or ``.tgz``). Written beside the target, then moved into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    mode: Literal["w:gz", "w"] = "w:gz" if path.name.endswith((".gz", ".tgz")) else "w"
    with tempfile.TemporaryDirectory(dir=path.parent) as work:
        dump = Path(work) / "db.jsonl"
        partial = Path(work) / "backup.tar"
        counts: dict[str, int] = {}
        members: dict[str, dict] = {}
        with read_snapshot(), tarfile.open(partial, mode) as tar:
            with dump.open("w", encoding="utf-8") as handle:
                for model in _models():
                    rows = model._base_manager.order_by("pk")
                    counts[_label(model)] = rows.count()
                    serializers.serialize(
                        "jsonl", rows.iterator(chunk_size=1000), stream=handle, cls=ExactEncoder
                    )
            members["db.jsonl"] = {"size": dump.stat().st_size, "sha256": _sha256_file(dump)}
            tar.add(dump, "db.jsonl")
            names = sorted({n for model in _models() for n in _media_names(model)})
            for name in names:
                members[f"media/{name}"] = _add_media(tar, name)
            manifest = {
                "format": FORMAT,
                "created": timezone.now().isoformat(),
                "engine": connection.vendor,
                "migrations": _applied(),
                "counts": counts,
                "members": members,
            }
            data = json.dumps(manifest, indent=1).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size = len(data)
            info.mtime = int(timezone.now().timestamp())
            tar.addfile(info, fileobj=io.BytesIO(data))
        partial.replace(path)
    return BackupSummary(rows=sum(counts.values()), files=len(names), path=path)


def _add_media(tar: tarfile.TarFile, name: str) -> dict:
    if not default_storage.exists(name):
        raise BackupError(f"the file {name} that the database refers to is missing from storage")
    h = hashlib.sha256()
    with default_storage.open(name, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            h.update(block)
        size = handle.tell()
        handle.seek(0)
        info = tarfile.TarInfo(f"media/{name}")
        info.size = size
        info.mtime = int(timezone.now().timestamp())
        tar.addfile(info, fileobj=handle)
    return {"size": size, "sha256": h.hexdigest()}


# --- Restore ---------------------------------------------------------------------------------


def holds_records() -> bool:
    """Does this database hold anything a restore would destroy (records or accounts)?"""
    from moot.meetings.models import Body, Document, Meeting, Person

    return any(
        m._base_manager.exists() for m in (Body, Person, Meeting, Document, get_user_model())
    )


def _safe_member(name: str) -> bool:
    pure = PurePosixPath(name)
    return not pure.is_absolute() and ".." not in pure.parts


def read_verified(path: Path, work: Path) -> dict:
    """Unpack the backup into ``work``, checking every member against the manifest; returns
    the manifest. Nothing in the database or storage is touched."""
    try:
        with tarfile.open(path, "r:*") as tar:
            try:
                manifest_file = tar.extractfile("manifest.json")
            except KeyError:
                manifest_file = None
            if manifest_file is None:  # missing, or not a regular file
                raise BackupError(f"{path}: no manifest.json; not a Moot backup")
            manifest = json.load(manifest_file)
            if manifest.get("format") != FORMAT:
                raise BackupError(f"{path}: unknown backup format {manifest.get('format')!r}")
            expected = manifest["members"]
            seen = set()
            for member in tar:
                if member.name == "manifest.json":
                    continue
                if (
                    member.name not in expected
                    or not member.isfile()
                    or not _safe_member(member.name)
                ):
                    raise BackupError(f"{path}: unexpected member {member.name}")
                target = work / member.name
                target.parent.mkdir(parents=True, exist_ok=True)
                source = tar.extractfile(member)
                assert source is not None, "a regular file, checked above"
                with source, target.open("wb") as out:
                    shutil.copyfileobj(source, out, 1 << 20)
                if _sha256_file(target) != expected[member.name]["sha256"]:
                    raise BackupError(f"{path}: {member.name} does not match its checksum")
                seen.add(member.name)
    except (tarfile.TarError, EOFError, OSError, ValueError) as exc:
        raise BackupError(f"{path}: cannot read the backup ({exc})") from exc
    missing = set(expected) - seen
    if missing:
        raise BackupError(f"{path}: missing {', '.join(sorted(missing))}")
    return manifest


def restore(path: Path, *, force: bool = False) -> dict:
    """Replace the database and the files it refers to with the backup at ``path``.

    Every checksum and the migration state are checked first; then, in one transaction, the
    database is emptied, the rows loaded and the files written. Returns the manifest.
    """
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        manifest = read_verified(Path(path), work)
        here = set(_applied())
        there = set(manifest["migrations"])
        if here != there:
            behind = sorted(there - here)
            ahead = sorted(here - there)
            hint = (
                f"this database lacks {', '.join(behind[:5])}: run `moot migrate` first"
                if behind
                else f"the backup predates {', '.join(ahead[:5])}: restore it with the Moot "
                "version that made it, then upgrade"
            )
            raise BackupError(f"the backup's migrations differ from this database's; {hint}")
        if not force and holds_records():
            raise BackupError(
                "this database already holds records; restoring would replace them "
                "(give --force to do so)"
            )
        with transaction.atomic():
            call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
            call_command("loaddata", str(work / "db.jsonl"), verbosity=0)
            for name in manifest["members"]:
                if name.startswith("media/"):
                    _put_media(name.removeprefix("media/"), work / name)
            from moot.portal.cache import bump

            bump()
        from django.core.cache import cache

        cache.clear()
    return manifest


def _put_media(name: str, source: Path) -> None:
    if default_storage.exists(name):
        default_storage.delete(name)
    with source.open("rb") as handle:
        stored = default_storage.save(name, File(handle))
    if stored != name:
        raise BackupError(f"storage put {name} back as {stored}")
