"""The importers write domain rows only through the write services (the rule, as code).

A write service keeps the history and announces the change, so search, the page cache and the
printed papers follow an import as they follow a clerk. The importers' own bookkeeping (the
``ImportRun`` rows that keep the raw input and a run's checkpoint) is theirs to write.
"""

from __future__ import annotations

import ast
from pathlib import Path

IMPORTERS = Path(__file__).resolve().parents[2] / "moot" / "importers"

# Calls that write whatever they are called on.
WRITES = {"save", "create", "get_or_create", "update_or_create", "bulk_create", "bulk_update"}
# Calls that write when called on a manager or a queryset (``x.objects.filter(...).update()``).
QUERYSET_WRITES = {"update", "delete"}


def _is_bookkeeping(receiver: str) -> bool:
    """``ImportRun.objects``, and the run and checkpoint rows the pipeline keeps."""
    return receiver.startswith("ImportRun.") or receiver.rsplit(".", 1)[-1] in {
        "run",
        "checkpoint",
    }


def offenders() -> list[str]:
    found = []
    for path in sorted(IMPORTERS.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            name = node.func.attr
            receiver = ast.unparse(node.func.value)
            on_queryset = ".objects" in receiver or ".filter(" in receiver
            writes = name in WRITES or (name in QUERYSET_WRITES and on_queryset)
            if writes and not _is_bookkeeping(receiver):
                where = path.relative_to(IMPORTERS.parents[1])
                found.append((str(where), node.lineno, f"{receiver}.{name}("))
    return [f"{where}:{line}: {call}" for where, line, call in sorted(found)]


def test_it_finds_a_direct_write_when_there_is_one(tmp_path, monkeypatch):
    package = tmp_path / "moot" / "importers"
    package.mkdir(parents=True)
    (package / "sneaky.py").write_text(
        "def f(meeting, Body):\n"
        "    meeting.save(update_fields=['note'])\n"
        "    Body.objects.get_or_create(slug='x')\n"
        "    ImportRun.objects.create(source='x')\n"
    )
    monkeypatch.setattr(__name__ + ".IMPORTERS", package)
    assert offenders() == [
        "moot/importers/sneaky.py:2: meeting.save(",
        "moot/importers/sneaky.py:3: Body.objects.get_or_create(",
    ]


def test_the_importers_write_domain_rows_only_through_the_write_services():
    assert offenders() == [], "write these through moot.meetings.services (imported.py, upsert.py)"
