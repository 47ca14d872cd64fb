"""What a production OParl consumer expects of Moot, walked as one walks it.

The reference is the importer of Meine Stadt Transparent (an open-source council portal):
it starts at the System object, reads the Body list, then pages through the body's external
lists by their ``links.next``; it takes every embedded object (an item in a meeting, a file in
an item) as an object of its own, keyed by its id, so the same id must carry the same object
wherever it appears; it skips deleted objects; and, with file download on, it fetches each
File's ``downloadUrl`` (else ``accessUrl``), treats an HTTP error as a failed run and an HTML
answer as a silent error, and takes the ``Content-Type`` as the file's type. This test does
the same against a body whose documents are partly held by Moot and partly known only by
name, without the consumer's stack."""

from __future__ import annotations

import json
from collections import deque
from urllib.parse import urlsplit

import pytest
from django.core.files.base import ContentFile

from tests.api.conftest import CANARY, SITE

API = SITE + "/oparl/v1/"
OPARL = "https://schema.oparl.org/1.1/"
MAX_PAGES = 500


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _hold(document, content: bytes) -> None:
    """Give Moot a copy of the document's file (as an upload or a fetching import does)."""
    document.file.save(document.filename, ContentFile(content), save=False)
    document.size_bytes = len(content)
    document.save()


@pytest.fixture
def demo(archive):
    """The archive with most public documents held and one (the reports pack) known only by
    name, as an import from a published page leaves it; the restricted documents are held
    too, so that their files could leak if anything were wrong."""
    for document in (archive.report, archive.appendix, archive.agenda, archive.minutes):
        _hold(document, b"%PDF-1.4\n" + document.title.encode() * 40 + b"\n%%EOF\n")
    for document in (archive.restricted_document, archive.exempt_item_document):
        _hold(document, f"%PDF-1.4 {CANARY}".encode())
    archive.pack.source_url = "https://democracy.example.gov.uk/documents/s1/pack.pdf"
    archive.pack.save()
    return archive


def _embedded(value, found: list[dict]) -> None:
    """Every object (a dict with an OParl ``type`` and an ``id``) inside ``value``."""
    if isinstance(value, dict):
        if str(value.get("type", "")).startswith(OPARL) and "id" in value:
            found.append(value)
        for item in value.values():
            _embedded(item, found)
    elif isinstance(value, list):
        for item in value:
            _embedded(item, found)


def _references(value):
    """Every API URL an object refers to, other than the ids of objects."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key != "id":
                yield from _references(item)
    elif isinstance(value, list):
        for item in value:
            yield from _references(item)
    elif isinstance(value, str) and value.startswith(API):
        yield value


class Consumer:
    """Walks the API as the consumer does and keeps what it saw."""

    def __init__(self, client):
        self.client = client
        self.bodies: list[bytes] = []
        self.listed: dict[str, dict] = {}  # id -> the object as a list gave it
        self.embedded: dict[str, list[dict]] = {}  # id -> its embedded copies
        self.list_urls: set[str] = set()

    def get(self, url: str) -> dict:
        assert url.startswith(API), url
        response = self.client.get(_path(url))
        assert response.status_code == 200, f"GET {url} answered {response.status_code}"
        assert response["Content-Type"] == "application/json", url
        self.bodies.append(response.content)
        return json.loads(response.content)

    def walk(self) -> Consumer:
        system = self.get(API)
        assert system["type"] == OPARL + "System"
        pending = deque([system["body"]])
        while pending:
            url = pending.popleft()
            if url in self.list_urls:
                continue
            self.list_urls.add(url)
            for obj in self.read_list(url):
                # A body, an organisation: their own external lists are walked too.
                pending.extend(
                    value
                    for key, value in obj.items()
                    if key != "id" and isinstance(value, str) and self._is_list(value)
                )
        return self

    def _is_list(self, url: str) -> bool:
        return url.startswith(API) and url.rstrip("/").rsplit("/", 1)[-1] in {
            "bodies",
            "organizations",
            "people",
            "memberships",
            "locations",
            "meetings",
            "agenda-items",
            "papers",
            "consultations",
            "files",
            "legislative-terms",
        }

    def read_list(self, url: str) -> list[dict]:
        objects = []
        next_url: str | None = url
        pages = 0
        while next_url:
            pages += 1
            assert pages < MAX_PAGES, f"{url} does not end"
            page = self.get(next_url)
            for obj in page["data"]:
                assert not obj.get("deleted"), "a first import is offered deleted objects"
                if obj["id"] in self.listed:
                    assert self.listed[obj["id"]] == obj, f"{obj['id']} differs between lists"
                self.listed[obj["id"]] = obj
                objects.append(obj)
                inner: list[dict] = []
                _embedded({k: v for k, v in obj.items() if k != "type"}, inner)
                for copy in inner:
                    self.embedded.setdefault(copy["id"], []).append(copy)
            next_url = page["links"].get("next")
        return objects

    def every_object(self) -> dict[str, dict]:
        known = {i: copies[0] for i, copies in self.embedded.items()}
        known.update(self.listed)
        return known


@pytest.fixture
def consumer(client, demo) -> Consumer:
    return Consumer(client).walk()


def _files(consumer: Consumer) -> list[dict]:
    return [o for o in consumer.every_object().values() if o["type"] == OPARL + "File"]


def test_it_offers_every_kind_of_object_in_its_lists(consumer):
    kinds = {obj["type"].removeprefix(OPARL) for obj in consumer.listed.values()}
    assert kinds >= {
        "Body",
        "Organization",
        "Person",
        "Membership",
        "Meeting",
        "AgendaItem",
        "Paper",
        "Consultation",
        "File",
        "Location",
        "LegislativeTerm",
    }


def test_it_lists_every_object_it_refers_to(consumer):
    listed = set(consumer.listed) | {API}
    objects = consumer.every_object().values()
    referred = {url for obj in objects for url in _references(obj) if not consumer._is_list(url)}
    assert referred - listed == set()


def test_it_serves_every_referenced_object_at_its_id_as_listed(client, consumer):
    for object_id, listed in consumer.listed.items():
        served = client.get(_path(object_id))
        assert served.status_code == 200, object_id
        assert served.json() == listed, f"{object_id} is not served as it is listed"


def test_it_embeds_each_object_as_it_serves_it_on_its_own(consumer):
    """An embedded copy is the object itself; only an embedded File leaves out its ``text``
    (documented), which the consumer reads from the File list."""
    for object_id, copies in consumer.embedded.items():
        own = consumer.listed.get(object_id)
        assert own is not None, f"{object_id} is embedded but in no list"
        if own["type"] == OPARL + "File":
            own = {k: v for k, v in own.items() if k != "text"}
        for copy in copies:
            assert copy == own, f"{object_id} embedded differs from its own"


def test_every_file_it_holds_downloads_with_its_type_and_size(client, consumer, demo):
    held = [f for f in _files(consumer) if f.get("moot:held")]
    assert {f["id"] for f in held} == {
        f"{API}file/{d.pk}/" for d in (demo.report, demo.appendix, demo.agenda, demo.minutes)
    }
    for file in held:
        for key in ("downloadUrl", "accessUrl"):
            response = client.get(_path(file[key]))
            assert response.status_code == 200, f"{file[key]} answered {response.status_code}"
            assert response["Content-Type"] == file["mimeType"], file[key]
            assert not response["Content-Type"].startswith("text/html")
            assert int(response["Content-Length"]) == file["size"], file[key]
            assert len(b"".join(response.streaming_content)) == file["size"]


def test_no_file_offers_a_link_that_does_not_answer(client, consumer, demo):
    for file in _files(consumer):
        if not file.get("moot:held"):
            assert "accessUrl" not in file and "downloadUrl" not in file, file["id"]
            assert file["moot:held"] is False
            continue
        for key in ("downloadUrl", "accessUrl"):
            assert client.head(_path(file[key])).status_code == 200, file[key]
    pack = consumer.listed[f"{API}file/{demo.pack.pk}/"]
    assert pack["moot:sourceUrl"] == demo.pack.source_url


def test_it_gives_away_nothing_restricted(client, consumer, demo):
    for body in consumer.bodies:
        assert CANARY.encode() not in body
    for document in (demo.restricted_document, demo.exempt_item_document):
        assert f"{API}file/{document.pk}/" not in consumer.every_object()
        assert client.get(document.get_absolute_url()).status_code == 404


def test_an_embedded_item_is_dated_by_its_latest_file_as_its_own_is(client, demo):
    """An item's ``modified`` counts its files' changes, in the meeting that embeds it as in
    its own list: a report changed a minute after its item must not date the two apart."""
    from datetime import timedelta

    from moot.meetings.models import Document

    later = demo.report.updated_at + timedelta(minutes=1)
    Document.objects.filter(pk=demo.report.pk).update(updated_at=later)
    walked = Consumer(client).walk()
    item_id = f"{API}agenda-item/{demo.report.item_id}/"
    own = walked.listed[item_id]
    assert own["modified"] == walked.embedded[item_id][0]["modified"]
    assert own["modified"] >= later.strftime("%Y-%m-%dT%H:%M")
