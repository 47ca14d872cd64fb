"""The schema checks the API tests rely on do bite: each rejects what it should."""

from __future__ import annotations

import copy
import json

import jsonschema
import pytest

from tests.api import oparl_schema

EXAMPLES = oparl_schema.SCHEMA_DIR.parent / "examples" / "1.1"


def example(name: str) -> dict:
    return json.loads((EXAMPLES / f"{name}-01.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["Body", "File", "Location", "Organization", "Paper", "Person"])
def test_the_official_examples_pass_both_variants(name):
    oparl_schema.validate(example(name), name)


def test_an_embedded_object_is_checked_against_its_own_release_file():
    meeting = example("Meeting")  # its embedded agenda items lack the required ``order``
    with pytest.raises(jsonschema.ValidationError, match="order"):
        oparl_schema.validate_release(meeting)
    with pytest.raises(jsonschema.ValidationError, match="order"):
        oparl_schema.validate_draft07(meeting)


def test_a_string_where_the_schema_wants_an_array_is_refused():
    person = example("Person")
    person["email"] = "someone@example.org"
    with pytest.raises(jsonschema.ValidationError, match="array"):
        oparl_schema.validate_draft07(person)
    with pytest.raises(jsonschema.ValidationError, match="array"):
        oparl_schema.validate_release(person)


def test_a_time_without_its_offset_is_refused():
    person = example("Person")
    person["modified"] = "2025-05-14T09:00:00"
    with pytest.raises(jsonschema.ValidationError, match="date-time"):
        oparl_schema.validate(person)


def test_a_relative_url_is_refused():
    person = example("Person")
    person["body"] = "/oparl/v1/body/1/"
    with pytest.raises(jsonschema.ValidationError, match="url"):
        oparl_schema.validate(person)


def test_the_draft07_body_schema_is_patched_in_memory_only():
    body = example("Body")
    body["mainOrganization"] = "https://oparl.example.org/organization/1"
    oparl_schema.validate_draft07(body)
    on_disk = json.loads((oparl_schema.SCHEMA_DIR / "draft07-branch" / "Body.json").read_text())
    assert on_disk["properties"]["mainOrganization"]["$ref"] == "Organization"


def test_a_list_page_needs_data_pagination_and_links():
    page = {"data": [example("Organization")], "pagination": {}, "links": {}}
    oparl_schema.validate_list_page(page, "Organization")
    for key in ("data", "pagination", "links"):
        broken = copy.deepcopy(page)
        del broken[key]
        with pytest.raises(jsonschema.ValidationError, match=key):
            oparl_schema.validate_list_page(broken, "Organization")
    with pytest.raises(AssertionError):
        oparl_schema.validate_list_page(page, "Person")
