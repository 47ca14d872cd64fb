"""The demo archive, served by Moot's own OParl API on a real local server and read back by
moot import-oparl, gives the same public records.

How it is compared: the import runs into the same database under another source
("roundtrip"), so the copy gets its own rows (own ids) beside the originals. Both are then
rendered by the API's serializers. In the copy's JSON every API URL is replaced by the URL
of the original it was imported from (each imported row keeps that URL as its external id),
and the fields that must differ are dropped: ``created``/``modified`` (import time) and the
portal links (``web``, ``accessUrl``, ``downloadUrl``: a person's page is at a new slug, a
file at a new id). Everything else must be equal, object by object, for every type. A second
database would prove no more: the comparison goes through the same public serializers a new
site would use, and the originals stay untouched as the reference.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from moot.api import queries as q
from moot.api import serializers as s
from moot.api.export import TYPES
from moot.api.models import LegislativeTerm
from moot.demo.loader import load_demo
from moot.importers.oparl.client import OParlClient
from moot.importers.oparl.importer import OParlImporter
from moot.meetings.models import (
    Body,
    Committee,
    Document,
    Item,
    Location,
    Meeting,
    Membership,
    Person,
)

COPY = "roundtrip"
DROPPED = {"created", "modified", "web", "accessUrl", "downloadUrl"}
UNORDERED = {"membership", "participant"}  # lists whose order is the rows' creation order
SEGMENTS = {
    "body": Body,
    "organization": Committee,
    "person": Person,
    "membership": Membership,
    "location": Location,
    "meeting": Meeting,
    "agenda-item": Item,
    "paper": Document,
    "consultation": Document,
    "file": Document,
}


def _is_copy(kind: q.Kind, row) -> bool:
    if kind is q.LEGISLATIVE_TERM:
        return row.body.source == COPY
    return row.source == COPY


def _original_url(api: str, segment: str, pk: int, rest: str, terms: dict) -> str:
    if segment == "legislative-term":
        return f"{api}{segment}/{terms[pk]}/{rest}"
    row = SEGMENTS[segment].all_objects.get(pk=pk)
    if row.source != COPY:
        return f"{api}{segment}/{pk}/{rest}"
    original_pk = re.search(r"/(\d+)/$", row.external_id).group(1)
    return f"{api}{segment}/{original_pk}/{rest}"


def _normalise(value, api: str, terms: dict, copy: bool):
    if isinstance(value, dict):
        return {
            k: _normalise(v, api, terms, copy) for k, v in value.items() if k not in DROPPED
        } | {k: sorted(_normalise(v, api, terms, copy)) for k, v in value.items() if k in UNORDERED}
    if isinstance(value, list):
        return [_normalise(v, api, terms, copy) for v in value]
    if copy and isinstance(value, str) and value.startswith(api):
        match = re.match(r"([a-z-]+)/(\d+)/(.*)$", value[len(api) :])
        if match:
            segment, pk, rest = match.groups()
            return _original_url(api, segment, int(pk), rest, terms)
    return value


def _differences(api: str) -> tuple[dict, list[str]]:
    """Per type: how many originals were compared, and every difference from their copies."""
    out = s.Out()
    originals = {(t.body_id, t.name): t.pk for t in LegislativeTerm.objects.all()}
    terms = {}
    for term in LegislativeTerm.objects.filter(body__source=COPY).select_related("body"):
        original_body = int(re.search(r"/(\d+)/$", term.body.external_id).group(1))
        terms[term.pk] = originals[(original_body, term.name)]
    compared, problems = {}, []
    for stem, kind in TYPES:
        mine, theirs = {}, {}
        for row in s.prepare(kind, kind.queryset().filter(live=True)):
            copy = _is_copy(kind, row)
            data = _normalise(s.render(out, kind, row), api, terms, copy)
            (theirs if copy else mine)[data["id"]] = data
        compared[kind.name] = len(mine)
        if set(mine) != set(theirs):
            missing, extra = sorted(set(mine) - set(theirs)), sorted(set(theirs) - set(mine))
            problems.append(f"{stem}: missing {missing[:5]}, extra {extra[:5]}")
        for ident in sorted(set(mine) & set(theirs)):
            a, b = mine[ident], theirs[ident]
            if kind is q.FILE and "text" not in a and b.get("text"):
                # Moot holds no extracted text for the papers it prints; the importer reads
                # the text out of the file it fetched. More than the original, not different.
                b = {k: v for k, v in b.items() if k != "text"}
            if a != b:
                differ = {k: (a.get(k), b.get(k)) for k in set(a) | set(b) if a.get(k) != b.get(k)}
                problems.append(f"{ident}: {differ}")
    return compared, problems


@pytest.mark.django_db(transaction=True)
def test_the_demo_comes_back_the_same_through_the_oparl_api(live_server, settings):
    settings.SITE_URL = live_server.url
    load_demo()
    for body in Body.objects.all():  # entered by an administrator; the demo has none
        LegislativeTerm.objects.create(
            body=body, name="2023–2027", start_date=date(2023, 5, 4), end_date=date(2027, 5, 5)
        )
    client = OParlClient(min_interval=0, retries=0, timeout=30)
    try:
        report = OParlImporter(client, source=COPY, fetch_documents=True).run(
            live_server.url + "/oparl/v1/"
        )
    finally:
        client.close()
    assert report.failed == []
    assert all("does not serve its file" in note for note in report.skipped)

    api = live_server.url + "/oparl/v1/"
    compared, problems = _differences(api)
    assert problems == [], "\n".join(problems[:10])
    assert compared["Meeting"] >= 5 and compared["AgendaItem"] >= 20 and compared["File"] >= 5
    assert all(compared[kind.name] for _stem, kind in TYPES), compared

    # The comparison does see a difference.
    first = Item.objects.filter(source=COPY).order_by("pk").first()
    Item.objects.filter(pk=first.pk).update(title="Not what the original says")
    assert any("Not what the original says" in p for p in _differences(api)[1])

    # Files came across byte for byte.
    for document in Document.objects.filter(source=COPY).exclude(file=""):
        original_pk = int(re.search(r"/(\d+)/$", document.external_id).group(1))
        original = Document.objects.get(pk=original_pk)
        assert document.file.read() == original.file.read(), document.title
