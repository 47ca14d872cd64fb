"""Crawl the whole API from the System object, as an OParl client would, and check every
response: schema-valid in both schema variants, served at its id, GET and HEAD, absolute
ids, nothing withheld anywhere, and every linked object present in its list."""

from __future__ import annotations

import json
from collections import deque
from urllib.parse import urlsplit

import pytest

from tests.api import oparl_schema
from tests.api.conftest import CANARY, SITE

API = SITE + "/oparl/v1/"
MAX_URLS = 2000

# Which object type each external-list property holds.
LIST_TYPES = {
    ("System", "body"): "Body",
    ("Body", "organization"): "Organization",
    ("Body", "person"): "Person",
    ("Body", "meeting"): "Meeting",
    ("Body", "paper"): "Paper",
    ("Body", "agendaItem"): "AgendaItem",
    ("Body", "consultation"): "Consultation",
    ("Body", "file"): "File",
    ("Body", "locationList"): "Location",
    ("Body", "legislativeTermList"): "LegislativeTerm",
    ("Body", "membership"): "Membership",
    ("Organization", "meeting"): "Meeting",
    ("Organization", "consultation"): "Consultation",
}


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _urls(value):
    """Every API URL anywhere in a JSON value."""
    if isinstance(value, str):
        if value.startswith(API):
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _urls(item)
    elif isinstance(value, list):
        for item in value:
            yield from _urls(item)


def _ids(value):
    """Every ``id`` of every object, embedded ones included."""
    if isinstance(value, dict):
        if "id" in value:
            yield value["id"]
        for item in value.values():
            yield from _ids(item)
    elif isinstance(value, list):
        for item in value:
            yield from _ids(item)


class Crawl:
    def __init__(self, client):
        self.client = client
        self.bodies: dict[str, bytes] = {}
        self.objects: dict[str, dict] = {}  # object URL -> object
        self.lists: dict[str, str] = {}  # list page URL -> type
        self.listed: set[str] = set()  # ids found in list pages

    def run(self, query: str = "") -> Crawl:
        queue = deque([(API, None)])
        seen = {API}
        while queue:
            url, list_type = queue.popleft()
            assert len(self.bodies) < MAX_URLS, "the crawl did not end"
            response = self.client.get(_path(url))
            assert response.status_code == 200, f"GET {url} answered {response.status_code}"
            assert response["Content-Type"] == "application/json"
            assert response["Access-Control-Allow-Origin"] == "*"
            self.bodies[url] = response.content
            data = json.loads(response.content)
            found = list(self._typed_lists(data, query))
            if list_type is not None:
                oparl_schema.validate_list_page(data, list_type)
                self.lists[url] = list_type
                self.listed.update(obj["id"] for obj in data["data"])
                found += [(link, list_type) for link in data["links"].values()]
            else:
                oparl_schema.validate(data)
                assert data["id"] == url, f"{url} serves the object {data['id']}"
                self.objects[url] = data
            lists = {link.split("?")[0] for link, _ in found}
            found += [(link, None) for link in _urls(data) if link.split("?")[0] not in lists]
            for link, kind in found:
                if link not in seen:
                    seen.add(link)
                    queue.append((link, kind))
        return self

    def _typed_lists(self, value, query: str):
        """The external lists named by any object in ``value``, with the type they hold."""
        if isinstance(value, dict):
            if isinstance(value.get("type"), str) and value["type"].startswith(oparl_schema.BASE):
                name = oparl_schema.type_name(value)
                for key, link in value.items():
                    if (name, key) in LIST_TYPES:
                        yield link + query, LIST_TYPES[(name, key)]
            for item in value.values():
                yield from self._typed_lists(item, query)
        elif isinstance(value, list):
            for item in value:
                yield from self._typed_lists(item, query)


@pytest.fixture
def crawl(client, archive) -> Crawl:
    return Crawl(client).run()


def test_every_object_and_list_page_is_valid_oparl_1_1(crawl):
    names = {oparl_schema.type_name(obj) for obj in crawl.objects.values()}
    assert names == set(oparl_schema.TYPES)
    assert set(crawl.lists.values()) == set(oparl_schema.TYPES) - {"System"}


def test_the_withheld_text_appears_nowhere(crawl):
    for url, body in crawl.bodies.items():
        assert CANARY.encode() not in body, f"{url} gives away withheld material"


def test_every_url_answers_head_as_well_as_get(client, crawl):
    for url in crawl.bodies:
        response = client.head(_path(url))
        assert response.status_code == 200, f"HEAD {url} answered {response.status_code}"
        assert response["Content-Type"] == "application/json"
        assert response.content == b""


def test_every_id_is_an_absolute_url_on_the_configured_site(crawl):
    for body in crawl.bodies.values():
        for object_id in _ids(json.loads(body)):
            assert object_id.startswith(API), object_id


def test_every_linked_object_is_served_and_appears_in_its_list(crawl):
    missing = set(crawl.objects) - crawl.listed - {API}
    assert not missing


def test_deleted_objects_listed_for_a_syncing_client_are_valid_too(client, archive):
    syncing = Crawl(client).run(query="?modified_since=2000-01-01T00%3A00%3A00%2B00%3A00")
    deleted = [obj for obj in syncing.objects.values() if obj.get("deleted")]
    assert {oparl_schema.type_name(obj) for obj in deleted} == {"AgendaItem", "Meeting"}
    assert set(syncing.objects) - syncing.listed - {API} == set()
    for url, body in syncing.bodies.items():
        assert CANARY.encode() not in body, f"{url} gives away withheld material"


def test_a_client_can_crawl_the_whole_api_a_page_of_one_at_a_time(client, archive):
    small = Crawl(client).run(query="?limit=1")
    full = Crawl(client).run()
    assert small.listed == full.listed
    assert set(small.objects) == set(full.objects)
