"""The register in the bulk export: published entries only, sensitive ones withheld."""

from __future__ import annotations

import csv

import pytest

from moot.api.export import write_export
from moot.interests import services
from moot.interests.models import WITHHELD, Category, RegisterEntry
from tests.factories import make_body, make_person

pytestmark = pytest.mark.django_db


def _entry(person, body, description, *, publish=True, sensitive=False):
    entry = services.save(
        RegisterEntry(person=person, body=body),
        None,
        submit=True,
        category=Category.LAND,
        description=description,
        sensitive=sensitive,
    )
    if publish:
        services.publish(entry, None)
    return entry


def test_it_exports_the_published_register_and_nothing_else(tmp_path):
    body = make_body(name="Borsetshire County Council", slug="borsetshire")
    person = make_person(name="Ann Example")
    _entry(person, body, "Field at Ambridge")
    _entry(person, body, "EXPORT-SENSITIVE-1a", sensitive=True)
    _entry(person, body, "EXPORT-UNPUBLISHED-2b", publish=False)
    manifest = write_export(tmp_path / "out")
    table = tmp_path / "out" / "registerOfInterests.csv"
    text = table.read_text(encoding="utf-8")
    assert "EXPORT-SENSITIVE-1a" not in text and "EXPORT-UNPUBLISHED-2b" not in text
    rows = list(csv.DictReader(text.splitlines()))
    assert [r["description"] for r in rows] == ["Field at Ambridge", WITHHELD]
    assert rows[0]["person"].endswith(f"/oparl/v1/person/{person.pk}/")
    assert rows[0]["category"] == "Land" and rows[1]["category"] == ""
    assert manifest["tables"]["registerOfInterests"]["count"] == 2
