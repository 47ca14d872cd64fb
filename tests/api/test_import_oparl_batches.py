"""moot import-oparl writes a list page of meetings as one batch: the queries a page costs do
not grow with the meetings on it, and one bad meeting still fails alone, named, with the rest
of its page written."""

from __future__ import annotations

import httpx
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from moot.importers.oparl.client import OParlClient
from moot.importers.oparl.importer import OParlImporter
from moot.meetings.choices import DecisionKind, MinutesState
from moot.meetings.models import Decision, Document, Item, Meeting
from moot.meetings.services.history import revisions_of
from tests.api.test_import_oparl import EXAMPLE_HOST, T, server  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db


class Counting(OParlImporter):
    """The importer, counting the queries each page of meetings costs."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.page_queries: list[int] = []

    def _meetings_page(self, objs: list) -> None:
        with CaptureQueriesContext(connection) as queries:
            super()._meetings_page(objs)
        self.page_queries.append(len(queries))


def _meeting(n: int, items: int = 4, **extra) -> dict:
    ident = f"{EXAMPLE_HOST}/meeting/b{n}"
    agenda = [
        {
            "id": f"{EXAMPLE_HOST}/agendaitem/b{n}-{k}",
            "type": T + "AgendaItem",
            "meeting": ident,
            "number": str(k + 1),
            "order": k + 1,
            "name": f"Report {k + 1} to meeting {n}",
            "public": True,
            "result": "Beschlossen",
            "resolutionText": f"Der Ausschuss beschließt Bericht {k + 1}.",
            **(
                {
                    "auxiliaryFile": [
                        {
                            "id": f"{EXAMPLE_HOST}/file/b{n}-{k}",
                            "type": T + "File",
                            "name": f"Anlage {k + 1}",
                            "fileName": f"anlage-{n}-{k}.pdf",
                            "mimeType": "application/pdf",
                            "accessUrl": f"{EXAMPLE_HOST}/file/b{n}-{k}.pdf",
                        }
                    ]
                }
                if k == 0
                else {}
            ),
        }
        for k in range(items)
    ]
    return {
        "id": ident,
        "type": T + "Meeting",
        "name": f"{n}. Sitzung",
        "start": f"2025-03-{n % 27 + 1:02d}T17:00:00+01:00",
        "organization": [f"{EXAMPLE_HOST}/organization/34"],
        "agendaItem": agenda,
        **extra,
    }


def _run(server, meetings: list[dict]) -> Counting:  # noqa: F811 - the fixture's name
    server.listing("/body/0/meetings/", meetings)
    client = OParlClient(min_interval=0, backoff=0.01, retries=1, timeout=5)
    try:
        importer = Counting(client, fetch_documents=False, full=True)
        importer.run(server.base + "/")
    finally:
        client.close()
    return importer


def test_a_page_of_six_meetings_costs_the_queries_of_a_page_of_two(server):  # noqa: F811
    _run(server, [_meeting(n) for n in range(20, 22)])  # what is read once a process: read
    two = _run(server, [_meeting(n) for n in range(2)])
    six = _run(server, [_meeting(n) for n in range(10, 16)])
    assert two.report.failed == [] and six.report.failed == []
    assert Meeting.objects.filter(external_id__contains="/meeting/b").count() == 10
    assert Item.objects.filter(external_id__contains="/agendaitem/b").count() == 40
    assert len(two.page_queries) == len(six.page_queries) == 1
    assert six.page_queries[0] == two.page_queries[0], (two.page_queries, six.page_queries)


def test_a_page_written_as_a_batch_keeps_everything_a_meeting_brings(server):  # noqa: F811
    importer = _run(server, [_meeting(n) for n in range(3)])
    assert importer.report.failed == []
    meeting = Meeting.objects.get(external_id=f"{server.base}/meeting/b1")
    assert meeting.committee.external_id == f"{server.base}/organization/34"
    assert meeting.minutes_state == MinutesState.DRAFT
    assert meeting.minutes_published_at is not None and meeting.agenda_published_at is not None
    created = revisions_of(meeting).get(action="create")
    assert created.changes["minutes_published_at"][0] is None
    items = list(meeting.items.order_by("position"))
    assert [i.title for i in items] == [f"Report {k} to meeting 1" for k in range(1, 5)]
    assert all(i.published_at for i in items)
    decision = Decision.objects.get(item=items[0])
    assert decision.kind == DecisionKind.AGREED and "Bericht 1" in decision.text
    document = Document.objects.get(external_id=f"{server.base}/file/b1-0")
    assert document.item_id == items[0].pk and document.meeting_id == meeting.pk
    assert importer.report.counts[("agendaitem", "created")] >= 12


def test_one_bad_meeting_fails_alone_and_the_rest_of_its_page_is_written(server):  # noqa: F811
    bad = _meeting(2) | {"start": "2025-02-30T17:00:00+01:00"}
    importer = _run(server, [_meeting(1), bad, _meeting(3)])
    assert len(importer.report.failed) == 1, importer.report.failed
    assert importer.report.failed[0].startswith(f"Meeting {server.base}/meeting/b2")
    written = set(
        Meeting.objects.filter(external_id__contains="/meeting/b").values_list(
            "external_id", flat=True
        )
    )
    assert written == {f"{server.base}/meeting/b1", f"{server.base}/meeting/b3"}
    assert not Item.all_objects.filter(external_id__contains="/agendaitem/b2-").exists()
    assert Item.objects.filter(external_id__contains="/agendaitem/b3-").count() == 4
    # The undone batch is not counted: each meeting written is counted once.
    assert importer.report.counts[("meeting", "created")] == Meeting.objects.count()


def test_a_second_run_finds_the_page_unchanged(server):  # noqa: F811
    _run(server, [_meeting(n) for n in range(3)])
    again = _run(server, [_meeting(n) for n in range(3)])
    assert again.report.failed == []
    assert again.report.counts[("meeting", "created")] == 0
    assert again.report.counts[("agendaitem", "created")] == 0
    assert again.report.counts[("agendaitem", "updated")] == 0


def test_the_agenda_item_list_skips_items_held_exactly_as_listed(server):  # noqa: F811
    meetings = [_meeting(n) for n in range(2)]
    listed = [item for m in meetings for item in m["agendaItem"]]
    changed = listed[1] | {"name": "Report 2, as corrected"}
    server.listing("/body/0/agendaItems/", [listed[0], changed, *listed[2:]])
    first = _run(server, meetings)
    assert first.report.failed == []
    # The list's copies of items its meetings embed are not read again; the one that differs is.
    assert first.report.counts[("agendaitem", "unchanged")] == len(listed) - 1
    item = Item.objects.get(external_id=f"{server.base}/agendaitem/b0-1")
    assert item.title == "Report 2, as corrected"
    # A later run, in a new process, holds nothing in memory: what it skips, it reads from
    # the hash each item keeps of the object it was last written from.
    again = _run(server, meetings)
    # The two copies of item 2 differ: the meeting's is written, then the list's again.
    assert again.report.counts[("agendaitem", "updated")] == 2
    assert again.report.counts[("agendaitem", "unchanged")] == 2 * len(listed) - 2
    assert Item.objects.get(pk=item.pk).title == "Report 2, as corrected"
    assert again.report.counts[("agendaitem", "created")] == 0


class Interrupted(httpx.HTTPTransport):
    """Stops the run, as Ctrl-C would, the first time ``path`` is asked for."""

    def __init__(self, path: str):
        super().__init__()
        self.path, self.fired = path, False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not self.fired and request.url.path == self.path:
            self.fired = True
            raise KeyboardInterrupt
        return super().handle_request(request)


def test_an_interrupted_run_still_links_the_matters_it_read_before(server):  # noqa: F811
    earlier, later = _meeting(1), _meeting(2)
    later["agendaItem"][0]["moot:continues"] = earlier["agendaItem"][0]["id"]
    server.listing("/body/0/meetings/", [earlier, later])
    stop = Interrupted("/body/0/papers/")  # read after the meetings and the agenda items
    client = OParlClient(min_interval=0, backoff=0.01, retries=1, timeout=5, transport=stop)
    try:
        with pytest.raises(KeyboardInterrupt):
            OParlImporter(client, fetch_documents=False).run(server.base + "/")
    finally:
        client.close()
    assert stop.fired
    item = Item.objects.get(external_id=f"{server.base}/agendaitem/b2-0")
    assert item.continues is None  # links are made at the end of the run
    server.requests.clear()
    _run(server, [earlier, later])  # carries on from the papers: the meetings are not read
    assert not server.fetched("/body/0/meetings/") and server.fetched("/body/0/papers/")
    item.refresh_from_db()
    assert item.continues == Item.objects.get(external_id=f"{server.base}/agendaitem/b1-0")
