"""Every table the export holds outside OParl comes with a JSON Schema, and every line or row
of the demo's export meets it; the schemas are served by the API for anyone to fetch. (The
recorded votes' schema is tried in tests/portal/test_recorded_votes_published.py.)"""

from __future__ import annotations

import csv
import json

import pytest
from django.test import Client
from jsonschema import Draft202012Validator, FormatChecker

from moot.api import schemas
from moot.api.export import write_export
from moot.demo.loader import load_demo

pytestmark = pytest.mark.django_db


def _validator(schema: dict) -> Draft202012Validator:
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def _rows(path) -> list[dict]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def demo_export(settings, tmp_path):
    settings.SEARCH_INDEX_DIR = tmp_path / "search"
    settings.MEDIA_ROOT = tmp_path / "media"
    load_demo(papers=False)
    manifest = write_export(tmp_path / "out")
    return tmp_path / "out", manifest


def test_every_table_outside_oparl_meets_the_schema_the_export_names(demo_export):
    folder, manifest = demo_export
    checked = {}
    for table, facts in manifest["tables"].items():
        if table not in schemas.TABLES:
            continue
        schema = json.loads((folder / facts["schema"]).read_text(encoding="utf-8"))
        rows = _rows(folder / facts["file"])
        validator = _validator(schema)
        for row in rows:
            problems = [e.message for e in validator.iter_errors(row)]
            assert not problems, f"{facts['file']}: {row} — {problems}"
        checked[table] = len(rows)
    assert set(checked) == set(schemas.TABLES)
    # The demo fills each table, so the schemas are tried on real rows.
    assert all(checked.values()), checked


def test_a_sensitive_interest_meets_the_register_schema_and_says_nothing_more():
    validator = _validator(schemas.register_of_interests())
    row = {
        "person": "https://moot.example.gov.uk/oparl/v1/person/3/",
        "name": "Cllr Ada Example",
        "category": "",
        "description": "The member has an interest whose details are withheld.",
        "received_on": "",
        "donor": "",
        "value": "",
        "withheld": "yes",
        "last_updated": "2026-05-01",
    }
    assert validator.is_valid(row)
    assert not validator.is_valid(row | {"spouse": "yes"})  # no column it does not name
    assert not validator.is_valid(row | {"category": "Secret dealings"})


def test_the_api_serves_each_schema_to_anyone(client: Client):
    for name in schemas.SCHEMAS:
        response = client.get(f"/oparl/v1/schema/{name}.json")
        assert response.status_code == 200
        assert response["Content-Type"] == "application/schema+json"
        assert response["Access-Control-Allow-Origin"] == "*"
        assert response.json() == schemas.SCHEMAS[name]()
    assert client.get("/oparl/v1/schema/nothing.json").status_code == 404
    assert client.post("/oparl/v1/schema/votes.json").status_code == 405
