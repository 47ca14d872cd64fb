"""The demo archive, served by Moot's own OParl API and imported by ``moot import-oparl`` into a
fresh Moot, gives the same public records.

The fresh Moot is a second site: the ``moot`` console script run as a subprocess with a
``MOOT_VAR_DIR`` of its own (its own SQLite database, media and search index), its own
``SITE_URL`` and none of this process's other ``MOOT_`` settings, so it shares nothing with the
test database even when the suite runs on PostgreSQL. It is migrated, imports the original
from the live server's System URL, and writes its public archive with ``moot export``. The
original's public archive is written in-process by the same code (``write_export``).

Both exports are then compared object by object, for every type. The fresh site's ids are its
own (they start at 1001, so none equals the original's by chance) and its URLs are mapped back
to the original's: each imported row keeps the URL of the object it came from as its external
id (read from the fresh database with ``moot shell -c``); a legislative term, which has none,
is matched by body and name. Dropped, because they must differ: ``created`` and ``modified``
(import time), the portal links (``web``, ``accessUrl``, ``downloadUrl``) and a person's
``status`` (Moot's wording of its posts, party and ward, not read back). Lists whose
order is the rows' creation order (``membership``, ``participant``) are compared as sets. A
File's ``text`` may be present in the copy only (the importer extracts text from the papers
Moot prints, for which the original holds none). Every public document file must come back
byte for byte.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from moot.api.export import TYPES, write_export
from moot.demo.loader import load_demo
from moot.meetings.models import Body, LegislativeTerm

FRESH_SITE = "http://fresh-moot.test"
DROPPED = {"created", "modified", "web", "accessUrl", "downloadUrl"}
# A person's ``status`` is Moot's wording of its own records (posts held, party, ward); the
# importer does not read records back out of it.
DROPPED_OF = {"person": {"status"}}
UNORDERED = {"membership", "participant"}  # lists whose order is the rows' creation order
# Each API segment and the model behind it in the fresh site (papers, consultations and
# files are all documents).
SEGMENTS = {
    "body": "Body",
    "organization": "Committee",
    "person": "Person",
    "membership": "Membership",
    "location": "Location",
    "meeting": "Meeting",
    "agenda-item": "Item",
    "paper": "Document",
    "consultation": "Document",
    "file": "Document",
}
# Run in the fresh site, before the import: its ids start at 1001, so none matches the
# original's by chance and only the mapping can line the objects up.
OWN_IDS = """
from django.db import connection
from moot.meetings.models import LegislativeTerm
from moot.meetings import models
names = ("Body", "Committee", "Document", "Item", "Location", "Meeting", "Membership", "Person")
tables = [getattr(models, name)._meta.db_table for name in names]
with connection.cursor() as cursor:
    for table in [*tables, LegislativeTerm._meta.db_table]:
        cursor.execute("DELETE FROM sqlite_sequence WHERE name = %s", [table])
        cursor.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (%s, 1000)", [table])
"""
# Run in the fresh site after the import: per model, each row's id and the URL it came from.
EXTERNAL_IDS = """
import json
from moot.meetings import models
names = ("Body", "Committee", "Document", "Item", "Location", "Meeting", "Membership", "Person")
print(json.dumps({
    name: dict(getattr(models, name).all_objects.values_list("pk", "external_id"))
    for name in names
}))
"""


def _moot_command() -> list[str]:
    script = Path(sys.executable).with_name("moot")
    return [str(script)] if script.exists() else [sys.executable, "-m", "moot.cli"]


def _fresh_environment(var_dir: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MOOT_")}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env |= {"MOOT_VAR_DIR": str(var_dir), "MOOT_SITE_URL": FRESH_SITE, "MOOT_TESTING": "true"}
    return env


def _moot(env: dict, *args: str) -> str:
    result = subprocess.run(
        [*_moot_command(), *args],
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, f"moot {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def _read(directory: Path) -> tuple[dict, dict]:
    """An export's objects, per file stem in a list, and its manifest."""
    objects = {
        stem: [json.loads(line) for line in (directory / f"{stem}.jsonl").open(encoding="utf-8")]
        for stem, _kind in TYPES
    }
    return objects, json.loads((directory / "manifest.json").read_text(encoding="utf-8"))


class Mapping:
    """Turns the fresh site's API URLs into the URLs of the originals they came from."""

    def __init__(self, fresh_api: str, api: str, external_ids: dict, fresh: dict, original: dict):
        self.fresh_api, self.api = fresh_api, api
        self.pks = {
            segment: {int(pk): self._pk(url) for pk, url in external_ids[model].items()}
            for segment, model in SEGMENTS.items()
        }
        # Legislative terms are matched by body and name.
        terms = {(t["body"], t["name"]): self._pk(t["id"]) for t in original["legislativeTerm"]}
        self.pks["legislative-term"] = {
            self._pk(t["id"]): terms.get((self.url(t["body"]), t["name"]))
            for t in fresh["legislativeTerm"]
        }

    @staticmethod
    def _pk(url: str) -> int | None:
        match = re.search(r"/(\d+)/$", url or "")
        return int(match.group(1)) if match else None

    def url(self, value: str) -> str:
        if not value.startswith(self.fresh_api):
            return value
        rest = value[len(self.fresh_api) :]
        match = re.match(r"([a-z-]+)/(\d+)/(.*)$", rest)
        if match:
            segment, pk, tail = match.groups()
            original = self.pks.get(segment, {}).get(int(pk))
            rest = f"{segment}/{original}/{tail}"
        return self.api + rest


def _order(value) -> str:
    """A sort key for anything JSON holds (embedded objects included)."""
    return json.dumps(value, sort_keys=True)


def _normalise(value, mapping: Mapping | None):
    if isinstance(value, dict):
        return {
            k: sorted(_normalise(v, mapping), key=_order)
            if k in UNORDERED
            else _normalise(v, mapping)
            for k, v in value.items()
            if k not in DROPPED
        }
    if isinstance(value, list):
        return [_normalise(v, mapping) for v in value]
    if mapping and isinstance(value, str):
        return mapping.url(value)
    return value


def _differences(original: dict, fresh: dict, mapping: Mapping) -> tuple[dict, list[str]]:
    """Per type: how many originals were compared, and every difference from their copies."""
    compared, problems = {}, []
    for stem, _kind in TYPES:
        mine = {o["id"]: _normalise(o, None) for o in original[stem]}
        theirs = {}
        for o in fresh[stem]:
            data = _normalise(o, mapping)
            theirs[data["id"]] = data
        compared[stem] = len(mine)
        if set(mine) != set(theirs):
            missing, extra = sorted(set(mine) - set(theirs)), sorted(set(theirs) - set(mine))
            problems.append(f"{stem}: missing {missing[:5]}, extra {extra[:5]}")
        for ident in sorted(set(mine) & set(theirs)):
            a, b = mine[ident], theirs[ident]
            for key in DROPPED_OF.get(stem, ()):
                a, b = (
                    {k: v for k, v in a.items() if k != key},
                    {k: v for k, v in b.items() if k != key},
                )
            if stem == "file" and "text" not in a and b.get("text"):
                # Moot holds no extracted text for the papers it prints; the importer reads
                # the text out of the file it fetched. More than the original, not different.
                b = {k: v for k, v in b.items() if k != "text"}
            if a != b:
                differ = {k: (a.get(k), b.get(k)) for k in set(a) | set(b) if a.get(k) != b.get(k)}
                problems.append(f"{ident}: {differ}")
    return compared, problems


@pytest.mark.django_db(transaction=True)
def test_the_demo_comes_back_the_same_in_a_fresh_moot(live_server, settings, tmp_path):
    settings.SITE_URL = live_server.url
    load_demo()
    for body in Body.objects.all():  # entered by an administrator; the demo has none
        LegislativeTerm.objects.create(
            body=body, name="2023–2027", start_date=date(2023, 5, 4), end_date=date(2027, 5, 5)
        )
    api = live_server.url + "/oparl/v1/"
    write_export(tmp_path / "original")
    original, original_manifest = _read(tmp_path / "original")

    var_dir = tmp_path / "fresh"
    env = _fresh_environment(var_dir)
    _moot(env, "migrate", "--verbosity", "0")
    _moot(env, "shell", "-c", OWN_IDS)
    _moot(env, "import-oparl", api, "--interval", "0", "--verbosity", "0")
    _moot(env, "export", str(tmp_path / "fresh-export"), "--verbosity", "0")
    external_ids = json.loads(_moot(env, "shell", "-c", EXTERNAL_IDS).strip().splitlines()[-1])
    assert (var_dir / "moot.sqlite3").exists()

    fresh, fresh_manifest = _read(tmp_path / "fresh-export")
    assert fresh_manifest["site"] == FRESH_SITE
    mapping = Mapping(FRESH_SITE + "/oparl/v1/", api, external_ids, fresh, original)
    compared, problems = _differences(original, fresh, mapping)
    assert problems == [], "\n".join(problems[:10])
    assert compared["meeting"] >= 5 and compared["agendaItem"] >= 20 and compared["file"] >= 5
    assert all(compared.values()), compared
    # Its ids are its own: only the mapping lines the objects up.
    assert all(a != b for pks in mapping.pks.values() for a, b in pks.items())

    # The comparison does see a difference.
    fresh["agendaItem"][0]["name"] = "Not what the original says"
    assert any("Not what the original says" in p for p in _differences(original, fresh, mapping)[1])

    # Every public document file came across byte for byte.
    originals = {f["id"]: f for f in original_manifest["files"]}
    copies = {mapping.url(f["id"]): f for f in fresh_manifest["files"]}
    assert set(copies) == set(originals) and originals
    for ident, entry in originals.items():
        copy = copies[ident]
        assert (copy["size"], copy["sha256"]) == (entry["size"], entry["sha256"]), ident
        original_bytes = (tmp_path / "original" / entry["path"]).read_bytes()
        assert (tmp_path / "fresh-export" / copy["path"]).read_bytes() == original_bytes, ident
