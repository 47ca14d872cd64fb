"""The register of interests in the bulk export (``moot.api.export``): one CSV row per
published entry, as the public sees it (``register.as_public``); people named by their OParl
ids so the table joins onto ``person.jsonl``."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from . import register

FIELDS = [
    "person",
    "name",
    "category",
    "description",
    "received_on",
    "donor",
    "value",
    "withheld",
    "last_updated",
]


def write(path: Path, person_url: Callable[[int], str]) -> int:
    """Write the table at ``path``; returns its number of rows."""
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(FIELDS)
        entries = register.public_entries().select_related("person")
        for entry in entries.order_by("person__name", "person_id", "category", "pk"):
            shown = register.as_public(entry)
            writer.writerow(
                [
                    person_url(entry.person_id),
                    entry.person.name,
                    shown.category,
                    shown.description,
                    shown.received_on.isoformat() if shown.received_on else "",
                    shown.donor,
                    shown.value or "",
                    "yes" if shown.withheld else "no",
                    shown.updated.date().isoformat() if shown.updated else "",
                ]
            )
            count += 1
    return count
