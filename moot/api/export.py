"""Bulk export of the public archive as OParl JSON lines, with the public document files.

``write_export(directory)`` writes:

- ``system.json`` — the OParl System object;
- one ``<type>.jsonl`` per OParl type (``body.jsonl``, ``meeting.jsonl``, ``agendaItem.jsonl``
  …): one object a line, exactly the JSON the API serves at the object's URL
  (``moot.api.serializers``), for every object the public may see — the API's live sets,
  which ask the access policy (``moot.api.queries``). Deleted objects and anything withheld
  are not in it;
- ``decisionNotice.jsonl`` — published executive and officer decision notices, as the API's
  Papers of type "Decision notice" (``moot.api.notices``);
- ``forwardPlanEntry.jsonl`` — entries published on the forward plans
  (``moot.executive.plan_export``);
- ``attendance.csv`` — attendance statistics per member, committee and municipal year
  (``moot.api.attendance``), counting only meetings whose minutes are published;
- ``registerOfInterests.csv`` — the published register of members' interests, sensitive
  entries withheld (``moot.interests.export``);
- ``files/<id>-<filename>`` — the bytes of every public document Moot holds;
- ``manifest.json`` — when and from where, and per file its object count or size and SHA-256.

Everything is read inside one snapshot (``moot.api.snapshot``), so the files agree with each
other even while clerks keep working. ``build_zip`` packs the same into one zip; the site
serves the latest at ``/oparl/v1/export.zip`` (``latest_zip``).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from django.conf import settings
from django.utils import timezone

from moot import site
from moot.executive import plan_export
from moot.interests import export as register_export

from . import attendance, notices, schemas
from . import queries as q
from . import serializers as s
from .snapshot import read_snapshot

FORMAT = "moot-oparl-export/1"
BATCH = 200
# The export served by the site is rebuilt when the newest one is older than this.
MAX_AGE = timedelta(hours=24)
EXPORT_DIR = "exports"

# (file stem, kind): the OParl type names with a lower-case first letter.
TYPES: list[tuple[str, q.Kind]] = [
    ("body", q.BODY),
    ("legislativeTerm", q.LEGISLATIVE_TERM),
    ("organization", q.ORGANIZATION),
    ("person", q.PERSON),
    ("membership", q.MEMBERSHIP),
    ("location", q.LOCATION),
    ("meeting", q.MEETING),
    ("agendaItem", q.AGENDA_ITEM),
    ("paper", q.PAPER),
    ("consultation", q.CONSULTATION),
    ("file", q.FILE),
]


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def live_rows(kind: q.Kind):
    """The rows of ``kind`` the public sees in full, prepared for rendering, in batches by
    id. Costs the type's list queries once per ``BATCH`` rows."""
    base = s.prepare(kind, kind.queryset().filter(live=True))
    last = 0
    while True:
        rows = list(base.filter(pk__gt=last)[:BATCH])
        if not rows:
            return
        yield from rows
        last = rows[-1].pk


def safe_name(name: str) -> str:
    """A file name that cannot climb out of its folder."""
    name = re.sub(r"[^\w.\-]+", "_", Path(name).name).strip("._")
    return name[:150] or "document"


def file_path(row) -> str:
    """Where a document's bytes go in the export: ``files/<id>-<filename>``."""
    return f"files/{row.pk}-{safe_name(row.filename or Path(row.file.name).name)}"


def write_export(directory: Path, *, progress: Callable | None = None) -> dict:
    """Write the public archive into ``directory`` (created if missing); returns the manifest."""
    directory = Path(directory)
    (directory / "files").mkdir(parents=True, exist_ok=True)
    out = s.Out()
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "site": out.site,
        "oparlVersion": s.OPARL_VERSION,
        "generated": s.stamp(timezone.now()),
        "types": {},
        "files": [],
    }
    with read_snapshot():
        (directory / "system.json").write_text(_dumps(s.system(out)) + "\n", encoding="utf-8")
        for stem, kind in TYPES:
            path = directory / f"{stem}.jsonl"
            count = 0
            rows = live_rows(kind)
            if progress:
                rows = progress(rows, desc=stem, unit="object")
            with path.open("w", encoding="utf-8") as handle:
                for row in rows:
                    handle.write(_dumps(s.render(out, kind, row)) + "\n")
                    count += 1
                    if kind is q.FILE and row.file:
                        manifest["files"].append(_copy_file(directory, out, row))
            manifest["types"][kind.name] = {
                "file": path.name,
                "count": count,
                "sha256": _digest(path),
            }
        table = directory / "attendance.csv"
        rows = attendance.write(table, out)
        manifest["tables"] = {
            "attendance": {"file": table.name, "count": rows, "sha256": _digest(table)}
        }
        # Executive and officer decision notices: OParl Papers kept apart from the
        # committees' reports, whose ids they do not share (moot.api.notices).
        table = directory / "decisionNotice.jsonl"
        rows = notices.write_jsonl(table, out)
        manifest["tables"]["decisionNotice"] = {
            "file": table.name,
            "count": rows,
            "sha256": _digest(table),
        }
        table = directory / "registerOfInterests.csv"
        rows = register_export.write(table, lambda pk: out.api("person", pk))
        manifest["tables"]["registerOfInterests"] = {
            "file": table.name,
            "count": rows,
            "sha256": _digest(table),
        }
        table = directory / "forwardPlanEntry.jsonl"
        rows = plan_export.write_jsonl(table, out.site)
        manifest["tables"]["forwardPlanEntry"] = {
            "file": table.name,
            "count": rows,
            "sha256": _digest(table),
        }
    # The tables outside OParl carry a JSON Schema of their lines or rows (moot.api.schemas).
    folder = directory / "schemas"
    folder.mkdir(exist_ok=True)
    for table_name, schema_name in schemas.TABLES.items():
        path = folder / f"{schema_name}.json"
        path.write_text(schemas.as_json(schema_name), encoding="utf-8")
        manifest["tables"][table_name]["schema"] = f"schemas/{path.name}"
    (directory / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return manifest


def _copy_file(directory: Path, out: s.Out, row) -> dict:
    relative = file_path(row)
    h = hashlib.sha256()
    size = 0
    with row.file.open("rb") as source, (directory / relative).open("wb") as target:
        for block in iter(lambda: source.read(1 << 20), b""):
            h.update(block)
            size += len(block)
            target.write(block)
    return {"id": out.api("file", row.pk), "path": relative, "size": size, "sha256": h.hexdigest()}


def build_zip(target: Path, *, progress: Callable | None = None) -> dict:
    """Write the export as one zip at ``target`` (written beside it, then moved into place,
    so a reader never sees half a zip). Returns the manifest."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as work:
        folder = Path(work) / "export"
        manifest = write_export(folder, progress=progress)
        partial = Path(work) / "export.zip"
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    archive.write(path, path.relative_to(folder).as_posix())
        shutil.move(partial, target)
    return manifest


def export_folder() -> Path:
    return Path(settings.MEDIA_ROOT) / EXPORT_DIR


def site_tag() -> str:
    """A short name for the address the export's ids are on (``moot.site.site_url``), part of
    the cached zip's name: a zip made for one host is never served to another."""
    return hashlib.sha256(site.site_url().encode()).hexdigest()[:12]


def newest_zip(version: int | None = None) -> Path | None:
    """The newest cached zip, or the newest made at content ``version`` for the site's
    current address when a version is given."""
    pattern = (
        "moot-export-*.zip" if version is None else f"moot-export-v{version}-{site_tag()}-*.zip"
    )
    found = sorted(export_folder().glob(pattern), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None


def latest_zip(max_age: timedelta = MAX_AGE) -> Path:
    """The cached export zip in ``MEDIA_ROOT/exports``, built first if there is none for the
    current content version (any committed change, a take-down included, moves it on) and
    address (``moot.site.site_url``: the request's when ``MOOT_SITE_URL`` is unset) or it is
    older than ``max_age``. Once a new one is in place, the zips of older versions and the
    older zip for this address are removed."""
    from moot.portal.cache import current

    version = current()
    newest = newest_zip(version)
    now = timezone.now()
    if newest is not None:
        built = datetime.fromtimestamp(newest.stat().st_mtime, tz=UTC)
        if now - built < max_age:
            return newest
    tag = site_tag()
    target = export_folder() / f"moot-export-v{version}-{tag}-{now:%Y%m%dT%H%M%S%fZ}.zip"
    build_zip(target)
    other_address = f"moot-export-v{version}-"
    for old in export_folder().glob("moot-export-*.zip"):
        if old == target:
            continue
        if old.name.startswith(other_address) and not old.name.startswith(other_address + tag):
            continue  # the same version for another address: still current there
        old.unlink(missing_ok=True)
    return target
