"""Attendance statistics for the bulk export: one CSV row per member, committee and municipal
year, counting only meetings whose minutes are published (``moot.meetings.statistics``, over
``policy.minutes_meetings`` for the public). People and committees are named by their OParl
ids, so the table joins onto ``person.jsonl`` and ``organization.jsonl``."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from django.db.models import Max, Min
from django.utils import timezone

from moot.access import policy
from moot.meetings import statistics

from . import queries as q
from . import serializers as s

FIELDS = [
    "body",
    "municipal_year",
    "from",
    "to",
    "person",
    "name",
    "committee",
    "committee_name",
    "expected",
    "present",
    "present_as_substitute",
    "apologies",
    "absent",
]


def rows(out: s.Out) -> Iterator[list[object]]:
    """Each live body's municipal years that have meetings with published minutes, and in
    each the tallies per member and committee. Two queries a year, plus names."""
    counted = policy.minutes_meetings(q.PUBLIC)
    for body in q.live_bodies().order_by("pk"):
        meetings = counted.filter(committee__body=body)
        span = meetings.aggregate(first=Min("start"), last=Max("start"))
        if span["first"] is None:
            continue
        annual = list(body.annual_meetings.values_list("date", flat=True))
        first = statistics.current_year(body, timezone.localdate(span["first"]), annual)
        last = statistics.current_year(body, timezone.localdate(span["last"]), annual)
        for year in range(first, last + 1):
            start, end = statistics.year_bounds(body, year, annual)
            stats = statistics.attendance(meetings, start, end)
            people = dict(
                q.live_people()
                .filter(pk__in={p for p, _ in stats.person_committees})
                .values_list("pk", "name")
            )
            committees = dict(
                q.live_committees().filter(pk__in=stats.committees).values_list("pk", "name")
            )
            for (person, committee), t in sorted(
                stats.person_committees.items(),
                key=lambda pair: (people.get(pair[0][0], ""), committees.get(pair[0][1], "")),
            ):
                if person not in people or committee not in committees:
                    continue
                yield [
                    out.api("body", body.pk),
                    f"{year}/{(year + 1) % 100:02d}",
                    start.isoformat(),
                    end.isoformat(),
                    out.api("person", person),
                    people[person],
                    out.api("organization", committee),
                    committees[committee],
                    t.expected,
                    t.present,
                    t.substitute,
                    t.apologies,
                    t.absent,
                ]


def write(path: Path, out: s.Out) -> int:
    """Write the table to ``path``; returns its number of rows."""
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(FIELDS)
        for row in rows(out):
            writer.writerow(row)
            count += 1
    return count
