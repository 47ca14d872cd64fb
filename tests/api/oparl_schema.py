"""Validation of API output against the OParl 1.1 JSON Schema, in both published forms.

- ``schema/draft07-branch``: real JSON Schema draft-07 whose ``$ref`` lead a stock validator
  into embedded objects. Its ``Body.mainOrganization`` carries a bogus ``"$ref":
  "Organization"`` (a URL string then fails "is not of type object"); the reference is
  dropped here, in memory — the fixture stays untouched.
- ``schema/1.1``: the normative release files, in OParl's own dialect: embedded objects are
  named by a ``"schema": "File.json"`` key that stock validators ignore, so this module walks
  into them itself and validates each embedded object against its own release file.

Both use a format checker that knows OParl's ``url``, ``date-time`` (with an offset) and
``date``, which stock validators would skip.
"""

from __future__ import annotations

import copy
import json
from datetime import date, datetime
from functools import cache
from urllib.parse import urlsplit

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

from tests.samples import OPARL

SCHEMA_DIR = OPARL / "schema"
BASE = "https://schema.oparl.org/1.1/"
TYPES = (
    "System",
    "Body",
    "LegislativeTerm",
    "Organization",
    "Person",
    "Membership",
    "Meeting",
    "AgendaItem",
    "Paper",
    "Consultation",
    "File",
    "Location",
)

FORMATS = jsonschema.FormatChecker(formats=())


@FORMATS.checks("url", raises=ValueError)
def _is_url(value) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return parts.scheme in {"http", "https"} and bool(parts.netloc)


@FORMATS.checks("date-time", raises=ValueError)
def _is_date_time(value) -> bool:
    if not isinstance(value, str):
        return True
    return datetime.fromisoformat(value).tzinfo is not None and "T" in value


@FORMATS.checks("date", raises=ValueError)
def _is_date(value) -> bool:
    if not isinstance(value, str):
        return True
    date.fromisoformat(value)
    return len(value) == 10


def _load(folder: str, name: str) -> dict:
    return json.loads((SCHEMA_DIR / folder / f"{name}.json").read_text(encoding="utf-8"))


@cache
def _draft07() -> tuple[dict, Registry]:
    schemas = {name: _load("draft07-branch", name) for name in TYPES}
    body = copy.deepcopy(schemas["Body"])
    body["properties"]["mainOrganization"].pop("$ref", None)
    schemas["Body"] = body
    resources = []
    for name, schema in schemas.items():
        resource = Resource.from_contents(schema, default_specification=DRAFT7)
        resources += [(f"{BASE}{name}.json", resource), (f"{BASE}{name}", resource)]
    return schemas, Registry().with_resources(resources)


@cache
def _release() -> dict:
    return {name: _load("1.1", name) for name in TYPES}


def type_name(obj: dict) -> str:
    kind = obj.get("type", "")
    assert kind.startswith(BASE), f"not an OParl 1.1 type: {kind!r} in {obj.get('id')}"
    return kind[len(BASE) :]


def validate_draft07(obj: dict, name: str | None = None) -> None:
    name = name or type_name(obj)
    schemas, registry = _draft07()
    validator = jsonschema.Draft7Validator(schemas[name], registry=registry, format_checker=FORMATS)
    validator.validate(obj)


def validate_release(obj: dict, name: str | None = None) -> None:
    """Validate against the release file, then each embedded object against its own."""
    name = name or type_name(obj)
    schema = _release()[name]
    jsonschema.Draft4Validator(schema, format_checker=FORMATS).validate(obj)
    for prop, spec in schema["properties"].items():
        if prop not in obj:
            continue
        if "schema" in spec:
            validate_release(obj[prop], spec["schema"].removesuffix(".json"))
        elif spec.get("type") == "array" and "schema" in spec.get("items", {}):
            for embedded in obj[prop]:
                validate_release(embedded, spec["items"]["schema"].removesuffix(".json"))


def _as_schema_sees(obj: dict) -> dict:
    """The object with Moot's one documented departure from the schema put back: a File Moot
    holds no copy of has no ``accessUrl`` (a link that would answer 404), and says so with
    ``moot:held`` false. Only such a file may lack it."""
    if obj.get("type") == BASE + "File" and obj.get("moot:held") is False:
        assert "accessUrl" not in obj and "downloadUrl" not in obj, obj["id"]
        return {**obj, "accessUrl": obj["id"]}
    out = {}
    for key, value in obj.items():
        if isinstance(value, dict):
            value = _as_schema_sees(value)
        elif isinstance(value, list):
            value = [_as_schema_sees(v) if isinstance(v, dict) else v for v in value]
        out[key] = value
    return out


def validate(obj: dict, name: str | None = None) -> None:
    """Both variants; ``name`` (when given) is the type the object must have."""
    if name is not None:
        assert type_name(obj) == name, f"{obj.get('id')} is a {type_name(obj)}, not a {name}"
    obj = _as_schema_sees(obj)
    validate_draft07(obj, name)
    validate_release(obj, name)


LIST_PAGE = {
    "type": "object",
    "required": ["data", "pagination", "links"],
    "properties": {
        "data": {"type": "array", "items": {"type": "object"}},
        "pagination": {
            "type": "object",
            "properties": {
                key: {"type": "integer", "minimum": 0}
                for key in ("totalElements", "elementsPerPage", "currentPage", "totalPages")
            },
        },
        "links": {
            "type": "object",
            "properties": {
                key: {"type": "string", "format": "url"}
                for key in ("first", "prev", "self", "next", "last", "web")
            },
            "additionalProperties": False,
        },
    },
}


def validate_list_page(page: dict, name: str) -> None:
    """A list page (data, pagination, links) whose objects are all of type ``name``."""
    jsonschema.Draft7Validator(LIST_PAGE, format_checker=FORMATS).validate(page)
    for obj in page["data"]:
        validate(obj, name)
