"""How fast the ModernGov web-service importer takes in items (documents aside).

Synthetic but true to shape: the recorded Manchester GetMeeting response
(tests/fixtures/moderngov) is cloned into meetings of ``ITEMS`` agenda items each (new item
and attachment ids, the recorded minutes and documents), listed by a generated GetMeetings
answer, and served from memory through ``httpx.MockTransport``. The ServiceImporter runs
as ``moot import-moderngov --no-documents`` would, with no pause between requests. The rate
counts agenda items imported per second, with everything each brings (decisions, document
rows, invitees) — a first import, the slow path. Target: ≥ 2,000 items/s.

Two rates are printed: with the search index drain the run does (one tantivy commit per
``PER_COMMIT`` tasks, see ``moot.search.indexer``) and without it — the import alone, as when
``moot index-worker`` applies the tasks elsewhere. The CPU time of the run is printed too: on
a machine busy with other work it says what the import itself cost.
"""

from __future__ import annotations

import copy
import gc
import time
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

MEETINGS = 24
ITEMS = 125
TARGET = 2000
# The recorded responses the tests use (tests/fixtures/moderngov, sources in its README).
SAMPLES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "moderngov"


def _meeting_xml(template: bytes, meeting_id: int, items: int) -> bytes:
    from lxml import etree

    root = etree.fromstring(template)
    root.find("meetingid").text = str(meeting_id)
    holder = root.find("agendaitems")
    originals = list(holder)
    for node in originals:
        holder.remove(node)
    for n in range(items):
        node = copy.deepcopy(originals[n % len(originals)])
        node.find("agendaitemid").text = f"{meeting_id}{n:04d}"
        node.find("fulldisplaynumberformat").text = f"{n + 1}."
        node.find("agendaitemtitle").text = f"Report {n + 1}: {node.find('agendaitemtitle').text}"
        for k, doc in enumerate(node.iter("linkeddoc")):
            doc.find("attachmentid").text = f"{meeting_id}{n:04d}{k}"
        holder.append(node)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


def _meetings_xml(ids: list[int]) -> bytes:
    rows = "".join(
        f"<meeting><meetingid>{i}</meetingid><meetingdate>10/02/2026</meetingdate>"
        "<meetingstatus>Confirmed</meetingstatus><meetingtime>10.00 am</meetingtime></meeting>"
        for i in ids
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><getmeetings><committee><committeeid>144'
        f"</committeeid><committeemeetings>{rows}</committeemeetings></committee></getmeetings>"
    ).encode()


def generated(meetings: int = MEETINGS, items: int = ITEMS) -> dict[str, bytes]:
    """The answers of a web service holding ``meetings`` meetings of ``items`` items each: by
    operation ("GetCommittees", "GetMeetings"), and each meeting's GetMeeting by its id."""
    template = (SAMPLES / "lgsf_GetMeeting_with_minutes_manchester.xml").read_bytes()
    ids = [9000 + n for n in range(meetings)]
    answers = {
        "GetCommittees": (SAMPLES / "lgsf_GetCommittees_manchester.xml").read_bytes(),
        "GetMeetings": _meetings_xml(ids),
    }
    return answers | {str(i): _meeting_xml(template, i, items) for i in ids}


def run(answers: dict[str, bytes]):
    """One first import of the service ``generated`` gives: (report, seconds, CPU seconds,
    the drains' seconds, the drains' CPU seconds)."""
    import httpx

    from moot.importers.moderngov_service.client import ServiceClient
    from moot.importers.moderngov_service.importer import ServiceImporter
    from moot.meetings.models import Body
    from moot.search import indexer

    served = answers

    def handler(request: httpx.Request) -> httpx.Response:
        operation = urlsplit(str(request.url)).path.rsplit("/", 1)[-1]
        if operation == "GetMeeting":
            return httpx.Response(200, content=served[request.url.params["lMeetingId"]])
        return httpx.Response(200, content=answers[operation])

    body, _ = Body.objects.get_or_create(slug="bench-manchester", defaults={"name": "Manchester"})
    client = ServiceClient(
        "https://democracy.example.gov.uk", min_interval=0, transport=httpx.MockTransport(handler)
    )
    importer = ServiceImporter(client, body=body, fetch_documents=False)
    drain, drained, drained_cpu = indexer.drain, [], []

    def timed_drain(*args, **kwargs):
        started, started_cpu = time.perf_counter(), time.process_time()
        try:
            return drain(*args, **kwargs)
        finally:
            drained.append(time.perf_counter() - started)
            drained_cpu.append(time.process_time() - started_cpu)

    indexer.drain = timed_drain
    # Collect the setup's garbage (the migration, the cloned XML) now, so that the run is not
    # billed for a full collection of objects it never made.
    gc.collect()
    try:
        started, started_cpu = time.perf_counter(), time.process_time()
        report = importer.run(date(2026, 1, 1), date(2026, 3, 31), ["144"])
        seconds = time.perf_counter() - started
        cpu = time.process_time() - started_cpu
    finally:
        indexer.drain = drain
        client.close()
    return report, seconds, cpu, drained, drained_cpu


def main() -> None:
    from moot.meetings.models import Item

    report, seconds, cpu, drained, drained_cpu = run(generated())
    items = Item.objects.filter(source="moderngov").count()
    assert not report.failed, report.failed
    indexing = sum(drained)
    for label, rate in (
        (f"with the search drain ({len(drained)} drains, {indexing:.2f} s)", items / seconds),
        ("without the search drain", items / (seconds - indexing)),
    ):
        verdict = "meets" if rate >= TARGET else "MISSES"
        print(
            f"ModernGov import, {label}: {items} items in {MEETINGS} meetings = "
            f"{rate:,.0f} items/s — target ≥ {TARGET:,} items/s: {verdict}"
        )
    # The machine may be busy with other work: CPU time says what the import itself cost.
    import_cpu = cpu - sum(drained_cpu)
    print(
        f"CPU time: {cpu:.2f} s in all, {import_cpu:.2f} s without the drain = "
        f"{items / import_cpu:,.0f} items per CPU second"
    )
    print(f"({seconds:.2f} s in all; {report.summary()})")
