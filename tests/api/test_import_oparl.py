"""moot import-oparl against a local OParl server: the official OParl 1.1 examples, paging,
updates with modified_since, deletions, clerks' edits, vendor quirks and bad input."""

from __future__ import annotations

import io
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlparse

import pytest
from django.core.management import CommandError, call_command

from moot.importers.models import ImportRun
from moot.importers.oparl.client import OParlClient
from moot.importers.oparl.importer import OParlImporter
from moot.importers.oparl.parser import clean_url, fix_point
from moot.meetings.choices import DecisionKind, DocumentKind, MeetingStatus, MinutesState
from moot.meetings.models import (
    Body,
    Committee,
    Document,
    Item,
    LegislativeTerm,
    Location,
    Meeting,
    Person,
)
from tests.factories import local
from tests.samples import OPARL
from tests.unanswered import Impatient, Unanswered

pytestmark = pytest.mark.django_db

EXAMPLES = OPARL / "examples" / "1.1"
EXAMPLE_HOST = "https://oparl.example.org"
T = "https://schema.oparl.org/1.1/"


class Server:
    """A local OParl server: path (and optionally query) → (status, body, unanswered). An
    unanswered route holds each request until ``unanswered.release()``."""

    def __init__(self):
        self.routes: dict[tuple[str, frozenset | None], tuple[int, bytes, bool]] = {}
        self.unanswered = Unanswered()
        self.requests: list[str] = []
        handler = self._handler()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                url = urlparse(self.path)
                server.requests.append(self.path)
                query = frozenset((k, v) for k, v in parse_qsl(url.query) if k == "page")
                route = server.routes.get((url.path, query)) or server.routes.get((url.path, None))
                status, body, unanswered = route or (404, b'{"message": "not found"}', False)
                if unanswered:
                    server.unanswered.hold()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        return Handler

    def add(self, path: str, value, status: int = 200, unanswered: bool = False, page=None):
        body = value if isinstance(value, bytes) else json.dumps(value).encode()
        body = body.replace(EXAMPLE_HOST.encode(), self.base.encode())
        query = frozenset({("page", str(page))}) if page else None
        self.routes[(path, query)] = (status, body, unanswered)

    def listing(self, path: str, objects: list, **kw):
        self.add(
            path,
            {"data": objects, "pagination": {"totalElements": len(objects)}, "links": {}},
            **kw,
        )

    def fetched(self, fragment: str) -> list[str]:
        return [r for r in self.requests if fragment in r]

    def close(self):
        self.unanswered.release()
        self.httpd.shutdown()


def example(name: str) -> dict:
    return json.loads((EXAMPLES / f"{name}-01.json").read_text(encoding="utf-8"))


@pytest.fixture
def server():
    server = Server()
    system = example("System")
    server.add("/", system)
    server.listing("/bodies", [example("Body")])
    server.add("/body/0", example("Body"))
    lists = {
        "organizations": "Organization",
        "persons": "Person",
        "meetings": "Meeting",
        "papers": "Paper",
        "files": "File",
        "locations": "Location",
    }
    for path, name in lists.items():
        server.listing(f"/body/0/{path}/", [example(name)])
    for path in ("agendaItems", "consultations", "memberships"):
        server.listing(f"/body/0/{path}/", [])
    for name in ("Organization", "Person", "Meeting", "Paper", "File", "Location"):
        obj = example(name)
        server.add(urlparse(obj["id"]).path, obj)
    yield server
    server.close()


def _run(server, **kw):
    client = OParlClient(
        min_interval=0,
        backoff=0.01,
        retries=kw.pop("retries", 1),
        timeout=kw.pop("timeout", 5),
        transport=kw.pop("transport", None),
    )
    try:
        return OParlImporter(client, fetch_documents=kw.pop("fetch_documents", False), **kw).run(
            server.base + "/"
        )
    finally:
        client.close()


def test_it_imports_the_official_oparl_examples(server):
    report = _run(server)
    assert report.failed == []
    body = Body.objects.get(source="oparl")
    assert (body.name, body.short_name, body.external_id) == (
        "Stadt Köln, kreisfreie Stadt",
        "Köln",
        f"{server.base}/body/0",
    )
    committee = Committee.objects.get(body=body)
    assert (committee.name, committee.reference_prefix) == (
        "Ausschuss für Haushalt und Finanzen",
        "Finanzausschuss",
    )
    person = Person.objects.get(source="oparl")
    assert (person.name, person.honorific) == ("Prof. Dr. Max Mustermann", "Ratsfrau")
    meeting = Meeting.objects.get(source="oparl")
    assert meeting.committee == committee
    assert (meeting.start, meeting.end) == (local(2013, 1, 4, 7), local(2013, 1, 4, 11))  # +01:00
    assert meeting.status == MeetingStatus.HELD and meeting.minutes_state == MinutesState.DRAFT
    assert (
        meeting.location.name == "Rathaus der Beispielstadt, Ratshausplatz 1, 12345 Beispielstadt"
    )
    [item] = Item.objects.filter(meeting=meeting)
    assert (item.reference, item.title, item.position) == (
        "10.1",
        "Satzungsänderung für Ausschreibungen",
        1,
    )
    [decision] = item.decisions.all()
    assert (decision.kind, decision.text) == (
        DecisionKind.OTHER,
        "Der Beschluss weicht wie folgt vom Antrag ab: ...",
    )
    # The example gives four files under one id: the first (the invitation) is the one kept.
    [document] = Document.objects.filter(meeting=meeting)
    assert (document.title, document.kind, document.filename) == (
        "Einladung",
        DocumentKind.AGENDA,
        "einladung.pdf",
    )
    assert LegislativeTerm.objects.get(body=body).name == "21. Wahlperiode"
    assert Location.objects.filter(source="oparl").count() == 1
    # The examples refer to objects they do not include; those are skipped, by name.
    skipped = "\n".join(report.skipped)
    assert f"{server.base}/memberships/385" in skipped and "organizations/5" in skipped
    assert f"{server.base}/paper/749" in skipped
    assert ImportRun.objects.filter(
        source="oparl", location=f"{server.base}/body/0/meetings/"
    ).exists()


def test_a_second_run_asks_only_for_changes_and_changes_nothing(server):
    _run(server)
    server.requests.clear()
    report = _run(server)
    assert report.failed == [] and not report.changed
    assert report.since is not None
    meetings = server.fetched("/body/0/meetings/")
    assert meetings and all("modified_since=" in r for r in meetings)
    assert Meeting.objects.count() == 1


def test_a_deleted_object_without_a_type_is_soft_deleted(server):
    _run(server)
    server.listing("/body/0/meetings/", [{"id": f"{EXAMPLE_HOST}/meeting/281", "deleted": True}])
    report = _run(server)
    assert report.failed == [] and report.deleted == 1
    assert not Meeting.objects.exists()
    assert Meeting.all_objects.get(source="oparl").deleted_at is not None


def test_a_clerks_edit_is_kept_and_reported(server):
    _run(server)
    Committee.objects.filter(source="oparl").update(name="Finance Committee")
    Committee.objects.get(source="oparl")  # still there
    changed = example("Organization") | {"name": "Ausschuss für Finanzen"}
    server.listing("/body/0/organizations/", [changed])
    report = _run(server)
    assert Committee.objects.get(source="oparl").name == "Finance Committee"
    assert [c.field for c in report.conflicts] == ["name"]


def _location(n: int, **extra) -> dict:
    return {
        "id": f"{EXAMPLE_HOST}/location/{n}",
        "type": T + "Location",
        "description": f"Room {n}",
        **extra,
    }


def test_it_follows_pages_and_collapses_double_slashes(server):
    pages = {
        1: [_location(1), _location(2)],
        2: [_location(3, geojson={"type": "Point", "coordinates": [54.57, -1.31]})],
    }
    server.add(
        "/body/0/locations/",
        {"data": pages[1], "links": {"next": f"{EXAMPLE_HOST}//body/0//locations/?page=2"}},
        page=None,
    )
    server.add("/body/0/locations/", {"data": pages[2], "links": {}}, page=2)
    report = _run(server)
    assert report.failed == []
    names = set(Location.objects.filter(source="oparl").values_list("name", flat=True))
    assert {"Room 1", "Room 2", "Room 3"} <= names
    assert Location.objects.get(name="Room 3").external_id == f"{server.base}/location/3"


def test_geojson_points_the_wrong_way_round_are_put_right():
    assert fix_point(
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [50.1234, 10.4321]}}
    ) == (10.4321, 50.1234)
    assert fix_point({"type": "Point", "coordinates": [-1.31, 54.57]}) == (-1.31, 54.57)
    assert fix_point({"type": "Point", "coordinates": [54.57, -1.31]}) == (-1.31, 54.57)
    assert fix_point({"type": "Point", "coordinates": [120.0, 30.0]}) == (120.0, 30.0)
    assert fix_point({"type": "Polygon"}) is None
    assert (
        clean_url("https://RIS.example.org//oparl//v1/body/1")
        == "https://ris.example.org/oparl/v1/body/1"
    )


def test_html_in_titles_becomes_plain_text(server):
    meeting = example("Meeting")
    meeting["agendaItem"][0]["name"] = "<b>Satzung</b> &amp; <i>Ausschreibungen</i>"
    server.listing("/body/0/meetings/", [meeting])
    _run(server)
    assert Item.objects.get(source="oparl").title == "Satzung & Ausschreibungen"


def test_a_wrong_date_names_the_object_and_writes_nothing_of_it(server):
    meeting = example("Meeting") | {"start": "2013-13-45T08:00:00+01:00"}
    server.listing("/body/0/meetings/", [meeting])
    report = _run(server)
    assert any(
        f.startswith(f"Meeting {server.base}/meeting/281")
        and "start '2013-13-45T08:00:00+01:00' is not a date-time" in f
        for f in report.failed
    ), report.failed
    assert not Meeting.all_objects.exists() and not Item.all_objects.exists()
    assert not Document.all_objects.exists()


def test_truncated_json_names_the_page_and_writes_nothing_of_it(server):
    text = json.dumps({"data": [example("Meeting")], "links": {}})
    server.add("/body/0/meetings/", text[: len(text) // 2].encode())
    report = _run(server)
    assert any(
        f"{server.base}/body/0/meetings/: not valid JSON" in f and "cut short" in f
        for f in report.failed
    )
    assert not Meeting.all_objects.exists()
    assert Committee.objects.exists()  # what came before is kept
    with pytest.raises(CommandError, match="1 failures"):
        call_command(
            "import_oparl",
            server.base + "/",
            "--interval",
            "0",
            "--no-documents",
            verbosity=0,
            stdout=io.StringIO(),
            stderr=io.StringIO(),
        )


def test_a_server_error_or_a_time_out_is_retried_then_named(server):
    server.add("/body/0/persons/", b"oops", status=500)
    server.add("/body/0/meetings/", {"data": [], "links": {}}, unanswered=True)
    report = _run(server, transport=Impatient("/body/0/meetings/"))
    failed = "\n".join(report.failed)
    assert f"{server.base}/body/0/persons/: the server answered 500 after 2 tries" in failed
    assert f"{server.base}/body/0/meetings/: no answer (ReadTimeout) after 2 tries" in failed
    assert len(server.fetched("/body/0/persons/")) == 2
    assert not ImportRun.objects.get(source="oparl:run").ok


def test_an_interrupted_run_carries_on_from_the_page_it_stopped_at(server):
    server.add(
        "/body/0/locations/",
        {"data": [_location(1)], "links": {"next": f"{EXAMPLE_HOST}/body/0/locations/?page=2"}},
    )
    server.add("/body/0/locations/", b"down", status=503, page=2)
    first = _run(server)
    assert first.failed
    server.add("/body/0/locations/", {"data": [_location(2)], "links": {}}, page=2)
    server.requests.clear()
    second = _run(server)
    assert second.failed == []
    assert server.fetched("/body/0/locations/") == ["/body/0/locations/?page=2"]
    assert not server.fetched("/body/0/organizations/")  # finished lists are not read again
    assert {"Room 1", "Room 2"} <= set(Location.objects.values_list("name", flat=True))
    assert ImportRun.objects.filter(source="oparl:run", ok=True).count() == 1


def test_the_command_prints_a_closing_report(server):
    out = io.StringIO()
    call_command(
        "import_oparl",
        server.base + "/",
        "--interval",
        "0",
        "--no-documents",
        verbosity=0,
        stdout=out,
    )
    text = out.getvalue()
    assert "created" in text and "pages read" in text and "skipped:" in text


def test_it_fetches_and_reads_the_files(server):
    from weasyprint import HTML

    pdf = HTML(string="<p>Einladung zur 4. Sitzung des Finanzausschusses</p>").write_pdf()
    server.add("/files/download/57739.pdf", pdf)
    report = _run(server, fetch_documents=True)
    assert report.documents_fetched == 1, report.failed
    document = Document.objects.get(source="oparl")
    assert document.file.read() == pdf
    assert document.page_count == 1 and "Finanzausschusses" in document.text
    assert document.filename == "einladung.pdf"


def test_a_papers_authors_become_its_reports_lead_officer(server):
    paper = example("Paper")
    paper["consultation"][0]["agendaItem"] = f"{EXAMPLE_HOST}/agendaitem/3271"
    paper["consultation"][0]["meeting"] = f"{EXAMPLE_HOST}/meeting/281"
    paper["originatorPerson"] = [
        f"{EXAMPLE_HOST}/person/29",  # imported from the person list
        {"id": f"{EXAMPLE_HOST}/person/77", "type": f"{T}Person", "name": "Director of Place"},
        f"{EXAMPLE_HOST}/person/404",  # neither embedded nor known: left out, not fetched
    ]
    server.listing("/body/0/papers/", [paper])
    report = _run(server)
    assert report.failed == []
    document = Document.objects.get(external_id=f"{server.base}/files/57737")
    assert document.kind == DocumentKind.REPORT
    assert document.lead_officer == "Prof. Dr. Max Mustermann, Director of Place"
    assert not server.fetched("/person/404")
