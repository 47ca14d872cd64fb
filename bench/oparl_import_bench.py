"""How fast the OParl importer takes in agenda items (the network aside).

Two sources, served from memory through ``httpx.MockTransport`` with no pause between
requests (``moot import-oparl --interval 0 --no-documents``):

- the official OParl 1.1 examples (tests/fixtures/oparl/examples/1.1): a System, a Body and
  one of each object — the rate printed is objects written a second;
- a generated large body: ``COMMITTEES`` organisations and ``MEETINGS`` meetings of
  ``ITEMS`` embedded agenda items each (a result and a resolution text on every item, an
  auxiliary file on every fifth), the meetings list in pages of 20 and the body's agenda-item
  list repeating the items as real servers do. The rate counts agenda items a second over
  the whole run (parsing, mapping and writing everything each brings), first run and a
  second run that finds nothing changed, with the search index drain the run does and
  without it (the import alone, as when ``moot index-worker`` applies the tasks elsewhere).
  Target: ≥ 2,000 items/s. The queries a meeting costs are printed too: a list page of
  meetings is written as one batch, so they fall as the page fills.
"""

from __future__ import annotations

import json
import time
from functools import partial
from pathlib import Path

COMMITTEES = 10
MEETINGS = 100
ITEMS = 50
PAGE = 20
TARGET = 2000
BASE = "https://ris.bench.invalid"
T = "https://schema.oparl.org/1.1/"
EXAMPLES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "oparl" / "examples"


def _listing(objects: list, url: str, page: int, pages: int) -> dict:
    links = {"next": f"{url}?page={page + 1}"} if page < pages else {}
    return {"data": objects, "pagination": {"totalElements": len(objects)}, "links": links}


def generated() -> dict[str, bytes]:
    """URL → body of a large OParl body."""
    routes: dict[str, object] = {}
    body = f"{BASE}/body/1"
    lists = {
        name: f"{body}/{name}"
        for name in ("organizations", "people", "memberships", "meetings", "agendaitems")
    }
    routes[f"{BASE}/"] = {"id": f"{BASE}/", "type": T + "System", "body": f"{BASE}/bodies"}
    body_obj = {
        "id": body,
        "type": T + "Body",
        "name": "Bench Borough Council",
        "shortName": "Bench",
        "website": "https://bench.invalid/",
        "organization": lists["organizations"],
        "person": lists["people"],
        "membership": lists["memberships"],
        "meeting": lists["meetings"],
        "agendaItem": lists["agendaitems"],
    }
    routes[f"{BASE}/bodies"] = _listing([body_obj], f"{BASE}/bodies", 1, 1)
    organizations = [
        {
            "id": f"{BASE}/organization/{n}",
            "type": T + "Organization",
            "name": f"Committee {n}",
            "shortName": f"C{n}",
        }
        for n in range(COMMITTEES)
    ]
    routes[lists["organizations"]] = _listing(organizations, lists["organizations"], 1, 1)
    routes[lists["people"]] = _listing([], lists["people"], 1, 1)
    routes[lists["memberships"]] = _listing([], lists["memberships"], 1, 1)
    meetings, items = [], []
    for m in range(MEETINGS):
        meeting_id = f"{BASE}/meeting/{m}"
        agenda = []
        for k in range(ITEMS):
            item = {
                "id": f"{BASE}/agendaitem/{m}-{k}",
                "type": T + "AgendaItem",
                "meeting": meeting_id,
                "number": f"{k + 1}",
                "order": k + 1,
                "name": f"Report {k + 1} on the budget of meeting {m}",
                "public": True,
                "result": "Beschlossen",
                "resolutionText": f"Der Ausschuss beschließt den Bericht {k + 1}.",
            }
            if k % 5 == 0:
                item["auxiliaryFile"] = [
                    {
                        "id": f"{BASE}/file/{m}-{k}",
                        "type": T + "File",
                        "name": f"Anlage zu {k + 1}",
                        "fileName": f"anlage-{m}-{k}.pdf",
                        "mimeType": "application/pdf",
                        "size": 1234,
                        "accessUrl": f"{BASE}/file/{m}-{k}.pdf",
                    }
                ]
            agenda.append(item)
        items.extend(agenda)
        meetings.append(
            {
                "id": meeting_id,
                "type": T + "Meeting",
                "name": f"{m + 1}. Sitzung des Ausschusses {m % COMMITTEES}",
                "start": f"2025-{m % 12 + 1:02d}-{m % 28 + 1:02d}T17:00:00+01:00",
                "organization": [f"{BASE}/organization/{m % COMMITTEES}"],
                "agendaItem": agenda,
            }
        )
    for name, objects, size in (("meetings", meetings, PAGE), ("agendaitems", items, 100)):
        pages = [objects[i : i + size] for i in range(0, len(objects), size)]
        for n, chunk in enumerate(pages, start=1):
            url = lists[name] if n == 1 else f"{lists[name]}?page={n}"
            routes[url] = _listing(chunk, lists[name], n, len(pages))
    return {url: json.dumps(value).encode() for url, value in routes.items()}


def examples() -> dict[str, bytes]:
    """URL → body of the official examples, as the tests serve them."""
    host = "https://oparl.example.org"
    routes: dict[str, bytes] = {}

    def load(name: str) -> dict:
        return json.loads((EXAMPLES / "1.1" / f"{name}-01.json").read_text(encoding="utf-8"))

    routes[f"{host}/"] = json.dumps(load("System")).encode()
    routes[f"{host}/bodies"] = json.dumps({"data": [load("Body")], "links": {}}).encode()
    lists = {
        "organizations": "Organization",
        "persons": "Person",
        "meetings": "Meeting",
        "papers": "Paper",
        "files": "File",
        "locations": "Location",
    }
    for path, name in lists.items():
        routes[f"{host}/body/0/{path}/"] = json.dumps({"data": [load(name)], "links": {}}).encode()
    for path in ("agendaItems", "consultations", "memberships"):
        routes[f"{host}/body/0/{path}/"] = b'{"data": [], "links": {}}'
    system = json.loads(routes[f"{host}/"])
    return routes | {system["id"]: routes[f"{host}/"]}


def run(routes: dict[str, bytes], system: str):
    """One run: (report, seconds, CPU seconds, seconds spent draining the search index)."""
    import gc

    import httpx

    from moot.importers.oparl.client import OParlClient
    from moot.importers.oparl.importer import OParlImporter
    from moot.search import indexer

    drain, drained = indexer.drain, []

    def timed_drain(*args, **kwargs):
        started = time.perf_counter()
        try:
            return drain(*args, **kwargs)
        finally:
            drained.append(time.perf_counter() - started)

    def answer(request: httpx.Request) -> httpx.Response:
        body = routes.get(str(request.url))
        return httpx.Response(404) if body is None else httpx.Response(200, content=body)

    client = OParlClient(min_interval=0, retries=1, transport=httpx.MockTransport(answer))
    indexer.drain = timed_drain
    gc.collect()  # the setup's garbage is not the run's
    started = time.perf_counter()
    cpu = time.process_time()
    try:
        report = OParlImporter(client, fetch_documents=False, full=True).run(system)
    finally:
        indexer.drain = drain
        client.close()
    return report, time.perf_counter() - started, time.process_time() - cpu, sum(drained)


def _count(queries: list, execute, sql, params, many, context):
    queries.append(None)
    return execute(sql, params, many, context)


def main() -> None:
    from django.db import connection

    from moot.meetings.models import Item

    report, seconds, _cpu, _drained = run(examples(), "https://oparl.example.org/")
    written = sum(report.counts.values())
    print(
        f"official examples: {written} objects in {seconds * 1000:.0f} ms "
        f"({written / seconds:,.0f} objects/s), {len(report.skipped)} skipped, "
        f"{len(report.failed)} failed"
    )
    routes = generated()
    total = MEETINGS * ITEMS
    for label in ("first run", "second run, nothing changed"):
        queries: list[None] = []  # counted, not logged: logging costs more than the query
        with connection.execute_wrapper(partial(_count, queries)):
            report, seconds, cpu, drained = run(routes, f"{BASE}/")
        assert not report.failed, report.failed[:3]
        print(
            f"generated body, {label}: {total:,} items in {seconds:.1f} s (CPU {cpu:.1f} s), "
            f"{len(queries) / MEETINGS:.1f} queries a meeting of {ITEMS} items"
        )
        for how, rate in (
            (f"with the search drain ({drained:.2f} s)", total / seconds),
            ("parsing and writing alone, without the drain", total / (seconds - drained)),
        ):
            mark = "meets" if rate >= TARGET else "MISSES"
            print(f"  {how}: {rate:,.0f} items/s ({mark} the target of ≥ {TARGET:,})")
    assert Item.objects.filter(source="oparl").count() >= total
